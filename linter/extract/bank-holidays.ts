import type { Nation } from '../model/facts.js';

/**
 * UK bank holidays by nation, as GOV.UK publishes them (https://www.gov.uk/bank-holidays), as data:
 * tenderlint never fetches them at run time. Substitute days are listed on the day taken (Boxing
 * Day 2026 falls on a Saturday, so 28 December). Extend the table before it runs out: a test fails
 * when it does not cover the whole of next year.
 */
export const BANK_HOLIDAYS: Record<'england-and-wales' | 'scotland' | 'northern-ireland', ReadonlyArray<readonly [string, string]>> = {
  'england-and-wales': [
    ['2024-01-01', 'New Year’s Day'],
    ['2024-03-29', 'Good Friday'],
    ['2024-04-01', 'Easter Monday'],
    ['2024-05-06', 'Early May bank holiday'],
    ['2024-05-27', 'Spring bank holiday'],
    ['2024-08-26', 'Summer bank holiday'],
    ['2024-12-25', 'Christmas Day'],
    ['2024-12-26', 'Boxing Day'],
    ['2025-01-01', 'New Year’s Day'],
    ['2025-04-18', 'Good Friday'],
    ['2025-04-21', 'Easter Monday'],
    ['2025-05-05', 'Early May bank holiday'],
    ['2025-05-26', 'Spring bank holiday'],
    ['2025-08-25', 'Summer bank holiday'],
    ['2025-12-25', 'Christmas Day'],
    ['2025-12-26', 'Boxing Day'],
    ['2026-01-01', 'New Year’s Day'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-04', 'Early May bank holiday'],
    ['2026-05-25', 'Spring bank holiday'],
    ['2026-08-31', 'Summer bank holiday'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day'],
    ['2027-01-01', 'New Year’s Day'],
    ['2027-03-26', 'Good Friday'],
    ['2027-03-29', 'Easter Monday'],
    ['2027-05-03', 'Early May bank holiday'],
    ['2027-05-31', 'Spring bank holiday'],
    ['2027-08-30', 'Summer bank holiday'],
    ['2027-12-27', 'Christmas Day'],
    ['2027-12-28', 'Boxing Day'],
    ['2028-01-03', 'New Year’s Day'],
    ['2028-04-14', 'Good Friday'],
    ['2028-04-17', 'Easter Monday'],
    ['2028-05-01', 'Early May bank holiday'],
    ['2028-05-29', 'Spring bank holiday'],
    ['2028-08-28', 'Summer bank holiday'],
    ['2028-12-25', 'Christmas Day'],
    ['2028-12-26', 'Boxing Day'],
  ],
  'scotland': [
    ['2024-01-01', 'New Year’s Day'],
    ['2024-01-02', '2nd January'],
    ['2024-03-29', 'Good Friday'],
    ['2024-05-06', 'Early May bank holiday'],
    ['2024-05-27', 'Spring bank holiday'],
    ['2024-08-05', 'Summer bank holiday'],
    ['2024-12-02', 'St Andrew’s Day'],
    ['2024-12-25', 'Christmas Day'],
    ['2024-12-26', 'Boxing Day'],
    ['2025-01-01', 'New Year’s Day'],
    ['2025-01-02', '2nd January'],
    ['2025-04-18', 'Good Friday'],
    ['2025-05-05', 'Early May bank holiday'],
    ['2025-05-26', 'Spring bank holiday'],
    ['2025-08-04', 'Summer bank holiday'],
    ['2025-12-01', 'St Andrew’s Day'],
    ['2025-12-25', 'Christmas Day'],
    ['2025-12-26', 'Boxing Day'],
    ['2026-01-01', 'New Year’s Day'],
    ['2026-01-02', '2nd January'],
    ['2026-04-03', 'Good Friday'],
    ['2026-05-04', 'Early May bank holiday'],
    ['2026-05-25', 'Spring bank holiday'],
    ['2026-08-03', 'Summer bank holiday'],
    ['2026-11-30', 'St Andrew’s Day'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day'],
    ['2027-01-01', 'New Year’s Day'],
    ['2027-01-04', '2nd January'],
    ['2027-03-26', 'Good Friday'],
    ['2027-05-03', 'Early May bank holiday'],
    ['2027-05-31', 'Spring bank holiday'],
    ['2027-08-02', 'Summer bank holiday'],
    ['2027-11-30', 'St Andrew’s Day'],
    ['2027-12-27', 'Christmas Day'],
    ['2027-12-28', 'Boxing Day'],
    ['2028-01-03', 'New Year’s Day'],
    ['2028-01-04', '2nd January'],
    ['2028-04-14', 'Good Friday'],
    ['2028-05-01', 'Early May bank holiday'],
    ['2028-05-29', 'Spring bank holiday'],
    ['2028-08-07', 'Summer bank holiday'],
    ['2028-11-30', 'St Andrew’s Day'],
    ['2028-12-25', 'Christmas Day'],
    ['2028-12-26', 'Boxing Day'],
  ],
  'northern-ireland': [
    ['2024-01-01', 'New Year’s Day'],
    ['2024-03-18', 'St Patrick’s Day'],
    ['2024-03-29', 'Good Friday'],
    ['2024-04-01', 'Easter Monday'],
    ['2024-05-06', 'Early May bank holiday'],
    ['2024-05-27', 'Spring bank holiday'],
    ['2024-07-12', 'Battle of the Boyne (Orangemen’s Day)'],
    ['2024-08-26', 'Summer bank holiday'],
    ['2024-12-25', 'Christmas Day'],
    ['2024-12-26', 'Boxing Day'],
    ['2025-01-01', 'New Year’s Day'],
    ['2025-03-17', 'St Patrick’s Day'],
    ['2025-04-18', 'Good Friday'],
    ['2025-04-21', 'Easter Monday'],
    ['2025-05-05', 'Early May bank holiday'],
    ['2025-05-26', 'Spring bank holiday'],
    ['2025-07-14', 'Battle of the Boyne (Orangemen’s Day)'],
    ['2025-08-25', 'Summer bank holiday'],
    ['2025-12-25', 'Christmas Day'],
    ['2025-12-26', 'Boxing Day'],
    ['2026-01-01', 'New Year’s Day'],
    ['2026-03-17', 'St Patrick’s Day'],
    ['2026-04-03', 'Good Friday'],
    ['2026-04-06', 'Easter Monday'],
    ['2026-05-04', 'Early May bank holiday'],
    ['2026-05-25', 'Spring bank holiday'],
    ['2026-07-13', 'Battle of the Boyne (Orangemen’s Day)'],
    ['2026-08-31', 'Summer bank holiday'],
    ['2026-12-25', 'Christmas Day'],
    ['2026-12-28', 'Boxing Day'],
    ['2027-01-01', 'New Year’s Day'],
    ['2027-03-17', 'St Patrick’s Day'],
    ['2027-03-26', 'Good Friday'],
    ['2027-03-29', 'Easter Monday'],
    ['2027-05-03', 'Early May bank holiday'],
    ['2027-05-31', 'Spring bank holiday'],
    ['2027-07-12', 'Battle of the Boyne (Orangemen’s Day)'],
    ['2027-08-30', 'Summer bank holiday'],
    ['2027-12-27', 'Christmas Day'],
    ['2027-12-28', 'Boxing Day'],
    ['2028-01-03', 'New Year’s Day'],
    ['2028-03-17', 'St Patrick’s Day'],
    ['2028-04-14', 'Good Friday'],
    ['2028-04-17', 'Easter Monday'],
    ['2028-05-01', 'Early May bank holiday'],
    ['2028-05-29', 'Spring bank holiday'],
    ['2028-07-12', 'Battle of the Boyne (Orangemen’s Day)'],
    ['2028-08-28', 'Summer bank holiday'],
    ['2028-12-25', 'Christmas Day'],
    ['2028-12-26', 'Boxing Day'],
  ],
};

export type HolidayRegion = keyof typeof BANK_HOLIDAYS;

/** The table a nation's buyer keeps (England and Wales share one). */
export function regionOf(nation: Nation): HolidayRegion | undefined {
  return nation === 'england' || nation === 'wales' ? 'england-and-wales' : nation === 'scotland' || nation === 'northern-ireland' ? nation : undefined;
}

const BY_DATE: Record<HolidayRegion, Map<string, string>> = {
  'england-and-wales': new Map(BANK_HOLIDAYS['england-and-wales']),
  scotland: new Map(BANK_HOLIDAYS.scotland),
  'northern-ireland': new Map(BANK_HOLIDAYS['northern-ireland']),
};

/** The last year the table covers in full, for every nation. */
export const HOLIDAYS_UNTIL = Math.min(...Object.values(BANK_HOLIDAYS).map((l) => Number(l.at(-1)![0].slice(0, 4))));

/**
 * The bank holiday on an ISO date for a buyer in `nation`, with where it is one. With the nation
 * unknown, only a day that is a holiday in all three tables counts.
 */
export function bankHoliday(date: string, nation: Nation): { name: string; where: string } | undefined {
  const region = regionOf(nation);
  if (region) {
    const name = BY_DATE[region].get(date);
    return name ? { name, where: region === 'england-and-wales' ? 'England and Wales' : region === 'scotland' ? 'Scotland' : 'Northern Ireland' } : undefined;
  }
  const names = (Object.keys(BY_DATE) as HolidayRegion[]).map((r) => BY_DATE[r].get(date));
  return names.every(Boolean) ? { name: names[0]!, where: 'all of the UK' } : undefined;
}

/** Whether the table covers a date (holidays after its end cannot be known). */
export function holidaysKnown(date: string): boolean {
  return Number(date.slice(0, 4)) <= HOLIDAYS_UNTIL && date >= '2024-01-01';
}

/** Good Friday to Easter Monday of a year, from the England and Wales table. */
export function easterOf(year: number): { from: string; to: string } | undefined {
  const gf = BANK_HOLIDAYS['england-and-wales'].find(([d, n]) => n === 'Good Friday' && d.startsWith(String(year)));
  if (!gf) return undefined;
  const to = new Date(Date.parse(gf[0] + 'T00:00:00Z') + 3 * 86_400_000).toISOString().slice(0, 10);
  return { from: gf[0], to };
}
