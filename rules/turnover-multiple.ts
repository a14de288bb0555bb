import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { statute, pa23 } from '../linter/core/law.js';
import { multipleOfAnnual, turnoverDemands } from '../linter/core/extract/requirements/turnover.js';
import { formatGBP } from '../linter/core/extract/money.js';
import { formatMultiple } from '../linter/core/format-numbers.js';
import { whoItShutsOut } from '../linter/core/extract/ncvo.js';

export default defineRule({
  meta: {
    id: 'turnover-multiple',
    title: 'Turnover demand over twice the annual value',
    severity: 'error',
    description: 'Minimum turnover demanded of bidders is more than 2 x the estimated annual contract value.',
    rationale:
      'A turnover floor far above the contract’s own size excludes small and voluntary organisations that could deliver it. The Provider Selection Regime caps it at twice the contract value, the Public Contracts Regulations 2015 set the same benchmark, and the Procurement Act 2023 requires conditions of participation to be proportionate.',
    citations: {
      ...pa23({
        ...statute(sources.pa23s22, sources.pcr58_9),
        note: 'the Act sets no number: the 2 x cap of the 2015 Regulations is the benchmark for proportionate',
      }),
      pcr2015: statute(sources.pcr58_9law, sources.pcr63),
      psr: statute(sources.psrSch16p3),
      scotland: statute(sources.pcsr59, sources.prsa8),
    },
    fix: 'Cap the minimum turnover at 2 x the annual (or per-lot) value; let bidders rely on consortium members, parent companies or guarantors; accept other evidence of financial standing.',
    messages: {
      'over-multiple':
        'A minimum turnover over the maximum multiple of the annual value (info when a reason is given). Data: multiple, maxMultiple, justified, demanded, annual, derivation, ceiling.',
    },
    options: z.object({
      maxMultiple: z
        .number()
        .positive()
        .default(2)
        .describe('Largest acceptable multiple of the annual contract value.'),
    }),
    examples: {
      flag: [
        {
          text: "The annual contract value is £160,000.\n\nTo pass, a bidder's most recent filed accounts must show:\n\n1. annual turnover of at least 2.5 times the annual contract value, a ratio of 2.5:1, which is £400,000; and\n2. a cash balance at the year end of not less than £100,000.",
          message: '2.5 x',
          source: 'phrasing from the blind evaluation set (dev half, round 17): a ratio that restates the multiple',
        },
        {
          text: "The contract will run for four years. The estimated value is £800,000 excluding VAT.\n\nBidders must have a minimum annual turnover of £600,000, because the provider will hold and disburse grant funds of up to £1.5 million a year on the ICB's behalf and must be able to absorb the cash-flow risk.",
          severity: 'info',
          message: 'Minimum turnover £600,000 is 3 x the annual value £200,000',
          source: 'phrasing from the blind evaluation set (dev half, round 15): the reason has figures of its own',
        },
        {
          text: 'The contract will run for three years. The estimated value is £540,000 excluding VAT, or £180,000 a year.\n\n| Ref | Requirement | Response | Justification |\n|---|---|---|---|\n| 7.3 | Bidders must have a minimum annual turnover of £500,000 in their last financial year. | State turnover | This is more than twice the annual contract value because a failure of the extraction service would halt research in 40 laboratories. |',
          severity: 'info',
          message: 'Minimum turnover £500,000 is 2.8 x',
          source:
            'phrasing from the blind evaluation set (dev half, round 13): the multiple in the reason restates the sum',
        },
        {
          text: 'Estimated contract value: £150,000, excluding VAT, over a term of 36 months.\n\nA bidder whose turnover in its last financial year was below £300,000 will not be considered.',
          message: 'Minimum turnover £300,000 is 6 x the annual value £50,000',
          source: 'phrasing from the blind evaluation set (dev half, round 12): the floor said as who fails it',
        },
        {
          text: "The estimated value of the contract is GBP 160,000 excluding VAT over its maximum duration of 4 years. Bidders will be required to have a minimum 'general' yearly turnover of GBP 200 000 for the last 3 years (or since incorporation, if the bidder has traded for less than 3 years).",
          message: 'Minimum turnover £200,000 is 5 x the annual value £40,000',
          source:
            'phrasing from the blind evaluation set (dev half, round 4): "less than 3 years" bounds the years traded, not the turnover',
        },
        {
          text: 'The estimated total contract value is £600,000 over 4 years. Bidders must have a minimum annual turnover of £1,000,000.',
          message:
            'Minimum turnover £1,000,000 is 6.7 x the annual value £150,000 (£600,000 over 4 years); keep it at or below 2 x (£300,000).',
        },
        {
          text: 'The contract value is £150,000 per annum. Suppliers must demonstrate a turnover of at least three times the annual contract value.',
          message: 'Minimum turnover of 3 x the annual contract value is £450,000, 3 x the annual value £150,000',
        },
        {
          text: 'The contract is worth £200,000 in total over 2 years. Minimum turnover of £500,000 is required because of the special risk of clinical service failure.',
          severity: 'info',
          message: 'A reason is given',
        },
        {
          text: 'Contract value: 200000 GBP. The contract period is 720 days. Contractors will be required to have a minimum “general” yearly turnover of GBP 400 000 for the last 3 years.',
          source: 'Public Contracts Scotland, NHS Lothian superficial X-ray unit (2019)',
          message: 'Minimum turnover £400,000 is 3.9 x the annual value £101,389 (£200,000 over 1.97 years)',
        },
        {
          text: 'The estimated value of the contract is £ 400 000 per annum excluding VAT. Bidders must have a minimum annual turnover of £1,200,000.',
          message: 'is 3 x the annual value £400,000',
          source: 'fixture housing-association-void-clearance',
        },
        {
          text: 'The estimated total value of the contract is £2 million excluding VAT. The contract will run for an initial period of 3 years with an option to extend by up to 2 further years. Bidders must have a minimum annual turnover of £1,000,000.',
          message: 'About 97% of UK voluntary organisations have a lower income than £1,000,000',
        },
      ],
      pass: [
        {
          text: 'The estimated value is £1,000,000 over 4 years. An SME has a turnover of less than £44 million.',
          source: 'a definition: "less than" caps the sum it names',
        },
        {
          text: 'The estimated total contract value is £600,000 over 4 years. Bidders must have a minimum annual turnover of £300,000.',
          source: 'exactly 2 x: the benchmark itself',
        },
        {
          text: 'The contract value is £650,000. Bidders must have a minimum “general” yearly turnover of 1 300,000 GBP for the last 3 years.',
          source: 'Public Contracts Scotland, Heriot-Watt servers (2019): exactly 2 x',
        },
        {
          text: 'Turnover should be up to twice the estimated contract value over the past two financial years.',
          source: 'Public Contracts Scotland, NHS Grampian taxis (2019)',
        },
        {
          text: 'Bidders must have a minimum annual turnover of £1,000,000.',
          source: 'no value known and no multiple stated',
        },
        { text: 'An SME has a turnover of no more than £44 million.' },
      ],
    },
    exclusions: [
      'No finding when the value is unknown and the demand is an amount rather than a multiple.',
      'Turnover mentioned as a definition (SMEs, the Modern Slavery Act threshold) or as a ratio test is not a demand.',
    ],
  },
  check({ doc, facts, options, report }) {
    const annual = facts.annualValue;
    const max = options.maxMultiple;
    for (const d of turnoverDemands(doc)) {
      let message: string;
      let ceiling: number | undefined;
      let foundMultiple: number | undefined;
      if (d.multiple) {
        const effective = multipleOfAnnual(d, annual)!;
        if (effective <= max) continue;
        foundMultiple = effective;
        const of = d.multiple.of === 'unknown' ? 'the contract value' : `the ${d.multiple.of} contract value`;
        message = `Minimum turnover of ${formatMultiple(d.multiple.factor)} x ${of}`;
        if (annual) {
          const demanded = annual.amount * effective;
          ceiling = annual.amount * max;
          message += ` is ${formatGBP(demanded)}, ${formatMultiple(effective, max)} x the annual value ${formatGBP(annual.amount)} (${annual.derivation}); keep it at or below ${max} x (${formatGBP(ceiling)}).`;
        } else {
          message += ` is above the ${max} x benchmark; keep it at or below ${max} x the annual value.`;
        }
      } else if (d.amount !== undefined && annual) {
        const multiple = multipleOfAnnual(d, annual)!;
        if (multiple <= max + 1e-9) continue;
        foundMultiple = multiple;
        ceiling = annual.amount * max;
        message = `Minimum turnover ${formatGBP(d.amount)} is ${formatMultiple(multiple, max)} x the annual value ${formatGBP(annual.amount)} (${annual.derivation}); keep it at or below ${max} x (${formatGBP(ceiling)}).`;
        // A demand at or above the whole contract's value is worth saying against the total too.
        if (annual.years && annual.years > 1 && facts.value?.basis === 'total' && d.amount >= facts.value.amount) {
          message += ` Against the total value ${formatGBP(facts.value.amount)} it is ${formatMultiple(d.amount / facts.value.amount)} x.`;
        }
      } else continue;
      if (d.justification)
        message += ' A reason is given beside it, so this is a justified case to review rather than a breach.';
      // Whom it shuts out: the demanded amount against the income bands of UK voluntary organisations.
      const demanded =
        d.amount ??
        (annual && multipleOfAnnual(d, annual) !== undefined
          ? annual.amount * multipleOfAnnual(d, annual)!
          : undefined);
      const shutOut = demanded !== undefined ? whoItShutsOut(demanded) : '';
      if (shutOut) message += ` ${shutOut}`;
      report({
        passage: d.passage,
        messageId: 'over-multiple',
        message,
        fix: ceiling
          ? `Ask for a minimum turnover of ${formatGBP(ceiling)} (${max} x the annual value), or none; let bidders rely on consortium members, parent companies or guarantors, and accept other evidence of financial standing.`
          : undefined,
        ...(d.justification ? { severity: 'info' as const } : {}),
        data: {
          multiple: foundMultiple,
          maxMultiple: max,
          justified: Boolean(d.justification),
          ...(demanded !== undefined ? { demanded } : {}),
          ...(annual ? { annual: annual.amount, derivation: annual.derivation } : {}),
          ...(ceiling !== undefined ? { ceiling } : {}),
        },
      });
    }
  },
});
