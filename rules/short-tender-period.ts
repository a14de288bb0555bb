import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { passageOfFact } from '../linter/core/extract/passages.js';
import { daysBetween, formatDate } from '../linter/core/extract/dates.js';
import { pa23Minimum, participationMinimum, tenderMinimum } from '../linter/core/extract/timescales.js';
import { goodPractice, statute } from '../linter/core/law.js';
import { plural } from '../linter/core/format-numbers.js';

/** Kept for callers of the old name: PA23 s.54(4) minimums. */
export const statutoryMinimum = pa23Minimum;

export default defineRule({
  meta: {
    id: 'short-tender-period',
    title: 'Tender period below the minimum',
    severity: 'error',
    description:
      'The time from publication to the tender submission deadline is below the statutory minimum, or under 30 days where no minimum applies.',
    rationale:
      'Small and voluntary organisations have no bid teams: short windows shut them out. The Procurement Act 2023 sets minimum tendering periods and asks authorities to allow for complexity; where no minimum applies, the Keep it Local guide asks for realistic notice.',
    citations: {
      pa2023: statute(
        sources.pa23s54,
        sources.pa23s54_3,
        sources.pa23s15,
        sources.pa23s54_1,
        sources.pa23s87,
        sources.keepItLocal(3, 'avoid short notice invitations to tender'),
      ),
      'pa2023-wales': statute(
        sources.pa23s54,
        sources.pa23s54_3,
        sources.pa23s15,
        sources.pa23s54_1,
        sources.pa23s87,
        sources.keepItLocal(3, 'avoid short notice invitations to tender'),
      ),
      pcr2015: statute(
        sources.pcr27,
        sources.pcr28,
        sources.keepItLocal(3, 'avoid short notice invitations to tender'),
      ),
      psr: goodPractice(
        [sources.keepItLocal(3, 'avoid short notice invitations to tender')],
        'warning',
        'the PSR sets no minimum period for the competitive process',
      ),
      scotland: statute(sources.pcsr28, sources.keepItLocal(3, 'avoid short notice invitations to tender')),
    },
    fix: 'Move the submission deadline so that bidders have at least the statutory minimum, and at least 30 days where no minimum applies; publish a pipeline or planned procurement notice early.',
    messages: {
      'short-tender':
        'The tender period is under the minimum that applies (statutory, or the recommended days; warning when not statutory). Data: days, minimumDays, statutory, regime.',
      'short-participation':
        'The participation period (requests to participate) is under its minimum. Data: stage, participationDays, participationMinimumDays.',
    },
    options: z.object({
      recommendedTenderDays: z
        .number()
        .int()
        .positive()
        .default(30)
        .describe('Days recommended where no statutory minimum applies (warning below it).'),
    }),
    examples: {
      flag: [
        {
          text: 'This open procedure is run under the Procurement Act 2023. The estimated value is £2,000,000. The invitation to tender was published on 2 March 2026. Tenders must be submitted by 12:00 on 16 March 2026.',
          message: '14 days',
        },
        {
          text: 'This light touch regime contract is worth £340,000. The notice was published on 12 February 2025. The deadline for receipt of tenders is 26/02/2025 at 12:00.',
          severity: 'warning',
          message: '14 days',
        },
        {
          text: 'This is a health care service procured under the Health Care Services (Provider Selection Regime) Regulations 2023 (PSR). This invitation is issued on 2 February 2026. Tenders must be submitted by 12:00 on 20 February 2026.',
          severity: 'warning',
          message: '18 days',
        },
        {
          text: 'This is an open procedure under the Procurement Act 2023. The estimated total contract value is £1.2m. The invitation to tender was published on 2026-03-02. Tenders must be submitted by 12:00 on 2026-03-20.',
          message: '18 days',
        },
        {
          text: 'This procurement is under the light touch regime. The estimated total value is £2 million. The Invitation to Tender was published on 05/01/2026. Tenders must be submitted by 15:00 30/01/2026.',
          severity: 'warning',
          message: '25 days',
        },
        {
          text: 'The estimated value is £1,500,000. A planned procurement notice was published on 20 February 2026. The tender notice was published on 2 March 2026. Tenders must be submitted by 12:00 on 16 March 2026.',
          message: 'outside the 40 days to 12 months s.15(3) requires',
          source: 'a claimed 10-day period: the planned procurement notice came only 10 days before',
        },
        {
          text: 'The estimated value is £1,500,000. A planned procurement notice has been published, so the reduced tendering period applies. The tender notice was published on 2 March 2026. Tenders must be submitted by 12:00 on 16 March 2026.',
          severity: 'warning',
          message: 'no date is given',
        },
        {
          text: 'The estimated contract value is £900,000 excluding VAT. The contract notice was published on 3 June 2024. Tenders must be submitted by 12:00 on 24 June 2024.',
          facts: { authority: 'sub-central' },
          message:
            'the Public Contracts Regulations 2015 minimum for an open procedure with electronic submission is 30 days (reg 27)',
          source: 'begun before 24 February 2025: the 2015 Regulations',
        },
        {
          text: 'The estimated contract value is £900,000 excluding VAT. The contract notice was published on 3 June 2024. Tenders must be submitted by 12:00 on 24 June 2024.',
          facts: { authority: 'sub-central', nation: 'scotland' },
          message:
            'Public Contracts (Scotland) Regulations 2015 minimum for an open procedure with electronic submission is 30 days (reg 28)',
        },
        {
          text: 'The estimated value is £2,000,000. The tender notice was published on 2 March 2026. Requests to participate (the selection questionnaire) must be submitted by 12:00 on 16 March 2026. Tenders must be submitted by 12:00 on 20 April 2026.',
          message: 'participation period is 14 days',
        },
      ],
      pass: [
        {
          text: 'The estimated value is £2,000,000. The invitation to tender was published on 2 March 2026. Tenders must be submitted by 12:00 on 30 March 2026.',
        },
        {
          text: 'This is a call-off from framework RM6181 by mini-competition. The invitation was issued on 2 March 2026. Bids must be returned by 9 March 2026.',
        },
        {
          text: 'This is a below-threshold procurement. The request for quotation was issued on 2 March 2026. Quotations must be returned by 1 April 2026.',
        },
        {
          text: 'This is an open procedure under the Procurement Act 2023. The estimated value is £500,000. The invitation to tender was published on 2 March 2026. Tenders must be submitted by 30 March 2026.',
          source: '28 days: above the 25-day minimum',
        },
        {
          text: 'This is procured under the Health Care Services (Provider Selection Regime) Regulations 2023 (PSR). The invitation to tender is published on 2 February 2026. Tenders must be submitted by 12:00 on 4 March 2026.',
          source: 'exactly 30 days under the PSR',
        },
        {
          text: 'The estimated value is £1,500,000. A planned procurement notice was published on 5 January 2026. The tender notice was published on 2 March 2026. Tenders must be submitted by 12:00 on 16 March 2026.',
          source: 'a qualifying planned procurement notice 56 days before: 10 days apply, 14 given',
        },
        {
          text: 'The estimated contract value is £90,000 excluding VAT. The contract notice was published on 3 June 2024. Tenders must be submitted by 12:00 on 3 July 2024.',
          facts: { authority: 'sub-central', nation: 'scotland' },
          source: 'Scottish, under the threshold, 30 days',
        },
      ],
    },
    exclusions: [
      'Framework call-offs and mini-competitions: their window is set by the framework.',
      'No finding when the publication date or the deadline is not known.',
      'A claimed 10-day period with a planned procurement notice is judged against 25/30/35 days unless the notice was published 40 days to 12 months before (s.15(3)); with no date given, as a warning.',
      'PCR 2015 and Scottish procurements are judged against their open (and, for the PCR, restricted) procedure minimums only at or above the threshold in force when they began; below it, or where the table has no row for that date, the 30-day recommendation applies as a warning.',
      'A participation (SQ) deadline is judged against the participation minimum: 25 days under the Procurement Act 2023 (s.54(3)), 30 days for a PCR 2015 restricted procedure.',
    ],
  },
  check({ doc, facts, options, report }) {
    const { published, submissionDeadline: deadline, participationDeadline: participation } = facts;
    if (!published) return;
    const related = [{ message: 'publication date stated here', passage: passageOfFact(doc, published) }];
    const min = tenderMinimum(doc, facts, options.recommendedTenderDays);
    if (!min) return;
    if (deadline) {
      const days = daysBetween(published.date, deadline.date);
      const passage = passageOfFact(doc, deadline);
      if (days >= 0 && passage && days < min.days) {
        const span = `${plural(days, 'day')} from publication on ${formatDate(published.date)} to the deadline on ${formatDate(deadline.date)}`;
        const target = Math.max(min.days, options.recommendedTenderDays);
        report({
          passage,
          messageId: 'short-tender',
          message: `The tender period is ${span}; ${min.says}${min.note ? `: ${min.note}` : ''}.`,
          fix: `Set the submission deadline no earlier than ${formatDate(addDays(published.date, target))} (${target} days).`,
          related,
          ...(min.statutory && !min.unverified ? {} : { severity: 'warning' as const }),
          data: { days, minimumDays: min.days, statutory: min.statutory && !min.unverified, regime: facts.regime.id },
        });
      }
    }
    const pmin = participation ? participationMinimum(doc, facts) : undefined;
    if (participation && pmin) {
      const days = daysBetween(published.date, participation.date);
      const passage = passageOfFact(doc, participation);
      if (days >= 0 && passage && days < pmin.days) {
        report({
          passage,
          messageId: 'short-participation',
          message: `The participation period is ${plural(days, 'day')} from publication on ${formatDate(published.date)} to the deadline for requests to participate on ${formatDate(participation.date)}; ${pmin.says}.`,
          fix: `Set the deadline for requests to participate no earlier than ${formatDate(addDays(published.date, pmin.days))} (${pmin.days} days).`,
          related,
          data: { stage: 'participation', participationDays: days, participationMinimumDays: pmin.days },
        });
      }
    }
  },
});

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}
