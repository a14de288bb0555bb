import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAYS, HOLIDAYS_UNTIL, bankHoliday, easterOf, holidaysKnown } from '../../linter/extract/bank-holidays.js';

describe('the bank holiday table', () => {
  it('covers the whole of next year for every nation (extend it from GOV.UK before it runs out)', () => {
    const next = new Date().getUTCFullYear() + 1;
    expect(HOLIDAYS_UNTIL, `the table ends in ${HOLIDAYS_UNTIL}; add ${next}`).toBeGreaterThanOrEqual(next);
    for (const [nation, days] of Object.entries(BANK_HOLIDAYS)) {
      const years = new Set(days.map(([d]) => d.slice(0, 4)));
      for (let y = 2024; y <= HOLIDAYS_UNTIL; y++) expect(years.has(String(y)), `${nation} ${y}`).toBe(true);
    }
  });

  it('has 8 holidays a year in England and Wales, 9 in Scotland, 10 in Northern Ireland, each on a weekday', () => {
    const perYear = { 'england-and-wales': 8, scotland: 9, 'northern-ireland': 10 } as const;
    for (const [nation, days] of Object.entries(BANK_HOLIDAYS) as Array<[keyof typeof perYear, ReadonlyArray<readonly [string, string]>]>) {
      for (let y = 2024; y <= HOLIDAYS_UNTIL; y++) expect(days.filter(([d]) => d.startsWith(String(y))), `${nation} ${y}`).toHaveLength(perYear[nation]);
      for (const [d] of days) expect([0, 6]).not.toContain(new Date(d + 'T00:00:00Z').getUTCDay());
    }
  });

  it.each([
    ['2025-04-21', 'england', 'Easter Monday'],
    ['2025-12-01', 'scotland', 'St Andrew’s Day'],
    ['2026-03-17', 'northern-ireland', 'St Patrick’s Day'],
    ['2026-08-03', 'scotland', 'Summer bank holiday'],
    ['2026-08-31', 'wales', 'Summer bank holiday'],
    ['2026-12-28', 'england', 'Boxing Day'],
    ['2027-01-04', 'scotland', '2nd January'],
    ['2027-07-12', 'northern-ireland', 'Battle of the Boyne (Orangemen’s Day)'],
  ] as const)('%s is %s’s %s', (date, nation, name) => {
    expect(bankHoliday(date, nation)?.name).toBe(name);
  });

  it('does not carry one nation’s holidays into another, and needs all three when the nation is unknown', () => {
    expect(bankHoliday('2025-04-21', 'scotland')).toBeUndefined();
    expect(bankHoliday('2026-11-30', 'england')).toBeUndefined();
    expect(bankHoliday('2026-04-06', 'unknown')).toBeUndefined();
    expect(bankHoliday('2026-04-03', 'unknown')).toEqual({ name: 'Good Friday', where: 'all of the UK' });
    expect(easterOf(2026)).toEqual({ from: '2026-04-03', to: '2026-04-06' });
    expect(holidaysKnown(`${HOLIDAYS_UNTIL + 1}-01-01`)).toBe(false);
  });
});
