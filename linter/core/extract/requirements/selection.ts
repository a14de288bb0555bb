import type { TenderDocument } from '../../model/document.js';
import { framesOf, negationOver, type Frame } from '../clauses/frames.js';
import { clausesOf, following, spanOf, type Clause } from '../clauses/clauses.js';
import type { Passage } from '../passages.js';
import { phraseSet } from '../clauses/phrases.js';
import { SHORTLIST } from '../clauses/vocabulary.js';
import { NUMBER_WORD_SOURCE } from '../numbers.js';
import { perDocument } from './cache.js';

export interface SelectionStage {
  /** The stage's clause, through the clause that says who goes on to tender when that is a later one. */
  passage: Passage;
  frame: Frame;
  /** What the stage is called in the text ("PQQ", "SQ", "shortlisting"). */
  name: string;
}

/** The document says there is one stage: every tender is evaluated. */
const ONE_STAGE = phraseSet(`
single-stage
single stage
one-stage
one stage
open procedure
every quotation received
every tender received
all tenders received
all quotations received
# Round 12 dev half: "The suitability questions ... are assessed at the same time as your quotation, and there is no separate ...".
at the same time as your quotation
at the same time as your tender
at the same time as the quotation
at the same time as the tender
assessed at the same time
evaluated at the same time
`);

const SAYS_BELOW =
  /\bthis is a below[- ]threshold\b|\b(?:contract|procurement|opportunity|requirement) is below (?:the )?(?:relevant |procurement )?threshold\b|\bbelow[- ]threshold (?:contract|procurement|opportunity|quotation)\b[^.;]{0,30}\bunder (?:Part 6|the Procurement Act)/i;

// Who goes on, in the grammar rather than the words (round 15 dev half: "a maximum of five suppliers will
// be invited to submit a full tender", "applicants scoring below 60 will be excluded and will not be
// invited to submit Envelope 2"): a cap on the number, an invitation to the later stage, a cut-off mark.
const CAP = new RegExp(
  String.raw`\b(?:a maximum of|up to|no more than|not more than|the (?:top|highest|best)(?:[- ](?:scoring|ranked|placed))?)\s+(?:\d{1,2}|${NUMBER_WORD_SOURCE})\s+(?:[\w-]+\s+){0,2}?(?:suppliers?|bidders?|tenderers?|applicants?|organisations?|providers?|contractors?|firms?|companies|consultants?|candidates?|operators?|businesses|of (?:the|those|these))\b`,
  'gi',
);
const INVITED_ON =
  /\b(?:invited|invite|asked)\b(?:\s+[\w-]+){0,3}?\s+to\s+(?:submit\s+|complete\s+|return\s+)?(?:(?:a|an|the|their|full|formal|final|detailed)\s+){0,2}(?:tenders?|quot(?:e|es|ation|ations)|proposals?|bids?|itt|stage\s+(?:two|2|ii)|envelope\s+(?:two|2))\b/gi;
// "scoring below 60 will be excluded and will not be invited": the negation says who fails.
const CUT_OFF = /\b(?:scor(?:e|es|ing)|mark(?:s|ed)?)\s+(?:below|less than|under|lower than)\s+\d{1,3}\b/gi;
const CUT_OFF_BEFORE = new RegExp(CUT_OFF.source, 'i');

interface Restriction {
  start: number;
  end: number;
  phrase: string;
}

/** The phrases of a clause that restrict who goes on to tender: the vocabulary's, then the grammar's. */
function restrictionsIn(text: string): Restriction[] {
  const out: Restriction[] = SHORTLIST.all(text).map((h) => ({ start: h.start, end: h.end, phrase: h.phrase }));
  for (const re of [CAP, INVITED_ON, CUT_OFF])
    for (const m of text.matchAll(re))
      out.push({ start: m.index, end: m.index + m[0].length, phrase: m[0].toLowerCase() });
  return out;
}

/** The document describes itself as below threshold ("This is a below-threshold procurement"). */
export const saysBelowThreshold = perDocument((doc: TenderDocument): Clause | undefined =>
  clausesOf(doc).find((c) => SAYS_BELOW.test(c.text)),
);

const NO_STAGE_BETWEEN =
  /^\s*(?:(?:a|an|the|any|separate|formal|further|be|use|using|run|hold|include|have|pre-?qualification|selection)\s+)*$/i;

/** A separate suitability or shortlisting stage before tenders: the first clause that describes it. */
export const selectionStage = perDocument((doc: TenderDocument): SelectionStage | undefined => {
  const frames = framesOf(doc, 'selection-stage');
  // "There is no pre-qualification stage", "no separate selection stage": the document rules it out.
  // "There is no SQ stage", "we will not use a PQQ": the negation sits just before the stage's name
  // (not "suppliers do not need to hold this cover when they return the SQ").
  const noStage = (f: Frame) => {
    if (!f.negated) return false;
    const t = f.clause.text;
    const at = t.toLowerCase().lastIndexOf(f.negated.toLowerCase(), f.trigger.start);
    // Only words that deny the stage itself may come between ("no separate PQQ", "will not use a
    // selection questionnaire"); "not shortlisted" is about bidders, not the process.
    const between = at >= 0 ? t.slice(at + f.negated.length, f.trigger.start) : '';
    return (
      at >= 0 &&
      !/ed$/i.test(f.trigger.text) &&
      NO_STAGE_BETWEEN.test(between) &&
      f.trigger.start - (at + f.negated.length) <= 30 &&
      /stage|qualif|pqq|\bsq\b|shortlist|selection/i.test(
        t.slice(Math.max(0, f.trigger.start - 40), f.trigger.end + 20),
      )
    );
  };
  if (frames.some(noStage)) return undefined;
  const stages = frames.filter((f) => !f.negated && !ONE_STAGE.test(f.clause.text));
  // The first stage a reader meets that restricts who tenders, in its own clause or in the next ones of
  // its paragraph or list ("Stage 1 is this Selection Questionnaire (SQ). ... Applicants that meet the
  // minimum standard will be invited to Stage 2"). A stage whose only restriction is its own
  // "pass/fail" is quoted only if no clause says who goes on.
  let passFailOnly: SelectionStage | undefined;
  for (const f of stages) {
    // Tenders are restricted to those who get through: an invitation or shortlist besides the stage's own name.
    const restricts = restrictionsIn(f.clause.text).filter((h) => h.end <= f.trigger.start || h.start >= f.trigger.end);
    if (restricts.some((h) => h.phrase !== 'pass/fail')) return { passage: f.clause, frame: f, name: f.trigger.text };
    // "a set of pass/fail selection questions. Only organisations that pass all of them will be sent the
    // tender pack": the stage and the sentence that says who goes on are quoted together.
    const then = invitationAfter(f);
    if (then) return { passage: spanOf(f.clause, then), frame: f, name: f.trigger.text };
    if (restricts.length > 0) passFailOnly ??= { passage: f.clause, frame: f, name: f.trigger.text };
  }
  return passFailOnly;
});

/**
 * The clause after a stage's that restricts who goes on (an invitation, not the stage's own
 * "pass/fail"): in the same paragraph, or the next items of the list the stage's clause opens or sits in
 * ("two-stage process:" + "2. Stage 2: the top five scoring applicants will be invited ...").
 */
function invitationAfter(f: Frame): Clause | undefined {
  const c = f.clause;
  return following(c, 2).find(
    (n) =>
      (n.block === c.block || (n.leadIn !== undefined && (n.leadIn === c || n.leadIn === c.leadIn))) &&
      !ONE_STAGE.test(n.text) &&
      restrictionsIn(n.text)
        .filter((h) => h.start >= n.bodyAt)
        .some(
          (h) =>
            h.phrase !== 'pass/fail' &&
            (!negationOver(n.text, h.start, h.end) || CUT_OFF_BEFORE.test(n.text.slice(0, h.start))),
        ),
  );
}
