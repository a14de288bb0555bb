import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, pa23, statute } from '../linter/core/law.js';
import { passageOfFact, passagesOf, type Passage } from '../linter/core/extract/passages.js';
import { findDates } from '../linter/core/extract/dates.js';
import { perDocument } from '../linter/core/extract/requirements/cache.js';
import type { TenderDocument } from '../linter/core/model/document.js';
import { daysBetween, formatDate } from '../linter/core/extract/dates.js';
import { plural } from '../linter/core/format-numbers.js';

const STAGE_ONE =
  /\b(?:SQ|PQQ|selection questionnaire|pre-qualification|requests? to participate|expressions? of interest)\b/i;
const QUESTIONS = /\b(?:clarification|questions?|quer(?:y|ies)|enquir(?:y|ies))\b/i;
const CLOSES =
  /\b(?:deadline|by|no later than|until|clos(?:e|es|ing)|due|last date|cut-?off|must be (?:submitted|received|raised))\b/i;
const ANSWERS =
  /\b(?:answers?|responses?|repl(?:y|ies))\b[^.|]{0,60}\b(?:publish|issue|circulat|share|sent|provid|given)\w*|\bwill (?:respond|answer|publish)\b/i;

/**
 * The clarification deadline as the text states it. The shared facts keep only a clarification date
 * on or before the submission deadline (a later one reads as a misreading there), so this rule reads
 * the text itself for the one case it exists to catch.
 */
const statedClarification = perDocument((doc: TenderDocument): { date: string; passage: Passage } | undefined => {
  for (const p of passagesOf(doc)) {
    if (!QUESTIONS.test(p.text) || !CLOSES.test(p.text) || ANSWERS.test(p.text)) continue;
    const d = findDates(p.text).at(-1);
    if (d) return { date: d.date, passage: p };
  }
  return undefined;
});

const KIL3 = sources.keepItLocal(3, 'avoid short notice invitations to tender');

export default defineRule({
  meta: {
    id: 'clarification-after-deadline',
    title: 'Clarification deadline after the tender deadline',
    severity: 'error',
    description: 'The deadline for clarification questions falls after the tender submission deadline.',
    rationale:
      'A bidder cannot use an answer that arrives after its tender is in. A timetable that closes questions after tenders is a mistake that leaves small bidders, who rely most on clarifications, guessing; every bidder must get answers in time to use them.',
    citations: {
      ...pa23(statute(sources.pa23s54_1, KIL3)),
      pcr2015: statute(sources.pcr53law, KIL3),
      psr: goodPractice([sources.psrReg4transparency, KIL3], 'error'),
      scotland: goodPractice([sources.prsa8, KIL3], 'error'),
    },
    tags: ['2025-26'],
    fix: 'Close clarification questions well before the submission deadline (at least 6 days before, so answers reach every bidder in time).',
    messages: {
      'after-deadline':
        'The clarification deadline falls after the submission deadline. Data: clarification, submission (ISO dates), daysAfter.',
    },
    options: z.object({
      maxDaysAfter: z
        .number()
        .int()
        .positive()
        .default(60)
        .describe(
          'A clarification deadline further than this after the submission deadline is taken for a misread date or another stage’s, and not judged.',
        ),
    }),
    examples: {
      flag: [
        {
          text: 'The invitation to tender was published on 2 March 2026. Tenders must be submitted by 12:00 on 10 April 2026. The deadline for clarification questions is 13 April 2026.',
          message: '3 days after the submission deadline',
        },
        {
          text: 'Tenders are due by 30 March 2026. Clarification questions must be submitted by 2 April 2026.',
          message: '2 April 2026',
        },
        {
          text: 'Tenders must be submitted by 12:00 on 2026-03-20. Clarification questions must be received by 2026-03-27.',
          message: '7 days after',
        },
        {
          text: 'The tender deadline is 16 March 2026.',
          facts: { deadline: '2026-03-16', clarificationDeadline: '2026-03-19' },
          message: '3 days after',
        },
        {
          text: 'Responses are due on 1 May 2026.',
          facts: { deadline: '2026-05-01', clarificationDeadline: '2026-05-04' },
          message: '4 May 2026',
        },
      ],
      pass: [
        {
          text: 'The invitation to tender was published on 2 March 2026. The deadline for clarification questions is 3 April 2026. Tenders must be submitted by 13 April 2026.',
        },
        { text: 'Tenders must be submitted by 13 April 2026.', source: 'no clarification deadline' },
        {
          text: 'Clarification questions must be submitted by 13 April 2026. Tenders must be submitted by 13 April 2026.',
          source: 'the same day: short-clarification-period’s finding, not this one',
        },
        {
          text: 'Responses to clarification questions will be published by 20 April 2026. Tenders must be submitted by 13 April 2026.',
          source: 'answers published, not a question deadline',
        },
        { text: 'The deadline for clarification questions is 3 April 2026.', source: 'no submission deadline' },
        {
          text: 'SQ responses must be submitted through the portal by 12:00 on 6 March 2026. Clarification questions on the ITT must be submitted by 12:00 on 14 April 2026.',
          source: 'fixture nhs-trust-interpreting-below-threshold-sq: the SQ deadline, not the tender deadline',
        },
        {
          text: 'Timetable: clarification deadline “15:00 12/12/2025”; tender submission deadline 15:00 30/01/2026; end of standstill period 16/09/2026.',
          facts: { deadline: '2025-03-17', clarificationDeadline: '2026-09-16' },
          source: 'fixtures/corpus MANIFEST.md: 548 days after is a misread date, not a timetable',
        },
      ],
    },
    exclusions: [
      'Not when the deadline the clarification date is compared with is a selection-stage one (SQ, PQQ, requests to participate): in a two-stage procedure questions on the invitation to tender come after it.',
      'A clarification deadline on the submission day, or under 6 days before it, is short-clarification-period’s finding; this rule takes only one after it (one finding per problem).',
      'No finding when either deadline is not known, or when the clarification deadline is more than 60 days (`maxDaysAfter`) after the submission deadline: that is more likely a misread date or another stage’s.',
    ],
  },
  check({ doc, facts, options, report }) {
    const deadline = facts.submissionDeadline;
    if (!deadline) return;
    const text = facts.clarificationDeadline ? undefined : statedClarification(doc);
    const clar = facts.clarificationDeadline ?? (text ? { date: text.date } : undefined);
    if (!clar) return;
    const after = daysBetween(deadline.date, clar.date);
    if (after <= 0 || after > options.maxDaysAfter) return;
    // In a two-stage procedure a "deadline" read from the SQ stage is the participation deadline, not the tender deadline.
    if (
      STAGE_ONE.test(deadline.excerpt ?? '') ||
      (facts.participationDeadline && facts.participationDeadline.date === deadline.date)
    )
      return;
    const passage = text?.passage ?? passageOfFact(doc, facts.clarificationDeadline);
    if (!passage) return;
    report({
      passage,
      messageId: 'after-deadline',
      data: { clarification: clar.date, submission: deadline.date, daysAfter: after },
      message: `The clarification deadline (${formatDate(clar.date)}) falls ${plural(after, 'day')} after the submission deadline (${formatDate(deadline.date)}): bidders cannot use answers that come after their tenders are in.`,
      fix: `Move the clarification deadline to ${formatDate(new Date(Date.parse(deadline.date + 'T00:00:00Z') - 6 * 86_400_000).toISOString().slice(0, 10))} or earlier (6 days before the submission deadline), or check which date is wrong.`,
      related: [{ message: 'submission deadline stated here', passage: passageOfFact(doc, deadline) }],
    });
  },
});
