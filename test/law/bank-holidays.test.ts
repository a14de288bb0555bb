import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_YEARS } from '../../linter/core/extract/bank-holidays.js';
import { bankHoliday, easterOf, holidaysKnown } from '../../linter/core/extract/holiday-names.js';

const HOLIDAYS_UNTIL = BANK_HOLIDAY_YEARS.last;

describe('bank holiday names for messages (the dates are extract/bank-holidays.ts’s table)', () => {
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
