import { z } from 'zod';
import { defineRule } from '../linter/rule.js';
import { sources } from '../linter/citations.js';
import { passageOfFact } from '../linter/extract/passages.js';
import { daysBetween, formatDate, formatDateFact } from '../linter/extract/dates.js';
import type { PeriodConditions } from '../linter/model/facts.js';
import { plural } from '../linter/format-numbers.js';

/** PA23 s.54(4): the shortest applicable minimum tendering period, and why it applies. */
export function statutoryMinimum(c: PeriodConditions): { days: number; basis: string } {
  if (c.plannedProcurementNotice) return { days: 10, basis: 'with a qualifying planned procurement notice' };
  if (c.urgency) return { days: 10, basis: 'on grounds of urgency' };
  if (c.dynamicMarket) return { days: 10, basis: 'for a dynamic market' };
  if (c.notElectronic && c.documentsLater) return { days: 35, basis: 'with submission not electronic and documents provided later' };
  if (c.notElectronic) return { days: 30, basis: 'with submission not electronic' };
  if (c.documentsLater) return { days: 30, basis: 'with documents provided later' };
  return { days: 25, basis: 'with electronic submission and all documents provided at once' };
}

const REGIME_NAMES = {
  'light-touch': 'a light touch contract',
  psr: 'a Provider Selection Regime competitive process',
  'below-threshold': 'a below-threshold contract',
  pcr2015: 'a procurement under the Public Contracts Regulations 2015',
  pa2023: 'this procurement',
  'framework-call-off': 'a call-off',
  scotland: 'a Scottish procurement',
} as const;

export default defineRule({
  meta: {
    id: 'short-tender-period',
    title: 'Tender period below the minimum',
    severity: 'error',
    description: 'The time from publication to the tender submission deadline is below the statutory minimum, or under 30 days where no minimum applies.',
    rationale:
      'Small and voluntary organisations have no bid teams: short windows shut them out. The Procurement Act 2023 sets minimum tendering periods and asks authorities to allow for complexity; where no minimum applies, the Keep it Local guide asks for realistic notice.',
    citations: [sources.pa23s54, sources.pa23s54_1, sources.pa23s87, sources.keepItLocal(3, 'avoid short notice invitations to tender')],
    fix: 'Move the submission deadline so that bidders have at least the statutory minimum, and at least 30 days where no minimum applies; publish a pipeline or planned procurement notice early.',
    options: z.object({
      recommendedTenderDays: z.number().int().positive().default(30).describe('Days recommended where no statutory minimum applies (warning below it).'),
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
        { text: 'This is a health care service procured under the Health Care Services (Provider Selection Regime) Regulations 2023 (PSR). This invitation is issued on 2 February 2026. Tenders must be submitted by 12:00 on 20 February 2026.', severity: 'warning', message: '18 days' },
        { text: 'This is an open procedure under the Procurement Act 2023. The estimated total contract value is £1.2m. The invitation to tender was published on 2026-03-02. Tenders must be submitted by 12:00 on 2026-03-20.', message: '18 days' },
        { text: 'This procurement is under the light touch regime. The estimated total value is £2 million. The Invitation to Tender was published on 05/01/2026. Tenders must be submitted by 15:00 30/01/2026.', severity: 'warning', message: '25 days' },
      ],
      pass: [
        { text: 'The estimated value is £2,000,000. The invitation to tender was published on 2 March 2026. Tenders must be submitted by 12:00 on 30 March 2026.' },
        { text: 'This is a call-off from framework RM6181 by mini-competition. The invitation was issued on 2 March 2026. Bids must be returned by 9 March 2026.' },
        { text: 'This is a below-threshold procurement. The request for quotation was issued on 2 March 2026. Quotations must be returned by 1 April 2026.' },
        { text: 'This is an open procedure under the Procurement Act 2023. The estimated value is £500,000. The invitation to tender was published on 2 March 2026. Tenders must be submitted by 30 March 2026.', source: '28 days: above the 25-day minimum' },
        { text: 'This is procured under the Health Care Services (Provider Selection Regime) Regulations 2023 (PSR). The invitation to tender is published on 2 February 2026. Tenders must be submitted by 12:00 on 4 March 2026.', source: 'exactly 30 days under the PSR' },
      ],
    },
    exclusions: ['Framework call-offs and mini-competitions: their window is set by the framework.', 'No finding when the publication date or the deadline is not known.'],
  },
  check({ doc, facts, options, report }) {
    const { published, submissionDeadline: deadline, regime } = facts;
    if (!published || !deadline || regime.id === 'framework-call-off') return;
    const days = daysBetween(published.date, deadline.date);
    if (days < 0) return;
    const passage = passageOfFact(doc, deadline);
    if (!passage) return;
    const span = `${plural(days, 'day')} from publication on ${formatDateFact(published)} to the deadline on ${formatDateFact(deadline)}`;
    const related = [{ message: 'publication date stated here', passage: passageOfFact(doc, published) }];
    if (regime.id === 'pa2023') {
      const min = statutoryMinimum(facts.periodConditions);
      if (days < min.days) {
        report({
          passage,
          message: `The tender period is ${span}; the Procurement Act 2023 minimum ${min.basis} is ${min.days} days (s.54(4)).`,
          fix: `Set the submission deadline no earlier than ${formatDate(addDays(published.date, Math.max(min.days, options.recommendedTenderDays)))} (${Math.max(min.days, options.recommendedTenderDays)} days).`,
          related,
          data: { days, minimumDays: min.days, statutory: true, regime: regime.id },
        });
      }
      return;
    }
    if (days < options.recommendedTenderDays) {
      report({
        passage,
        severity: 'warning',
        message: `The tender period is ${span}; for ${REGIME_NAMES[regime.id]} with no statutory minimum, allow at least ${options.recommendedTenderDays} days.`,
        fix: `Set the submission deadline no earlier than ${formatDate(addDays(published.date, options.recommendedTenderDays))} (${options.recommendedTenderDays} days).`,
        related,
        data: { days, minimumDays: options.recommendedTenderDays, statutory: false, regime: regime.id },
      });
    }
  },
});

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso + 'T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10);
}
