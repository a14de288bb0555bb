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
