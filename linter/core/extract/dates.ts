// Only the English locale: the root entry builds every locale's parsers at import (dozens of CJK patterns we never run).
import { Chrono, configuration } from 'chrono-node/en';

export interface DateMention {
  /** YYYY-MM-DD; for a yearless mention ("14 May"), the year is a guess until `resolveYear`. */
  date: string;
  /** HH:MM, 24-hour, when a time is written beside the date. */
  time?: string;
  start: number;
  end: number;
  text: string;
  /** The text gave no year ("Tuesday 3rd March", "14 May"). */
  yearless?: boolean;
}

const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`;
const TIME = String.raw`(?:(?:12\s*)?noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}(?:\s*(?:hrs|hours|h))?(?::\d{2})?)`;
// A day and a month written out: what chrono must have seen for its result to be a calendar date
// (it also reads "within 24 hours" and "Friday" as dates, relative to today).
const DAY_AND_MONTH = new RegExp(
  String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?[\s-]+${MONTH}|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}(?!\d)`,
  'i',
);
// ISO dates as OCDS and front matter write them, read as written: chrono would move
// "2025-02-01T00:00:00+01:00" into the previous day in UTC.
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g;
const TIME_BEFORE = new RegExp(
  String.raw`(?<t>${TIME})(?:\s*(?:hrs|hours))?\s*(?:\([A-Z]{2,4}\)\s*)?(?:on\s+|,\s*|\s+)?$`,
  'i',
);
const TIME_AFTER = new RegExp(String.raw`^,?\s*(?:at\s+|by\s+|,\s*|\s+-\s+|\s+)?\(?(?<t>${TIME})`, 'i');
const RANGE_SPLIT = / ?[-–—] ?| (?:to|until|and) /i;
// chrono reads a window this wide either side of each day-and-month it could be part of, never a
// whole passage: its cost stays bounded whatever the document (a 100 kB table row, a hostile file).
const WINDOW = 48;
const ANCHORS = new RegExp(DAY_AND_MONTH.source, 'gi');

// Strict (no "today", "next week") and day-first, as UK tenders write dates.
const chrono = new Chrono(configuration.createConfiguration(true, true));
const REFERENCE = { instant: new Date(Date.UTC(2026, 0, 1)), timezone: 0 };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** "3pm", "15:00", "12:00hrs", "noon", "10am", "midnight" -> "HH:MM". */
export function parseTime(s: string): string | undefined {
  const t = s.toLowerCase().replace(/\s+/g, '');
  if (/noon|midday/.test(t)) return '12:00';
  if (t === 'midnight') return '23:59';
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m\.|p\.m\.)?/.exec(t);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  const ap = m[3]?.replace(/\./g, '');
  if (ap === 'pm' && h < 12) h += 12;
  if (ap === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return undefined;
  return `${pad(h)}:${pad(min)}`;
}

interface Components {
  get(c: 'year' | 'month' | 'day' | 'hour' | 'minute'): number | null;
  isCertain(c: 'year' | 'month' | 'day' | 'hour'): boolean;
}

function mention(text: string, c: Components, start: number, end: number): DateMention | undefined {
  const date = isoDate(c.get('year')!, c.get('month')!, c.get('day')!);
  if (!date) return undefined;
  const yearless = !c.isCertain('year');
  let time = c.isCertain('hour') ? `${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}` : undefined;
  if (!time) {
    // chrono's strict parsers leave "noon on", "at 12:00hrs", "midnight" to us.
    const after = TIME_AFTER.exec(text.slice(end, end + 30));
    const before = TIME_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
    if (after?.groups?.t && (time = parseTime(after.groups.t))) end += after[0].length;
    else if (before?.groups?.t && (time = parseTime(before.groups.t))) start -= before[0].length;
  }
  return {
    date,
    ...(time ? { time } : {}),
    start,
    end,
    text: text.slice(start, end),
    ...(yearless ? { yearless } : {}),
  };
}

/**
 * Every calendar date in the text, with a time when one is written beside it; a range ("30/03/2026
 * to 08/05/2026", "3 to 6 April 2026") gives both ends. Yearless dates ("14 May") only with
 * `yearless: true`, and then marked so the caller can give them the document's year.
 */
export function findDates(text: string, options: { yearless?: boolean } = {}): readonly DateMention[] {
  // The timetable, the term and the planning notice each read the same passages: chrono runs once per text.
  let all = seen.get(text);
  if (!all) {
    if (seen.size >= SEEN_MAX) seen.clear();
    all = Object.freeze(readDates(text).map((m) => Object.freeze(m)));
    seen.set(text, all);
  }
  return options.yearless ? all : all.filter((m) => !m.yearless);
}

const SEEN_MAX = 20_000;
const seen = new Map<string, readonly DateMention[]>();

/** Starts a document afresh: the cache serves one document's extractors, not the next document. */
export function forgetDates(): void {
  seen.clear();
}

function readDates(text: string): DateMention[] {
  const options = { yearless: true };
  // Most passages hold no date: the test is far cheaper than chrono's parsers.
  if (!DAY_AND_MONTH.test(text)) return [];
  const out: DateMention[] = [];
  ISO.lastIndex = 0;
  for (let m = ISO.exec(text); m; m = ISO.exec(text)) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date)
      out.push({
        date,
        ...(m[4] ? { time: `${m[4]}:${m[5]}` } : {}),
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
      });
  }
  const taken = out.map((m) => [m.start, m.end] as const);
  // Windows around each anchor, merged where they overlap.
  const windows: Array<[number, number]> = [];
  ANCHORS.lastIndex = 0;
  for (let a = ANCHORS.exec(text); a; a = ANCHORS.exec(text)) {
    const from = Math.max(0, a.index - WINDOW);
    const to = Math.min(text.length, a.index + a[0].length + WINDOW);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  for (const [from, to] of windows) {
    const slice = text.slice(from, to);
    for (const r of chrono.parse(slice, REFERENCE)) {
      const index = from + r.index;
      const end = index + r.text.length;
      // A result cut by the window's edge is read again from the next window, or is no date.
      if ((r.index === 0 && from > 0) || (end === to && to < text.length && /\w/.test(text[to] ?? ''))) continue;
      if (taken.some(([a, b]) => index < b && end > a)) continue;
      if (!DAY_AND_MONTH.test(r.text) || !r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      // "Stage 2 may be raised", "troops march": a month is written with a capital; "may" and "march" in lower case are verbs.
      if (/\b(?:may|march)\b/.test(r.text) && !/\b(?:May|March|MAY|MARCH)\b/.test(r.text)) continue;
      taken.push([index, end]);
      if (r.end && r.end.isCertain('day')) {
        // The range's two ends, each with its own text where the separator can be found.
        const sep = RANGE_SPLIT.exec(r.text);
        const cut = sep ? index + sep.index : end;
        const first = mention(text, r.start, index, cut);
        const second = mention(text, r.end, sep ? cut + sep[0].length : index, end);
        // "3 to 6 April 2026": the first end takes the second's year.
        if (first && second && first.yearless && !second.yearless) {
          first.date = second.date.slice(0, 4) + first.date.slice(4);
          delete first.yearless;
        }
        for (const m of [first, second]) if (m && (options.yearless || !m.yearless)) out.push(m);
        continue;
      }
      const m = mention(text, r.start, index, end);
      if (m && (options.yearless || !m.yearless)) {
        if (/midnight/i.test(text.slice(m.start, Math.min(text.length, m.end + 12)))) m.time = '23:59';
        out.push(m);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Whole calendar days from `from` to `to` (deadline date minus publication date). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "16 March 2026" for messages. */
export function formatDate(iso: string): string {
  // By hand, not toLocaleDateString: ICU formatting showed in the lint profile.
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
}

/** Reads one loose date ("16/03/2026", "2026-03-16", "16 March 2026 12:00") given by a flag or front matter. */
export function parseDateString(s: string): { date: string; time?: string } | undefined {
  const [m] = findDates(s);
  return m ? { date: m.date, ...(m.time ? { time: m.time } : {}) } : undefined;
}

/** A date fact for messages, with how it was reached when the text did not write it out ("1 May 2026 (5 working days before ...)"). */
export function formatDateFact(d: { date: string; derivation?: string | undefined }): string {
  return d.derivation && !d.derivation.startsWith(formatDate(d.date))
    ? `${formatDate(d.date)} (${d.derivation})`
    : (d.derivation ?? formatDate(d.date));
}
