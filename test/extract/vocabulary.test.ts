import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../linter/core/parse/markdown.js';
import { clausesOf } from '../../linter/core/extract/clauses/clauses.js';
import { frameOf, type Frame } from '../../linter/core/extract/clauses/frames.js';
import { phraseSet, wordsOf } from '../../linter/core/extract/clauses/phrases.js';
import * as vocabulary from '../../linter/core/extract/clauses/vocabulary.js';
import type { Topic } from '../../linter/core/extract/clauses/vocabulary.js';

/** The frame of `topic` in the clause of `markdown` that names it (the first such clause). */
function frame(markdown: string, topic: Topic): Frame | undefined {
  for (const c of clausesOf(parseMarkdown('t.md', markdown))) {
    const f = frameOf(c, topic);
    if (f) return f;
  }
  return undefined;
}

type Case = [
  text: string,
  expected: Partial<Pick<Frame, 'demanded' | 'when' | 'who'>> & {
    negated?: boolean;
    alternative?: string;
    /** No alternative at all is read (one named only to be refused is none). */
    noAlternative?: boolean;
    reason?: boolean;
  },
];

function table(topic: Topic, cases: Case[]): void {
  describe(topic, () => {
    it.each(cases)('%s', (text, want) => {
      const f = frame(text, topic);
      expect(f, 'the topic is named').toBeDefined();
      if (want.demanded !== undefined) expect(f!.demanded).toBe(want.demanded);
      if (want.negated !== undefined) expect(Boolean(f!.negated)).toBe(want.negated);
      if (want.when !== undefined) expect(f!.when).toBe(want.when);
      if (want.who !== undefined) expect(f!.who).toBe(want.who);
      if (want.alternative !== undefined) expect(f!.alternatives.map((a) => a.kind)).toContain(want.alternative);
      if (want.noAlternative) expect(f!.alternatives.map((a) => a.text)).toEqual([]);
      if (want.reason !== undefined) expect(Boolean(f!.reason)).toBe(want.reason);
    });
  });
}

describe('every phrase of every table matches its own words', () => {
  const sets = Object.entries(vocabulary).flatMap(([name, v]) => {
    if (v && typeof v === 'object' && 'phrases' in v) return [[name, v] as const];
    if (v && typeof v === 'object' && 'set' in v)
      return [[name, (v as { set: ReturnType<typeof phraseSet> }).set] as const];
    if (name === 'TOPIC_WORDS')
      return Object.entries(v as Record<string, ReturnType<typeof phraseSet>>).map(
        ([t, s]) => [`TOPIC_WORDS.${t}`, s] as const,
      );
    return [];
  });
  it.each(sets)('%s', (_name, set) => {
    for (const p of set.phrases) {
      const plain = p.replace(/\*/g, '').replace(/'/g, '’');
      expect(set.test(`x ${plain} x`), p).toBe(true);
      // The word pre-test never rules out a text the phrase matches: with the star's letters, or the apostrophe left out.
      for (const text of [plain, p.replace(/\*/g, 'ing'), p.replace(/'/g, '')])
        if (set.test(`x ${text} x`)) expect(set.mayOccur(wordsOf(`x ${text} x`)), `${p}: ${text}`).toBe(true);
    }
  });
});

describe('the word pre-test (mayOccur)', () => {
  const s = phraseSet(`
insur*
employer's
pass/fail
£ fee
`);
  it.each([
    ['the insurance certificate', true],
    ['employers liability', true],
    ['scored pass/fail', true],
    ['a £ fee', true],
    ['nothing relevant here', true], // "£ fee" starts with no word: always may occur
  ] as const)('%s', (text, may) => expect(s.mayOccur(wordsOf(text))).toBe(may));
  it('rules a text out when no phrase can start in it', () => {
    expect(phraseSet("insur*\nemployer's").mayOccur(wordsOf('nothing relevant here'))).toBe(false);
  });
});

describe('the phrase notation', () => {
  it('matches across line breaks, apostrophes of any kind, word endings and whole words only', () => {
    const s = phraseSet("employer's liability\ninsur*");
    expect(s.test('Employers\nLiability')).toBe(true);
    expect(s.test('employer’s  liability')).toBe(true);
    expect(s.all('insured and insurance').map((h) => h.text)).toEqual(['insured', 'insurance']);
    expect(s.test('reinsurance')).toBe(false);
  });
});

table('reserves', [
  ['Bidders must hold unrestricted reserves of at least £50,000.', { demanded: true, negated: false, who: 'bidder' }],
  // issue 14: a sentence saying there is no minimum is no demand
  ['No minimum cash or reserves figure is required.', { demanded: false, negated: true }],
  ['We do not ask for a minimum level of reserves or cash in the bank.', { demanded: false, negated: true }],
  [
    'Reserves and net assets are asked for information only and are not a condition of participation.',
    { demanded: false },
  ],
  ['Cash reserves are not required, but bidders must give a bank reference.', { negated: true }],
  [
    'Suppliers must hold cash reserves equal to at least three months of the annual contract value.',
    { demanded: true },
  ],
]);

table('accounts', [
  ['Bidders must provide audited accounts for the last two years.', { demanded: true }],
  // issue 14: the alternative in the next sentence
  [
    'Bidders must provide audited accounts for the last two years. If you are not audited, send your latest unaudited accounts.',
    { alternative: 'other-accounts' },
  ],
  [
    'Please provide audited accounts for the last two financial years, and/or one or more of the following: a statement of turnover, a bank reference.',
    { alternative: 'other-evidence' },
  ],
  // fixtures/corpus CCS RM6264 FVRA instructions
  ['Copies of your financial accounts, audited if applicable.', { alternative: 'if-required' }],
  [
    'Audited accounts are not required: independently examined accounts or management accounts are acceptable.',
    { negated: true },
  ],
  // an alternative in the next sentence about something else is not this one's
  ['Bidders must provide audited accounts. Bidders must hold ISO 9001 or equivalent.', { demanded: true }],
  // round 5 dev half: other accounts named only to be refused
  [
    'Please upload your audited accounts for the most recent financial year. Unaudited or management accounts will not be accepted.',
    { demanded: true, noAlternative: true },
  ],
  // round 5 dev half: a list of what to send, under its heading
  [
    '#### What you need to send at stage 1\n\n1. A completed expression of interest form.\n2. Your audited accounts for the last two financial years.',
    { demanded: true },
  ],
]);

table('insurance', [
  // round 6 dev half: a promise to arrange the cover is not cover held at bid
  ['Bidders must confirm in their tender that they will arrange this cover.', { when: 'start' }],
  // round 6 dev half: the next paragraph's "because" is the reason of its own demand on another topic
  [
    "The successful supplier must hold employer's liability insurance of £10 million.\n\nTechnical ability: because the systems are bespoke, candidates must have delivered a contract for the Council in the last five years.",
    { reason: false },
  ],
  // issue 14: questionnaire questions that require the cover now
  ['Please confirm that you currently hold the insurances below.', { when: 'bid' }],
  [
    'Bidders must hold the insurance cover listed below on the date they submit their questionnaire.',
    { when: 'bid', demanded: true },
  ],
  // issue 14: in place from the service start date is not before award
  ['Insurance must be in place from the service start date.', { when: 'start' }],
  [
    'Bidders must hold, or be able to obtain by the contract start date, employer’s liability insurance of £5 million.',
    { when: 'start' },
  ],
  ['You do not need to hold the insurance below when you submit your tender.', { negated: true }],
  [
    'The successful bidder must have public liability insurance of £10,000,000 in place by the contract start date.',
    { who: 'successful-bidder', when: 'start' },
  ],
  [
    'Public liability cover of £10 million is required because the work is carried out on live carriageways.',
    { reason: true },
  ],
  [
    'Do you hold public liability insurance of £10m?\n\nAnswering No to this question will mean your application is rejected.',
    { demanded: true, when: 'bid' },
  ],
  // round 16 dev half: a later stage inside an exception for another kind of cover is that cover's
  [
    "Tenderers must confirm that they currently hold employer's liability insurance of £5,000,000 and public liability insurance of £6,000,000, save that professional indemnity insurance of £1,000,000 is needed only by a tenderer that will provide design services and may be arranged before the contract starts.",
    { demanded: true, when: 'bid' },
  ],
  // ... but an exception for the same cover offers the later route
  [
    'Tenderers must currently hold public liability insurance of £5,000,000, save that public liability insurance may be arranged before the contract starts by a new organisation.',
    { when: 'start' },
  ],
  // round 16 dev half: the rejection before the failing subject makes it a demand
  [
    'We will reject any bid from a supplier that does not hold, on the tender closing date, the insurances listed below.',
    { demanded: true, when: 'bid' },
  ],
]);

table('certification', [
  ['Bidders must hold ISO 9001 certification or equivalent.', { demanded: true, alternative: 'equivalent' }],
  // issue 14: the sentence that is itself the equivalence route
  [
    'A supplier without the certificate may instead provide an independent assessor’s report.',
    { negated: true, alternative: 'equivalent' },
  ],
  ['Accreditation to ISO 14001 is desirable.', { demanded: false }],
  [
    'Bidders must hold ISO 27001 certification, or be able to demonstrate equivalent information security controls.',
    { alternative: 'equivalent' },
  ],
  // ACCEPTANCE: the buyer, named at the start of the next sentence, says what else it takes
  [
    'Bidders must hold ISO 9001 certification. The Wexley Borough Council will also accept evidence of equivalent certification from another accredited body.',
    { demanded: true, alternative: 'equivalent' },
  ],
  // ... but a bidder who "will accept" something offers no alternative
  [
    'Bidders must hold ISO 9001 certification. Suppliers who tender will accept the terms of the contract and provide a quality management system.',
    { demanded: true, noAlternative: true },
  ],
  // REFUSAL before the alternative: named only to be refused
  [
    'Bidders must hold ISO 9001 certification. We do not accept an equivalent quality management system.',
    { demanded: true, noAlternative: true },
  ],
  // round 16 dev half: a negation in brackets after the alternative negates only what is in the brackets
  [
    'Bidders must hold ISO 27001 certification, or show equivalent controls, before the contract is awarded (ISO 27701 certification is not required for this contract).',
    { demanded: true, alternative: 'equivalent' },
  ],
]);

table('cyber-essentials', [
  // round 5 dev half: the next SQ question's "so that" is its own, not this one's reason
  [
    '| Ref | Question | Guidance |\n|---|---|---|\n| 5.1 | Please upload your current Cyber Essentials Plus certificate. | The certificate must be valid on the SQ deadline. |\n| 5.2 | Please confirm that your organisation has completed the DSPT. | Give your organisation code so that the Trust can check the published status. |',
    { demanded: true, when: 'bid', reason: false },
  ],
]);

table('dspt', [
  [
    'Bidders must hold a current Data Security and Protection Toolkit (DSPT) assessment at Standards Met with their quotation.',
    { demanded: true, when: 'bid' },
  ],
  [
    'The successful provider must meet DSPT Standards Met before it is given access to patient data.',
    { when: 'start', who: 'successful-bidder' },
  ],
  ['The DSPT is not required for this contract.', { negated: true, demanded: false }],
]);

table('prior-contract', [
  ['Providers must have held a contract with NHS Ashbury Vale ICB in the last three years.', { demanded: true }],
  ['Eligibility: This opportunity is open to existing providers to Cardale County Council only.', { demanded: true }],
  ['You do not need to have held a contract with the Council.', { negated: true }],
]);

table('lots', [
  // issue 14: reasons on the next line
  ['Division into lots: No.\n\nReasons: the linen is held in one pooled stock.', { reason: true }],
  [
    'This contract will not be divided into lots.\n\nThe reasons are that the fleet is shared.',
    { reason: true, negated: true },
  ],
  ['This contract will not be divided into lots.', { reason: false }],
]);

table('turnover', [
  ['Bidders must have a minimum annual turnover of £1,000,000.', { demanded: true, who: 'bidder' }],
  [
    'Minimum turnover of £500,000 is required. This is higher than twice the annual value because of the risk of service failure.',
    { reason: true },
  ],
  ['Turnover is asked for information only and no minimum applies.', { demanded: false }],
  // BACK_REFERENCE: the reasons come first and the demand points back to them
  [
    'The provider will hold stock worth about £2m on our behalf because of the seasonal peaks. Bidders must therefore have a minimum annual turnover of £3,000,000.',
    { reason: true },
  ],
  [
    'The provider will hold stock on our behalf. Bidders must therefore have a minimum annual turnover of £3,000,000.',
    { reason: false },
  ],
]);

table('selection-stage', [
  ['There is no pre-qualification stage.', { negated: true }],
  ['The highest-scoring applicants at stage one will be invited to tender.', { negated: false }],
]);

table('payment', [
  ['The Supplier shall pay its subcontractors within 60 days.', { who: 'bidder' }],
  ['The Council will pay valid invoices within 30 days of receipt.', { who: 'buyer' }],
]);
