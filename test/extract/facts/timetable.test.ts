import { describe, expect, it } from 'vitest';
import { timetableOf } from '../../../linter/core/extract/facts/timetable.js';
import { roleOf } from '../../../linter/core/extract/facts/date-roles.js';
import { input } from './helpers.js';

// [label, role]: timetable rows and clauses from tenders.
const roles: Array<[string, string | undefined]> = [
  ['Tender notice published', 'published'],
  ['Issued by the Clerk, ', 'published'],
  ['Contract notice dispatched to Find a Tender', 'dispatched'],
  ['Date of dispatch of this notice', 'dispatched'],
  ['Clarification question deadline', 'clarification'],
  ['Last date for the Agency to publish clarification responses', 'other'],
  ['answers will be published to all bidders by ', 'other'],
  ['Shortlisted bidders may be invited to a clarification interview on ', 'other'],
  ['Tender submission deadline', 'submission'],
  ['Quotations should be emailed to the Clerk by ', 'submission'],
  ['Completed questionnaires must be returned through the portal by ', 'submission'],
  ['Time limit for receipt of requests to participate', 'participation'],
  ['Time limit for receipt of tenders or requests to participate', 'submission'],
  ['SPD return date', 'participation'],
  ['Stage one questionnaire deadline', 'participation'],
  ['Framework start date', 'contractStart'],
  ['Contract start and mobilisation', 'contractStart'],
  ['Service commencement', 'contractStart'],
  ['Mobilisation', 'other'],
  ['End of standstill period', 'other'],
  ["A bidders' briefing will be held at County Hall at 10:00 on ", 'other'],
  ['Where any tax returns submitted on or after ', 'other'],
  // The word nearer the date says what it is: the stage's publication, not its deadline.
  ['SQ issued', 'published'],
  // Round 13 dev half.
  ['Quotes invited: ', 'published'],
  // Round 16 dev half.
  ['Tenders were invited on Monday ', 'published'],
  ['This Pre-Qualification Questionnaire (PQQ) accompanies the notice published on Contracts Finder on ', 'published'],
  ['SQ return deadline', 'participation'],
  // Round 4 dev half: plural questionnaires and an expression of interest in words.
  ['Completed SQs must be submitted by 12:00 on ', 'participation'],
  [
    'First, Lot 4 suppliers are asked to express interest and send a one-page summary of their proposed team by ',
    'participation',
  ],
  // "the week beginning" dates an event, not the contract's start.
  ['people who use the current service in the week beginning ', undefined],
  ['The new service will start on ', 'contractStart'],
  // findDates takes "on" with the date, so the label ends at the verb.
  ['The contract is worth £168,000 excluding VAT over 3 years, starting ', 'contractStart'],
  // Round 5 dev half.
  ["This request was posted on the Council's website and on Find a Tender on ", 'published'],
  ['Selection responses due: 12:00, ', 'participation'],
  [
    'Much Wendlebury Parish Council is looking for a contractor to cut the grass, maintain the hedges and empty the litter bins at the recreation ground, the closed churchyard extension and the village green from ',
    'contractStart',
  ],
  ['Suppliers must first submit an application form by ', 'participation'],
  // Round 7 dev half: the stage by its acronym.
  ['EOI deadline ', 'participation'],
  ['EOI published ', 'published'],
  ['Expression of interest invitation sent to Lot 2 suppliers ', 'other'],
  // Round 8 dev half: a call-off's first stage.
  ['Capability statements due: 12:00, ', 'participation'],
  ['Quotations from shortlisted suppliers must be returned by noon on Thursday ', 'submission'],
  ['Shortlisted suppliers notified ', 'other'],
  // Round 9 dev half: a selection stage by other names.
  ['Eligibility check forms due ', 'participation'],
  ['Selection questions returned: ', 'participation'],
  ['Clarification questions: by ', 'clarification'],
  ['Go-live ', 'contractStart'],
  // Round 10 dev half: one return for both in an open procedure.
  ['Tender and SQ return: by 12:00 on ', 'submission'],
  ['The contract term is two years plus one plus one. Go-live is planned for ', 'contractStart'],
  ['The Council invited all Lot 2 suppliers to express interest on ', 'other'],
  ['The Council invited all Lot 2 suppliers to express interest ', 'other'],
];

describe('roleOf', () => {
  it.each(roles)('%s', (label, role) => expect(roleOf(label)).toBe(role));
});

describe('timetableOf', () => {
  it('reads a timetable table and leaves dates that are not deadlines alone', () => {
    const md = `| Activity | Date |\n|---|---|\n| Contract notice dispatched to Find a Tender | 14/10/2024 |\n| Contract notice published | 16/10/2024 |\n| Selection questionnaire deadline | 12:00, 15/11/2024 |\n| ITT clarification deadline | 12:00, 14/01/2025 |\n| Tender submission deadline | 12:00, 24/01/2025 |\n| Award decision notified | 28/02/2025 |\n| Contract start | 1/04/2025 |\n`;
    const t = timetableOf(input(md), 'england');
    expect([
      t.published?.date,
      t.participationDeadline?.date,
      t.clarificationDeadline?.date,
      t.submissionDeadline?.date,
      t.contractStart?.date,
    ]).toEqual(['2024-10-16', '2024-11-15', '2025-01-14', '2025-01-24', '2025-04-01']);
  });

  it("reads a row's stage from its short cells, not from a note that names other things (round 8 dev half)", () => {
    const md = `All dates below are in 2026.\n\n| Stage | Date | Time | Notes |\n|---|---|---|---|\n| Deadline for clarification questions | 6 February | 17:00 | Questions through the portal messaging facility only; answers will be published to all bidders within two working days |\n| Tender submission deadline | 16 February | 12:00 | Through the portal |\n`;
    expect(timetableOf(input(md), 'england').clarificationDeadline?.date).toBe('2026-02-06');
  });

  it("dates a document-control table's issue column as publication, and reads a row's stage from its first cell (round 8 dev half)", () => {
    const md = `| Document | Version | Date issued | Issued by |\n|---|---|---|---|\n| Stage 1 instructions | 0.3 (draft) | 2 January 2026 | Internal review only |\n| Stage 1 instructions | 1.0 | 5 January 2026 | Procurement |\n\nTimetable:\n\n| Stage | Date | Notes |\n|---|---|---|\n| Tender notice published | 5 January 2026 | Stage 1 documents available on the portal |\n| Deadline for requests to participate | 2 February 2026, 12:00 | Including all conditions of participation |\n| Tender submission deadline | 30 March 2026, 12:00 | |\n`;
    const t = timetableOf(input(md), 'england');
    expect([t.published?.date, t.participationDeadline?.date]).toEqual(['2026-01-05', '2026-02-02']);
  });

  it('gives yearless dates the year the document states', () => {
    const md = `All dates below are in 2027.\n\n| Event | Date |\n|---|---|\n| Competition issued | Monday 15 March |\n| Closing date for tenders | 12:00, Thursday 1 April |\n`;
    const t = timetableOf(input(md), 'wales');
    expect(t.published?.date).toBe('2027-03-15');
    expect(t.submissionDeadline).toMatchObject({ date: '2027-04-01', time: '12:00' });
    expect(t.submissionDeadline?.derivation).toContain('in 2027');
  });

  it('counts "N working days before the closing date" over the nation\'s bank holidays', () => {
    const md =
      'The closing date for tenders is 2pm on Wednesday 27 May 2026.\n\nQuestions must be submitted no later than 4 working days before the closing date.';
    // Spring bank holiday, Monday 25 May 2026, is skipped in England and in Scotland alike.
    expect(timetableOf(input(md), 'england').clarificationDeadline).toMatchObject({
      date: '2026-05-20',
      source: 'derived',
    });
    const scots =
      'The closing date for tenders is 12:00 on Tuesday 4 August 2026.\n\nQuestions must be submitted no later than 2 working days before the closing date.';
    // Scotland's summer holiday is Monday 3 August; England's is 31 August.
    expect(timetableOf(input(scots), 'scotland').clarificationDeadline?.date).toBe('2026-07-30');
    expect(timetableOf(input(scots), 'england').clarificationDeadline?.date).toBe('2026-07-31');
  });

  it('counts back from "the time limit for receipt of tenders" over St Andrew\'s Day (round 6 dev half)', () => {
    const md =
      'Time limit for receipt of tenders: 12:00 on Wednesday 2 December 2026.\n\nTenderers may ask clarification questions through the portal until 3 working days before the time limit for receipt of tenders.';
    expect(timetableOf(input(md), 'scotland').clarificationDeadline?.date).toBe('2026-11-26');
    expect(timetableOf(input(md), 'england').clarificationDeadline?.date).toBe('2026-11-27');
  });

  it("takes the tender's counted-back question deadline over an earlier dated one for the questionnaire", () => {
    const md =
      'SQ clarification questions must be raised through the portal by 5 May 2026. SQ responses must be submitted by 12:00 on Friday 15 May 2026.\n\nClarification questions on the ITT must be received no later than five working days before the tender deadline. Tenders must be submitted by 12:00 on Thursday 2 July 2026.';
    const t = timetableOf(input(md), 'england');
    expect(t.participationDeadline?.date).toBe('2026-05-15');
    expect(t.clarificationDeadline).toMatchObject({ date: '2026-06-25', source: 'derived' });
    // A dated deadline later than the counted one still wins.
    const later =
      'Questions may be asked until 30 June 2026. Questions must be received no later than five working days before the tender deadline. Tenders must be submitted by 12:00 on Thursday 2 July 2026.';
    expect(timetableOf(input(later), 'england').clarificationDeadline?.date).toBe('2026-06-30');
  });

  it("takes a questionnaire's return date before a later quotation deadline as the participation deadline", () => {
    const md =
      'Stage one is a short Selection Questionnaire (SQ). Questionnaires must be returned by 12:00 on 15/06/2026.\n\nQuotations must be submitted by 12:00 on 6 July 2026.';
    expect(timetableOf(input(md), 'england')).toMatchObject({
      participationDeadline: { date: '2026-06-15' },
      submissionDeadline: { date: '2026-07-06' },
    });
    // One questionnaire, one deadline: it is the submission deadline.
    const one = timetableOf(
      input('Completed questionnaires must be returned through the portal by 12:00 on 15/06/2026.'),
      'england',
    );
    expect([one.participationDeadline, one.submissionDeadline?.date]).toEqual([undefined, '2026-06-15']);
  });

  it('resolves "N working days before the tender return deadline"', () => {
    const md =
      '- Clarification questions: no later than 4 working days before the tender return deadline\n- Tender return deadline: 12:00 on Friday 31 July 2026';
    expect(timetableOf(input(md), 'scotland').clarificationDeadline?.date).toBe('2026-07-27');
  });

  it('takes the contract start from "will run for N years from"', () => {
    expect(
      timetableOf(
        input(
          'The contract will run for 36 months from 1 May 2026. The deadline for receipt of tenders is 16th March 2026 at 12:00hrs.',
        ),
        'england',
      ),
    ).toMatchObject({
      contractStart: { date: '2026-05-01' },
      submissionDeadline: { date: '2026-03-16', time: '12:00' },
    });
  });
});
