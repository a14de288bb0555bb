import { z } from 'zod';
import { defineRule } from '../linter/rule.js';
import { sources } from '../linter/citations.js';
import { paymentTerms } from '../linter/extract/requirements/conditions.js';
import { plural } from '../linter/format-numbers.js';

export default defineRule({
  meta: {
    id: 'payment-terms',
    title: 'Payment slower than 30 days',
    severity: 'error',
    description: 'Payment terms longer than 30 days from a valid invoice, or payment only on receipt of funding.',
    rationale:
      'Small organisations cannot carry months of unpaid invoices. The Procurement Act 2023 implies a term into public contracts that valid invoices are paid within 30 days, and makes longer terms of no effect; it extends the same term to subcontracts and below-threshold contracts.',
    citations: [sources.pa23s68],
    fix: 'Pay valid invoices within 30 days of receipt, whatever the timing of the authority’s own funding.',
    options: z.object({
      maxDays: z.number().int().positive().default(30).describe('Longest acceptable period (calendar days) from a valid invoice to payment.'),
    }),
    examples: {
      flag: [
        { text: 'The Council will pay invoices within 45 days of receipt of a valid invoice.', message: '45 days is 15 days longer than the 30 days' },
        { text: 'The Trust will pay valid invoices within 60 days of receipt.', message: '60 days' },
        { text: 'The Council will pay the producer for each event on receipt of funding from the regional arts funding body that part-funds the programme.', message: 'funding' },
        { text: 'Our payment terms are 60 days from the end of the month in which a valid invoice is received.', message: '60 days' },
        { text: 'Invoices will be paid within thirty (30) working days.', message: '42 days' },
      ],
      pass: [
        { text: 'The Council will pay valid invoices within 30 days of receipt.' },
        { text: 'The Parish Council meets monthly and will pay valid invoices within 14 days of receipt.' },
        { text: 'The Council will pay the grant-funded contract price monthly in advance and will pay any other valid invoice within 30 days of receipt.', source: 'fixture council-community-transport-pqq' },
        {
          text: 'Suppliers must pay 95% of all supply chain invoices within 60 days.',
          source: 'PPN 03/24 standard selection questionnaire: the bidder’s own supply chain',
        },
        { text: 'Invoices must be submitted within 60 days of the service being delivered.', source: 'a deadline for invoicing, not payment' },
      ],
    },
    exclusions: [
      'Payments the bidder makes to its own supply chain, and deadlines for submitting invoices, are not the authority’s payment terms.',
      'Working days count as 7/5 calendar days; weeks as 7 days; months as 30 days.',
    ],
  },
  check({ doc, options, report }) {
    for (const t of paymentTerms(doc)) {
      if (t.onFunding) {
        report({
          passage: t.passage,
          message: `Payment depends on the authority receiving funding (“${t.said}”), not on a valid invoice; PA23 s.68 requires payment within ${options.maxDays} days of a valid invoice, whatever the authority’s funding.`,
          fix: `Replace with: “We will pay each valid invoice within ${options.maxDays} days of receipt, whatever the timing of our own funding.”`,
        });
        continue;
      }
      if (t.days === undefined || t.days <= options.maxDays) continue;
      const said = /^\d+ days?$/i.test(t.said) ? '' : ` (“${t.said}”)`;
      report({
        passage: t.passage,
        message: `Payment within ${plural(t.days, 'day')}${said} is ${plural(t.days - options.maxDays, 'day')} longer than the ${options.maxDays} days from a valid invoice that PA23 s.68 allows; longer terms have no effect.`,
        fix: `Change ${t.said} to ${options.maxDays} days: “valid invoices will be paid within ${options.maxDays} days of receipt”.`,
      });
    }
  },
});
