import type { TenderDocument } from '../../model/document.js';
import { framesOf, type Frame } from '../clauses/frames.js';
import type { Clause } from '../clauses/clauses.js';
import { INSURANCE_KIND } from '../clauses/vocabulary.js';
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
}

/** Insurance levels demanded, by kind and amount, and any demand that cover is held at bid stage. */
export const insuranceFacts = perDocument(
  (doc: TenderDocument): { levels: InsuranceLevel[]; atBid: InsuranceAtBid[] } => {
    const levels: InsuranceLevel[] = [];
    const atBid: InsuranceAtBid[] = [];
    for (const f of framesOf(doc, 'insurance')) {
      const t = f.clause.text;
      if (f.negated && f.when === 'unstated') continue;
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
      const stageFromLeadIn =
        f.clause.leadIn !== undefined && f.whenText !== undefined && f.clause.leadIn.includes(f.whenText);
      if (f.demanded && f.when === 'bid' && f.who !== 'successful-bidder' && !f.negated && !stageFromLeadIn)
        atBid.push({ passage: f.clause, frame: f, when: f.whenText! });
    }
    return { levels, atBid };
  },
);
