import type { TenderDocument } from '../model/document.js';
import {
  StatedFacts, type DateFact, type Facts, type FactSource, type LotsFact, type PeriodConditions, type Regime,
  type TermFact, type ValueFact,
} from '../model/facts.js';
import { findMoney, formatGBP } from './money.js';
import { findDates, parseDateString } from './dates.js';
import { findExtension, findTerm } from './durations.js';
import { passagesOf, type Passage } from './passages.js';
import { THRESHOLDS, withVat } from './thresholds.js';
import { wordsToNumber } from './numbers.js';
import { authorityOfKind, buyerKindOf } from './facts/buyer-kind.js';
import type { BuyerFact, Nation, Law } from '../model/facts.js';

// What a sentence is about, by its words. Kept here so every rule reads the same facts.
const VALUE_CONTEXT = /\b(?:value|valued|budget|worth|contract price|price envelope|funding envelope|funding available|maximum price|total cost|affordability (?:cap|envelope))\b/i;
const NOT_VALUE = /turnover|insurance|insured|liabilit|indemnity|reserves|net assets|cash balance|modern slavery|threshold|per hour|hourly|day rate|per (?:unit|item|visit)|penalt|liquidated|\blimit of\b|key performance|social value/i;
const VALUE_BEFORE = /\b(?:value|valued|budget|worth|price|cost|envelope|funding)\b[^.£;]{0,60}$/i;
const COMPARATIVE_BEFORE = /\b(?:over|above|exceed(?:s|ing)?|below|under|less than|more than|in excess of|greater than|at least|threshold of)\s*$/i;
const COMPARATIVE_AFTER = /^\s*(?:and|or) (?:above|over|more|below|under|less)\b/i;
// Guidance about contracts in general ("contracts with a value of £10m and above") states no value.
const GENERIC_CONTRACTS = /\bcontracts (?:with|of|where|whose|valued|worth|above|over|below)\b|\bwhere the (?:contract )?value\b|\bif the (?:contract )?value\b/i;
const ESTIMATED = /\b(?:estimated|total|overall|whole[- ]life|contract|aggregate|maximum|anticipated|expected|indicative)\b[^.]{0,30}\bvalue\b|\bbudget\b/i;
const TERM_CONTEXT = /\b(?:contract|agreement|framework|term|period|duration|initial|extend|extension|run|last|commission(?:ed)?|award(?:ed)? for)\b/i;
const NOT_TERM = /not exceeding|similar (?:size|project|contract)|clarification|tender period|standstill|accounts|experience|trading|turnover|\blast\b|past|previous|prior|history|record|\bwithin\b|notice period|days? (?:of|from|after)|payment|invoice|retain|retention|insurance|warranty|guarantee|response time|per cent|%|mobilis/i;
const EXTENSION_SENTENCE = /\b(?:extend|extension|renew(?:al)?)\b/i;
const PUBLISHED = /\b(?:publish(?:ed)?|publication|issued?|issue date|dispatch(?:ed)?|released|launch(?:ed)?|made available|date of (?:this )?(?:invitation|notice|itt|document))\b/i;
const PUBLISHED_SUBJECT = /\b(?:invitation|itt|itq|rfq|notice|tender documents?|tender pack|procurement documents?|this document|opportunity|tender|documents|advert|competition|specification|request for quotation)\b/i;
const NOT_PUBLISHED = /clarification|question|award|standstill|response|outcome|result|contract start|commence|evaluation|interview|presentation|moderation|feedback|deadline|notif/i;
const SUBMISSION = /\b(?:deadline|closing|close[sd]?|due|return(?:ed)?|submit(?:ted)?|submission|receipt|received|uploaded|no later than|by)\b/i;
const SUBMISSION_SUBJECT = /\b(?:tenders?|bids?|quot(?:e|es|ation|ations)|responses?|submissions?|proposals?|applications?|itt|offers?)\b/i;
const NOT_SUBMISSION = /clarification|question|quer(?:y|ies)|enquir|standstill|award|interview|presentation|site visit|expression|moderation|evaluation|notif|feedback|contract start|commence|mobilis|published|publish|issued?\b/i;
const PARTICIPATION = /\b(?:requests? to participate|selection questionnaire|SQ|PQQ|pre-qualification questionnaire|expressions? of interest)\b/i;
const CONTRACT_START = /\b(?:contract (?:start|commencement)|commence(?:ment)?|start date|go[- ]live|services? (?:will )?(?:start|begin))\b/i;
const CLARIFICATION = /\b(?:clarification|questions?|quer(?:y|ies)|enquir(?:y|ies))\b/i;
const CLAR_DEADLINE = /\b(?:deadline|by|no later than|until|clos(?:e|es|ing)|due|last date|cut-?off|must be (?:submitted|received|raised))\b/i;
const NOT_CLARIFICATION = /responses? to|answers? (?:will|to)|published|will respond|window [^.]{0,200}opens|opens/i;
const NOT_LOTTED = /\bnot (?:been |be )?(?:divided|split|broken down|separated|lotted)\b[^.]{0,20}\blots?\b|\bnot (?:been )?lotted\b|\blots?\s*[:?-]\s*no\b|\b(?:a |one |as a |as one )?single lot\b|\bno lots\b|\bwill not (?:be )?(?:use|divide|split)[^.]{0,20}\blots?\b|\bdivided into lots\s*[:?-]\s*no\b|\b(?:as|in|into|is|be|of) one lot\b/i;
const LOTS_REASON = /\b(?:because|as (?:the|this|it|a|splitting|dividing|lotting)|due to|since|reasons? (?:for|why)|owing to|in order to|so that|given (?:that|the)|this is to|the reason)\b/i;
const LOTS_REASON_SENTENCE = /\breasons? (?:for not|why (?:it|the contract|this) (?:is|has) not)\b|\bnot (?:been )?(?:divided|lotted)[^.]{0,200}\b(?:because|as|due to)\b/i;
const DIVIDED = /\b(?:divided|split|separated|broken down)\s+into\s+(?<n>\d+|two|three|four|five|six|seven|eight|nine|ten|a number of|several|multiple)\s+(?:\w+\s+)?lots\b/i;
const LOT_NUMBER = /\blot\s+(?<n>\d{1,2})\b/gi;

const CALL_OFF = /\bcall-?off (?:from|under|contract under|competition)\b|\b(?:framework|agreement|BPA)\b[^.]{0,40}\bholders\b|\b(?:mini|further)[- ]competition\b|\bdirect award (?:from|under) (?:the |a )?framework\b/i;
// A document setting up a framework talks about its future call-offs; that is not a call-off.
const FRAMEWORK_SETUP = /\b(?:establish|set up|award|appoint)\w*\b[^.]{0,40}\bframework (?:agreement|contract)s?\b|\bsuppliers? (?:to|on|onto) (?:the|a|this) framework\b|\bthis framework (?:will|is|shall)\b|\bcall[- ]?offs? (?:will|may|can|shall)\b|\bwill be (?:awarded|tested|evaluated|run|made) (?:at|by|through|via|using) (?:a )?(?:mini|further)[- ]competition\b/i;
// The Procurement Act 2023 does not apply to Scottish procurements: the Public Contracts (Scotland)
// Regulations 2015, built like the PCR 2015, still do.
const SCOTLAND = /\bPublic Contracts \(Scotland\) Regulations\b|\bProcurement Reform \(Scotland\) Act\b|\bpubliccontractsscotland\b/i;
const PSR = /\bprovider selection regime\b|\bPSR\b/;
const PSR_NEGATED = /\bnot\b[^.]{0,40}\b(?:provider selection regime|PSR)\b/i;
const LIGHT_TOUCH = /\blight[- ]touch\b/i;
const BELOW = /\bbelow[- ](?:the )?(?:procurement |relevant )?threshold\b|\bpart 6 of the procurement act\b|\bcompetitive quotation\b|\brequest for quotation\b/i;
const PCR = /\bpublic contracts regulations 2015\b|\bPCR 2015\b/i;
const CENTRAL = /\bNHS (?:foundation )?trust\b|\bNHS England\b|\bNHS Supply Chain\b|\bDepartment (?:for|of)\b|\bMinistry of\b|\bCabinet Office\b|\bCrown Commercial Service\b|\bHM (?:Treasury|Revenue|Prison)\b|\bNHS Business Services Authority\b/i;
const SUB_CENTRAL = /\b(?:borough|county|city|district|parish|town|metropolitan)? ?council\b|\bintegrated care board\b|\bICB\b|\buniversity\b|\bhousing association\b|\bcombined authority\b|\bpolice\b|\bfire (?:and rescue )?(?:authority|service)\b|\bhealth board\b|\bacademy trust\b/i;
const WORKS = /\b(?:construction|building|refurbishment|civil engineering|installation|demolition|groundworks|maintenance) works\b|\bworks contract\b|\bJCT\b|\bNEC ?[34]\b/i;
const GOODS = /\b(?:supply and delivery|supply of (?:goods|equipment)|purchase of|goods)\b/i;

function pick<T>(passages: Passage[], test: (p: Passage) => T | undefined): [T, Passage] | undefined {
  for (const p of passages) {
    const v = test(p);
    if (v !== undefined) return [v, p];
  }
  return undefined;
}

const from = (p: Passage) => ({ source: 'text' as FactSource, block: p.block.index, excerpt: p.text });

function parseStatedValue(v: number | string | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const m = findMoney(/^[\d.,\s]+(?:k|m|bn)?$/i.test(v.trim()) ? `£${v.trim()}` : v);
  return m[0]?.amount;
}

/** Front matter keys tenderlint understands; anything else in the front matter is the document's own business. */
function statedFromFrontMatter(doc: TenderDocument): { facts: StatedFacts; problems: string[] } {
  const keys = Object.keys(StatedFacts.shape) as Array<keyof StatedFacts>;
  const picked: Record<string, unknown> = {};
  for (const k of keys) if (doc.stated[k] !== undefined) picked[k] = doc.stated[k];
  // YAML reads 2026-03-16 as a Date.
  for (const k of ['published', 'deadline', 'clarificationDeadline', 'participationDeadline', 'contractStart', 'begun'] as const) {
    const v = picked[k];
    if (v instanceof Date) picked[k] = v.toISOString().slice(0, 10);
  }
  const r = StatedFacts.safeParse(picked);
  if (r.success) return { facts: r.data, problems: [] };
  return {
    facts: {},
    problems: r.error.issues.map((i) => `front matter "${i.path.join('.')}": ${i.message}`),
  };
}

export interface ExtractOptions {
  /** Facts given by the user (CLI flags, extension fields): they win over everything else. */
  stated?: StatedFacts;
}

/** The document's facts. Structured sources (flags, then front matter, OCDS or portal fields) beat the text. */
export function extractFacts(doc: TenderDocument, options: ExtractOptions = {}): Facts & { problems: string[] } {
  const passages = passagesOf(doc);
  const fm = statedFromFrontMatter(doc);
  const docSource: FactSource = doc.format === 'ocds' ? 'ocds' : doc.format === 'markdown' ? 'front-matter' : 'page';
  const flags = options.stated ?? {};
  const stated = { ...fm.facts, ...flags };
  const sourceOf = (k: keyof StatedFacts): FactSource => (flags[k] !== undefined ? 'flag' : docSource);
  // A stated fact shown in a block of its own (an OCDS field, a portal's labelled field) points at it.
  const placeOf = (k: keyof StatedFacts) => {
    const i = flags[k] === undefined ? doc.fields?.[k] : undefined;
    const block = i !== undefined ? doc.blocks[i] : undefined;
    return block ? { block: block.index, excerpt: block.text } : {};
  };

  // Value
  let value: ValueFact | undefined;
  const statedAmount = parseStatedValue(stated.value);
  if (statedAmount !== undefined && statedAmount > 0) {
    value = { amount: statedAmount, currency: 'GBP', basis: stated.valueBasis ?? 'total', vat: stated.vat ?? 'unknown', source: sourceOf('value'), ...placeOf('value') };
  } else {
    const candidates: Array<{ p: Passage; amount: number; perYear: boolean; vat: ValueFact['vat']; rank: number }> = [];
    for (const p of passages) {
      if (!VALUE_CONTEXT.test(p.text) || NOT_VALUE.test(p.text) || GENERIC_CONTRACTS.test(p.text)) continue;
      // The sum the sentence says the value is, not one it compares against ("contracts over £10m").
      const m = findMoney(p.text).find((mm) => VALUE_BEFORE.test(p.text.slice(Math.max(0, mm.start - 90), mm.start)) && !COMPARATIVE_BEFORE.test(p.text.slice(Math.max(0, mm.start - 25), mm.start)) && !COMPARATIVE_AFTER.test(p.text.slice(mm.end, mm.end + 15)));
      if (!m) continue;
      const annual = m.perYear || /\b(?:per annum|per year|annual(?:ly)?|each year|a year)\b/i.test(p.text) && !/\btotal\b/i.test(p.text);
      const vat = m.vat !== 'unknown' ? m.vat : /\b(?:excl(?:uding|usive of)?|ex\.?|exc\.?|net of)\s+VAT\b/i.test(p.text) ? 'excluding' : /\b(?:incl(?:uding|usive of)?|inc\.?)\s+VAT\b/i.test(p.text) ? 'including' : 'unknown';
      candidates.push({ p, amount: m.amount, perYear: annual, vat, rank: ESTIMATED.test(p.text) ? 0 : 1 });
    }
    candidates.sort((a, b) => a.rank - b.rank);
    const best = candidates[0];
    if (best) value = { amount: best.amount, currency: 'GBP', basis: best.perYear ? 'annual' : 'total', vat: best.vat, ...from(best.p) };
  }

  // Term
  let term: TermFact | undefined;
  if (stated.termMonths) {
    const ext = stated.extensionMonths ?? 0;
    term = { initialMonths: stated.termMonths, extensionMonths: ext, totalMonths: stated.termMonths + ext, derivation: termDerivation(stated.termMonths, ext), source: sourceOf('termMonths'), ...placeOf('termMonths') };
  } else {
    const found = pick(passages, (p) => {
      if (!TERM_CONTEXT.test(p.text) || NOT_TERM.test(p.text)) return undefined;
      const t = findTerm(p.text);
      if (t && t.initialMonths >= 3) return t;
      // "from 1 April 2026 to 31 March 2029"
      const dates = findDates(p.text);
      if (dates.length === 2 && /\b(?:from|between|commenc|start)\b/i.test(p.text) && /\b(?:to|until|and|end)\b/i.test(p.text)) {
        const months = Math.round(((Date.parse(dates[1]!.date) - Date.parse(dates[0]!.date)) / 86_400_000 / 365.25) * 12);
        if (months >= 3) return { initialMonths: months, extensionMonths: 0, start: 0, end: 0 };
      }
      return undefined;
    });
    if (found) {
      const [t, p] = found;
      term = { initialMonths: t.initialMonths, extensionMonths: t.extensionMonths, totalMonths: t.initialMonths + t.extensionMonths, derivation: termDerivation(t.initialMonths, t.extensionMonths), ...from(p) };
    }
  }

  // An extension stated apart from the term ("The University reserves the right to extend the Agreement for a further two years").
  if (term && term.extensionMonths === 0) {
    const found = pick(passages, (p) => {
      if (!EXTENSION_SENTENCE.test(p.text) || NOT_TERM.test(p.text)) return undefined;
      // A sentence giving the whole shape ("3 years with the option to extend for 2 years") that adds up
      // to the stated duration says the duration already includes the extension.
      const shape = findTerm(p.text);
      if (shape && shape.extensionMonths > 0 && Math.abs(shape.initialMonths + shape.extensionMonths - term!.initialMonths) <= 2) {
        return { initial: shape.initialMonths, extension: shape.extensionMonths };
      }
      const ext = findExtension(p.text);
      return ext ? { initial: term!.initialMonths, extension: ext } : undefined;
    });
    if (found) term = { ...term, initialMonths: found[0].initial, extensionMonths: found[0].extension, totalMonths: found[0].initial + found[0].extension, derivation: termDerivation(found[0].initial, found[0].extension) };
  }

  // Dates
  const dateFact = (k: 'published' | 'deadline' | 'clarificationDeadline' | 'participationDeadline' | 'contractStart', test: (p: Passage) => boolean, which: 'first' | 'last' = 'first'): DateFact | undefined => {
    const s = stated[k];
    if (s) {
      const d = parseDateString(s);
      if (d) return { ...d, source: sourceOf(k), ...placeOf(k) };
    }
    const found = pick(passages, (p) => {
      if (!test(p)) return undefined;
      const dates = findDates(p.text);
      return which === 'first' ? dates[0] : dates.at(-1);
    });
    if (!found) return undefined;
    const [d, p] = found;
    return { date: d.date, ...(d.time ? { time: d.time } : {}), ...from(p) };
  };
  // A letter-style date standing alone near the top ("March 30th, 2016") is the date of issue.
  const dated = (p: Passage) => {
    // Among the first five passages (not passages.indexOf: that made a document of many short sentences quadratic).
    if (!passages.slice(0, 5).includes(p) || NOT_PUBLISHED.test(p.text) || SUBMISSION.test(p.text) || CLARIFICATION.test(p.text)) return false;
    const dates = findDates(p.text);
    return dates.length === 1 && p.text.length - dates[0]!.text.length <= 80;
  };
  const published =
    dateFact('published', (p) => PUBLISHED.test(p.text) && PUBLISHED_SUBJECT.test(p.text) && !NOT_PUBLISHED.test(p.text)) ??
    (stated.published ? undefined : dateFact('published', dated));
  const submissionDeadline = dateFact('deadline', (p) => SUBMISSION.test(p.text) && SUBMISSION_SUBJECT.test(p.text) && !NOT_SUBMISSION.test(p.text), 'last');
  const clarificationDeadline = dateFact('clarificationDeadline', (p) => CLARIFICATION.test(p.text) && CLAR_DEADLINE.test(p.text) && !NOT_CLARIFICATION.test(p.text), 'last');
  const participationDeadline = dateFact('participationDeadline', (p) => PARTICIPATION.test(p.text) && SUBMISSION.test(p.text) && !CLARIFICATION.test(p.text));
  const contractStart = dateFact('contractStart', (p) => CONTRACT_START.test(p.text) && !SUBMISSION.test(p.text));

  // Lots
  let lots: LotsFact = { divided: null, source: 'default' };
  if (stated.lots !== undefined) {
    lots = { divided: stated.lots > 1, count: stated.lots, source: sourceOf('lots'), ...placeOf('lots'), ...(stated.lotsReasons ? { reasons: stated.lotsReasons } : {}) };
  } else {
    const notLotted = pick(passages, (p) => (NOT_LOTTED.test(p.text) ? true : undefined));
    if (notLotted) {
      const [, p] = notLotted;
      const reasonHere = LOTS_REASON.test(p.text.replace(NOT_LOTTED, ''));
      const reasonNext = p.next && p.next.block.index - p.block.index <= 1 && (LOTS_REASON.test(p.next.text) || /\blots?\b/i.test(p.next.text) && /\b(?:would|because|risk|economies|integrat|continuity|single provider|interdependen)\b/i.test(p.next.text));
      const reasonAnywhere = passages.find((q) => LOTS_REASON_SENTENCE.test(q.text) && q !== p);
      const reasons = reasonHere ? p.text : reasonNext ? p.next!.text : reasonAnywhere?.text;
      lots = { divided: false, count: 1, ...from(p), ...(reasons ? { reasons } : {}) };
    } else {
      const divided = pick(passages, (p) => {
        const m = DIVIDED.exec(p.text);
        if (!m) return undefined;
        return wordsToNumber(m.groups!.n!) ?? (Number(m.groups!.n) || 2);
      });
      let maxLot = 0;
      for (const p of passages) for (const m of p.text.matchAll(LOT_NUMBER)) maxLot = Math.max(maxLot, Number(m.groups!.n));
      if (divided) lots = { divided: true, count: Math.max(divided[0], maxLot), ...from(divided[1]) };
      else if (maxLot >= 2) lots = { divided: true, count: maxLot, source: 'text' };
    }
    if (stated.lotsReasons && lots.divided === false) lots.reasons = stated.lotsReasons;
  }
  if (stated.lotValues && stated.lotValues.length > 0 && lots.divided !== false) lots.values = stated.lotValues;

  const buyer = buyerOf(doc, stated.buyer, sourceOf('buyer'), stated.buyerKind, passages);

  // Authority type
  let authority: Facts['authority'] = stated.authority ? { type: stated.authority, source: sourceOf('authority') } : { type: 'unknown', source: 'default' };
  if (!stated.authority && buyer.kind !== 'unknown') {
    authority = { type: authorityOfKind(buyer.kind, buyer.name), source: 'derived', basis: `the buyer is ${buyer.basis ?? buyer.kind}` };
  } else if (!stated.authority) {
    const c = pick(passages, (p) => (CENTRAL.test(p.text) ? 'central' as const : SUB_CENTRAL.test(p.text) ? 'sub-central' as const : undefined));
    if (c) authority = { type: c[0], source: 'text', basis: (CENTRAL.exec(c[1].text) ?? SUB_CENTRAL.exec(c[1].text))![0] };
  }

  const whole = passages.map((p) => p.text).join('\n');
  const contractType: Facts['contractType'] = stated.contractType ?? (WORKS.test(whole) ? 'works' : GOODS.test(whole) ? 'goods' : 'unknown');

  // Regime
  const nation: Nation = stated.nation ?? buyerKindOf(buyer.name ?? '').nation ?? (SCOTLAND.test(whole) ? 'scotland' : buyer.kind !== 'unknown' ? 'england' : 'unknown');
  const begun = stated.begun ? parseDateString(stated.begun)?.date : published?.date;
  const resolved = resolveRegime(stated.regime, sourceOf('regime'), whole, value, authority.type, contractType, begun, nation);
  const regime: Facts['regime'] = { ...resolved, law: lawOf(resolved.id, nation, begun), nation, ...(begun ? { begun } : {}) };

  const periodConditions: PeriodConditions = {
    urgency: /\b(?:urgency|urgent)\b[^.]{0,60}\b(?:section 54|s\.?\s?54|reduced|shorter|shortened)\b|\bstate of urgency\b/i.test(whole),
    plannedProcurementNotice: /\bplanned procurement notice\b/i.test(whole),
    dynamicMarket: /\bdynamic market\b/i.test(whole),
    documentsLater: /\b(?:documents?|specification)\b[^.]{0,40}\b(?:will be|are) (?:made available|provided|issued|released) (?:later|at a later|after)\b/i.test(whole),
    notElectronic: stated.notElectronic ?? /\b(?:hard copy|paper copies|by post|by hand|in a sealed envelope)\b[^.]{0,60}\b(?:tender|bid|submission|quotation)s?\b|\b(?:tender|bid|submission|quotation)s?\b[^.]{0,60}\b(?:hard copy|by post|by hand|sealed envelope)\b/i.test(whole),
  };

  const facts: Facts = {
    ...(value ? { value } : {}),
    ...(term ? { term } : {}),
    ...(published ? { published } : {}),
    ...(clarificationDeadline ? { clarificationDeadline } : {}),
    ...(submissionDeadline ? { submissionDeadline } : {}),
    ...(participationDeadline ? { participationDeadline } : {}),
    ...(contractStart ? { contractStart } : {}),
    lots,
    regime,
    buyer,
    authority,
    contractType,
    periodConditions,
  };
  const annualValue = annualOf(facts);
  if (annualValue) facts.annualValue = annualValue;
  return { ...facts, problems: fm.problems };
}

/** The Procurement Act 2023 applies to procurements begun from this day; earlier ones stay under the 2015 Regulations. */
export const PA23_COMMENCEMENT = '2025-02-24';

type ResolvedRegime = Pick<Facts['regime'], 'id' | 'source' | 'basis'>;

function resolveRegime(stated: Regime | undefined, statedSource: FactSource, text: string, value: ValueFact | undefined, authority: Facts['authority']['type'], contractType: Facts['contractType'], published: string | undefined, nation: Nation): ResolvedRegime {
  if (stated) return { id: stated, source: statedSource, basis: 'stated' };
  if (nation === 'scotland') return { id: 'scotland', source: 'derived', basis: 'a Scottish procurement: the Procurement Reform (Scotland) Act 2014 and Public Contracts (Scotland) Regulations 2015 apply, not the Procurement Act 2023' };
  if (CALL_OFF.test(text) && !FRAMEWORK_SETUP.test(text)) return { id: 'framework-call-off', source: 'text', basis: `the text says "${CALL_OFF.exec(text)![0]}"` };
  if (PSR.test(text) && !PSR_NEGATED.test(text)) return { id: 'psr', source: 'text', basis: 'the text names the Provider Selection Regime' };
  if (LIGHT_TOUCH.test(text)) return { id: 'light-touch', source: 'text', basis: 'the text says "light touch"' };
  if (BELOW.test(text)) return { id: 'below-threshold', source: 'text', basis: `the text says "${BELOW.exec(text)![0]}"` };
  if (published && published < PA23_COMMENCEMENT) return { id: 'pcr2015', source: 'derived', basis: `published ${published}, before the Procurement Act 2023 came into force on ${PA23_COMMENCEMENT}` };
  if (SCOTLAND.test(text)) return { id: 'scotland', source: 'text', basis: 'a Scottish procurement: the Public Contracts (Scotland) Regulations 2015 apply, not the Procurement Act 2023' };
  if (value) {
    const total = value.basis === 'total' ? value.amount : undefined;
    // Unknown authority type: the higher (sub-central) threshold, so an error is never claimed on a guess.
    const threshold = contractType === 'works' ? THRESHOLDS.works : authority === 'central' ? THRESHOLDS.goodsServicesCentral : THRESHOLDS.goodsServicesSubCentral;
    if (total !== undefined && withVat(total, value.vat) < threshold) {
      return { id: 'below-threshold', source: 'derived', basis: `${formatGBP(withVat(total, value.vat))} including VAT is below the ${formatGBP(threshold)} threshold` };
    }
  }
  if (PCR.test(text) && !/\bprocurement act 2023\b/i.test(text)) return { id: 'pcr2015', source: 'text', basis: 'the text cites the Public Contracts Regulations 2015' };
  return { id: 'pa2023', source: 'default', basis: 'above-threshold procurement under the Procurement Act 2023 (default)' };
}

/** The law behind a regime id: the procedure (light touch, below threshold) sits inside a law. */
function lawOf(id: Regime, nation: Nation, begun: string | undefined): Law {
  if (id === 'scotland' || nation === 'scotland') return 'scotland';
  if (id === 'psr') return 'psr';
  if (id === 'pcr2015' || (begun !== undefined && begun < PA23_COMMENCEMENT)) return 'pcr2015';
  return nation === 'wales' ? 'pa2023-wales' : 'pa2023';
}

const TITLE_BUYER = /^(?<name>[A-Z][^:–—|]{3,90}?)\s*(?::|–|—|\|)\s/;

/** The buyer: stated (flag, front matter, OCDS, portal) else the document's title block. */
function buyerOf(doc: TenderDocument, statedName: string | undefined, statedSource: FactSource, statedKind: BuyerFact['kind'] | undefined, passages: Passage[]): BuyerFact {
  let name = statedName ?? doc.notice?.buyer;
  let source: FactSource = statedName ? statedSource : doc.notice?.buyer ? (doc.format === 'ocds' ? 'ocds' : 'page') : 'default';
  let place: { block?: number; excerpt?: string } = {};
  if (!name) {
    for (const p of passages.slice(0, 8)) {
      const m = TITLE_BUYER.exec(p.text);
      if (m && buyerKindOf(m.groups!.name!).kind !== 'unknown') {
        name = m.groups!.name!.trim();
        source = 'text';
        place = { block: p.block.index, excerpt: p.text };
        break;
      }
    }
  }
  const aliases = [...new Set(passages.flatMap((p) => [...p.text.matchAll(/\(\s*(?:the\s+)?["“']?(?<a>(?:the\s+)?[A-Z][A-Za-z]+)["”']?\s*\)/g)].map((m) => m.groups!.a!)).filter((a) => /^(?:the )?(?:Council|ICB|Authority|Trust|Board|University|College|School|Association|Buyer|Purchaser|Customer|Commissioner|Contracting Authority)$/i.test(a)))];
  const read = statedKind ? { kind: statedKind, basis: 'stated' } : name ? buyerKindOf(name) : { kind: 'unknown' as const, basis: 'no buyer named' };
  return { ...(name ? { name } : {}), aliases, kind: read.kind, source, basis: read.basis, ...place };
}

export function termDerivation(initial: number, extension: number): string {
  if (extension === 0) return formatMonths(initial);
  return `${formatMonths(initial + extension)} (${formatMonths(initial)} + ${formatMonths(extension)} of extensions)`;
}

/** The annual value for the 2 x turnover benchmark, with how it was derived (shown in messages). */
export function annualOf(facts: Pick<Facts, 'value' | 'term'>): Facts['annualValue'] {
  const v = facts.value;
  if (!v) return undefined;
  if (v.basis === 'annual') return { amount: v.amount, derivation: `${formatGBP(v.amount)} a year as stated` };
  const months = facts.term?.totalMonths;
  if (!months || months <= 12) {
    return { amount: v.amount, derivation: months ? `${formatGBP(v.amount)} over ${formatMonths(months)}` : `${formatGBP(v.amount)} total; no contract term found, so the total is used` };
  }
  const years = months / 12;
  return { amount: v.amount / years, years, derivation: `${formatGBP(v.amount)} over ${formatMonths(months)}` };
}

export function formatMonths(months: number): string {
  if (months % 12 === 0) return `${months / 12} year${months === 12 ? '' : 's'}`;
  if (Number.isInteger(months)) return `${months} months`;
  return `${(months / 12).toFixed(2)} years`;
}
