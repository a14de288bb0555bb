import { describe, expect, it } from 'vitest';
import { daysBetween, findDates, parseTime } from '../../linter/core/extract/dates.js';

const cases: Array<[string, Array<string>]> = [
  ['published on 16 March 2026', ['2026-03-16']],
  // "may" in lower case is a verb: only the real date is read (round 3 dev half).
  ['3.1 Clarification questions on Stage 2 may be raised until 12:00 on 8 July 2026.', ['2026-07-08 12:00']],
  ['by 16/03/2026', ['2026-03-16']],
  ['on 2026-03-16', ['2026-03-16']],
  ['Tender submission deadline | 15:00 30/01/2026', ['2026-01-30 15:00']], // G-Cloud 15 timetable
  ['Deadline for submission of clarification questions | 15:00 12/12/2025', ['2025-12-12 15:00']],
  ['End of standstill period | 16/09/2026 midnight', ['2026-09-16 23:59']],
  ['by noon on Monday 16th March 2026', ['2026-03-16 12:00']],
  ['by 16th March 2026 at 12:00hrs', ['2026-03-16 12:00']],
  ['provide a quote by Monday 17th March 2025, 10am', ['2025-03-17 10:00']], // Martock (Contracts Finder)
  ['no later than April 1, 2016 at 6:00 PM (PST)', ['2016-04-01 18:00']], // 18F RFQ
  ['Reply By: April 8, 2016 at 7 PM (EDT)', ['2016-04-08 19:00']],
  ['dated March 30th, 2016', ['2016-03-30']],
  ['2019-05-10T12:00:00Z', ['2019-05-10 12:00']], // OCDS tenderPeriod.endDate
  ['Tender notice published | 23/10/2025', ['2025-10-23']],
  ['on 1 Sept 2026', ['2026-09-01']],
  ['12.03.2026', ['2026-03-12']],
  ['on the 3rd of April 2026', ['2026-04-03']],
  ['from 1 April 2026 to 31 March 2029', ['2026-04-01', '2029-03-31']],
  // Placeholders and non-dates yield nothing.
  ['[insert date]', []],
  ['dd/mm/yyyy', []],
  ['31/02/2026', []],
  ['section 3.1.2', []],
];

describe('findDates', () => {
  it.each(cases)('%s', (text, expected) => {
    expect(findDates(text).map((d) => d.date + (d.time ? ' ' + d.time : ''))).toEqual(expected);
  });

  it('counts calendar days from publication to deadline', () => {
    expect(daysBetween('2025-02-12', '2025-02-26')).toBe(14);
    expect(daysBetween('2026-03-29', '2026-03-30')).toBe(1); // across the clocks going forward
  });

  it('reads times', () => {
    expect(parseTime('3pm')).toBe('15:00');
    expect(parseTime('12 noon')).toBe('12:00');
    expect(parseTime('12am')).toBe('00:00');
    expect(parseTime('25:00')).toBeUndefined();
  });
});
