import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, pa23, policy } from '../linter/core/law.js';
import { socialValueWeightings } from '../linter/core/extract/requirements/conditions.js';
import { shareOfTotal } from '../linter/core/extract/requirements/social-value-share.js';
import { againstThreshold } from '../linter/core/extract/requirements/value.js';
import { formatGBP } from '../linter/core/extract/money.js';
import type { Facts } from '../linter/core/model/facts.js';

/** Whom a 10% minimum binds, and why: NHS bodies at any value; central government above threshold. Undefined: good practice only. */
function bound(facts: Facts): string | undefined {
  const kind = facts.buyer.kind;
  if (kind === 'nhs-trust' || kind === 'icb') return 'NHS England’s minimum for NHS bodies (since April 2022)';
  if (kind === 'central-government') {
    const v = againstThreshold(facts);
    if (v && v.withVat >= v.threshold) {
      const ppn = facts.regime.law === 'pcr2015' ? 'PPN 06/20' : 'PPN 002';
      return `the central government minimum (${ppn}) for a contract worth ${v.derivation}, at or above the ${formatGBP(v.threshold)} threshold`;
    }
  }
  return undefined;
}

const WHO: Partial<Record<Facts['buyer']['kind'], string>> = {
  'local-authority': 'a council',
  'housing-association': 'a housing association',
  university: 'a university',
  school: 'a school',
  'welsh-authority': 'a devolved Welsh authority',
  'scottish-authority': 'a Scottish authority',
  'central-government': 'a central government contract below the threshold (or of unknown value)',
  other: 'this buyer',
};

export default defineRule({
  meta: {
    id: 'social-value-weighting',
    title: 'Social value weighted under 10%',
    severity: 'warning',
    description:
      'Social value is weighted below 10% of the total score (a weight inside quality counts as its share of the total).',
    rationale:
      'A low social value weighting leaves the local jobs, volunteering and community benefit that small and voluntary organisations bring with too few marks to count. NHS England has applied a 10% minimum to NHS procurement since April 2022, and central government policy (PPN 002; PPN 06/20 before 24 February 2025) sets the same minimum above threshold. For every other buyer no 10% rule binds: it is good practice, and the finding says so.',
    citations: {
      ...pa23(
        policy(
          [sources.ppn002, sources.nhsSocialValue],
          undefined,
          'binds NHS bodies at any value and central government above threshold; good practice (info) for other buyers',
        ),
      ),
      pcr2015: policy(
        [sources.ppn0620, sources.nhsSocialValue],
        undefined,
        'binds NHS bodies at any value and central government above threshold; good practice (info) for other buyers',
      ),
      psr: policy(
        [sources.nhsSocialValue, sources.psrReg5],
        undefined,
        'NHS England’s 10% minimum for NHS bodies; social value is also one of the PSR’s five key criteria (psr-key-criteria checks it is there at all)',
      ),
      scotland: goodPractice(
        [sources.prsa9, sources.prsa25],
        'info',
        'no 10% weighting binds in Scotland: good practice (info), as for other buyers without a binding minimum; community benefit requirements are a separate duty for contracts of £4 million or more (s.25)',
      ),
    },
    fix: 'Weight social value at 10% or more of the total score.',
    messages: {
      'under-minimum':
        'Social value weighted under the minimum that binds this buyer. Data: percent (of the total), minPercent, short, qualityPercent and stated when weighted within quality.',
      'under-good-practice':
        'Social value under the minimum where none binds this buyer (info). Data: as under-minimum.',
    },
    options: z.object({
      minPercent: z
        .number()
        .positive()
        .max(100)
        .default(10)
        .describe('Smallest acceptable social value weighting (% of the total score).'),
    }),
    examples: {
      flag: [
        {
          text: '| Criterion | Weighting | Sub-criteria | Evidence required |\n| --- | --- | --- | --- |\n| Technical approach | 60% | Scanning quality and indexing accuracy. | Method statements. |\n| Social value | 5% | Skills and employment in the regions. | A social value method statement and a delivery plan. |\n| Price | 35% | Total price over the term. | The pricing schedule. |',
          facts: { buyerKind: 'nhs-trust' },
          message: 'weighted 5% of the total score',
          source: 'phrasing from the blind evaluation set (dev half, round 15): the words recur in a later cell',
        },
        {
          text: '| Criterion | Weighting | Sub-criteria |\n|---|---|---|\n| Price | 40% | Whole-life cost |\n| Quality | 60% | Service delivery and response times (40%); workshop capacity and parts supply (25%); health and safety (25%); social value: local apprenticeships and reduced vehicle emissions (10%) |',
          severity: 'info',
          message: 'is 6% of the total',
          source:
            'phrasing from the blind evaluation set (dev half, round 8): sub-criteria of quality in a cell of the quality row',
        },
        {
          text: 'Quotations will be scored out of 100 points:\n\n- Quality of methodology and work plan: 65 points\n- Price: 30 points\n- Social value (paid work experience for local young people): 5 points',
          severity: 'info',
          message: 'weighted 5% of the total',
          source: 'phrasing from the blind evaluation set (dev half, round 3)',
        },
        {
          text: '| Criterion | Weighting |\n|---|---|\n| Price | 50% |\n| Quality | 50% |\n\nThe quality score is made up as follows:\n\n| Quality sub-criterion | Share of quality marks |\n|---|---|\n| Service delivery | 90% |\n| Social value (Theme: tackling economic inequality) | 10% |',
          facts: { buyerKind: 'central-government', value: 2_000_000 },
          message: '10% of the 50% quality score is 5% of the total',
          source: 'phrasing from the blind evaluation set (dev half, round 3)',
        },
        {
          text: '| Criterion | Points |\n| --- | --- |\n| Price | 45 |\n| Technical approach | 30 |\n| Resident care | 20 |\n| Social value (commitments for local neighbourhoods) | 5 |',
          severity: 'info',
          message: 'weighted 5% of the total',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: '| Criterion | Weighting |\n| --- | --- |\n| Technical and service delivery | 55% |\n| Price (rate card and benchmark basket) | 40% |\n| Social value (Theme 2 tackling economic inequality, Theme 3 fighting climate change) | 5% |',
          severity: 'info',
          message: 'weighted 5%',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: '| Criterion | Weighting |\n| --- | --- |\n| Quality | 60% |\n| Social value | 5% |',
          facts: { buyerKind: 'nhs-trust' },
          message: 'weighted 5%',
        },
        {
          text: 'Social value will account for 5% of the total score.',
          facts: { buyerKind: 'icb' },
          message: '5 percentage points',
        },
        {
          text: 'At the second stage, tenders will be evaluated on quality (55%), price (40%) and social value and well-being (5%).',
          facts: { buyerKind: 'local-authority' },
          severity: 'info',
          message: 'weighted 5%',
          source: 'phrasing from the blind evaluation set (dev half, round 5): the 40% before it is price’s',
        },
        {
          text: 'Tenders will be scored 70% quality, 25% price and 5% social value.',
          facts: { buyerKind: 'local-authority' },
          severity: 'info',
          message: 'good practice',
        },
        {
          text: 'The social value criterion carries a weighting of 2.5 per cent.',
          facts: { buyerKind: 'central-government', value: 2_000_000 },
          message: 'PPN 002',
        },
        {
          text: 'Community benefits will be evaluated and weighted at 3%.',
          severity: 'info',
          message: 'no 10% rule binds',
        },
        {
          text: 'Quality is weighted 60% and price 40%. Social value will be 10% of the quality score.',
          facts: { buyerKind: 'nhs-trust' },
          message: '10% of the 60% quality score is 6% of the total',
        },
        {
          text: 'Quotations will be scored as follows: price 70%, quality of the proposed method and programme 25%, and local social value (for example, employing or training people who live in the district) 5%.',
          facts: { buyerKind: 'local-authority' },
          severity: 'info',
          message: 'weighted 5%',
          source:
            'phrasing from the blind evaluation set (dev half, round 6): a gloss in brackets between the words and the weight',
        },
        {
          text: '### Section 5: Award criteria\n\nQuality 45%, Price 50%, Community benefits (social value) 5%.',
          facts: { buyerKind: 'local-authority' },
          severity: 'info',
          message: 'weighted 5%',
          source:
            'phrasing from the blind evaluation set (dev half, round 6): the heading says the line is a weighting',
        },
      ],
      pass: [
        {
          text: '| Criterion | Weighting | What it covers |\n| --- | --- | --- |\n| Price | 50% | |\n| Quality | 40% | |\n| Social value | 10% | Local employment and apprenticeships (5%), biodiversity on Trust land (5%) |',
          facts: { buyerKind: 'nhs-trust' },
          source: 'the weight is the cell after the criterion, not the sub-weights described beside it',
        },
        {
          text: '| Criterion | Points |\n| --- | --- |\n| Price | 45 |\n| Quality | 50 |\n| Social value | 5 |\n| Presentation | 5 |\n| Interview | 5 |',
          source: 'points that add up to 105 are not percentages: no weighting read',
        },
        {
          text: '| Criterion | Weighting |\n| --- | --- |\n| Quality | 50% |\n| Social value | 10% |',
          facts: { buyerKind: 'nhs-trust' },
          source: 'exactly 10%',
        },
        { text: 'Social value will account for 15% of the total score.' },
        {
          text: 'Social value commitments worth at least 5% of the contract value will be written into the contract.',
          source: 'a commitment, not a weighting',
        },
        { text: 'Social Value 10%', source: 'CCS G-Cloud 15, how to tender' },
        {
          text: 'Tenders will be evaluated on quality (70%) and cost (30%).',
          source: 'no social value weighting stated',
        },
        {
          text: 'Quality is weighted 80% and price 20%. Social value will be 20% of the quality score.',
          facts: { buyerKind: 'nhs-trust' },
          source: '20% of 80% is 16% of the total',
        },
      ],
    },
    exclusions: [
      'A document that does not weight social value at all gets no finding.',
      'Social value commitments stated as a share of the contract value, workforce or spend are not weightings.',
      'Info, worded as good practice, for councils, housing associations, universities, charities and other buyers, and for central government below threshold.',
      'A weight stated as a share of quality is counted as its share of the total only when the quality weight is stated too.',
    ],
  },
  check({ doc, facts, options, report }) {
    const min = options.minPercent;
    const binds = bound(facts);
    for (const w of socialValueWeightings(doc)) {
      const share = shareOfTotal(doc, w);
      if (share.total >= min) continue;
      const short = Math.round((min - share.total) * 100) / 100;
      const weight = share.quality
        ? `Social value is weighted ${share.stated}% of the quality score; ${share.stated}% of the ${share.quality.percent}% quality score is ${share.total}% of the total`
        : `Social value is weighted ${share.total}% of the total score`;
      const data = {
        percent: share.total,
        minPercent: min,
        short,
        ...(share.quality ? { stated: share.stated, qualityPercent: share.quality.percent } : {}),
      };
      const related = share.quality
        ? [{ message: `quality weighted ${share.quality.percent}% here`, passage: share.quality.passage }]
        : undefined;
      if (binds) {
        report({
          passage: w.passage,
          messageId: 'under-minimum',
          data,
          message: `${weight}, ${short} percentage points below ${binds} of ${min}% (policy, not law).`,
          fix: `Weight social value at ${min}% or more of the total score (${short} more percentage points, taken from price or quality).`,
          ...(related ? { related } : {}),
        });
      } else {
        const who = WHO[facts.buyer.kind] ?? 'this buyer';
        report({
          passage: w.passage,
          messageId: 'under-good-practice',
          data,
          severity: 'info',
          message: `${weight}; no 10% rule binds ${who}, but ${min}% is good practice (the minimum NHS bodies and central government apply): ${short} percentage points short.`,
          fix: `Consider weighting social value at ${min}% or more of the total score, so local and voluntary providers’ community benefit counts.`,
          ...(related ? { related } : {}),
        });
      }
    }
  },
});
