import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { none, pa23, policy } from '../linter/core/law.js';
import { passagesOf } from '../linter/core/extract/passages.js';
import { perDocument } from '../linter/core/extract/requirements/cache.js';
import { formatGBP } from '../linter/core/extract/money.js';
import { withVat } from '../linter/core/extract/thresholds.js';
import type { TenderDocument } from '../linter/core/model/document.js';

// PPN 018's payment-performance test and its predecessors' ("95% of invoices within 60 days").
const TEST =
  /\b9[05]\s?%\s+(?:of\s+)?(?:all\s+)?(?:\w+\s+){0,3}invoices\b[^.]{0,60}\b60 days\b|\bpayment performance (?:test|questions?|assessment|information)\b|\bPPN\s?(?:0?18|015|08\/21)\b|\baverage (?:time taken )?to pay\b[^.]{0,40}\b55 days\b/i;
const ASKED =
  /\b(?:bidders?|suppliers?|tenderers?|applicants?|you)\b[^.]{0,60}\b(?:must|will be (?:asked|required)|shall|are required|to (?:demonstrate|confirm|provide|evidence)|confirm|demonstrate)\b|\b(?:question|pass\/fail|selection)\b/i;

const demands = perDocument((doc: TenderDocument) =>
  passagesOf(doc).filter((p) => TEST.test(p.text) && ASKED.test(p.text)),
);

export default defineRule({
  meta: {
    id: 'payment-performance-small-contract',
    title: 'PPN 018 payment-performance test on a small contract',
    severity: 'info',
    description:
      'PPN 018’s payment-performance questions (95% of invoices within 60 days) are demanded on a contract whose annual value is under £5,000,000 including VAT.',
    rationale:
      'PPN 018 (from 1 October 2025, replacing PPN 015) asks bidders for major central government contracts, over £5 million a year including VAT, to show they pay their own suppliers promptly. Copied onto small contracts, it is another form a small organisation has to fill in for a test that was not meant for it.',
    citations: {
      ...pa23(policy([sources.ppn018], 'info')),
      pcr2015: none(
        'PPN 018 applies from 1 October 2025, after the 2015 Regulations stopped governing new procurements',
      ),
      psr: policy(
        [sources.ppn018],
        'info',
        'PPN 018 is central government policy; NHS buyers copying it onto small PSR contracts get the same note',
      ),
      scotland: none('Scotland has its own approach to payment performance (SPPN 2/2022), not checked here'),
    },
    tags: ['2025-26'],
    fix: 'Drop the payment-performance questions on contracts under £5 million a year; ask instead that the supplier pays its own subcontractors within 30 days.',
    messages: {
      'small-contract':
        "PPN 018's payment-performance test asked on a contract under its annual value. Data: annual (VAT inclusive), annualValue (the option).",
    },
    options: z.object({
      annualValue: z
        .number()
        .positive()
        .default(5_000_000)
        .describe('Annual value (GBP, VAT included) from which PPN 018 applies.'),
    }),
    examples: {
      flag: [
        {
          text: 'The contract value is £150,000 per annum. Bidders must confirm that they paid 95% of all supply chain invoices within 60 days.',
          message: '£150,000 a year',
        },
        {
          text: 'The estimated total value is £600,000 over 3 years. Suppliers will be asked the PPN 018 payment performance questions.',
          message: 'under the £5,000,000 a year',
        },
        {
          text: 'The contract is worth £2,000,000 a year excluding VAT. Bidders must demonstrate that they pay 95% of invoices within 60 days (PPN 018).',
          message: '£2,400,000 a year including VAT',
        },
        {
          text: 'The estimated value is £300,000. Selection question: did you pay 95% of your invoices within 60 days in each of the last two six-month reporting periods?',
          message: 'PPN 018 is for major central government contracts',
        },
        {
          text: 'The contract value is £80,000 per annum. Tenderers must provide their payment performance information in line with PPN 015.',
          message: '£80,000 a year',
        },
      ],
      pass: [
        {
          text: 'The contract value is £8,000,000 per annum. Bidders must confirm that they paid 95% of all supply chain invoices within 60 days.',
          source: 'over £5 million a year: what PPN 018 is for',
        },
        {
          text: 'Bidders must confirm that they paid 95% of all supply chain invoices within 60 days.',
          source: 'no value known',
        },
        {
          text: 'The contract value is £150,000 per annum. The supplier must pay its subcontractors within 30 days.',
          source: 'a payment term, not the PPN 018 test',
        },
        { text: 'The contract value is £150,000 per annum. The Council will pay valid invoices within 30 days.' },
        {
          text: 'The contract value is £4,500,000 per annum excluding VAT. Bidders must confirm that they paid 95% of all supply chain invoices within 60 days.',
          source: '£5,400,000 a year including VAT: over the line',
        },
      ],
    },
    exclusions: ['No finding when the annual value is unknown.', 'Not for PCR 2015 or Scottish procurements.'],
  },
  check({ doc, facts, options, report }) {
    const annual = facts.annualValue;
    const v = facts.value;
    if (!annual || !v) return;
    const gross = withVat(annual.amount, v.vat);
    if (gross >= options.annualValue) return;
    const said =
      v.vat === 'excluding'
        ? `${formatGBP(annual.amount)} a year excluding VAT = ${formatGBP(gross)} a year including VAT`
        : `${formatGBP(gross)} a year`;
    for (const passage of demands(doc)) {
      report({
        passage,
        messageId: 'small-contract',
        data: { annual: gross, annualValue: options.annualValue, derivation: annual.derivation },
        message: `PPN 018’s payment-performance test (95% of invoices within 60 days) is asked of bidders on a contract worth ${said} (${annual.derivation}), under the ${formatGBP(options.annualValue)} a year PPN 018 is for; PPN 018 is for major central government contracts (policy, not law).`,
      });
    }
  },
});
