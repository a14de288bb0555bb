export interface DateMention {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM, 24-hour, when a time is written beside the date. */
  time?: string;
  start: number;
  end: number;
  text: string;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
const TIME = String.raw`(?:(?:12\s*)?noon|midday|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}(?:\s*(?:hrs|hours|h))?(?::\d{2})?)`;

// Date shapes, UK day-first. Each alternative names its parts so one pass finds all dates.
const DATE_RE = new RegExp(
  [
    String.raw`(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})(?:T(?<it>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?`,
    String.raw`${WEEKDAY}?(?<dd>\d{1,2})${ORD}(?:\s+of)?[\s-]+(?<dm>${MONTH})[\s-]+(?<dy>\d{4})`,
    String.raw`${WEEKDAY}?(?<mm>${MONTH})\s+(?<md>\d{1,2})${ORD},?\s+(?<my>\d{4})`,
    String.raw`(?<nd>\d{1,2})[/.-](?<nm>\d{1,2})[/.-](?<ny>\d{4}|\d{2})(?![\d/])`,
  ].join('|'),
  'gi',
);
const TIME_BEFORE = new RegExp(String.raw`(?<t>${TIME})(?:\s*(?:hrs|hours))?\s*(?:\([A-Z]{2,4}\)\s*)?(?:on\s+|,\s*|\s+)?$`, 'i');
const TIME_AFTER = new RegExp(String.raw`^,?\s*(?:at\s+|by\s+|,\s*|\s+-\s+|\s+)(?<t>${TIME})`, 'i');

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

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

/** Every calendar date in the text, with a time when one is written right beside it. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) {
    const g = m.groups ?? {};
    let date: string | undefined;
    let time: string | undefined;
    if (g.iy) {
      date = isoDate(Number(g.iy), Number(g.im), Number(g.id));
      time = g.it;
    } else if (g.dd) {
      date = isoDate(Number(g.dy), monthNumber(g.dm!), Number(g.dd));
    } else if (g.mm) {
      date = isoDate(Number(g.my), monthNumber(g.mm), Number(g.md));
    } else if (g.nd) {
      const y = g.ny!.length === 2 ? 2000 + Number(g.ny) : Number(g.ny);
      date = isoDate(y, Number(g.nm), Number(g.nd));
    }
    if (!date) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    if (!time) {
      const after = TIME_AFTER.exec(text.slice(end, end + 30));
      const before = TIME_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      if (after?.groups?.t) {
        time = parseTime(after.groups.t);
        end += after[0].length;
      } else if (before?.groups?.t) {
        time = parseTime(before.groups.t);
        start -= before[0].length;
      }
    }
    out.push({ date, ...(time ? { time } : {}), start, end, text: text.slice(start, end) });
  }
  return out;
}

/** Whole calendar days from `from` to `to` (deadline date minus publication date). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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
