import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, none, statute } from '../linter/core/law.js';
import { passagesOf, type Passage } from '../linter/core/extract/passages.js';
import { perDocument } from '../linter/core/extract/requirements/cache.js';
import type { TenderDocument } from '../linter/core/model/document.js';

const NUMBER = String.raw`(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten|twelve)`;
const N = NUMBER;
const COUNT = new RegExp(String.raw`\b${NUMBER}\b`, 'i');
// The number taken forward is capped: "the top five", "up to six will be invited", "a maximum of 4 bidders".
const WHO = String.raw`(?:suppliers|bidders|applicants|organisations|candidates|providers|tenderers|companies|firms)`;
const CAP = new RegExp(
  String.raw`\bthe (?:top|best|first|leading)\s+${N}\s+(?:[\w-]+\s+){0,2}${WHO}\b|\b(?:invite|shortlist|select|take forward|progress)\w*\s+(?:up to|a maximum of|no more than|only)\s+${N}\b|\b(?:up to|a maximum of|no more than)\s+${N}\s+(?:suppliers|bidders|applicants|organisations|candidates|providers|tenderers)\b[^.;]{0,60}\b(?:invited|shortlisted|selected|taken forward|progress)|\b(?:up to|a maximum of|no more than)\s+${N}\s+will be (?:invited|shortlisted|selected|taken forward)\b|\bmaximum (?:number )?of\s+${N}\s+(?:suppliers|bidders|applicants|organisations|candidates)\b`,
  'i',
);
// The criteria for choosing them: scores, ranking, named criteria.
const CRITERIA =
  /\b(?:highest|top)[- ]scor\w*\b|\branked?\b|\branking\b|\bscores?\b|\bscored\b|\b(?:on the basis of|according to|based on|by reference to|against) (?:the |their |its )?(?:criteria|evaluation|weighted|marks|responses|selection criteria|published)\b|\bcriteria (?:for|used to|to) (?:shortlist|select|choos|reduc)\w*\b|\bweighting\b/i;

interface Cap {
  passage: Passage;
  count: string;
}

const caps = perDocument((doc: TenderDocument): { caps: Cap[]; criteria: boolean } => {
  const passages = passagesOf(doc);
  const out: Cap[] = [];
  let criteria = false;
  for (const p of passages) {
    const m = CAP.exec(p.text);
    if (m) out.push({ passage: p, count: COUNT.exec(m[0].replace(/^the /i, ''))?.[0] ?? m[0] });
    if (CRITERIA.test(p.text) && /\b(?:shortlist|select|invit|SQ|PQQ|questionnaire|stage)\w*/i.test(p.text))
      criteria = true;
  }
  return { caps: out, criteria };
});

export default defineRule({
  meta: {
    id: 'shortlist-criteria-missing',
    title: 'Shortlist capped with no criteria for choosing it',
    severity: 'warning',
    description:
      'The number of suppliers invited to tender is capped (“the top five”) with no criteria for choosing them.',
    rationale:
      'A cap on the shortlist with no stated way of choosing it lets a buyer pick the names it already knows, and a small newcomer cannot tell what it has to show to get through. The tender notice must state the maximum number to be invited and the criteria for choosing them.',
    citations: {
      pa2023: statute(sources.pr2024reg19),
      'pa2023-wales': none('the Procurement (Wales) Regulations 2024’s tender notice contents are not checked here'),
      pcr2015: statute(sources.pcr65),
      psr: goodPractice(
        [sources.psrReg4transparency],
        'warning',
        'the PSR names no shortlisting rule: transparency and fairness',
      ),
      scotland: none('the Scottish Regulations’ rule on reducing the number of candidates is not checked here'),
    },
    tags: ['2025-26'],
    fix: 'State how the shortlist is chosen: the criteria (and their weightings) the selection stage is scored on, and what happens to ties.',
    messages: {
      'no-criteria': 'The number invited is capped but no criteria for choosing them are stated. Data: cap.',
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: 'Following the selection stage, the top five suppliers will be invited to tender.',
          message: 'The number invited is capped (five)',
        },
        {
          text: 'The Authority will invite up to six bidders to the negotiation stage.',
          message: 'The number invited is capped (six)',
        },
        {
          text: 'A maximum of 4 suppliers will be taken forward to the tender stage.',
          message: 'The number invited is capped (4)',
        },
        {
          text: 'The Council intends to shortlist no more than three organisations.',
          message: 'The number invited is capped (three)',
        },
        { text: 'Up to eight will be invited to submit a tender.', message: 'The number invited is capped (eight)' },
      ],
      pass: [
        {
          text: 'The five highest-scoring suppliers in the selection questionnaire will be invited to tender.',
          source: 'the criteria: SQ scores',
        },
        {
          text: 'Following the selection stage, the top five suppliers, ranked on their SQ scores against the published weightings, will be invited to tender.',
        },
        { text: 'All suppliers that pass the selection stage will be invited to tender.', source: 'no cap' },
        {
          text: 'The Council will shortlist up to six organisations on the basis of the selection criteria in Annex B.',
        },
        { text: 'Suppliers may submit up to five case studies.', source: 'a cap on case studies, not on suppliers' },
        {
          text: 'It is anticipated that in the first 12 months of the Framework Agreement the value of purchases will be circa £131,000,000.',
          source: 'Contracts Finder, NHS Supply Chain MIS framework (2025): “the first 12 months” is not a shortlist',
        },
      ],
    },
    exclusions: [
      'A cap with scores, a ranking or named criteria anywhere in the selection stage’s description is fine.',
      'Not checked for devolved Welsh authorities or in Scotland.',
    ],
  },
  check({ doc, report }) {
    const { caps: found, criteria } = caps(doc);
    if (criteria) return;
    for (const c of found) {
      report({
        passage: c.passage,
        messageId: 'no-criteria',
        data: { cap: c.count },
        message: `The number invited is capped (${c.count}) but nothing says how they are chosen: the tender notice must state the maximum number and the criteria for choosing them.`,
      });
    }
  },
});
