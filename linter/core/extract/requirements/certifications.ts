import type { TenderDocument } from '../../model/document.js';
import { frameOf, refusedAfter, saysNoData, type Alternative, type Frame } from '../clauses/frames.js';
import { clausesOf, inlineItems, type Clause } from '../clauses/clauses.js';
import { phraseSet } from '../clauses/phrases.js';
import { NAMED_SCHEMES, SENSITIVE_DATA, TOPIC_WORDS } from '../clauses/vocabulary.js';
import { perDocument } from './cache.js';

export interface CertificationDemand {
  passage: Clause;
  frame: Frame;
  /** The named certifications or standards, as written ("ISO 9001", "Cyber Essentials Plus"). */
  names: string[];
  /** The text accepts an equivalent ("or equivalent", "such as ... or", "or be able to show"). */
  equivalent: boolean;
  /** Cyber Essentials Plus is among the names. */
  cyberEssentialsPlus: boolean;
  /** Required when bidding, not only before award or contract start. */
  atBid: boolean;
  justification?: string;
}

// Standards with numbers: "ISO 9001", "BS EN ISO 14001:2015", "BS 7858", "PAS 91".
// "ISO (International Organization for Standardization) 9001": the expansion between name and number.
const NUMBERED =
  /\b(?:BS\s+EN\s+)?ISO(?:\/IEC)?(?:\s?\([A-Za-z ]{5,60}\))?\s?\d{4,5}(?:-\d+)?(?::\d{4})?|\bBS\s?(?:EN\s)?\d{4,5}(?:-\d+)?|\bOHSAS\s?18001\b|\bPAS\s?\d{2,4}\b/g;
const EXPANSION = /\s?\([A-Za-z ]{5,60}\)\s?/;
/** "such as CHAS or ...": examples of a kind of scheme, which accepts others. */
const SUCH_AS = /\bsuch as\b[^.;]{0,80}\bor\b/i;
/** A clause of conditions ("Standards and Certificates for Lot 1:") gives its bare list items their demand. */
const LEAD_IN = /\b(?:standards?|certificat\w*|accreditations?|certified|qualifications?)\b/i;
/** Scored or described: a weighting or percentage is a quality criterion, not a condition. */
const SCORED = phraseSet(`
scored
score
scoring
weighting
weighted
`);

function namesIn(text: string): string[] {
  const found = [...text.matchAll(NUMBERED)].map((m) => ({ at: m.index, name: m[0] }));
  for (const h of NAMED_SCHEMES.all(text)) found.push({ at: h.start, name: h.text });
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.name.replace(EXPANSION, ' ').replace(/\s+/g, ' ').trim()))];
}

const BASIC_CYBER_ESSENTIALS = /\bcyber essentials\b(?!\s*(?:plus|\+))/gi;
/** "A basic Cyber Essentials certificate is not sufficient": the basic certificate named only to be refused. */
const basicRefused = (t: string) =>
  [...t.matchAll(BASIC_CYBER_ESSENTIALS)].some((m) => refusedAfter(t, m.index + m[0].length));

/** Named certifications and standards demanded of bidders, with whether an equivalent is accepted. */
export const certificationDemands = perDocument((doc: TenderDocument): CertificationDemand[] => {
  const out: CertificationDemand[] = [];
  const clauses = clausesOf(doc);
  clauses.forEach((c, i) => {
    const t = c.text;
    const names = namesIn(t);
    if (names.length === 0) return;
    const firstName =
      NAMED_SCHEMES.first(t) ??
      (() => {
        NUMBERED.lastIndex = 0;
        const m = NUMBERED.exec(t);
        return m ? { start: m.index, end: m.index + m[0].length, text: m[0], phrase: m[0] } : undefined;
      })();
    const f = frameOf(c, 'certification', TOPIC_WORDS.certification.first(t) ?? firstName)!;
    let demanded = f.demanded || /\(mandatory/i.test(t);
    // A bare list item ("ISO 27001") under a lead-in such as "Standards and Certificates for Lot 1:".
    const body = t.slice(c.bodyAt);
    const bare =
      NAMED_SCHEMES.all(body)
        .reduceRight((rest, h) => rest.slice(0, h.start) + rest.slice(h.end), body)
        .replace(NUMBERED, '')
        .replace(/[\s(),.;:-]/g, '').length === 0;
    if (!demanded && bare) {
      for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
        const q = clauses[j]!;
        if (q.text.trim().endsWith(':')) {
          demanded = LEAD_IN.test(q.text) && !frameOf(q, 'certification')?.notCondition;
          break;
        }
      }
    }
    if (!demanded || f.negated || f.notCondition || /^if\b/i.test(t)) return;
    if (SCORED.test(t) || (f.percentages.length > 0 && c.kind !== 'table-row')) return;
    // A list written inline: each item that names a standard must accept an equivalent in its own words (or in a later clause).
    const items = inlineItems(t).filter((r) => namesIn(t.slice(r.start, r.end)).length > 0);
    // A later clause that names standards of its own ("ISO 14001 ..., or an equivalent ..., is also
    // expected") gives its equivalent to them, not to this clause's.
    const own = new Set(names);
    const carries = (a: Alternative) => a.clause === c || namesIn(a.clause.text).every((n) => own.has(n));
    const equivalentIn = (r: { start: number; end: number }) =>
      f.alternatives.some(
        (a) => a.kind === 'equivalent' && (a.clause !== c ? carries(a) : a.at >= r.start && a.at < r.end),
      ) || SUCH_AS.test(t.slice(r.start, r.end));
    const without = items.find((r) => !equivalentIn(r));
    out.push({
      passage: c,
      frame: f,
      names: without ? namesIn(t.slice(without.start, without.end)) : names,
      equivalent:
        items.length > 0
          ? !without
          : f.alternatives.some((a) => a.kind === 'equivalent' && carries(a)) || SUCH_AS.test(t),
      // "Cyber Essentials or Cyber Essentials Plus" accepts the basic certificate: not a demand for Plus.
      // "A basic Cyber Essentials certificate is not sufficient" names the basic one only to refuse it.
      cyberEssentialsPlus:
        names.some((n) => /cyber essentials\s?(?:plus|\+)/i.test(n)) &&
        (!names.some((n) => /^cyber essentials$/i.test(n.trim())) || basicRefused(t)),
      atBid: f.when === 'bid' || f.when === 'unstated',
      ...(f.reason ? { justification: f.reason.clause.text } : {}),
    });
  });
  return out;
});

/** Whether the work handles personal or OFFICIAL data: 'no' only when the document says so. */
export const dataHandling = perDocument(
  (doc: TenderDocument): { handles: 'yes' | 'no' | 'unknown'; passage?: Clause } => {
    let some: Clause | undefined;
    for (const c of clausesOf(doc)) {
      const mention = SENSITIVE_DATA.first(c.text);
      if (!mention) continue;
      if (saysNoData(c, mention)) return { handles: 'no', passage: c };
      if (frameOf(c, 'certification', mention)!.negated) continue;
      some ??= c;
    }
    return some ? { handles: 'yes', passage: some } : { handles: 'unknown' };
  },
);
