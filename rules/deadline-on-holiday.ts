import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, underEveryLaw } from '../linter/core/law.js';
import { passageOfFact } from '../linter/core/extract/passages.js';
import { daysBetween, formatDate } from '../linter/core/extract/dates.js';
import { bankHoliday, easterOf, holidaysKnown } from '../linter/core/extract/holiday-names.js';
import { tenderMinimum } from '../linter/core/extract/timescales.js';
import { plural } from '../linter/core/format-numbers.js';
import type { DateFact } from '../linter/core/model/facts.js';

const addDays = (iso: string, n: number) =>
  new Date(Date.parse(iso + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);

/** 24 December to 1 January: offices close whether or not each day is a bank holiday. */
function inChristmasClosure(iso: string): boolean {
  const md = iso.slice(5);
  return md >= '12-24' || md <= '01-01';
}

/** Days of the window (the day after publication to the deadline) that fall in the Christmas closure or the Easter weekend. */
function closedDays(from: string, to: string): { christmas: number; easter: number } {
  let christmas = 0;
  let easter = 0;
  const n = daysBetween(from, to);
  for (let i = 1; i <= n; i++) {
    const d = addDays(from, i);
    if (inChristmasClosure(d)) christmas++;
    const e = easterOf(Number(d.slice(0, 4)));
    if (e && d >= e.from && d <= e.to) easter++;
  }
  return { christmas, easter };
}

export default defineRule({
  meta: {
    id: 'deadline-on-holiday',
    title: 'Deadline on a bank holiday, or over Christmas or Easter',
    severity: 'warning',
    description:
      'A submission or clarification deadline falls on a bank holiday of the buyer’s nation or between 24 December and 1 January, or the tender window spans Christmas or Easter without extra days beyond the minimum.',
    rationale:
      'Small organisations write bids around their own work and their own holidays; a deadline on a bank holiday, or a window eaten by Christmas or Easter, gives them fewer real days than it seems. England and Wales, Scotland and Northern Ireland keep different bank holidays (St Andrew’s Day, St Patrick’s Day, the August holiday).',
    citations: underEveryLaw(
      goodPractice(
        [sources.keepItLocal(3, 'avoid short notice invitations to tender'), sources.bankHolidays],
        'warning',
      ),
    ),
    tags: ['2025-26'],
    fix: 'Move the deadline to a working day, and add the holiday days to the window so bidders keep the full minimum period of working time.',
    messages: {
      'bank-holiday':
        "A deadline falls on a bank holiday of the buyer's nation. Data: deadline (which), date, holiday.",
      'christmas-closure': 'A deadline falls between 24 December and 1 January. Data: deadline, date.',
      'window-spans-holiday':
        'The tender window loses days to Christmas or Easter and falls under its minimum. Data: holiday, days, closedDays, minimumDays.',
    },
    options: z.object({
      recommendedTenderDays: z
        .number()
        .int()
        .positive()
        .default(30)
        .describe('Days recommended where no statutory minimum applies (the minimum the window is measured against).'),
    }),
    examples: {
      flag: [
        {
          text: 'Tenders must be submitted by 12:00 on 6 April 2026.',
          facts: { nation: 'england' },
          message: 'Easter Monday',
        },
        {
          text: 'The deadline for clarification questions is 30 November 2026. Tenders must be submitted by 14 December 2026.',
          facts: { nation: 'scotland' },
          message: 'St Andrew’s Day',
        },
        {
          text: 'Tenders must be submitted by 17 March 2026.',
          facts: { nation: 'northern-ireland' },
          message: 'St Patrick’s Day, a bank holiday in Northern Ireland',
        },
        {
          text: 'Tenders must be submitted by 12:00 on 29 December 2026.',
          message: 'between 24 December and 1 January',
        },
        {
          text: 'This open procedure is run under the Procurement Act 2023. The estimated value is £2,000,000. The invitation to tender was published on 1 December 2026. Tenders must be submitted by 12:00 on 3 January 2027.',
          message:
            '9 of its 33 days fall between 24 December and 1 January, leaving 24 days, under the 25-day minimum it is judged against; add 1 day',
        },
      ],
      pass: [
        { text: 'Tenders must be submitted by 12:00 on 7 April 2026.', facts: { nation: 'england' } },
        {
          text: 'Tenders must be submitted by 30 November 2026.',
          facts: { nation: 'england' },
          source: 'St Andrew’s Day is a Scottish holiday only',
        },
        {
          text: 'Tenders must be submitted by 6 April 2026.',
          facts: { nation: 'scotland' },
          source: 'Easter Monday is not a bank holiday in Scotland',
        },
        {
          text: 'The estimated value is £2,000,000. The invitation to tender was published on 20 November 2026. Tenders must be submitted by 12:00 on 8 January 2027.',
          source: '49 days: 40 outside the Christmas closure, over the 25-day minimum',
        },
        {
          text: 'Tenders must be submitted by 3 August 2026.',
          facts: { nation: 'england' },
          source: 'the Scottish summer holiday, not England’s',
        },
      ],
    },
    exclusions: [
      'With the buyer’s nation unknown, only a day that is a bank holiday in all three tables counts.',
      'Dates beyond the end of the bank holiday table are not judged.',
      'A window that spans Christmas or Easter is judged against the minimum the document is held to (statutory, or 30 days where none applies); framework call-offs are not judged.',
    ],
  },
  check({ doc, facts, options, report }) {
    const nation = facts.regime.nation;
    const onDay = (name: string, d: DateFact | undefined) => {
      if (!d || !holidaysKnown(d.date)) return false;
      const passage = passageOfFact(doc, d);
      if (!passage) return false;
      const h = bankHoliday(d.date, nation);
      if (h) {
        report({
          passage,
          messageId: 'bank-holiday',
          data: { deadline: name, date: d.date, holiday: h.name },
          message: `The ${name} (${formatDate(d.date)}) falls on ${h.name}, a bank holiday in ${h.where}.`,
          fix: `Move the ${name} to a working day, for example ${formatDate(nextWorkingDay(d.date, nation))}.`,
        });
        return true;
      }
      if (inChristmasClosure(d.date)) {
        report({
          passage,
          messageId: 'christmas-closure',
          data: { deadline: name, date: d.date },
          message: `The ${name} (${formatDate(d.date)}) falls between 24 December and 1 January, when many small organisations are closed.`,
          fix: `Move the ${name} into January, after the New Year bank holidays.`,
        });
        return true;
      }
      return false;
    };
    const submissionOnHoliday = onDay('submission deadline', facts.submissionDeadline);
    onDay('clarification deadline', facts.clarificationDeadline);

    const { published, submissionDeadline: deadline } = facts;
    if (
      submissionOnHoliday ||
      !published ||
      !deadline ||
      !holidaysKnown(published.date) ||
      !holidaysKnown(deadline.date)
    )
      return;
    const min = tenderMinimum(doc, facts, options.recommendedTenderDays);
    if (!min) return;
    const days = daysBetween(published.date, deadline.date);
    const closed = closedDays(published.date, deadline.date);
    for (const [what, n, span] of [
      ['Christmas', closed.christmas, 'between 24 December and 1 January'],
      ['Easter', closed.easter, 'in the Easter weekend (Good Friday to Easter Monday)'],
    ] as const) {
      if (n === 0 || days < min.days || days - n >= min.days) continue;
      const passage = passageOfFact(doc, deadline);
      if (!passage) return;
      report({
        passage,
        messageId: 'window-spans-holiday',
        data: { holiday: what, days, closedDays: n, minimumDays: min.days },
        message: `The tender window spans ${what}: ${n} of its ${days} days fall ${span}, leaving ${plural(days - n, 'day')}, under the ${min.days}-day minimum it is judged against; add ${plural(min.days - (days - n), 'day')}.`,
        fix: `Set the submission deadline no earlier than ${formatDate(addDays(deadline.date, min.days - (days - n)))}, so bidders keep ${min.days} days outside the holiday.`,
      });
    }
  },
});

function nextWorkingDay(iso: string, nation: Parameters<typeof bankHoliday>[1]): string {
  let d = addDays(iso, 1);
  for (;;) {
    const dow = new Date(d + 'T00:00:00Z').getUTCDay();
    if (dow !== 0 && dow !== 6 && !bankHoliday(d, nation) && !inChristmasClosure(d)) return d;
    d = addDays(d, 1);
  }
}
