import type { Nation } from '../model/facts.js';

/**
 * UK bank holidays by nation, as proclaimed (substitute days and the 2023 coronation included), 2023-2028. Data, not a
 * rule: "4 working days before the closing date" means different days in Edinburgh and in Leeds.
 * test/extract/bank-holidays.test.ts fails once the table ends before next year: extend it then.
 */
const ENGLAND_AND_WALES: Record<number, string[]> = {
  2023: [
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ],
  2024: [
    '2024-01-01',
    '2024-03-29',
    '2024-04-01',
    '2024-05-06',
    '2024-05-27',
    '2024-08-26',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
  2028: [
    '2028-01-03',
    '2028-04-14',
    '2028-04-17',
    '2028-05-01',
    '2028-05-29',
    '2028-08-28',
    '2028-12-25',
    '2028-12-26',
  ],
};

// Scotland: 2 January, no Easter Monday, the summer holiday on the first Monday of August, St Andrew's Day.
const SCOTLAND: Record<number, string[]> = {
  2023: [
    '2023-01-02',
    '2023-01-03',
    '2023-04-07',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-07',
    '2023-11-30',
    '2023-12-25',
    '2023-12-26',
  ],
  2024: [
    '2024-01-01',
    '2024-01-02',
    '2024-03-29',
    '2024-05-06',
    '2024-05-27',
    '2024-08-05',
    '2024-12-02',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-01-02',
    '2025-04-18',
    '2025-05-05',
    '2025-05-26',
    '2025-08-04',
    '2025-12-01',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-01-02',
    '2026-04-03',
    '2026-05-04',
    '2026-05-25',
    '2026-08-03',
    '2026-11-30',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-01-04',
    '2027-03-26',
    '2027-05-03',
    '2027-05-31',
    '2027-08-02',
    '2027-11-30',
    '2027-12-27',
    '2027-12-28',
  ],
  2028: [
    '2028-01-03',
    '2028-01-04',
    '2028-04-14',
    '2028-05-01',
    '2028-05-29',
    '2028-08-07',
    '2028-11-30',
    '2028-12-25',
    '2028-12-26',
  ],
};

// Northern Ireland: England and Wales's, plus St Patrick's Day and the Battle of the Boyne.
const NI_EXTRA: Record<number, string[]> = {
  2023: ['2023-03-17', '2023-07-12'],
  2024: ['2024-03-18', '2024-07-12'],
  2025: ['2025-03-17', '2025-07-14'],
  2026: ['2026-03-17', '2026-07-13'],
  2027: ['2027-03-17', '2027-07-12'],
  2028: ['2028-03-17', '2028-07-12'],
};

export const BANK_HOLIDAY_YEARS = { first: 2023, last: 2028 } as const;

export type HolidayRegion = 'england-and-wales' | 'scotland' | 'northern-ireland';

/** England and Wales share a list; an unknown nation uses it too, as most tenders are English. */
export function holidayRegion(nation: Nation): HolidayRegion {
  return nation === 'scotland' ? 'scotland' : nation === 'northern-ireland' ? 'northern-ireland' : 'england-and-wales';
}

export const REGION_NAMES: Record<HolidayRegion, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

const sets = new Map<HolidayRegion, Set<string>>();
function holidays(region: HolidayRegion): Set<string> {
  let s = sets.get(region);
  if (!s) {
    const years = Object.keys(ENGLAND_AND_WALES).map(Number);
    const days = years.flatMap((y) =>
      region === 'scotland'
        ? SCOTLAND[y]!
        : region === 'northern-ireland'
          ? [...ENGLAND_AND_WALES[y]!, ...NI_EXTRA[y]!]
          : ENGLAND_AND_WALES[y]!,
    );
    s = new Set(days);
    sets.set(region, s);
  }
  return s;
}

/** The bank holidays of a region in a year, sorted; empty outside the table. */
export function bankHolidays(region: HolidayRegion, year: number): string[] {
  return [...holidays(region)].filter((d) => d.startsWith(`${year}-`)).sort();
}

export function isWorkingDay(iso: string, region: HolidayRegion): boolean {
  const day = new Date(iso + 'T00:00:00Z').getUTCDay();
  return day !== 0 && day !== 6 && !holidays(region).has(iso);
}

/**
 * The day `n` working days before (negative n: after) `iso`, skipping weekends and the region's
 * bank holidays. Undefined when the count runs outside the years the table holds.
 */
export function workingDaysBefore(iso: string, n: number, region: HolidayRegion): string | undefined {
  let t = Date.parse(iso + 'T00:00:00Z');
  const step = n >= 0 ? -86_400_000 : 86_400_000;
  let left = Math.abs(n);
  while (left > 0) {
    t += step;
    const d = new Date(t).toISOString().slice(0, 10);
    const year = Number(d.slice(0, 4));
    if (year < BANK_HOLIDAY_YEARS.first || year > BANK_HOLIDAY_YEARS.last) return undefined;
    if (isWorkingDay(d, region)) left--;
  }
  return new Date(t).toISOString().slice(0, 10);
}
