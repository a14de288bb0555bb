import type { TenderDocument } from '../../model/document.js';
import { passagesOf, type Passage } from '../passages.js';
import { perDocument } from './cache.js';

export interface UndefinedAcronym {
  passage: Passage;
  acronym: string;
  /** Offset of the first use in the passage's text. */
  at: number;
  /** Where it is spelled out later, if it is. */
  definedLater?: Passage;
}

/** Acronyms every reader of a UK tender knows, and markings that are not acronyms. */
export const KNOWN_ACRONYMS = ['NHS', 'UK', 'VAT', 'GDPR', 'ISO', 'IT', 'GBP', 'CHAS', 'OFFICIAL'] as const;

/** Common expansions, for a concrete fix ("write “invitation to tender (ITT)” at first use"). */
export const EXPANSIONS: Record<string, string> = {
  ITT: 'invitation to tender',
  ITQ: 'invitation to quote',
  RFQ: 'request for quotation',
  SQ: 'selection questionnaire',
  PQQ: 'pre-qualification questionnaire',
  EOI: 'expression of interest',
  PSR: 'Provider Selection Regime',
  ICB: 'integrated care board',
  DSPT: 'Data Security and Protection Toolkit',
  TUPE: 'Transfer of Undertakings (Protection of Employment) Regulations',
  KPI: 'key performance indicator',
  SME: 'small and medium-sized enterprise',
  VCSE: 'voluntary, community and social enterprise',
  DBS: 'Disclosure and Barring Service',
  ESPD: 'European Single Procurement Document',
  OJEU: 'Official Journal of the European Union',
  UKAS: 'United Kingdom Accreditation Service',
  CCS: 'Crown Commercial Service',
  PPON: 'Public Procurement Organisation Number',
  DPS: 'dynamic purchasing system',
  CQC: 'Care Quality Commission',
  SSIP: 'Safety Schemes in Procurement',
  PPN: 'procurement policy note',
  GHG: 'greenhouse gas',
  BSI: 'British Standards Institution',
  HMRC: 'HM Revenue and Customs',
  DBT: 'Department for Business and Trade',
  PAT: 'portable appliance testing',
  HRA: 'Health Research Authority',
  GDS: 'Government Digital Service',
  IG: 'information governance',
  SLA: 'service level agreement',
  FTS: 'Find a Tender service',
  CDP: 'Central Digital Platform',
  UHB: 'university health board',
  MEAT: 'most economically advantageous tender',
  MAT: 'most advantageous tender',
  CPV: 'Common Procurement Vocabulary',
  BCDR: 'business continuity and disaster recovery',
  FVRA: 'financial viability risk assessment',
  GSA: 'General Services Administration',
  FAR: 'Federal Acquisition Regulation',
  SEND: 'special educational needs and disabilities',
  CIC: 'community interest company',
};

// Two or more capitals, optionally a plural or possessive: "ITT", "KPIs", "KPI’s". Letters only:
// "RM6999", "A4" and "ISO 9001" are identifiers, not acronyms.
// "PCS-Tender" is the acronym PCS in a name; "DD/MM/YYYY" and "E-TENDER" are not acronyms.
// "PCN-employed", "SME-friendly": an acronym in a compound is still used (round 12 dev half).
const TOKEN = /(?<![\w&/-])([A-Z][A-Z&]*[A-Z])(?:s|'s|’s)?(?![\w&/]|-(?![A-Z][a-z]|[a-z]{3,}))/g;
// Two acronyms joined by a slash, as joint standards are named ("ISO/IEC 27001"): each is an acronym.
// Three or more parts ("DD/MM/YYYY") are a placeholder, and so are dates' letters on their own ("MM/YY").
const SLASHED = /(?<![\w&/-])([A-Z]{2,6})\/([A-Z]{2,6})(?![\w&/])/g;
const PLACEHOLDER = /^(?:D|M|Y|H)+$/;
// Roman numerals as tenders number their parts (I to XXXIX, and L): not "CV" or "CIC", which are acronyms.
const ROMAN = /^(?:L|X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3})$/;
// English words written in capitals for emphasis, months, times and portal reference prefixes: not acronyms.
const NOT_ACRONYMS = new Set(
  (
    'A AN AND ANY ALL ARE AS AT BE BY FOR FROM IF IN IS IT NO NOT OF ON OR OUR THE TO WE WILL WITH YES YOU YOUR ' +
    'MUST SHALL SHOULD MAY ONLY EACH EVERY NOTE NB TIME DATE DAYS PAY NEW END PART STAGE LOT ANNEX SECTION ' +
    'JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC AM PM ID URL EU EC PDF CE GOV'
  ).split(' '),
);
// Units of measure in capitals, which are no acronyms after a figure ("2 PB", "11 KV").
const UNITS = new Set('KB MB GB TB PB KW MW GW KV KVA MVA KWH MWH GWH'.split(' '));
// Ordinary words a form or heading writes in capitals ("Total PRICE", "PASS/FAIL", "LOT 1 / LOT 2 / BOTH").
// A word the document also uses in lower case is ordinary too (see below); these are for the rest.
const ORDINARY_CAPITALS = new Set(
  `PASS FAIL PRICE PRICES COST COSTS STAFF CANNOT BOTH NONE YES NO TOTAL NAME SIGNED SIGNATURE POSITION
  COMPANY ADDRESS TELEPHONE EMAIL PHONE DATE DAY MONTH YEAR WEEK SCORE SCORES WEIGHTING QUALITY MANDATORY
  REQUIRED OPTIONAL IMPORTANT WARNING NOTICE CONFIDENTIAL DRAFT FINAL APPENDIX SCHEDULE FORM TENDER TENDERS
  CONTRACT AGREEMENT PARTIES BETWEEN NOT SCORED ONLY INFORMATION DETAILS DESCRIPTION QUESTION QUESTIONS ANSWER
  RESPONSE RESPONSES NOTES SUMMARY CONTENTS INTRODUCTION BACKGROUND SPECIFICATION TERMS CONDITIONS LOTS
  DO OVERWRITE COMPLETE INSERT DELETE APPLICABLE SEE BELOW ABOVE UNLESS EXCEPT THAN THIS THAT THESE THOSE`.split(/\s+/),
);

// Web and mail addresses carry capitals that are not words ("?ID=2343").
// An e-mail address starts where a run of non-space starts (the lookbehind), so a long run without "@" is scanned once, not once per character.
const ADDRESS = /\b(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]+@\S+/g;

function isShouting(text: string): boolean {
  const words = text.match(/[A-Za-z]{3,}/g) ?? [];
  if (words.length < 5) return false;
  return words.filter((w) => w === w.toUpperCase()).length / words.length > 0.5;
}

/** "Invitation to Tender (ITT)" or "ITT (invitation to tender)": the acronym is spelled out here. */
function definedAt(text: string, acronym: string, at: number): boolean {
  const before = text.slice(0, at);
  const after = text.slice(at + acronym.length);
  // In brackets after the words it stands for: "(ITT)", "(KPIs)", "(DPIA, IG)", ("the ICB", "we").
  if (
    /[\w)'’.]\s*\(\s*["“‘']?(?:the\s+|an?\s+)?["“‘']?$/.test(before) &&
    /^(?:s|'s|’s)?["”’']?\s*(?:[),;]|or\s)/.test(after)
  )
    return true;
  // "SQ (selection questionnaire)": words in brackets that start with the acronym's first letter ("UKAS (or equivalent)" is not one).
  const gloss = /^(?:s|'s|’s)?\s*\(\s*([A-Za-z][^)]*\s[^)]*)\)/.exec(after);
  if (gloss && gloss[1]![0]!.toUpperCase() === acronym[0]) return true;
  // "(the Provider Selection Regime, or PSR)": the words, then the acronym, in one pair of brackets (round 17 dev half).
  if (/\(\s*(?:the\s+)?[A-Z][^()]{3,80},?\s+or\s+(?:the\s+)?$/.test(before) && /^(?:s|'s|’s)?\s*\)/.test(after))
    return true;
  // "Public Contracts Regulations 2015 (PCR 2015)": an acronym with its year in the brackets.
  if (/[\w)'’.]\s*\(\s*$/.test(before) && /^\s+(?:19|20)\d{2}\s*\)/.test(after)) return true;
  // "ITT means the invitation to tender", "ITT: Invitation to Tender"; after a colon or dash the words
  // must spell the acronym ("TUPE: the Association understands that TUPE may apply" defines nothing).
  // A glossary table's row, "DSPT | Data Security and Protection Toolkit", is the same with a cell break (round 17 dev half).
  const lead = /^(?:s)?\s*(?:([-–:=|])|\bmeans\b|\bstands for\b)\s*([A-Za-z]+\s+[A-Za-z][^.;|]*)/.exec(after);
  if (lead && /^\s*$|[|:]\s*$/.test(before.slice(-3)) && (!lead[1] || spells(lead[2]!, acronym))) return true;
  return false;
}

/** Whether the initials of the words, in order, hold the acronym's letters, starting with the first word. */
function spells(words: string, acronym: string): boolean {
  const initials = (words.match(/[A-Za-z]+/g) ?? []).slice(0, acronym.length + 4).map((w) => w[0]!.toUpperCase());
  if (initials[0] !== acronym[0]) return false;
  let i = 0;
  for (const c of initials) if (c === acronym[i]) i++;
  return i >= acronym.length;
}

/** Each acronym whose first use in reading order is not spelled out, with the passage of that first use. */
export const undefinedAcronyms = perDocument(
  (doc: TenderDocument): Array<Omit<UndefinedAcronym, 'definedLater'> & { definedLater?: Passage }> => {
    const seen = new Map<string, { passage: Passage; at: number; defined: boolean }>();
    // Words the document writes in lower case somewhere: in capitals they are emphasis or a form field.
    const lower = new Set<string>();
    for (const p of passagesOf(doc)) for (const w of p.text.match(/\b[a-z]{2,}\b/g) ?? []) lower.add(w);
    const ordinary = (a: string) =>
      !(a in EXPANSIONS) && (ORDINARY_CAPITALS.has(a) || (a.length >= 3 && lower.has(a.toLowerCase())));
    const definedLater = new Map<string, Passage>();
    for (const p of passagesOf(doc)) {
      if (isShouting(p.text)) continue;
      const text = p.text.replace(ADDRESS, (u) => ' '.repeat(u.length));
      const tokens: Array<{ acronym: string; index: number; length: number }> = [];
      for (const m of text.matchAll(TOKEN)) tokens.push({ acronym: m[1]!, index: m.index, length: m[0].length });
      for (const m of text.matchAll(SLASHED)) {
        if (PLACEHOLDER.test(m[1]!) || PLACEHOLDER.test(m[2]!)) continue;
        tokens.push({ acronym: m[1]!, index: m.index, length: m[1]!.length });
        tokens.push({ acronym: m[2]!, index: m.index + m[1]!.length + 1, length: m[2]!.length });
      }
      tokens.sort((a, b) => a.index - b.index);
      for (const m of tokens) {
        const acronym = m.acronym;
        if (
          acronym.length > 6 ||
          ROMAN.test(acronym) ||
          acronym.includes('&') ||
          NOT_ACRONYMS.has(acronym) ||
          ordinary(acronym)
        )
          continue;
        const before = text.slice(0, m.index);
        const after = text.slice(m.index + m.length);
        // "BS EN ISO 9001", "FAR 52.227-17", "(SC Ref:580017)": part of an identifier.
        if (
          /^\s+(?:[A-Z]{2,}\s+)+\d/.test(after) ||
          (acronym.length === 2 && /^\s+\d/.test(after)) ||
          /^\s*Ref\b/i.test(after)
        )
          continue;
        // "2 PB usable", "500 GB": a unit of measure after its figure (round 17 dev half).
        if (UNITS.has(acronym) && /\d\s?$/.test(before)) continue;
        // "NOT SCORED", "PUBLIC SECTOR ONLY", "RENEE HICKS": a run of capitalised words is emphasis or a name.
        if (/\b[A-Z]{2,}\s+$/.test(before) || /^\s+[A-Z]{2,}\b/.test(after)) continue;
        const defined = definedAt(text, acronym, m.index);
        const first = seen.get(acronym);
        if (!first) seen.set(acronym, { passage: p, at: m.index, defined });
        else if (!first.defined && defined && !definedLater.has(acronym)) definedLater.set(acronym, p);
      }
    }
    const out: UndefinedAcronym[] = [];
    for (const [acronym, first] of seen) {
      if (first.defined) continue;
      const later = definedLater.get(acronym);
      out.push({ passage: first.passage, acronym, at: first.at, ...(later ? { definedLater: later } : {}) });
    }
    return out;
  },
);
