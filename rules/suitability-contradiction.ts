import { z } from 'zod';
import { defineRule, type Report, type Rule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, policy, statute } from '../linter/core/law.js';
import { passagesOf, type Passage } from '../linter/core/extract/passages.js';
import { perDocument } from '../linter/core/extract/requirements/cache.js';
import type { TenderDocument } from '../linter/core/model/document.js';
import type { Severity } from '../linter/core/model/finding.js';
import turnoverMultiple from './turnover-multiple.js';
import auditedAccounts from './audited-accounts.js';
import insuranceBeforeAward from './insurance-before-award.js';
import certificationEquivalent from './certification-equivalent.js';
import reservesRequirement from './reserves-requirement.js';

/** The barriers that contradict a "suitable for SMEs / VCSEs" marking. */
const BARRIERS = [
  turnoverMultiple,
  auditedAccounts,
  insuranceBeforeAward,
  certificationEquivalent,
  reservesRequirement,
] as unknown as Rule[];
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

const SUITABLE_TEXT =
  /\b(?:suitable|appropriate) for (?<who>SMEs?|small (?:and medium[- ]sized )?(?:businesses|enterprises|organisations)|VCSEs?|voluntary(?:,? community)? (?:and social enterprise )?(?:organisations|sector)|the voluntary sector)\b/i;
const NOT_SUITABLE = /\bnot (?:be )?(?:suitable|appropriate) for\b/i;

interface Marking {
  passage: Passage;
  who: string;
  where: string;
}

/** Where the notice marks the contract or a lot suitable for SMEs or VCSEs: the OCDS field, else the text. */
const marking = perDocument((doc: TenderDocument): Marking | undefined => {
  const passages = passagesOf(doc);
  const field = passages.find((p) => /^tender\.(?:lots\[\d+\]\.)?suitability$/.test(p.block.location.field ?? ''));
  if (field)
    return {
      passage: field,
      who: /voluntary/.test(field.text) && !/small/.test(field.text) ? 'VCSEs' : 'SMEs',
      where: `the notice’s ${field.block.location.field} field`,
    };
  for (const p of passages) {
    if (NOT_SUITABLE.test(p.text)) continue;
    const m = SUITABLE_TEXT.exec(p.text);
    if (m) return { passage: p, who: /vol|vcse/i.test(m.groups!.who!) ? 'VCSEs' : 'SMEs', where: 'the text' };
  }
  return undefined;
});

export default defineRule({
  meta: {
    id: 'suitability-contradiction',
    title: 'Marked suitable for SMEs, with barriers to them',
    severity: 'warning',
    description:
      'The notice marks the contract or a lot as suitable for SMEs or VCSEs while the same documents carry an error or warning from turnover-multiple, audited-accounts, insurance-before-award, certification-equivalent or reserves-requirement.',
    rationale:
      'A “suitable for SMEs” flag draws small and voluntary organisations in; finding a turnover floor or an audited-accounts demand further on wastes their time and their trust. The buyer must have regard to the barriers small suppliers face, and the marking should be true.',
    citations: {
      pa2023: policy([sources.pa23s12, sources.keepItLocal(8, 'make technical specifications proportionate')]),
      'pa2023-wales': policy([sources.pa23s12, sources.keepItLocal(8, 'make technical specifications proportionate')]),
      pcr2015: goodPractice([sources.keepItLocal(8, 'make technical specifications proportionate')], 'warning'),
      psr: goodPractice(
        [sources.psrReg4transparency, sources.keepItLocal(8, 'make technical specifications proportionate')],
        'warning',
      ),
      scotland: statute(sources.prsa9, sources.keepItLocal(8, 'make technical specifications proportionate')),
    },
    tags: ['2025-26'],
    fix: 'Remove the barriers the other findings name, or remove the “suitable for SMEs / VCSEs” marking.',
    messages: {
      barriers:
        'The document says the contract suits small or voluntary organisations yet carries barriers to them. Data: who, barriers (rule ids joined by ", "), count.',
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: 'This opportunity is suitable for SMEs. The estimated total contract value is £600,000 over 4 years. Bidders must have a minimum annual turnover of £1,000,000.',
          message: 'turnover-multiple (error)',
        },
        {
          text: 'This contract is suitable for small businesses. Bidders must provide audited accounts for the last two years.',
          message: 'audited-accounts',
        },
        {
          text: 'The contract is considered suitable for VCSEs. Bidders must hold ISO 9001 certification.',
          message: 'suitable for VCSEs',
        },
        {
          text: 'Suitable for SMEs: yes. Bidders must hold public liability insurance of £5 million at the time of tender submission.',
          message: 'insurance-before-award',
        },
        {
          text: 'This lot is suitable for voluntary organisations. Bidders must demonstrate unrestricted reserves of at least £250,000.',
          message: 'reserves-requirement',
        },
      ],
      pass: [
        {
          text: 'This opportunity is suitable for SMEs. The estimated total contract value is £600,000 over 4 years. Bidders must have a minimum annual turnover of £300,000.',
          source: 'exactly 2 x: no barrier',
        },
        {
          text: 'The estimated total contract value is £600,000 over 4 years. Bidders must have a minimum annual turnover of £1,000,000.',
          source: 'not marked suitable for SMEs (turnover-multiple still fires)',
        },
        {
          text: 'This contract is not suitable for SMEs. Bidders must provide audited accounts.',
          source: 'marked not suitable',
        },
        { text: 'This opportunity is suitable for SMEs. Bidders must hold ISO 9001 or equivalent.' },
        {
          text: 'This opportunity is suitable for SMEs. Bidders may provide audited accounts, independently examined accounts or management accounts.',
        },
      ],
    },
    exclusions: [
      'Only errors and warnings of the five named rules count (an info, such as a justified turnover demand, does not).',
      'The named rules are judged with their default options, whatever the configuration says of them.',
    ],
  },
  check(ctx) {
    const mark = marking(ctx.doc);
    if (!mark) return;
    const found: Array<{ id: string; severity: Severity }> = [];
    for (const rule of BARRIERS) {
      const entry = rule.meta.citations[ctx.law];
      if (entry.basis === 'none') continue;
      const ceiling =
        entry.ceiling && RANK[entry.ceiling] < RANK[rule.meta.severity] ? entry.ceiling : rule.meta.severity;
      let worst: Severity | undefined;
      rule.check({
        ...ctx,
        options: rule.meta.options.parse({}),
        report(r: Report) {
          const s = r.severity && RANK[r.severity] < RANK[ceiling] ? r.severity : ceiling;
          if (!worst || RANK[s] > RANK[worst]) worst = s;
        },
      });
      if (worst && worst !== 'info') found.push({ id: rule.meta.id, severity: worst });
    }
    if (found.length === 0) return;
    ctx.report({
      passage: mark.passage,
      messageId: 'barriers',
      data: { who: mark.who, barriers: found.map((f) => f.id).join(', '), count: found.length },
      message: `${mark.where === 'the text' ? 'The document says' : `${mark.where[0]!.toUpperCase()}${mark.where.slice(1)} says`} the contract is suitable for ${mark.who}, yet it carries ${found.length === 1 ? 'a barrier' : `${found.length} barriers`} to them: ${found.map((f) => `${f.id} (${f.severity})`).join(', ')}.`,
    });
  },
});
