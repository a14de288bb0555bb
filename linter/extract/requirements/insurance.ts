import type { TenderDocument } from '../../model/document.js';
import { findMoney } from '../money.js';
import { passagesOf, type Passage } from '../passages.js';
import { perDocument } from './cache.js';
import { justificationFor } from './justification.js';

export type InsuranceKind = 'employers-liability' | 'public-liability' | 'professional-indemnity' | 'product-liability' | 'other';

export interface InsuranceLevel {
  passage: Passage;
  kind: InsuranceKind;
  amount: number;
  justification?: string;
}

export interface InsuranceAtBid {
  passage: Passage;
  /** The words that put the insurance at bid stage. */
  when: string;
}

const MENTIONS = /liabilit|indemnit|insur|\b(?:EL|PL|PI|cover)\b/i;
const KINDS: Array<{ kind: InsuranceKind; re: RegExp }> = [
  { kind: 'employers-liability', re: /\bemployer[’'`s]{0,2}s?\s*(?:\(compulsory\)\s*)?liability\b|\bEL\b(?= (?:insurance|cover))/gi },
  { kind: 'public-liability', re: /\bpublic liability\b|\bthird[- ]party liability\b|\bPL\b(?= (?:insurance|cover))/gi },
  { kind: 'professional-indemnity', re: /\bprofessional indemnity\b|\bPI\b(?= (?:insurance|cover))/gi },
  { kind: 'product-liability', re: /\bproducts? liability\b/gi },
  { kind: 'other', re: /\b(?:motor|vehicle|clinical negligence|medical malpractice|cyber|contract works|goods in transit|fidelity|abuse)\b[^.;]{0,20}\b(?:insurance|cover|liability)\b/gi },
];

const INSURANCE = /\binsurances?\b|\binsured\b|\bindemnity\b|\bliability cover\b|\binsurance cover\b|\bcover (?:listed|set out|shown|below|above)\b/i;
// Held when bidding: "at the time of submitting their tender", "with their tender", "confirm they possess".
const AT_BID = /\b(?:at|on|by) the (?:time|date|point|day) (?:of|they|you|that|when)\b[^.;]{0,30}\b(?:submi\w*|tender\w*|bid\w*|quot\w*|respon\w*|questionnaire|SQ|PQQ|appl\w*)|\bwith (?:their|the|your|its|each) (?:tender|bid|submission|quotation|response|questionnaire|SQ|PQQ|application)s?\b|\bwhen (?:they|you|bidders|tenderers|suppliers) (?:submit|tender|bid|apply|respond)\b|\bat (?:the )?(?:tender|bid|bidding|selection|SQ|PQQ|questionnaire|submission|application) stage\b|\bconfirm (?:that )?(?:they|you|it|the bidder|the tenderer) (?:posses+|hold|ha(?:ve|s))\b|\b(?:currently|already) (?:hold|have|possess)\b|\bat (?:the )?(?:tender|submission) deadline\b|\bby the (?:tender|submission|bid) deadline\b/i;
// Held later: by award or contract start, or the text guards against the practice.
const LATER = /\bcommit to obtain\b|\b(?:prior to|before|by|from|on|at) (?:the )?(?:date of )?(?:commencement|contract (?:start|award|commencement|signature)|start of the (?:contract|service)|service start|award|the contract (?:is )?(?:starts?|awarded|signed|commences))\b|\bsuccessful (?:bidder|contractor|supplier|provider|tenderer|organisation)\b|\bdo(?:es)? not need to (?:hold|have)\b|\bnot (?:required|necessary|appropriate) (?:to|at)\b|\bif (?:awarded|successful)\b|\bbefore (?:it|they) (?:is|are) (?:awarded|appointed)\b|\bpoint of award\b|\bwill obtain\b|\bwill be required to (?:hold|have|obtain)\b/i;

/** Insurance levels demanded, by kind and amount, and any demand that cover is held at bid stage. */
export const insuranceFacts = perDocument((doc: TenderDocument): { levels: InsuranceLevel[]; atBid: InsuranceAtBid[] } => {
  const levels: InsuranceLevel[] = [];
  const atBid: InsuranceAtBid[] = [];
  for (const p of passagesOf(doc)) {
    const t = p.text;
    // Every kind and every bid-stage demand names one of these words: most passages stop here.
    if (!MENTIONS.test(t)) continue;
    // Which kind each part of the passage talks about: a sum belongs to the kind named last before it.
    const marks: Array<{ at: number; kind: InsuranceKind }> = [];
    for (const { kind, re } of KINDS) {
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) marks.push({ at: m.index, kind });
    }
    marks.sort((a, b) => a.at - b.at);
    if (marks.length > 0) {
      const seen = new Set<InsuranceKind>();
      for (const money of findMoney(t)) {
        const owner = marks.filter((m) => m.at < money.start).at(-1);
        if (!owner || seen.has(owner.kind)) continue;
        // "£5m as a minimum required by law" states the law, not a demand of its own; the sum still counts.
        seen.add(owner.kind);
        const justification = justificationFor(p);
        levels.push({ passage: p, kind: owner.kind, amount: money.amount, ...(justification ? { justification } : {}) });
      }
    }
    if (INSURANCE.test(t)) {
      const bid = AT_BID.exec(t);
      if (bid && !LATER.test(t) && !/\bnot\b[^.;]{0,15}\b(?:appropriate|necessary|required)\b/i.test(t)) atBid.push({ passage: p, when: bid[0] });
    }
  }
  return { levels, atBid };
});
