import type { TenderDocument } from '../../model/document.js';
import { passagesOf, type Passage } from '../passages.js';
import { perDocument } from './cache.js';

export interface SelectionStage {
  passage: Passage;
  /** What the stage is called in the text ("PQQ", "SQ", "shortlisting"). */
  name: string;
}

const STAGE_NAME = /\b(?:PQQ|pre-?qualification questionnaire|selection questionnaire|SQ|expression of interest|EOI|restricted procedure|shortlist(?:ing|ed)?|pre-?qualification|suitability assessment)\b/i;
// Tenders are restricted to those who get through: pass/fail first, then an invitation to tender.
const RESTRICTS = /\bpass\/fail\b|\bonly (?:the )?(?:organisations|bidders|suppliers|applicants|candidates|those|providers|tenderers)\b[^.;]{0,60}\b(?:pass|successful|shortlisted|selected|qualif\w*)\b|\b(?:first|initially)\s+(?:pass|complete|submit|return)\b|\bshortlist(?:ed|ing)?\b[^.;]{0,100}\binvit\w*\b|\binvit\w* to (?:submit a )?tender\b[^.;]{0,40}\b(?:pass|shortlist\w*|success\w*|selected)\b|\b(?:pass|shortlist\w*|selected|successful)\b[^.;]{0,60}\binvit\w* to (?:submit a )?tender\b|\brestricted procedure\b|\btwo[- ]stage\b/i;
const NO_STAGE = /\bno (?:separate )?(?:selection|shortlisting|suitability|pre-?qualification|PQQ|SQ)\b|\bthere is no\b[^.;]{0,30}\b(?:stage|shortlist)\b|\bwill not (?:use|have|run) (?:a )?(?:separate )?(?:selection|shortlisting|PQQ|SQ)\b|\bsingle[- ]stage\b|\bevery (?:quotation|tender|bid)\b[^.;]{0,40}\bevaluated\b/i;

const SAYS_BELOW = /\bthis is a below[- ]threshold\b|\b(?:contract|procurement|opportunity|requirement) is below (?:the )?(?:relevant |procurement )?threshold\b|\bbelow[- ]threshold (?:contract|procurement|opportunity|quotation)\b[^.;]{0,30}\bunder (?:Part 6|the Procurement Act)/i;

/** The document describes itself as below threshold ("This is a below-threshold procurement"). */
export const saysBelowThreshold = perDocument((doc: TenderDocument): Passage | undefined => passagesOf(doc).find((p) => SAYS_BELOW.test(p.text)));

/** A separate suitability or shortlisting stage before tenders: the first passage that describes it. */
export const selectionStage = perDocument((doc: TenderDocument): SelectionStage | undefined => {
  const passages = passagesOf(doc);
  if (passages.some((p) => NO_STAGE.test(p.text))) return undefined;
  for (const p of passages) {
    const name = STAGE_NAME.exec(p.text);
    if (name && RESTRICTS.test(p.text)) return { passage: p, name: name[0] };
  }
  return undefined;
});
