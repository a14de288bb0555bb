import type { TenderDocument } from '../model/document.js';
import { findDates, daysBetween, formatDate } from './dates.js';
import { passagesOf, type Passage } from './passages.js';
import { perDocument } from './requirements/cache.js';

export interface PlannedNotice {
  /** ISO date the planned procurement notice was published, when known. */
  date?: string;
  passage?: Passage;
  source: 'ocds' | 'text';
}

const PLANNED = /\bplanned procurement notice\b/i;

/** The planned procurement notice the document relies on: an OCDS planning release, else a sentence that names one. */
export const plannedNotice = perDocument((doc: TenderDocument): PlannedNotice | undefined => {
  const dates = doc.notice?.plannedNotices;
  if (dates && dates.length > 0) return { date: [...dates].sort().at(-1)!, source: 'ocds' };
  for (const p of passagesOf(doc)) {
    if (!PLANNED.test(p.text)) continue;
    const d = findDates(p.text)[0];
    return { ...(d ? { date: d.date } : {}), passage: p, source: 'text' };
  }
  return undefined;
});

/** The day twelve months after an ISO date. */
function addMonths(iso: string, months: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * PA23 s.15(3): a planned procurement notice qualifies when published at least 40 days and no more
 * than 12 months before the tender notice. The reason, in words, when it does not.
 */
export function qualifies(noticeDate: string, tenderPublished: string): { ok: boolean; days: number; why: string } {
  const days = daysBetween(noticeDate, tenderPublished);
  const within = days >= 40 && tenderPublished <= addMonths(noticeDate, 12);
  const why =
    days < 0
      ? `the planned procurement notice (${formatDate(noticeDate)}) is dated after the tender notice (${formatDate(tenderPublished)})`
      : `the planned procurement notice was published on ${formatDate(noticeDate)}, ${days} days before the tender notice`;
  return { ok: within, days, why };
}
