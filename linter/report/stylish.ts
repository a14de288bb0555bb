import pc from 'picocolors';
import type { Location } from '../core/model/document.js';
import type { Report } from '../core/model/report.js';
import type { Requirement } from '../core/model/requirement.js';
import type { Facts } from '../core/model/facts.js';
import { formatGBP } from '../core/extract/money.js';

// C0 and C1 controls (ESC starts a terminal sequence that can retitle the window, clear the screen
// or fake output), DEL, and the bidi overrides and isolates that reorder what is shown.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text for a terminal: control characters shown as escapes ("\x1b", "\u202e"), never sent raw. */
export function printable(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const c = ch.charCodeAt(0);
    return c <= 0xff ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
  });
}

/** "p.3 12:1", "12:4", "¶23", "notice ocds-…": the place a reader can find in the original. */
export function formatPlace(l: Location): string {
  const parts: string[] = [];
  if (l.noticeNumber !== undefined) parts.push(`notice ${l.noticeNumber}`);
  if (l.page !== undefined) parts.push(`p.${l.page}`);
  if (l.line !== undefined) parts.push(`${l.line}:${l.column ?? 1}`);
  else if (l.field !== undefined) parts.push(l.field);
  else if (l.block !== undefined) parts.push(`¶${l.block}`);
  return parts.join(' ') || '-';
}

const UNREAD: Record<NonNullable<Report['files'][number]['unread']>[number]['kind'], string> = {
  'docx-altchunk': 'an embedded document (altChunk)',
};

/**
 * The facts the rules judged on, in one line: "value £450,000 total excl. VAT (£150,000 a year) ·
 * term 3 years · published 2 Mar 2026 · deadline 30 Mar 2026 · regime pa2023 (england) · buyer Wexley
 * Borough Council (local-authority)". What was not read says so ("value not found").
 */
export function formatFacts(f: Facts): string {
  const vat = (v: NonNullable<Facts['value']>) =>
    v.vat === 'excluding' ? ' excl. VAT' : v.vat === 'including' ? ' incl. VAT' : '';
  const date = (d: { date: string } | undefined) => d?.date ?? 'not found';
  const parts = [
    f.value
      ? `value ${formatGBP(f.value.amount)} ${f.value.basis === 'annual' ? 'a year' : 'total'}${vat(f.value)}${f.annualValue && f.value.basis === 'total' ? ` (${formatGBP(f.annualValue.amount)} a year)` : ''}`
      : 'value not found',
    f.term ? `term ${f.term.derivation}` : 'term not found',
    `published ${date(f.published)}`,
    ...(f.participationDeadline ? [`participation ${f.participationDeadline.date}`] : []),
    `clarification ${date(f.clarificationDeadline)}`,
    `deadline ${date(f.submissionDeadline)}`,
    ...(f.contractStart ? [`start ${f.contractStart.date}`] : []),
    f.lots.divided === true
      ? `lots ${f.lots.count ?? 'yes'}`
      : f.lots.divided === false
        ? 'single lot'
        : 'lots not described',
    `regime ${f.regime.id} (${f.regime.nation})`,
    `buyer ${f.buyer.name ?? 'not found'}${f.buyer.kind !== 'unknown' ? ` (${f.buyer.kind})` : ''}`,
  ];
  return parts.join(' · ');
}

/** ESLint's stylish: findings grouped by file, place, severity, message, rule id, then a summary. */
export function formatStylish(
  report: Report,
  color: boolean,
  options: { showFacts?: boolean; showRequirements?: boolean } = {},
): string {
  const c = pc.createColors(color);
  const out: string[] = [];
  for (const file of report.files) {
    const facts = options.showFacts && !file.error && !file.skipped && file.facts ? file.facts : undefined;
    const requirements = options.showRequirements && !file.error ? (file.requirements ?? []) : [];
    if (
      !file.error &&
      file.findings.length === 0 &&
      !file.skipped &&
      !facts &&
      !file.unread?.length &&
      requirements.length === 0
    )
      continue;
    out.push('', c.underline(printable(file.path)));
    if (facts) out.push(`  ${c.dim(`facts: ${printable(formatFacts(facts))}`)}`);
    if (file.skipped) {
      out.push(`  ${c.dim(printable(file.skipped))}`);
      continue;
    }
    if (file.error) {
      out.push(`  ${c.red('error')}  ${printable(file.error.message)} ${c.dim(`(${printable(file.error.code)})`)}`);
      continue;
    }
    for (const u of file.unread ?? [])
      out.push(`  ${c.blue('note')}  not read: ${UNREAD[u.kind]} ${printable(u.part)}`);
    if (file.findings.length === 0) continue;
    const rows = file.findings.map(
      (f) => [printable(formatPlace(f.location)), f.severity, printable(f.message), f.ruleId] as const,
    );
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    for (const [place, sev, msg, id] of rows) {
      const sevText =
        sev === 'error' ? c.red(sev.padEnd(w1)) : sev === 'warning' ? c.yellow(sev.padEnd(w1)) : c.blue(sev.padEnd(w1));
      out.push(`  ${c.dim(place.padEnd(w0))}  ${sevText}  ${msg}  ${c.dim(id)}`);
    }
    if (requirements.length)
      out.push(
        '',
        `  ${c.bold('Requirements')} ${c.dim(`(what the document demands of bidders)`)}`,
        ...formatRequirements(requirements, c),
      );
  }
  const s = report.summary;
  const total = s.errors + s.warnings + s.infos;
  out.push('');
  const line = `${total} problem${total === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}, ${s.infos} info) in ${s.files} file${s.files === 1 ? '' : 's'}`;
  const failed = s.failedFiles ? `; ${s.failedFiles} file${s.failedFiles === 1 ? '' : 's'} could not be read` : '';
  const skipped = s.skipped ? `; ${s.skipped} file${s.skipped === 1 ? '' : 's'} skipped` : '';
  const accepted = [
    s.suppressed ? `${s.suppressed} suppressed` : '',
    s.baselined ? `${s.baselined} in the baseline` : '',
  ]
    .filter(Boolean)
    .join(', ');
  out.push(
    s.errors || s.failedFiles
      ? c.bold(c.red(`✖ ${line}${failed}${skipped}`))
      : total
        ? c.bold(c.yellow(`⚠ ${line}${skipped}`))
        : c.green(`✔ no problems in ${s.files} file${s.files === 1 ? '' : 's'}${skipped}`),
  );
  if (accepted) out.push(c.dim(`  (not counted: ${accepted})`));
  return out.join('\n') + '\n';
}

const WHEN: Record<Requirement['when'], string> = {
  bid: 'at bid',
  request: 'if requested',
  award: 'by award',
  start: 'by contract start',
  unstated: 'when not stated',
};
const WHO: Record<Requirement['who'], string> = {
  bidder: 'bidders',
  'successful-bidder': 'the successful bidder',
  subcontractor: 'subcontractors',
  buyer: 'the buyer',
  unstated: 'bidders',
};

/** One line a requirement: place, topic, who and when, the alternatives and reasons, then the clause. */
function formatRequirements(requirements: Requirement[], c: ReturnType<typeof pc.createColors>): string[] {
  const places = requirements.map((r) => formatPlace(r.location));
  const w0 = Math.max(...places.map((p) => p.length));
  const w1 = Math.max(...requirements.map((r) => r.topic.length));
  return requirements.map((r, i) => {
    const extras = [
      `${WHO[r.who]}, ${WHEN[r.when]}`,
      ...(r.alternatives.length ? [`accepts: ${[...new Set(r.alternatives.map((a) => a.text))].join(', ')}`] : []),
      ...(r.reason ? ['reason given'] : []),
    ].join('; ');
    const text = r.text.length > 140 ? `${r.text.slice(0, 139)}…` : r.text;
    return `  ${c.dim(places[i]!.padEnd(w0))}  ${c.cyan(r.topic.padEnd(w1))}  ${text}  ${c.dim(`(${extras})`)}`;
  });
}
