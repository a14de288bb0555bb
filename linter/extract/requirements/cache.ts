import type { TenderDocument } from '../../model/document.js';

/** Wraps a requirement extractor so it runs once per document, however many rules ask. */
export function perDocument<T>(extract: (doc: TenderDocument) => T): (doc: TenderDocument) => T {
  const cache = new WeakMap<TenderDocument, T>();
  return (doc) => {
    const hit = cache.get(doc);
    if (hit !== undefined) return hit;
    const out = extract(doc);
    cache.set(doc, out);
    return out;
  };
}

/** A demand on bidders, as opposed to a description, an option or a negation. */
export const DEMAND = /\bmust\b|\bshall\b|\brequired?\b|\brequirements?\b|\bmandatory\b|\bneed(?:s|ed)? to\b|\bexpected to\b|\bis essential\b|\bminimum\b|\bat least\b|\bonly (?:bidders|suppliers|organisations|providers|tenderers|those)\b|\bwill be asked to\b|\bare asked to\b|\bplease (?:provide|submit|enclose|confirm)\b|\bprovide\b|\bsubmit\b/i;

/** "not required", "need not", "will not ask for": the text rules the demand out. */
export const NEGATED = /\bnot (?:be )?(?:required|necessary|needed|mandatory|essential|a requirement)\b|\bneed not\b|\bdo(?:es)? not (?:need|have) to\b|\bdo(?:es)? not require\b|\bwill not (?:ask|require|request)\b|\bno (?:minimum|requirement)\b|\bthere is no\b|\bis not required\b/i;
