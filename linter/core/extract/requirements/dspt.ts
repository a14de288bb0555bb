import type { TenderDocument } from '../../model/document.js';
import { alternativeOf, frameOf, framesOf, saysNoData, type Frame } from '../clauses/frames.js';
import { clausesOf, type Clause } from '../clauses/clauses.js';
import { phraseSet } from '../clauses/phrases.js';
import { SENSITIVE_DATA } from '../clauses/vocabulary.js';
import { perDocument } from './cache.js';

export interface DsptDemand {
  passage: Clause;
  frame: Frame;
  /** Required at bid or selection stage (not only before data access or contract start). */
  atBid: boolean;
  /** "Approaching Standards" with an improvement plan is accepted. */
  approachingAccepted: boolean;
}

export interface DsptFacts {
  demands: DsptDemand[];
  /** The document says the service involves no access to NHS patient data or systems. */
  noPatientData?: Clause;
}

/** The toolkit's status words, which name it once the document has named the toolkit. */
const STANDARDS_MET = phraseSet(`
standards met
standards exceeded
`);
const APPROACHING = phraseSet(`
approaching standards
`);

/** Where the document demands the NHS Data Security and Protection Toolkit, and when. */
export const dsptFacts = perDocument((doc: TenderDocument): DsptFacts => {
  const frames = framesOf(doc, 'dspt');
  const named = new Set(frames.map((f) => f.clause));
  // "Standards Met" alone names the toolkit once the document has named it.
  const more = frames.length
    ? clausesOf(doc)
        .filter((c) => !named.has(c) && STANDARDS_MET.test(c.text))
        .map((c) => frameOf(c, 'dspt', STANDARDS_MET.first(c.text))!)
    : [];
  // Approaching Standards accepted anywhere, and not refused.
  const approaching = clausesOf(doc).some((c) => {
    const h = APPROACHING.first(c.text);
    if (!h) return false;
    const f = frameOf(c, 'dspt', h)!;
    return (
      !f.negated &&
      (alternativeOf(f, 'improvement-plan') !== undefined || /\baccept/i.test(c.text)) &&
      !/\bnot\b[^.]{0,20}\baccept/i.test(c.text)
    );
  });
  const demands: DsptDemand[] = [];
  for (const f of [...frames, ...more].sort((a, b) => a.clause.index - b.clause.index)) {
    if (!f.demanded || f.negated) continue;
    // "the audit required by the Data Security and Protection Toolkit": the toolkit asks, the bidder is not asked to hold it.
    if (
      /\b(?:required|set|prescribed|mandated) (?:by|under) (?:the\s+)?(?:NHS\s+)?$/i.test(
        f.clause.text.slice(Math.max(0, f.trigger.start - 40), f.trigger.start),
      )
    )
      continue;
    const later = f.when === 'start' || f.when === 'award' || f.who === 'successful-bidder';
    demands.push({ passage: f.clause, frame: f, atBid: !later, approachingAccepted: approaching });
  }
  let noData: Clause | undefined;
  for (const c of clausesOf(doc)) {
    const h = SENSITIVE_DATA.first(c.text);
    if (h && saysNoData(c, h)) {
      noData = c;
      break;
    }
  }
  return { demands, ...(noData ? { noPatientData: noData } : {}) };
});
