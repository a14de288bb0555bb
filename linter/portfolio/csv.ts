import type { Finding } from '../core/model/finding.js';
import type { NoticeRow } from './aggregate.js';

/**
 * CSV for spreadsheets: ONE ROW PER FINDING, with the notice's columns repeated on each row so a pivot
 * table can count by buyer, rule or severity. A notice with no findings still gets one row, with the
 * finding columns empty, so every notice read appears (count distinct ocid for notices).
 */
export const CSV_COLUMNS = [
  'ocid',
  'title',
  'buyer',
  'notice_url',
  'file',
  'published',
  'deadline',
  'tender_days',
  'regime',
  'value_gbp',
  'lots',
  'lots_reasons_given',
  'turnover_multiple',
  'suitable_for_sme',
  'rule_id',
  'severity',
  'message',
  'excerpt',
  'field',
] as const;

/** A cell, quoted when needed; a leading = + - @ (a formula to a spreadsheet) is neutralised with a quote mark. */
export function csvCell(v: string | number | boolean | undefined | null): string {
  if (v === undefined || v === null) return '';
  let s = typeof v === 'number' ? (Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100)) : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',') + '\r\n';
}

/** The rows of one notice. */
export function csvRows(row: NoticeRow, findings: Finding[]): string {
  const notice = [
    row.ocid,
    row.title,
    row.buyer,
    row.url,
    row.file,
    row.published,
    row.deadline,
    row.days,
    row.regime,
    row.value,
    row.lots,
    row.lotsReasons ? 'yes' : 'no',
    row.turnoverMultiple,
    row.sme === undefined ? '' : row.sme ? 'yes' : 'no',
  ];
  const lines =
    findings.length === 0
      ? [[...notice, '', '', '', '', '']]
      : findings.map((f) => [...notice, f.ruleId, f.severity, f.message, f.excerpt, f.location.field ?? '']);
  return lines.map((l) => l.map(csvCell).join(',') + '\r\n').join('');
}
