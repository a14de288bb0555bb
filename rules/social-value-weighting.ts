import { z } from 'zod';
import { defineRule } from '../linter/rule.js';
import { sources } from '../linter/citations.js';
import { socialValueWeightings } from '../linter/extract/requirements/conditions.js';

export default defineRule({
  meta: {
    id: 'social-value-weighting',
    title: 'Social value weighted under 10%',
    severity: 'warning',
    description: 'Social value is weighted below 10% of the total score.',
    rationale:
      'A low social value weighting leaves the local jobs, volunteering and community benefit that small and voluntary organisations bring with too few marks to count. Central government policy (PPN 002) sets a 10% minimum, and NHS England has applied the same minimum to NHS procurement since April 2022. This is policy, not law, for other buyers.',
    citations: [sources.ppn002, sources.nhsSocialValue],
    fix: 'Weight social value at 10% or more of the total score.',
    options: z.object({
      minPercent: z.number().positive().max(100).default(10).describe('Smallest acceptable social value weighting (% of the total score).'),
    }),
    examples: {
      flag: [
        { text: '| Criterion | Weighting |\n| --- | --- |\n| Quality | 60% |\n| Social value | 5% |', message: 'weighted 5%' },
        { text: 'Social value will account for 5% of the total score.', message: '5 percentage points' },
        { text: 'Tenders will be scored 70% quality, 25% price and 5% social value.' },
        { text: 'The social value criterion carries a weighting of 2.5 per cent.', message: '2.5%' },
        { text: 'Community benefits will be evaluated and weighted at 3%.' },
      ],
      pass: [
        { text: '| Criterion | Weighting |\n| --- | --- |\n| Quality | 50% |\n| Social value | 10% |', source: 'exactly 10%' },
        { text: 'Social value will account for 15% of the total score.' },
        { text: 'Social value commitments worth at least 5% of the contract value will be written into the contract.', source: 'a commitment, not a weighting' },
        { text: 'Social Value 10%', source: 'CCS G-Cloud 15, how to tender' },
        { text: 'Tenders will be evaluated on quality (70%) and cost (30%).', source: 'no social value weighting stated' },
      ],
    },
    exclusions: [
      'A document that does not weight social value at all gets no finding.',
      'Social value commitments stated as a share of the contract value, workforce or spend are not weightings.',
    ],
  },
  check({ doc, options, report }) {
    for (const w of socialValueWeightings(doc)) {
      if (w.percent >= options.minPercent) continue;
      const short = Math.round((options.minPercent - w.percent) * 100) / 100;
      report({
        passage: w.passage,
        message: `Social value is weighted ${w.percent}% of the total score, ${short} percentage points below the ${options.minPercent}% minimum in central government policy (PPN 002) and NHS England policy (since April 2022); policy, not law, for other buyers.`,
        fix: `Weight social value at ${options.minPercent}% or more of the total score (${short} more percentage points, taken from price or quality).`,
      });
    }
  },
});
