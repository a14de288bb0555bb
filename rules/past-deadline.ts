import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, underEveryLaw } from '../linter/core/law.js';
import { passageOfFact } from '../linter/core/extract/passages.js';
import { daysBetween, formatDate } from '../linter/core/extract/dates.js';
import { plural } from '../linter/core/format-numbers.js';
import type { DateFact } from '../linter/core/model/facts.js';

export default defineRule({
  meta: {
    id: 'past-deadline',
    title: 'Deadline before the publication date',
    severity: 'info',
    description:
      'A submission, participation or clarification deadline falls before the date the document was published.',
    rationale:
      'A deadline earlier than publication is a typing slip or a document reused from an earlier round. Either way a small bidder reading it cannot tell when to respond, and may not respond at all.',
    citations: underEveryLaw(goodPractice([sources.keepItLocal(6, 'avoid jargon, communicate early')], 'info')),
    tags: ['2025-26'],
    fix: 'Check the dates: give the deadline as a date after publication.',
    messages: {
      'before-publication':
        'A deadline falls before the publication date. Data: deadline (which), date, published, daysBefore.',
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: 'The invitation to tender was published on 2 March 2026. Tenders must be submitted by 12:00 on 16 February 2026.',
          message: '14 days before',
        },
        {
          text: 'This invitation is issued on 10 April 2026. The deadline for clarification questions is 1 April 2026. Tenders must be submitted by 11 May 2026.',
          message: 'clarification deadline (1 April 2026)',
        },
        {
          text: 'The invitation to tender was published on 2026-03-02. Tenders are due by 2025-03-30.',
          message: '337 days before',
        },
        {
          text: 'The deadline for tenders is 1 March 2026.',
          facts: { published: '2026-03-05' },
          message: '4 days before',
        },
        {
          text: 'Requests to participate must be submitted by 12:00 on 20 February 2026.',
          facts: { published: '2026-03-02' },
          message: 'deadline for requests to participate',
        },
      ],
      pass: [
        {
          text: 'The invitation to tender was published on 2 March 2026. Tenders must be submitted by 12:00 on 30 March 2026.',
        },
        { text: 'Tenders must be submitted by 12:00 on 16 February 2026.', source: 'no publication date' },
        {
          text: 'The invitation to tender was published on 2 March 2026. Tenders must be submitted by 12:00 on 2 March 2026.',
          source: 'the same day: short-tender-period’s finding',
        },
        { text: 'The invitation to tender was published on 2 March 2026.', source: 'no deadline' },
        {
          text: 'Tenders must be submitted by 12:00 on 30 March 2026.',
          facts: { published: '2026-03-02' },
          source: 'the deadline after publication',
        },
      ],
    },
    exclusions: [
      'An OCDS notice dated only by its release (an award or an update published after the tender closed) is not judged: its release date is not when the tender was published.',
    ],
  },
  check({ doc, facts, report }) {
    const published = facts.published;
    if (!published) return;
    // A release date is when the OCDS release was made, which for an award or update is after the tender closed.
    if (
      doc.format === 'ocds' &&
      published.block !== undefined &&
      doc.blocks[published.block]?.location.field === 'date'
    )
      return;
    const deadlines: Array<[string, DateFact | undefined]> = [
      ['submission deadline', facts.submissionDeadline],
      ['deadline for requests to participate', facts.participationDeadline],
      ['clarification deadline', facts.clarificationDeadline],
    ];
    for (const [name, d] of deadlines) {
      if (!d) continue;
      const before = daysBetween(d.date, published.date);
      if (before <= 0) continue;
      const passage = passageOfFact(doc, d);
      if (!passage) continue;
      report({
        passage,
        messageId: 'before-publication',
        data: { deadline: name, date: d.date, published: published.date, daysBefore: before },
        message: `The ${name} (${formatDate(d.date)}) is ${plural(before, 'day')} before the publication date (${formatDate(published.date)}): check the dates.`,
        related: [{ message: 'publication date stated here', passage: passageOfFact(doc, published) }],
      });
    }
  },
});
