import { describe, expect, it } from 'vitest';
import {
  BANK_HOLIDAY_YEARS,
  bankHolidays,
  isWorkingDay,
  workingDaysBefore,
} from '../../../linter/core/extract/bank-holidays.js';

describe('bank holidays', () => {
  it('the table reaches next year (extend linter/core/extract/bank-holidays.ts when this fails)', () => {
    expect(BANK_HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(new Date().getUTCFullYear() + 1);
  });

  it('every holiday is a weekday, and each region has its own count', () => {
    for (let y = BANK_HOLIDAY_YEARS.first; y <= BANK_HOLIDAY_YEARS.last; y++) {
      for (const region of ['england-and-wales', 'scotland', 'northern-ireland'] as const) {
        for (const d of bankHolidays(region, y))
          expect([0, 6], d).not.toContain(new Date(d + 'T00:00:00Z').getUTCDay());
      }
      expect(bankHolidays('northern-ireland', y).length).toBe(bankHolidays('england-and-wales', y).length + 2);
    }
  });

  it("counts working days back over the region's holidays", () => {
    expect(workingDaysBefore('2026-05-11', 5, 'england-and-wales')).toBe('2026-05-01'); // Early May bank holiday, 4 May
    expect(workingDaysBefore('2023-05-11', 4, 'england-and-wales')).toBe('2023-05-04'); // the coronation, 8 May 2023
    expect(isWorkingDay('2026-03-17', 'northern-ireland')).toBe(false); // St Patrick's Day
    expect(isWorkingDay('2026-03-17', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2026-11-30', 'scotland')).toBe(false); // St Andrew's Day
    expect(workingDaysBefore('2031-05-11', 5, 'england-and-wales')).toBeUndefined();
  });
});
