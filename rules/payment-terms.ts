import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { pa23, policy, statute } from '../linter/core/law.js';
import type { Law } from '../linter/core/model/facts.js';
import { lateClocks, subcontractTerms } from '../linter/core/extract/requirements/payment-clock.js';
import { paymentTerms } from '../linter/core/extract/requirements/conditions.js';
import { plural } from '../linter/core/format-numbers.js';

export default defineRule({
  meta: {
    id: 'payment-terms',
    title: 'Payment slower than 30 days',
    severity: 'error',
    description:
      'Payment terms longer than 30 days from a valid invoice, a clock that starts late (from approval of the invoice, from the end of the month), payment only on receipt of funding, or subcontract terms over 30 days.',
    rationale:
      'Small organisations cannot carry months of unpaid invoices. The Procurement Act 2023 implies a term into public contracts that valid invoices are paid within 30 days, and makes longer terms of no effect; it extends the same term to subcontracts and below-threshold contracts.',
    citations: {
      ...pa23(statute(sources.pa23s68, sources.pa23s68_2, sources.pa23s73)),
      pcr2015: statute(sources.pcr113),
      psr: policy(
        [sources.bppc],
        'warning',
        'the Procurement Act 2023 does not govern PSR contracts; NHS bodies pay to the Better Payment Practice Code',
      ),
      scotland: policy(
        [sources.prsa15, sources.scotPromptPayment],
        'warning',
        'Scottish law asks for a 30-day policy in the procurement strategy, not an implied term',
      ),
    },
    fix: 'Pay valid invoices within 30 days of receipt, whatever the timing of the authority’s own funding.',
    messages: {
      'on-funding': 'Payment depends on the authority receiving funding. Data: said, maxDays.',
      'over-days': 'Payment terms longer than the maximum. Data: days, maxDays, said.',
      'late-clock':
        'The payment clock starts late (month end, approval, a payment run after approval). Data: days (when a period is stated), maxDays, clock (month-end or approval).',
      subcontract: 'Subcontractors may be paid later than the maximum. Data: days, maxDays.',
    },
    options: z.object({
      maxDays: z
        .number()
        .int()
        .positive()
        .default(30)
        .describe('Longest acceptable period (calendar days) from a valid invoice to payment.'),
    }),
    examples: {
      flag: [
        {
          text: '| Term | Provision |\n|---|---|\n| Payment of the supplier | Within 60 days of receipt of a valid invoice |',
          message: '60 days',
          source: 'phrasing from the blind evaluation set (dev half, round 16)',
        },
        {
          text: 'Invoices will be paid within 30 days of the date on which they are approved by the budget holder.',
          source: 'phrasing from the blind evaluation set (dev half, round 15)',
        },
        {
          text: "The Agency will pay undisputed invoices within 30 days of the invoice being approved by the Agency's contract manager.",
          source: 'phrasing from the blind evaluation set (dev half, round 15)',
        },
        {
          text: "Once the budget holder has approved the invoice on the Trust's finance system, the Trust will pay it within 30 days of that approval.",
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: 'The Trust settles supplier invoices within 45 days of the invoice date.',
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: 'The Council will pay within 30 days of approval of each weekly timesheet invoice by the hiring manager.',
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: "Because the service is funded by the Welsh Government's warm homes grant, the Council will pay each valid invoice within 30 days of the Council receiving the corresponding grant funding from the Welsh Government.",
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: "Invoices will be settled on the ICB's next payment run following approval by the commissioning manager.",
          message: 'no period from receipt',
          source: 'phrasing from the blind evaluation set (dev half, round 11)',
        },
        {
          text: 'We pay invoices 30 days after they have been approved by the Estates Manager.',
          message: 'approved',
          source: 'phrasing from the blind evaluation set (dev half, round 4)',
        },
        {
          text: 'The Council will pay within 30 days of the Council approving the invoice.',
          message: 'approved',
          source: 'phrasing from the blind evaluation set (dev half, round 4)',
        },
        {
          text: "Invoices must be submitted monthly in arrears through the Agency's e-invoicing portal, and the Agency will pay each invoice within 30 days of its approval by the named budget holder.",
          message: 'approved',
          source: 'phrasing from the blind evaluation set (dev half, round 5)',
        },
        {
          text: 'The Trust will pay each invoice within 30 days of the end of the month in which a valid invoice is received.',
          message: 'end of the month',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: 'The Council will pay within 30 days of approval of the invoice by the budget holder.',
          message: 'approved',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: 'The Council will pay invoices within 45 days of receipt of a valid invoice.',
          message: '45 days is 15 days longer than the 30 days',
        },
        { text: 'The Trust will pay valid invoices within 60 days of receipt.', message: '60 days' },
        {
          text: 'The Council will pay the producer for each event on receipt of funding from the regional arts funding body that part-funds the programme.',
          message: 'funding',
        },
        {
          text: 'Our payment terms are 60 days from the end of the month in which a valid invoice is received.',
          message: '60 days',
        },
        { text: 'Invoices will be paid within thirty (30) working days.', message: '42 days' },
        {
          text: 'The Council will pay invoices within 30 days from approval of the invoice.',
          message: 'starts when the invoice is approved',
        },
        {
          text: 'Payment will be made 30 days from the end of the month in which the invoice is received.',
          message: 'up to 60 days after receipt',
        },
        {
          text: "The Contractor shall include in each subcontract a term requiring it to pay the subcontractor within 45 days of receipt of the subcontractor's valid invoice.",
          message: 'subcontractors within 45 days',
          source: 'phrasing from the blind evaluation set (dev half, round 8)',
        },
        {
          text: 'The Contractor shall pay its subcontractors within 45 days of receipt of a valid invoice.',
          message: 'subcontractors within 45 days',
        },
        {
          text: 'The Council pays contractors within 30 days of the end of the month in which a valid invoice is received.',
          message: 'end of the month',
          source: 'phrasing from the blind evaluation set (dev half, round 6)',
        },
      ],
      pass: [
        {
          text: 'The Authority does not use extended payment terms: undisputed invoices are paid within 30 days of receipt, and the Authority will not apply the 60-day terms that appeared in earlier versions of its standard conditions.',
          source: 'phrasing from the blind evaluation set (dev half, round 15): the 60 days are ruled out',
        },
        { text: 'The Council will pay valid invoices within 30 days of receipt.' },
        { text: 'The Parish Council meets monthly and will pay valid invoices within 14 days of receipt.' },
        {
          text: 'The Council will pay the grant-funded contract price monthly in advance and will pay any other valid invoice within 30 days of receipt.',
          source: 'fixture council-community-transport-pqq',
        },
        {
          text: 'Suppliers must pay 95% of all supply chain invoices within 60 days.',
          source: 'PPN 03/24 standard selection questionnaire: the bidder’s own supply chain',
        },
        {
          text: 'Invoices must be submitted within 60 days of the service being delivered.',
          source: 'a deadline for invoicing, not payment',
        },
        {
          text: 'The Contractor shall pay its subcontractors within 30 days of receipt of a valid invoice.',
          source: 'subcontract terms of 30 days',
        },
        {
          text: 'Bidders will be asked whether they paid 95% of supply chain invoices within 60 days.',
          source: 'PPN 018 payment performance: the bidder’s record, not a term',
        },
      ],
    },
    exclusions: [
      'Payments the bidder makes to its own supply chain, and deadlines for submitting invoices, are not the authority’s payment terms.',
      'Working days count as 7/5 calendar days; weeks as 7 days; months as 30 days.',
      'A clock from the end of the month is reported with the longest wait it allows (the days plus 30).',
      'Under the PSR and in Scotland no 30-day term is implied by law: the finding is a warning on policy.',
    ],
  },
  check({ doc, law, options, report }) {
    const max = options.maxDays;
    const reported = new Set<number>();
    for (const t of paymentTerms(doc)) {
      if (t.onFunding) {
        reported.add(t.passage.block.index);
        report({
          passage: t.passage,
          messageId: 'on-funding',
          data: { said: t.said, maxDays: max },
          message: `Payment depends on the authority receiving funding (“${t.said}”), not on a valid invoice; ${RULE[law](max)}, whatever the authority’s funding.`,
          fix: `Replace with: “We will pay each valid invoice within ${max} days of receipt, whatever the timing of our own funding.”`,
        });
        continue;
      }
      if (t.days === undefined || t.days <= max) continue;
      reported.add(t.passage.block.index);
      const said = /^\d+ days?$/i.test(t.said) ? '' : ` (“${t.said}”)`;
      report({
        passage: t.passage,
        messageId: 'over-days',
        data: { days: t.days, maxDays: max, said: t.said },
        message: `Payment within ${plural(t.days, 'day')}${said} is ${plural(t.days - max, 'day')} longer than the ${max} days from a valid invoice; ${RULE[law](max)}${law === 'pa2023' || law === 'pa2023-wales' ? ', and longer terms have no effect' : ''}.`,
        fix: `Change ${t.said} to ${max} days: “valid invoices will be paid within ${max} days of receipt”.`,
      });
    }
    for (const c of lateClocks(doc)) {
      if (reported.has(c.passage.block.index) || (c.days !== undefined && c.days > max)) continue;
      reported.add(c.passage.block.index);
      const wait = c.monthEnd
        ? `the clock starts at the end of the month (“${c.start}”), so an invoice received early in a month waits up to ${plural((c.days ?? 0) + 30, 'day')} after receipt`
        : `the clock starts when the invoice is approved (“${c.start}”), not when it is received, so the wait has no limit`;
      report({
        passage: c.passage,
        messageId: 'late-clock',
        data: {
          ...(c.days !== undefined ? { days: c.days } : {}),
          maxDays: max,
          clock: c.monthEnd ? 'month-end' : 'approval',
        },
        message:
          c.days === undefined
            ? `Invoices are paid on a payment run after approval (“${c.start}”), with no period from receipt, so the wait has no limit; ${RULE[law](max)}.`
            : `Payment within ${plural(c.days, 'day')} looks compliant, but ${wait}; ${RULE[law](max)}.`,
        fix: `Count from receipt: “valid invoices will be paid within ${max} days of receipt”.`,
      });
    }
    for (const t of subcontractTerms(doc)) {
      if (t.days <= max || reported.has(t.passage.block.index)) continue;
      report({
        passage: t.passage,
        messageId: 'subcontract',
        data: { days: t.days, maxDays: max },
        message: `The supplier may pay its subcontractors within ${plural(t.days, 'day')}, ${plural(t.days - max, 'day')} longer than ${max}; ${SUBCONTRACT[law](max)}.`,
        fix: `Require the supplier to pay its subcontractors within ${max} days of a valid invoice, and to pass the same term down the supply chain.`,
      });
    }
  },
});

/** What each law says about paying a valid invoice, as messages write it. */
const RULE: Record<Law, (days: number) => string> = {
  pa2023: (d) => `PA23 s.68 implies payment within ${d} days of receiving a valid invoice (or its due date, if later)`,
  'pa2023-wales': (d) =>
    `PA23 s.68 implies payment within ${d} days of receiving a valid invoice (or its due date, if later)`,
  pcr2015: (d) => `the Public Contracts Regulations 2015 (reg 113) require payment within ${d} days of a valid invoice`,
  psr: (d) =>
    `NHS bodies’ policy (the Better Payment Practice Code) is to pay within ${d} days of a valid invoice (policy, not law)`,
  scotland: (d) =>
    `Scottish policy under the Procurement Reform (Scotland) Act 2014 s.15 is payment within ${d} days of a valid invoice (policy, not law)`,
};

const SUBCONTRACT: Record<Law, (days: number) => string> = {
  pa2023: (d) => `PA23 s.73 implies the ${d}-day term into public subcontracts`,
  'pa2023-wales': (d) => `PA23 s.73 implies the ${d}-day term into public subcontracts`,
  pcr2015: (d) => `the Public Contracts Regulations 2015 (reg 113) require the ${d}-day term in subcontracts`,
  psr: (d) => `paying the supply chain within ${d} days is NHS payment policy (policy, not law)`,
  scotland: (d) => `Scottish policy is payment within ${d} days throughout the supply chain (policy, not law)`,
};
