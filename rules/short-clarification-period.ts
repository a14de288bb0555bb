import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, pa23, statute } from '../linter/core/law.js';
import { passageOfFact } from '../linter/core/extract/passages.js';
import { daysBetween, formatDateFact } from '../linter/core/extract/dates.js';
import { plural } from '../linter/core/format-numbers.js';
import type { FindingData } from '../linter/core/model/finding.js';

export default defineRule({
  meta: {
    id: 'short-clarification-period',
    title: 'Too little time for clarification questions',
    severity: 'warning',
    description:
      'Bidders get under 5 days to ask clarification questions, or the clarification deadline falls under 6 days before the submission deadline.',
    rationale:
      'Small bidders read the documents after their day job; they need time to ask questions, and the answers must reach every bidder in time to use them. The Public Contracts Regulations 2015 required answers at least 6 days before the deadline, a sound benchmark under the Procurement Act 2023.',
    citations: {
      ...pa23({
        ...statute(sources.pa23s54_1, sources.pcr53_6),
        note: 'the Act sets no clarification period: the 2015 Regulations’ 6 days is the benchmark for having regard to the time bidders need',
      }),
      pcr2015: statute(sources.pcr53law),
      psr: goodPractice(
        [sources.psrReg4transparency, sources.keepItLocal(3, 'avoid short notice invitations to tender')],
        'warning',
      ),
      scotland: goodPractice(
        [sources.prsa8, sources.keepItLocal(3, 'avoid short notice invitations to tender')],
        'warning',
        'the Scottish Regulations’ additional-information period is not cited here',
      ),
    },
    fix: 'Give at least 5 days after publication for questions, and close questions at least 6 days before the submission deadline so answers reach every bidder in time.',
    messages: {
      'short-clarification':
        'Too few days to ask questions after publication, or too few between the clarification and submission deadlines (one finding, both problems). Data: clarification date, and clarificationDays/minClarificationDays and/or answerDays/minAnswerDays for the problems found.',
    },
    options: z.object({
      minClarificationDays: z
        .number()
        .int()
        .positive()
        .default(5)
        .describe('Fewest days between publication and the clarification deadline.'),
      minAnswerDays: z
        .number()
        .int()
        .positive()
        .default(6)
        .describe('Fewest days between the clarification deadline and the submission deadline.'),
    }),
    examples: {
      flag: [
        {
          text: 'The invitation to tender was published on 2 March 2026. Clarification questions must be submitted by 4 March 2026. Tenders are due by 13 April 2026.',
          message: '2 days',
        },
        {
          text: 'The invitation to tender was published on 2 March 2026. The deadline for clarification questions is 10 April 2026. Tenders are due by 13 April 2026.',
          message: '3 days before',
        },
        {
          text: 'This invitation is published on 2026-03-02. Clarification questions must be submitted by 12:00 on 2026-03-04. Tenders must be submitted by 12:00 on 2026-04-06.',
          message: '2 days',
        },
        {
          text: 'This invitation is issued on 2 February 2026. The deadline for clarification questions is 12:00 on 17 February 2026. Tenders must be submitted by 12:00 on 20 February 2026.',
          message: '3 days before',
        },
        {
          text: 'The opportunity was published on 1 April 2026. Questions must be received by 3 April 2026. Tenders are due by 5 May 2026.',
          message: '2 days',
        },
      ],
      pass: [
        {
          text: 'The invitation to tender was published on 2 March 2026. The deadline for clarification questions is 23 March 2026. Tenders are due by 13 April 2026.',
        },
        {
          text: 'The invitation to tender was published on 2 March 2026. Tenders are due by 13 April 2026.',
          source: 'no clarification deadline stated',
        },
        {
          text: 'The invitation to tender was published on 16 March 2026. The clarification questions deadline is 7 April 2026. Tenders must be submitted by 13 April 2026.',
          source: 'exactly 6 days before the deadline',
        },
        {
          text: 'The invitation to tender was published on 2 March 2026. Clarification questions must be submitted by 7 March 2026. Tenders are due by 13 April 2026.',
          source: 'exactly 5 days after publication',
        },
        { text: 'Responses to clarification questions will be published on 5 March 2026.' },
      ],
    },
    exclusions: [
      'No finding when the clarification deadline is not stated.',
      'A clarification deadline after the submission deadline is clarification-after-deadline’s finding, not this rule’s (one finding per problem).',
    ],
  },
  check({ doc, facts, options, report }) {
    const { published, clarificationDeadline: clar, submissionDeadline: deadline } = facts;
    if (!clar) return;
    const passage = passageOfFact(doc, clar);
    if (!passage) return;
    const problems: string[] = [];
    const data: FindingData = { clarification: clar.date };
    if (published) {
      const days = daysBetween(published.date, clar.date);
      if (days >= 0 && days < options.minClarificationDays) {
        Object.assign(data, { clarificationDays: days, minClarificationDays: options.minClarificationDays });
        problems.push(
          `Bidders have ${plural(days, 'day')} from publication on ${formatDateFact(published)} to ask clarification questions (deadline ${formatDateFact(clar)}); allow at least ${options.minClarificationDays}.`,
        );
      }
    }
    if (deadline) {
      const gap = daysBetween(clar.date, deadline.date);
      if (gap >= 0 && gap < options.minAnswerDays) {
        Object.assign(data, { answerDays: gap, minAnswerDays: options.minAnswerDays });
        problems.push(
          `The clarification deadline (${formatDateFact(clar)}) is ${plural(gap, 'day')} before the submission deadline (${formatDateFact(deadline)}); answers cannot reach bidders in time: allow at least ${options.minAnswerDays}.`,
        );
      }
    }
    if (problems.length === 0) return;
    report({ passage, messageId: 'short-clarification', data, message: problems.join(' ') });
  },
});
