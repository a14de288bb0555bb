import type { StatedFacts } from '../../linter/core/model/facts.js';
import { findMoney } from '../../linter/core/extract/money.js';
import { findDates } from '../../linter/core/extract/dates.js';
import { wordsToNumber } from '../../linter/core/extract/numbers.js';

/**
 * Portal labels to the linter's stated facts. Portals word their labels differently ("Tender
 * submission deadline", "Closing date", "IV.2.2) Time limit for receipt of tenders"), so each fact is
 * a pattern over the label; the value is read with the linter's own money and date extractors.
 */
const LABELS: Array<[RegExp, FieldKind]> = [
  [
    /\b(?:enquiry|clarification|questions?)\b.*\b(?:deadline|closing|by)\b|\bdeadline for (?:questions|clarification|enquiries)\b/i,
    'clarificationDeadline',
  ],
  [
    /\b(?:submission|tender|bid|closing|response)\b.*\b(?:deadline|date)\b|\bclosing date\b|\btime limit for receipt\b|\bdeadline for (?:receipt|submission)\b/i,
    'deadline',
  ],
  [
    /^(?:date )?published\b|\bpublication date\b|\bdate of (?:publication|dispatch)\b|\bnotice published\b/i,
    'published',
  ],
  [/\b(?:contract )?start date\b|\bcontract start\b$/i, 'contractStart'],
  [/\b(?:contract )?end date\b|\bcontract end\b$/i, 'contractEnd'],
  [
    /\bcontract dates?\b|\bcontract (?:period|term|duration)\b|\bduration of the contract\b|\bcontract start\b.*\bend\b/i,
    'contractDates',
  ],
  [
    /\bestimated (?:total )?value\b|\btotal value\b|\bvalue of (?:the )?contract\b|\bcontract value\b|^value\b|\bbudget\b/i,
    'value',
  ],
  [/\blots?\b/i, 'lots'],
  [/\bprocedure\b|\bspecial regime\b|\bregime\b/i, 'procedure'],
  [/\bmain category\b|\btype of contract\b|\bcontract type\b|\bcategory\b/i, 'contractType'],
];

export type FieldKind =
  | 'contractStart'
  | 'contractEnd'
  | 'value'
  | 'published'
  | 'deadline'
  | 'clarificationDeadline'
  | 'contractDates'
  | 'lots'
  | 'procedure'
  | 'contractType';

/** Which fact a label names, if any. Section numbers ("II.1.5)") are ignored. */
export function classifyLabel(label: string): FieldKind | undefined {
  const text = label
    .replace(/^\s*[IVX]+(?:(?:\.\d+)+\)?|\))\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text || text.length > 90) return undefined;
  for (const [re, kind] of LABELS) if (re.test(text)) return kind;
  return undefined;
}

const MONTHS_PER_DAY = 12 / 365.25;

function monthsBetween(a: string, b: string): number {
  return Math.round(((Date.parse(b) - Date.parse(a)) / 86_400_000) * MONTHS_PER_DAY);
}

/**
 * Reads one labelled value into stated facts. Returns the stated keys it set, so the adapter can
 * point each fact at the element that shows it.
 */
export function readField(kind: FieldKind, label: string, value: string, into: StatedFacts): Array<keyof StatedFacts> {
  const text = value.replace(/\s+/g, ' ').trim();
  switch (kind) {
    case 'value': {
      const m = findMoney(text)[0];
      if (!m || m.amount <= 0) return [];
      into.value = m.amount;
      const both = `${label} ${text}`;
      into.vat =
        m.vat !== 'unknown'
          ? m.vat
          : /\bexcl(?:uding|\.)?\b[^.]{0,12}VAT\b|\bexcluding VAT\b/i.test(both)
            ? 'excluding'
            : /\bincl(?:uding|\.)?\b[^.]{0,12}VAT\b/i.test(both)
              ? 'including'
              : 'unknown';
      into.valueBasis = m.perYear || /\b(?:per annum|per year|annual)\b/i.test(both) ? 'annual' : 'total';
      return ['value', 'vat', 'valueBasis'];
    }
    case 'published':
    case 'deadline':
    case 'clarificationDeadline': {
      const d = findDates(text)[0];
      if (!d) return [];
      into[kind] = d.time ? `${d.date} ${d.time}` : d.date;
      return [kind];
    }
    case 'contractStart':
    case 'contractEnd':
      // Combined into a term by combineDates once both are read.
      return [];
    case 'contractDates': {
      const dates = findDates(text);
      if (dates.length >= 2) {
        into.termMonths = Math.max(1, monthsBetween(dates[0]!.date, dates[1]!.date));
        const keys: Array<keyof StatedFacts> = ['termMonths'];
        // "Possible extension to 31 March 2031": the extension runs on from the initial end date.
        const ext = /\bextension\b/i.test(text) ? dates[2] : undefined;
        if (ext) {
          into.extensionMonths = Math.max(0, monthsBetween(dates[1]!.date, ext.date));
          keys.push('extensionMonths');
        }
        return keys;
      }
      const years = /(\d+|[a-z]+)\s+years?\b/i.exec(text);
      const months = /(\d+)\s+months?\b/i.exec(text);
      const n = months ? Number(months[1]) : years ? (Number(years[1]) || wordsToNumber(years[1]!) || 0) * 12 : 0;
      if (n > 0) {
        into.termMonths = n;
        return ['termMonths'];
      }
      return [];
    }
    case 'lots': {
      if (
        /^(?:no|none|not divided|n\/a)\b|\blots\s*:\s*no\b|\bnot (?:been )?divided\b|\bsingle lot\b|\bone lot\b/i.test(
          text,
        )
      ) {
        into.lots = 1;
        return ['lots'];
      }
      const n = /(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+lots\b/i.exec(text) ?? /^(\d+)$/.exec(text);
      const count = n ? Number(n[1]) || wordsToNumber(n[1]!) : undefined;
      if (count && count > 0) {
        into.lots = count;
        return ['lots'];
      }
      return [];
    }
    case 'procedure': {
      const regime = /\bprovider selection regime\b|\bPSR\b/.test(text)
        ? 'psr'
        : /\blight[- ]touch\b/i.test(text)
          ? 'light-touch'
          : /\bbelow[- ]threshold\b/i.test(text)
            ? 'below-threshold'
            : /\bcall-?off\b|\bmini[- ]competition\b/i.test(text)
              ? 'framework-call-off'
              : undefined;
      if (!regime) return [];
      into.regime = regime;
      return ['regime'];
    }
    case 'contractType': {
      const t = /\bworks\b/i.test(text)
        ? 'works'
        : /\bservices?\b/i.test(text)
          ? 'services'
          : /\b(?:goods|supplies|products)\b/i.test(text)
            ? 'goods'
            : undefined;
      if (!t) return [];
      into.contractType = t;
      return ['contractType'];
    }
  }
}

/** A term from separate start and end date fields (Contracts Finder lists them apart). */
export function combineDates(
  start: string | undefined,
  end: string | undefined,
  into: StatedFacts,
): Array<keyof StatedFacts> {
  const a = start ? findDates(start)[0] : undefined;
  const b = end ? findDates(end)[0] : undefined;
  if (!a || !b || into.termMonths !== undefined) return [];
  const months = monthsBetween(a.date, b.date);
  if (months <= 0) return [];
  into.termMonths = months;
  return ['termMonths'];
}
