import type { ContractType, PeriodConditions } from '../../model/facts.js';

const WORKS =
  /\b(?:construction|building|refurbishment|civil engineering|installation|demolition|groundworks|maintenance) works\b|\bworks contract\b|\bJCT\b|\bNEC ?[34]\b/i;
const GOODS = /\b(?:supply and delivery|supply of (?:goods|equipment)|purchase of|goods)\b/i;

export function contractTypeOf(text: string, stated?: ContractType): ContractType {
  return stated ?? (WORKS.test(text) ? 'works' : GOODS.test(text) ? 'goods' : 'unknown');
}

/** Conditions that change the PA23 s.54 minimum tendering period. */
export function periodConditionsOf(text: string, notElectronic?: boolean): PeriodConditions {
  return {
    urgency:
      /\b(?:urgency|urgent)\b[^.]{0,60}\b(?:section 54|s\.?\s?54|reduced|shorter|shortened)\b|\bstate of urgency\b/i.test(
        text,
      ),
    plannedProcurementNotice: /\bplanned procurement notice\b/i.test(text),
    dynamicMarket: /\bdynamic market\b/i.test(text),
    documentsLater:
      /\b(?:documents?|specification)\b[^.]{0,40}\b(?:will be|are) (?:made available|provided|issued|released) (?:later|at a later|after)\b/i.test(
        text,
      ),
    notElectronic:
      notElectronic ??
      /\b(?:hard copy|paper copies|by post|by hand|in a sealed envelope)\b[^.]{0,60}\b(?:tender|bid|submission|quotation)s?\b|\b(?:tender|bid|submission|quotation)s?\b[^.]{0,60}\b(?:hard copy|by post|by hand|sealed envelope)\b/i.test(
        text,
      ),
  };
}
