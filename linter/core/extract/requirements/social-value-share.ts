import type { TenderDocument } from '../../model/document.js';
import { passagesOf, type Passage } from '../passages.js';
import { findPercentages } from '../ratios.js';
import type { SocialValueWeighting } from './conditions.js';

/** A social value weighting as a share of the total score: a weight inside quality counts as its share (10% of a 60% quality score is 6%). */
export interface SocialValueShare {
  passage: Passage;
  /** The weight as written. */
  stated: number;
  /** Its share of the total score. */
  total: number;
  /** When the weight sits inside quality: the quality weight, and where it is stated. */
  quality?: { percent: number; passage: Passage };
}

// "10% of the quality score", "within the quality element", "a sub-criterion of quality"
const INSIDE_QUALITY =
  /\b(?:of|within|in) (?:the )?(?:quality|technical)(?: (?:score|scores|weighting|marks?|element|envelope|criteria|criterion|evaluation|section|questions))?\b|\b(?:sub-?criteri(?:on|a)|sub-?weighting) of (?:the )?(?:quality|technical)\b|\b(?:quality|technical) sub-?criteri(?:on|a)\b/i;
// "Quality | 60% | Service delivery (40%); ...; social value (10%)": the quality row of a weighting
// table, its sub-criteria and their shares of the quality score in a cell of their own.
const QUALITY_ROW = /^\s*(?:quality|technical)\b[^|]{0,30}\|\s*\d{1,3}(?:\.\d+)?\s*%\s*\|/i;
// "Quality 60%", "quality (60%)", "60% quality": the weight of quality in the total.
const QUALITY_WEIGHT = /\b(?:quality|technical)\b/i;

/** The quality weight stated elsewhere in the document, with its passage. */
function qualityWeight(
  doc: TenderDocument,
  own: SocialValueWeighting,
): { percent: number; passage: Passage } | undefined {
  // The weighting's own sentence first ("10% of the quality score, and quality is 60% of the total"), then the rest.
  const passages = passagesOf(doc);
  for (const p of [own.passage, ...passages.filter((x) => x !== own.passage)]) {
    const q = QUALITY_WEIGHT.exec(p.text);
    if (!q) continue;
    const at = q.index + q[0].length / 2;
    const near = findPercentages(p.text).filter(
      (x) => Math.abs(x.start - at) <= 25 && !(p === own.passage && x.value === own.percent),
    );
    if (near.length === 0) continue;
    const best = near.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
    if (best.value > 0 && best.value <= 100) return { percent: best.value, passage: p };
  }
  return undefined;
}

export function shareOfTotal(doc: TenderDocument, w: SocialValueWeighting): SocialValueShare {
  // A row of a table of quality sub-criteria ("Quality sub-criterion | Share of the quality score") is inside quality.
  const header = w.passage.header?.join(' | ') ?? '';
  if (INSIDE_QUALITY.test(w.passage.text) || INSIDE_QUALITY.test(header) || QUALITY_ROW.test(w.passage.text)) {
    const quality = qualityWeight(doc, w);
    if (quality)
      return { passage: w.passage, stated: w.percent, total: Math.round(w.percent * quality.percent) / 100, quality };
  }
  return { passage: w.passage, stated: w.percent, total: w.percent };
}
