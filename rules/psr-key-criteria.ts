import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { none, statute } from '../linter/core/law.js';
import { passagesOf, type Passage } from '../linter/core/extract/passages.js';
import { findPercentages } from '../linter/core/extract/ratios.js';
import { perDocument } from '../linter/core/extract/requirements/cache.js';
import type { TenderDocument } from '../linter/core/model/document.js';

/** PSR reg 5's five key criteria: the words that name each in an evaluation. */
export const KEY_CRITERIA: ReadonlyArray<{ name: string; words: RegExp; minPercent?: boolean }> = [
  { name: 'quality and innovation', words: /\bquality\b|\binnovation\b/i },
  {
    name: 'value',
    words: /\bvalue for money\b|(?<!social )\bvalue\b(?=\s*(?:\||:|\(|–|-|\d|$))|\bprice\b|\bcost\b|\bfinancial\b/i,
  },
  {
    name: 'integration, collaboration and service sustainability',
    words: /\bintegration\b|\bcollaboration\b|\bservice sustainability\b/i,
  },
  {
    name: 'improving access, reducing health inequalities and facilitating choice',
    words:
      /\bimproving access\b|\bhealth inequalit\w*\b|\bfacilitating choice\b|\baccess(?:ibility)?,? (?:and )?(?:inequalit|choice)\w*/i,
    minPercent: true,
  },
  { name: 'social value', words: /\bsocial value\b/i, minPercent: true },
];

const WEIGHT_WORDS = /\bweight\w*\b|\bevaluat\w*\b|\bcriteri(?:on|a)\b|\bscor\w*\b|\bmarks?\b/i;
const PROCESS = /\bcompetitive process\b|\bmost suitable provider\b/i;

interface Evaluation {
  passages: Passage[];
  weights: Map<string, { percent: number; passage: Passage }>;
}

/** The evaluation's passages (table rows with a percentage, or sentences weighting criteria) and the weight of each key criterion found. */
const evaluation = perDocument((doc: TenderDocument): Evaluation => {
  const passages = passagesOf(doc).filter(
    (p) => findPercentages(p.text).length > 0 && (p.block.kind === 'table-row' || WEIGHT_WORDS.test(p.text)),
  );
  const weights = new Map<string, { percent: number; passage: Passage }>();
  for (const p of passages) {
    const pcts = findPercentages(p.text);
    for (const k of KEY_CRITERIA) {
      const m = k.words.exec(p.text);
      if (!m || weights.has(k.name)) continue;
      const at = m.index + m[0].length / 2;
      const nearest = pcts.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
      if (p.block.kind === 'table-row' || Math.abs(nearest.start - at) <= 60)
        weights.set(k.name, { percent: nearest.value, passage: p });
    }
  }
  return { passages, weights };
});

export default defineRule({
  meta: {
    id: 'psr-key-criteria',
    title: 'PSR evaluation leaves out a key criterion',
    severity: 'warning',
    description:
      'A PSR competitive or most-suitable-provider process leaves out one of the five key criteria of PSR reg 5, or weights “improving access, reducing health inequalities and facilitating choice” or “social value” at under 5%.',
    rationale:
      'The Provider Selection Regime asks commissioners to judge providers against five key criteria. Local and voluntary providers are often strongest on access, inequalities and social value; an evaluation that drops or starves those criteria throws away the regime’s reason to choose them.',
    citations: {
      pa2023: none('the PSR key criteria apply to health care services procured under the PSR only'),
      'pa2023-wales': none('the PSR applies in England only'),
      pcr2015: none('the PSR key criteria apply to PSR processes only'),
      psr: statute(
        sources.psrReg5,
        sources.keepItLocal(10, 'the PSR’s five key criteria and West Yorkshire’s question matrix'),
      ),
      scotland: none('the PSR applies in England only'),
    },
    tags: ['2025-26'],
    fix: 'Evaluate all five key criteria, with access and inequalities and social value at 5% or more each; West Yorkshire asks intrinsic social value questions across all five (Keep it Local step 10).',
    messages: {
      'missing-criteria':
        'The evaluation leaves out key criteria of PSR reg 5. Data: missing (names joined by "; "), count.',
      'low-weight': 'A key criterion weighted under the minimum percentage. Data: criterion, percent, minPercent.',
    },
    options: z.object({
      minPercent: z
        .number()
        .positive()
        .max(100)
        .default(5)
        .describe('Smallest weight (% of the total) for access and inequalities, and for social value.'),
    }),
    examples: {
      flag: [
        {
          text: 'This competitive process is run under the Provider Selection Regime (PSR).\n\n| Criterion | Weighting |\n| --- | --- |\n| Quality and innovation | 50% |\n| Value | 30% |\n| Integration, collaboration and service sustainability | 20% |',
          message: 'improving access, reducing health inequalities and facilitating choice; social value',
        },
        {
          text: 'This is a competitive process under the PSR. Tenders will be evaluated on quality (50%), value (25%), integration and collaboration (10%), improving access and reducing health inequalities (12%) and social value (3%).',
          message: 'Social value is weighted 3%',
        },
        {
          text: 'The ICB will use the most suitable provider process under the Provider Selection Regime (PSR). Evaluation weightings: quality 60%, value 20%, social value 10%, improving access 2%, integration 8%.',
          message: 'Improving access, reducing health inequalities and facilitating choice is weighted 2%',
        },
        {
          text: 'This competitive process follows the PSR. Evaluation criteria: quality and innovation 70%, price 30%.',
          message: 'leaves out 3 key criteria of PSR reg 5: integration, collaboration and service sustainability',
        },
        {
          text: 'Competitive process (PSR). Weightings: quality 40%, value 30%, social value 10%, health inequalities 10%.',
          message: 'integration, collaboration and service sustainability',
        },
      ],
      pass: [
        {
          text: 'This competitive process is run under the PSR. Evaluation weightings: quality and innovation 40%, value 20%, integration, collaboration and service sustainability 15%, improving access, reducing health inequalities and facilitating choice 15%, social value 10%.',
        },
        { text: 'Tenders will be evaluated on quality (70%) and price (30%).', source: 'not a PSR process' },
        {
          text: 'This is a direct award process C under the Provider Selection Regime (PSR). Evaluation: quality 70%, value 30%.',
          source: 'direct award, not a competitive or most suitable provider process',
        },
        {
          text: 'This competitive process is run under the PSR. The evaluation criteria will be published with the invitation.',
          source: 'no weightings stated yet',
        },
        {
          text: 'This competitive process is run under the PSR. Weightings: quality 40%, value 20%, integration 15%, improving access and reducing health inequalities 5%, social value 20%.',
          source: 'exactly 5% for access and inequalities',
        },
      ],
    },
    exclusions: [
      'Only PSR competitive and most-suitable-provider processes; direct awards are not evaluated this way.',
      'No finding until the evaluation names at least two criteria with weights.',
    ],
  },
  check({ doc, facts, options, report }) {
    if (facts.regime.law !== 'psr') return;
    const text = passagesOf(doc)
      .map((p) => p.text)
      .join('\n');
    if (!PROCESS.test(text)) return;
    const ev = evaluation(doc);
    if (ev.weights.size < 2) return;
    const first = [...ev.weights.values()][0]!.passage;
    const missing = KEY_CRITERIA.filter((k) => !ev.weights.has(k.name)).map((k) => k.name);
    if (missing.length) {
      report({
        passage: first,
        messageId: 'missing-criteria',
        data: { missing: missing.join('; '), count: missing.length },
        message: `The evaluation leaves out ${missing.length === 1 ? 'a key criterion' : `${missing.length} key criteria`} of PSR reg 5: ${missing.join('; ')}.`,
      });
    }
    for (const k of KEY_CRITERIA) {
      const w = ev.weights.get(k.name);
      if (!k.minPercent || !w || w.percent >= options.minPercent) continue;
      report({
        passage: w.passage,
        messageId: 'low-weight',
        data: { criterion: k.name, percent: w.percent, minPercent: options.minPercent },
        message: `${k.name[0]!.toUpperCase()}${k.name.slice(1)} is weighted ${w.percent}%, under ${options.minPercent}% of the total: too little to count in the choice of provider.`,
        fix: `Weight ${k.name} at ${options.minPercent}% or more; West Yorkshire asks intrinsic social value questions across all five key criteria (Keep it Local step 10).`,
      });
    }
  },
});
