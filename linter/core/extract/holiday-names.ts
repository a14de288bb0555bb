import type { Nation } from '../model/facts.js';
import { BANK_HOLIDAY_YEARS, REGION_NAMES, bankHolidays, type HolidayRegion } from './bank-holidays.js';

/**
 * Names for the days of the bank holiday table (extract/bank-holidays.ts holds the dates), for
 * messages: each holiday is told from its month and place in the year, substitute days included
 * (Boxing Day 2026, a Saturday, is taken on Monday 28 December).
 */
function nameOf(iso: string, region: HolidayRegion): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dow = new Date(iso + 'T00:00:00Z').getUTCDay();
  const same = bankHolidays(region, y).filter((x) => Number(x.slice(5, 7)) === m);
  const i = same.indexOf(iso);
  if (m === 1) return i === 0 ? 'New Year’s Day' : '2nd January';
  if (m === 12 && d >= 24)
    return same.filter((x) => Number(x.slice(8)) >= 24).indexOf(iso) === 0 ? 'Christmas Day' : 'Boxing Day';
  if ((m === 11 || m === 12) && region === 'scotland') return 'St Andrew’s Day';
  if ((m === 3 && region === 'northern-ireland' && d >= 17 && d <= 19 && dow === 1) || (m === 3 && d === 17))
    return 'St Patrick’s Day';
  if (m === 3 || m === 4) return dow === 5 ? 'Good Friday' : 'Easter Monday';
  if (m === 5) return d <= 7 ? 'Early May bank holiday' : 'Spring bank holiday';
  if (m === 7) return 'Battle of the Boyne (Orangemen’s Day)';
  if (m === 8) return 'Summer bank holiday';
  return 'a bank holiday';
}

/** The table a nation's buyer keeps (England and Wales share one); undefined when the nation is unknown. */
function regionOf(nation: Nation): HolidayRegion | undefined {
  return nation === 'england' || nation === 'wales'
    ? 'england-and-wales'
    : nation === 'scotland' || nation === 'northern-ireland'
      ? nation
      : undefined;
}

const REGIONS: HolidayRegion[] = ['england-and-wales', 'scotland', 'northern-ireland'];

/**
 * The bank holiday on an ISO date for a buyer in `nation`, with where it is one. With the nation
 * unknown, only a day that is a holiday in all three tables counts.
 */
export function bankHoliday(date: string, nation: Nation): { name: string; where: string } | undefined {
  const year = Number(date.slice(0, 4));
  const region = regionOf(nation);
  if (region)
    return bankHolidays(region, year).includes(date)
      ? { name: nameOf(date, region), where: REGION_NAMES[region] }
      : undefined;
  return REGIONS.every((r) => bankHolidays(r, year).includes(date))
    ? { name: nameOf(date, 'england-and-wales'), where: 'all of the UK' }
    : undefined;
}

/** Whether the table covers a date (holidays after its end cannot be known). */
export function holidaysKnown(date: string): boolean {
  const y = Number(date.slice(0, 4));
  return y >= BANK_HOLIDAY_YEARS.first && y <= BANK_HOLIDAY_YEARS.last;
}

/** Good Friday to Easter Monday of a year, from the England and Wales table. */
export function easterOf(year: number): { from: string; to: string } | undefined {
  const gf = bankHolidays('england-and-wales', year).find(
    (d) => (d.slice(5, 7) === '03' || d.slice(5, 7) === '04') && new Date(d + 'T00:00:00Z').getUTCDay() === 5,
  );
  if (!gf) return undefined;
  return { from: gf, to: new Date(Date.parse(gf + 'T00:00:00Z') + 3 * 86_400_000).toISOString().slice(0, 10) };
}
