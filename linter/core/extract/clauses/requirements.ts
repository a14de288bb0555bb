import type { TenderDocument } from '../../model/document.js';
import type { Requirement } from '../../model/requirement.js';
import { locatePassage } from '../../text/locate.js';
import { framesOf } from './frames.js';
import type { Topic } from './vocabulary.js';

// The buyer's own terms (payment, weighting, lots) and the selection process are judged by rules but
// are not conditions a bidder meets: the digest lists what bidders must hold, show or have done.
const CONDITIONS: readonly Topic[] = [
  'turnover',
  'reserves',
  'accounts',
  'trading-history',
  'insurance',
  'certification',
  'dspt',
  'cyber-essentials',
  'prior-contract',
];

/** What the document demands of bidders, clause by clause and topic by topic, in reading order. */
export function requirementsOf(doc: TenderDocument): Requirement[] {
  const out: Array<Requirement & { order: number }> = [];
  for (const topic of CONDITIONS) {
    for (const f of framesOf(doc, topic)) {
      if (!f.demanded || f.who === 'buyer') continue;
      const c = f.clause;
      out.push({
        order: c.index,
        topic,
        text: c.excerpt ?? c.text,
        ...(c.leadIn ? { leadIn: c.leadIn.text } : {}),
        location: locatePassage(c),
        who: f.who,
        when: f.when,
        ...(f.whenText ? { whenText: f.whenText } : {}),
        alternatives: f.alternatives.map((a) => ({ kind: a.kind, text: a.text })),
        ...(f.reason ? { reason: f.reason.clause.text } : {}),
        amounts: f.amounts.map((m) => m.amount),
        multiples: f.multiples.map((m) => m.factor),
        percentages: f.percentages.map((p) => p.value),
      });
    }
  }
  return out.sort((a, b) => a.order - b.order).map(({ order: _order, ...r }) => r);
}
