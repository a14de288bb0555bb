import type { Vat } from '../model/facts.js';

// How tenders say whether a figure includes VAT. Tabled so a new phrasing is one line.
const EXCLUDING =
  /\b(?:excl(?:uding|usive of|\.)?|ex\.?|exc\.?|net of|plus|before)\s+(?:of\s+)?(?:VAT|value added tax)\b|\bVAT\s+(?:exclusive|excluded|is not included|not included)\b|\bexclusive of (?:any )?(?:value added tax|VAT)\b|\b(?:exclude|excludes|do not include|does not include)\s+(?:any\s+)?(?:VAT|value added tax)\b/i;
const INCLUDING =
  /\b(?:incl(?:uding|usive of|\.)?|inc\.?|gross of|with)\s+(?:of\s+)?(?:VAT|value added tax)\b|\bVAT\s+(?:inclusive|included)\b|\binclusive of (?:value added tax|VAT)\b|\b(?:include|includes)\s+(?:VAT|value added tax)\b/i;

/** Whether a passage says its figures exclude or include VAT. */
export function vatIn(text: string): Vat {
  const ex = EXCLUDING.exec(text);
  const inc = INCLUDING.exec(text);
  if (ex && (!inc || ex.index <= inc.index)) return 'excluding';
  if (inc) return 'including';
  return 'unknown';
}

/**
 * The VAT said just after a sum ("£40,000 excluding VAT", "£108,000 including Value Added Tax"): a
 * phrase that starts within `within` characters, in the same sentence and clause.
 */
export function vatAfter(after: string, within = 40): Vat {
  const starts = (m: RegExpExecArray | null) =>
    m !== null && m.index <= within && !/[.;]/.test(after.slice(0, m.index));
  if (starts(EXCLUDING.exec(after))) return 'excluding';
  if (starts(INCLUDING.exec(after))) return 'including';
  return 'unknown';
}

// "All values in this document exclude VAT": a statement that covers every figure.
const DOCUMENT_WIDE =
  /\b(?:all|any)\s+(?:\w+\s+){0,3}(?:values?|prices?|figures?|amounts?|sums?|costs?)\b[^.]{0,60}\b(?:VAT|value added tax)\b/i;

/** A statement that all the document's figures exclude (or include) VAT. */
export function documentVat(texts: Iterable<string>): Vat {
  for (const t of texts) if (DOCUMENT_WIDE.test(t)) return vatIn(t);
  return 'unknown';
}
