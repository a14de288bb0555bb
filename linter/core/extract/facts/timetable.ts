import type { DateFact, Nation, StatedFacts } from '../../model/facts.js';
import { REGION_NAMES, holidayRegion, workingDaysBefore } from '../bank-holidays.js';
import { findDates, formatDate, parseDateString, type DateMention } from '../dates.js';
import { wordsToNumber } from '../numbers.js';
import type { Passage } from '../passages.js';
import { lastClause, roleOf, type DateRole } from './date-roles.js';
import { fromPassage, type FactInput } from './source.js';

export interface RoledDate {
  role: DateRole;
  date: string;
  time?: string;
  p: Passage;
  /** Position in reading order, for "first" and "last". */
  order: number;
  derivation?: string;
}

// "All dates below are in 2027", "(all dates 2027)", "Timetable 2027".
const YEAR_STATEMENT =
  /\b(?:all )?(?:the )?(?:dates?|timetable|times)\b[^.|]{0,50}?\b(?:are |is |fall |refer |relate |shown )?(?:in |to |for )?(?<y>20\d\d)\b(?![/-])/i;
// "no later than 4 working days before the closing date"
const RELATIVE =
  /\b(?<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty)\s*(?:\(\d{1,2}\)\s*)?(?<kind>working|business|calendar|clear)?\s*days?\s+(?:before|prior to|ahead of|in advance of|preceding)\s+(?:the\s+)?(?:(?:tender|final|bid|quotation|return)\s+){0,2}(?:closing date|deadline|submission deadline|tender deadline|closing time|date for (?:receipt|submission|return) of (?:tenders|bids|quotations|responses)|time limit for (?:the )?receipt of (?:tenders|bids|quotations|responses)|return date|submission date)\b|\b(?<n2>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?<kind2>working|business|calendar|clear)?\s*days?\s+(?:before|prior to) the(?: tender)?$/i;
// (The second form: a PDF table row that breaks before "closing date".)

function labelOf(
  p: Passage,
  d: DateMention,
  prevEnd: number,
  next: DateMention | undefined,
): { label: string; after: string } {
  const t = p.text;
  if (p.block.kind === 'table-row') {
    // A timetable row: the cells without a date label each other.
    const cells = t.split(' | ');
    const label = cells.filter((c) => findDates(c, { yearless: true }).length === 0).join(' | ');
    return { label, after: '' };
  }
  return {
    label: t.slice(prevEnd, d.start),
    after: t.slice(d.end, next ? next.start : Math.min(t.length, d.end + 120)),
  };
}

// A version "0.3 (draft) | 5 January 2026 | Internal review only" was issued to nobody.
const DRAFT = /\b(?:draft|internal)\b/i;
const ISSUED_COLUMN = /^\s*(?:date (?:of )?issue[d]?|issue date|date published|publication date)\s*$/i;

/** The index of the cell of a " | "-joined row that holds position `at`. */
function cellAt(text: string, at: number): number {
  return text.slice(0, at).split(' | ').length - 1;
}

// A timetable cell longer than this many words is a note, not the name of a stage.
const NOTE_WORDS = 8;

/** The role of a date: from the clause just before it, else its whole lead-in, else what follows it. */
function roleAt(p: Passage, label: string, after: string): DateRole | undefined {
  if (p.block.kind === 'table-row') {
    // The row's first cell names the stage ("Tender notice published | 5 January 2026 | Stage 1
    // documents available"); a notes cell is a sentence that may name other things ("answers will be
    // published to all bidders within two working days"): the first cell, then the short cells.
    const cells = label.split(' | ');
    const short = cells.filter((c) => c.split(/\s+/).length <= NOTE_WORDS);
    return roleOf(cells[0]!) ?? (short.length ? roleOf(short.join(' | ')) : undefined) ?? roleOf(label);
  }
  return roleOf(lastClause(label)) ?? roleOf(label) ?? roleOf(lastClause(after.split(/[.;]/)[0] ?? ''));
}

/**
 * Every date in the document with its role, yearless dates given the year the document states
 * ("all dates below are in 2027") or, failing that, the year of the dates around them.
 */
export function datesOf(passages: Passage[]): {
  dates: RoledDate[];
  relative: Array<{ p: Passage; n: number; working: boolean; role: DateRole | undefined; order: number }>;
} {
  const dates: RoledDate[] = [];
  const relative: Array<{ p: Passage; n: number; working: boolean; role: DateRole | undefined; order: number }> = [];
  let statedYear: number | undefined;
  let lastFull: string | undefined;
  let order = 0;
  let header: string[] | undefined;
  for (const [i, p] of passages.entries()) {
    if (p.block.kind !== 'table-row') header = undefined;
    else if (passages[i - 1]?.block.kind !== 'table-row') header = p.text.split(' | ');
    const y = YEAR_STATEMENT.exec(p.text);
    if (y && !findDates(p.text).some((d) => d.start <= y.index + y[0].length && d.end >= y.index + y[0].length - 4))
      statedYear = Number(y.groups!.y);
    const rel = RELATIVE.exec(p.text);
    if (rel) {
      const word = rel.groups!.n ?? rel.groups!.n2!;
      const n = /^\d+$/.test(word) ? Number(word) : (wordsToNumber(word) ?? 0);
      relative.push({
        p,
        n,
        working: /working|business/i.test(rel.groups!.kind ?? rel.groups!.kind2 ?? ''),
        role: roleOf(p.text.slice(0, rel.index)) ?? roleOf(p.text),
        order: order++,
      });
    }
    const found = findDates(p.text, { yearless: true });
    let prevEnd = 0;
    found.forEach((d, k) => {
      let date = d.date;
      let derivation: string | undefined;
      if (d.yearless) {
        const md = date.slice(5);
        if (statedYear) {
          date = `${statedYear}-${md}`;
          derivation = `${formatDate(date)}: the document says its dates are in ${statedYear}`;
        } else if (lastFull) {
          let year = Number(lastFull.slice(0, 4));
          if (`${year}-${md}` < lastFull && Date.parse(lastFull) - Date.parse(`${year}-${md}`) > 60 * 86_400_000)
            year++;
          date = `${year}-${md}`;
          derivation = `${formatDate(date)}: a date written without its year, taken in ${year} like the dates before it`;
        } else {
          prevEnd = d.end;
          return;
        }
      } else lastFull = date;
      const { label, after } = labelOf(p, d, prevEnd, found[k + 1]);
      prevEnd = d.end;
      // A date standing under its label ("IV.2.2 Time limit for receipt of requests to participate", then "11/05/2026").
      const above = passages[i - 1];
      // A document-control table ("Version | Date issued"): the column says the date is the issue date.
      const column = header?.[cellAt(p.text, d.start)];
      const role =
        (column && ISSUED_COLUMN.test(column) ? (DRAFT.test(p.text) ? 'other' : 'published') : undefined) ??
        roleAt(p, label, after) ??
        (above &&
        k === 0 &&
        above.block !== p.block &&
        above.block.kind !== 'table-row' &&
        above.text.length <= 120 &&
        findDates(above.text, { yearless: true }).length === 0
          ? roleOf(above.text)
          : undefined) ??
        'other';
      dates.push({
        role,
        date,
        ...(d.time ? { time: d.time } : {}),
        p,
        order: order++,
        ...(derivation ? { derivation } : {}),
      });
    });
  }
  return { dates, relative };
}

const fact = (d: RoledDate): DateFact => ({
  date: d.date,
  ...(d.time ? { time: d.time } : {}),
  ...(d.derivation ? { derivation: d.derivation } : {}),
  ...fromPassage(d.p),
});

export interface Timetable {
  published?: DateFact;
  clarificationDeadline?: DateFact;
  submissionDeadline?: DateFact;
  participationDeadline?: DateFact;
  contractStart?: DateFact;
}

const QUESTIONNAIRE = /\bquestionnaires?\b/i;

type DateKey = 'published' | 'deadline' | 'clarificationDeadline' | 'participationDeadline' | 'contractStart';

/**
 * The dates the rules use, each stated (flag, front matter, OCDS, portal) or read from the text by
 * its role. "N working days before the closing date" is counted back from the submission deadline
 * over the bank holidays of the buyer's nation.
 */
export function timetableOf(
  { passages, stated, sourceOf, placeOf }: Pick<FactInput, 'passages' | 'stated' | 'sourceOf' | 'placeOf'>,
  nation: Nation,
): Timetable {
  const fromStated = (k: DateKey): DateFact | undefined => {
    const s = stated[k as keyof StatedFacts];
    if (typeof s !== 'string') return undefined;
    const d = parseDateString(s);
    return d ? { ...d, source: sourceOf(k), ...placeOf(k) } : undefined;
  };
  const { dates, relative } = datesOf(passages);
  const of = (role: DateRole) => dates.filter((d) => d.role === role);
  const latest = (ds: RoledDate[]) =>
    ds.reduce<RoledDate | undefined>((a, b) => (!a || b.date > a.date ? b : a), undefined);
  const first = (ds: RoledDate[]) => ds[0];

  const out: Timetable = {};
  const published =
    fromStated('published') ??
    (stated.published ? undefined : (first(of('published')) ?? first(of('dispatched')) ?? letterDate(passages, dates)));
  if (published) out.published = 'role' in published ? fact(published) : published;
  const submission = fromStated('deadline') ?? latest(of('submission'));
  if (submission) out.submissionDeadline = 'role' in submission ? fact(submission) : submission;
  // "Questionnaires must be returned by 15 June" before a later tender or quotation deadline: in a
  // two-stage process the questionnaire's date is the participation deadline, not a second submission one.
  const questionnaire = () => {
    const last = submission && 'role' in submission ? submission : undefined;
    if (!last || QUESTIONNAIRE.test(last.p.text)) return undefined;
    return of('submission').find((d) => d.date < last.date && QUESTIONNAIRE.test(d.p.text));
  };
  const participation = fromStated('participationDeadline') ?? first(of('participation')) ?? questionnaire();
  if (participation) out.participationDeadline = 'role' in participation ? fact(participation) : participation;
  const start = fromStated('contractStart') ?? first(of('contractStart'));
  if (start) out.contractStart = 'role' in start ? fact(start) : start;

  // The last date for questions: a dated one, or one counted back from the tender deadline, whichever
  // is later. A two-stage process dates its questionnaire's questions and counts its tender's back
  // ("no later than five working days before the tender deadline"): the tender's is the one that bounds the bid.
  const dated = latest(
    of('clarification').filter((d) => !out.submissionDeadline || d.date <= out.submissionDeadline.date),
  );
  const counted = out.submissionDeadline ? countedBack(relative, out.submissionDeadline.date, nation) : undefined;
  const clar =
    fromStated('clarificationDeadline') ?? (dated && (!counted || dated.date >= counted.date) ? fact(dated) : counted);
  if (clar) out.clarificationDeadline = clar;
  return out;
}

/** "Questions ... no later than 4 working days before the closing date": the date, over the nation's bank holidays. */
function countedBack(
  relative: ReturnType<typeof datesOf>['relative'],
  deadline: string,
  nation: Nation,
): DateFact | undefined {
  const r = relative.find((x) => x.role === 'clarification');
  if (!r) return undefined;
  const region = holidayRegion(nation);
  const date = r.working
    ? workingDaysBefore(deadline, r.n, region)
    : new Date(Date.parse(deadline + 'T00:00:00Z') - r.n * 86_400_000).toISOString().slice(0, 10);
  if (!date) return undefined;
  const how = r.working
    ? `${r.n} working day${r.n === 1 ? '' : 's'} before the submission deadline ${formatDate(deadline)}, skipping weekends and ${REGION_NAMES[region]} bank holidays`
    : `${r.n} day${r.n === 1 ? '' : 's'} before the submission deadline ${formatDate(deadline)}`;
  return { date, derivation: how, ...fromPassage(r.p), source: 'derived' };
}

/** A letter-style date standing alone near the top ("March 30th, 2016") is the date of issue. */
function letterDate(passages: Passage[], dates: RoledDate[]): RoledDate | undefined {
  const top = new Set(passages.slice(0, 5));
  return dates.find(
    (d) =>
      top.has(d.p) &&
      d.role === 'other' &&
      !roleOf(d.p.text) &&
      findDates(d.p.text).length === 1 &&
      d.p.text.length - findDates(d.p.text)[0]!.text.length <= 80,
  );
}
