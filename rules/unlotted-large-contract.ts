import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { statute, pa23 } from '../linter/core/law.js';
import type { Law } from '../linter/core/model/facts.js';
import { passageOfFact } from '../linter/core/extract/passages.js';
import { formatGBP } from '../linter/core/extract/money.js';
import { lotsReasons } from '../linter/core/extract/requirements/lots.js';
import { worthOf } from '../linter/core/extract/requirements/value.js';
import { wholeValue } from '../linter/core/extract/facts/annual-value.js';

/** The duty each law puts on the buyer, as the message names it. */
const DUTY: Record<Law, string> = {
  pa2023: 'PA23 s.18',
  'pa2023-wales': 'PA23 s.18',
  pcr2015: 'PCR 2015 reg 46',
  psr: 'the PSR proportionality principle',
  scotland: 'the proportionality duty of the Procurement Reform (Scotland) Act 2014 s.8',
};

export default defineRule({
  meta: {
    id: 'unlotted-large-contract',
    title: 'Large contract not divided into lots',
    severity: 'warning',
    description: 'A large contract is not divided into lots and no reasons are given.',
    rationale:
      'Contract size is the biggest barrier small organisations face. The Procurement Act 2023 requires authorities to consider lots and to give reasons when they do not use them; under the Provider Selection Regime the proportionality principle and the Keep it Local guide point the same way.',
    citations: {
      ...pa23(statute(sources.pa23s18, sources.keepItLocal(9, 'break big contracts into lots'))),
      pcr2015: statute(sources.pcr46, sources.keepItLocal(9, 'break big contracts into lots')),
      psr: statute(sources.psrReg4, sources.keepItLocal(9, 'break big contracts into lots')),
      scotland: {
        ...statute(sources.prsa8, sources.keepItLocal(9, 'break big contracts into lots')),
        note: 'proportionality; the Scottish Regulations’ lots provision is not cited here',
      },
    },
    fix: 'Divide the contract into lots by geography or service (and consider capping the lots one supplier can win), or publish the reasons for not doing so.',
    messages: {
      'single-lot':
        'A large contract let as a single lot with no reasons. Data: totalValue, largeValue, lotsStated (true).',
      'no-lots-described':
        'A large contract with no lot structure described. Data: totalValue, largeValue, lotsStated (false).',
    },
    options: z.object({
      largeValue: z
        .number()
        .positive()
        .default(1_000_000)
        .describe('Total value (GBP) at or above which a contract is large.'),
    }),
    examples: {
      flag: [
        {
          text: 'The estimated total value is £20,000,000. The contract is not divided into lots.',
          message: '£20,000,000',
        },
        { text: 'The estimated contract value is £1.2m over 3 years.', message: 'no lot structure' },
        { text: 'The annual value is £500,000 and the contract runs for 3 years. Lots: No.', message: '£1,500,000' },
        {
          text: 'The estimated total contract value is £1,500,000 excluding VAT. The contract will run for an initial period of 3 years.',
          message: 'no lot structure',
        },
        {
          text: 'The total estimated value is £3,600,000. The service will be procured as a single lot.',
          message: '£3,600,000',
        },
      ],
      pass: [
        {
          text: 'The total estimated value of the contract is £2,000,000 excluding VAT.\n\nThe contract is not divided into lots.\n\nNHG considered dividing the work by geography and by system type. It decided against this because the systems at most schemes share one controller.',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: 'The estimated total value is £20,000,000. The contract is not divided into lots because the service must be delivered as one integrated pathway.',
        },
        { text: 'The estimated total value is £20,000,000. The contract is divided into 4 lots by locality.' },
        { text: 'The estimated total value is £900,000. The contract is not divided into lots.' },
        { text: 'The contract is not divided into lots.', source: 'no value known' },
        {
          text: 'The estimated total value is one million pounds (£1,000,000). The contract is a single lot because the support must be delivered by one consistent team.',
        },
      ],
    },
    exclusions: [
      'Not when the contract is divided into lots, or reasons for a single lot are given.',
      'Not below the large-contract value, or when no value is known.',
    ],
  },
  check({ doc, facts, law, options, report }) {
    const v = facts.value;
    if (!v || facts.lots.divided === true || facts.lots.reasons || lotsReasons(doc)) return;
    const total = wholeValue(facts)!;
    if (total < options.largeValue) return;
    const worth = worthOf(facts);
    const duty = DUTY[law];
    if (facts.lots.divided === false) {
      const passage = passageOfFact(doc, facts.lots);
      if (!passage) return;
      report({
        passage,
        messageId: 'single-lot',
        message: `A ${worth} contract is let as a single lot with no reasons given (${duty}); at or above ${formatGBP(options.largeValue)} consider lots or publish the reasons.`,
        related: [{ message: 'value stated here', passage: passageOfFact(doc, v) }],
        data: { totalValue: total, largeValue: options.largeValue, lotsStated: true },
      });
    } else {
      const passage = passageOfFact(doc, v);
      if (!passage) return;
      report({
        passage,
        messageId: 'no-lots-described',
        message: `A ${worth} contract has no lot structure described and no reasons for not using lots (${duty}); at or above ${formatGBP(options.largeValue)} consider lots or publish the reasons.`,
        data: { totalValue: total, largeValue: options.largeValue, lotsStated: false },
      });
    }
  },
});
