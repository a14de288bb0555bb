import type { TenderDocument } from '../../model/document.js';
import { framesOf, isQuestion, type Frame } from '../clauses/frames.js';
import { following, type Clause } from '../clauses/clauses.js';
import { INSURANCE_KIND, REJECTION } from '../clauses/vocabulary.js';
import { perDocument } from './cache.js';

export type InsuranceKind =
  'employers-liability' | 'public-liability' | 'professional-indemnity' | 'product-liability' | 'other';

export interface InsuranceLevel {
  passage: Clause;
  frame: Frame;
  kind: InsuranceKind;
  amount: number;
  justification?: string;
}

export interface InsuranceAtBid {
  passage: Clause;
  frame: Frame;
  /** The words that put the insurance at bid stage. */
  when: string;
  /** The question the demand was asked in, when a note after it states the demand (and is the passage). */
  question?: Clause;
}

// The note after a questionnaire question that makes it a condition and names the cover: "Failure to
// hold the required insurance at the time of submission will result in exclusion", "the Council
// cannot accept an application from an organisation that does not already hold this cover".
const NAMES_COVER = /\b(?:insur\w*|cover)\b/i;
const NAMES_INSURANCE = /\b(?:insur\w*|indemnity|liability)\b/i;

/** The sentence just after a question that states its insurance is a condition of bidding. */
function consequenceAfter(c: Clause): Clause | undefined {
  return following(c, 4).find((n) => n.kind === 'sentence' && REJECTION.test(n.text) && NAMES_COVER.test(n.text));
}

/** Does every item of the list a lead-in opens name insurance? */
function onlyCoverAfter(leadIn: Clause): boolean {
  for (let n = leadIn.next; n && n.leadIn === leadIn; n = n.next) {
    const body = n.text.slice(n.bodyAt).trim();
    // A PDF prints the next heading ("6. Evaluation") as a line the list seems to go on with.
    if (body.length < 40 && !/[.;:]$/.test(body)) continue;
    if (!NAMES_INSURANCE.test(body)) return false;
  }
  return true;
}

/** Insurance levels demanded, by kind and amount, and any demand that cover is held at bid stage. */
export const insuranceFacts = perDocument(
  (doc: TenderDocument): { levels: InsuranceLevel[]; atBid: InsuranceAtBid[] } => {
    const levels: InsuranceLevel[] = [];
    const atBid: InsuranceAtBid[] = [];
    for (const f of framesOf(doc, 'insurance')) {
      const t = f.clause.text;
      if (f.negated && f.when === 'unstated') continue;
      // "cover" alone names insurance only beside it ("the certificate must cover the whole organisation" does not).
      if (
        /^cover$/i.test(f.trigger.text) &&
        !NAMES_INSURANCE.test(t) &&
        !NAMES_INSURANCE.test(f.clause.prev?.text ?? '')
      )
        continue;
      // Which kind each part of the clause talks about: a sum belongs to the kind named last before it.
      const marks = INSURANCE_KIND.set.all(t).map((h) => ({ at: h.start, kind: INSURANCE_KIND.label(h) }));
      if (marks.length > 0) {
        const seen = new Set<InsuranceKind>();
        let k = -1;
        for (const money of f.amounts) {
          while (k + 1 < marks.length && marks[k + 1]!.at < money.start) k++;
          const owner = marks[k];
          if (!owner || seen.has(owner.kind)) continue;
          seen.add(owner.kind);
          levels.push({
            passage: f.clause,
            frame: f,
            kind: owner.kind,
            amount: money.amount,
            ...(f.reason ? { justification: f.reason.clause.text } : {}),
          });
        }
      }
      // Held when bidding: the clause puts the cover at bid stage and offers no later route.
      // A list whose lead-in sets the stage ("must be held at the time of tender submission:") is one demand, reported on the lead-in.
      // An item that states the stage itself ("evidence that they hold, at the time of quoting, ...") is reported on the item.
      const stageFromLeadIn =
        f.clause.leadIn !== undefined &&
        f.whenText !== undefined &&
        f.clause.leadIn.text.includes(f.whenText) &&
        !f.stages.some((s) => s.stage === 'bid' && f.clause.text.indexOf(s.text, f.clause.bodyAt) >= 0);
      // Reported on the lead-in when the whole list is cover ("evidence that they currently hold:" + three
      // policies), on the item when the list asks for other things too ("submit the following with your tender:").
      const onLeadIn = stageFromLeadIn && onlyCoverAfter(f.clause.leadIn!);
      if (f.demanded && f.when === 'bid' && f.who !== 'successful-bidder' && !f.negated)
        atBid.push({ passage: onLeadIn ? f.clause.leadIn! : f.clause, frame: f, when: f.whenText! });
    }
    // A question and the note that makes it a condition are one demand, reported on the note (where
    // the stage is stated), with the question beside it.
    const byPassage = new Map<Clause, InsuranceAtBid>();
    for (const a of atBid) {
      const note = isQuestion(a.passage.text) ? consequenceAfter(a.passage) : undefined;
      const d = note ? { ...a, passage: note, question: a.passage } : a;
      const seen = byPassage.get(d.passage);
      if (!seen || (!seen.question && d.question)) byPassage.set(d.passage, d);
    }
    return { levels, atBid: [...byPassage.values()] };
  },
);
