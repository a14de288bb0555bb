import { z } from 'zod';
import type { TenderDocument } from '../model/document.js';
import type { StatedFacts } from '../model/facts.js';
import { repairMojibake } from '../text/normalize.js';
import { BlockSink, TextBuilder } from './blocks.js';
import { describeJsonError, jsonBreak, ParseError } from './errors.js';
import { nationOfAddress } from '../extract/facts/nation.js';

// Only the fields tenderlint uses, and each one tolerant: a field of the wrong type is dropped (with a
// note on the document) rather than losing the notice. Everything else passes through untouched.
let dropped: string[] | undefined;
function lax<T extends z.ZodType>(schema: T, label: string) {
  return schema.nullish().catch((ctx) => {
    const shown =
      typeof ctx.input === 'string'
        ? JSON.stringify(ctx.input.slice(0, 40))
        : Array.isArray(ctx.input)
          ? 'an array'
          : typeof ctx.input;
    dropped?.push(`${label}: ${shown} is not what OCDS expects here, so it was ignored`);
    return undefined;
  });
}
/** A number, or a number written as a string ("650000.00", "1,200,000"), as portals export both. */
const Num = z.union([
  z.number(),
  z
    .string()
    .regex(/^\s*-?[\d,]+(?:\.\d+)?\s*$/)
    .transform((s) => Number(s.replace(/[,\s]/g, ''))),
]);
const Str = z.string();
const Id = z.union([z.string(), z.number()]);

const Value = z
  .object({
    amount: lax(Num, 'value.amount'),
    amountGross: lax(Num, 'value.amountGross'),
    currency: lax(Str, 'value.currency'),
  })
  .loose();
const Period = z
  .object({
    startDate: lax(Str, 'period.startDate'),
    endDate: lax(Str, 'period.endDate'),
    durationInDays: lax(Num, 'period.durationInDays'),
  })
  .loose();
const Criterion = z
  .object({
    type: lax(Str, 'criterion.type'),
    name: lax(Str, 'criterion.name'),
    description: lax(Str, 'criterion.description'),
    minimum: lax(Str, 'criterion.minimum'),
  })
  .loose();
const Criteria = z
  .object({
    criteria: lax(z.array(lax(Criterion, 'criterion')), 'criteria'),
    description: lax(Str, 'criteria.description'),
  })
  .loose();
const Classification = z
  .object({ scheme: lax(Str, 'classification.scheme'), id: lax(Id, 'classification.id') })
  .loose();
const Item = z
  .object({
    classification: lax(Classification, 'item.classification'),
    additionalClassifications: lax(
      z.array(lax(Classification, 'item.additionalClassifications[]')),
      'item.additionalClassifications',
    ),
  })
  .loose();
// Cabinet Office UK extension: tender.otherRequirements.reservedParticipation ("sme", "vcse", "publicServiceMissionOrganization", or a location).
const OtherRequirements = z
  .object({
    reservedParticipation: lax(
      z.union([z.array(Str), Str.transform((x) => [x])]),
      'otherRequirements.reservedParticipation',
    ),
  })
  .loose();
const Lot = z
  .object({
    id: lax(Id, 'lot.id'),
    title: lax(Str, 'lot.title'),
    description: lax(Str, 'lot.description'),
    value: lax(Value, 'lot.value'),
    contractPeriod: lax(Period, 'lot.contractPeriod'),
    renewal: lax(z.object({ description: lax(Str, 'lot.renewal.description') }).loose(), 'lot.renewal'),
    awardCriteria: lax(Criteria, 'lot.awardCriteria'),
    selectionCriteria: lax(Criteria, 'lot.selectionCriteria'),
    suitability: lax(
      z.object({ sme: lax(z.boolean(), 'sme'), vcse: lax(z.boolean(), 'vcse') }).loose(),
      'lot.suitability',
    ),
    otherRequirements: lax(OtherRequirements, 'lot.otherRequirements'),
    items: lax(z.array(lax(Item, 'lot.items[]')), 'lot.items'),
  })
  .loose();
const Document = z
  .object({
    documentType: lax(Str, 'document.documentType'),
    description: lax(Str, 'document.description'),
    url: lax(Str, 'document.url'),
    format: lax(Str, 'document.format'),
  })
  .loose();
const Tender = z
  .object({
    id: lax(Id, 'tender.id'),
    title: lax(Str, 'tender.title'),
    description: lax(Str, 'tender.description'),
    value: lax(Value, 'tender.value'),
    datePublished: lax(Str, 'tender.datePublished'),
    tenderPeriod: lax(Period, 'tender.tenderPeriod'),
    enquiryPeriod: lax(Period, 'tender.enquiryPeriod'),
    contractPeriod: lax(Period, 'tender.contractPeriod'),
    procurementMethod: lax(Str, 'tender.procurementMethod'),
    procurementMethodDetails: lax(Str, 'tender.procurementMethodDetails'),
    mainProcurementCategory: lax(Str, 'tender.mainProcurementCategory'),
    submissionMethod: lax(z.array(Str), 'tender.submissionMethod'),
    submissionMethodDetails: lax(Str, 'tender.submissionMethodDetails'),
    eligibilityCriteria: lax(Str, 'tender.eligibilityCriteria'),
    lots: lax(z.array(lax(Lot, 'tender.lots[]')), 'tender.lots'),
    lotDetails: lax(
      z.object({ noLotsDivisionRationale: lax(Str, 'tender.lotDetails.noLotsDivisionRationale') }).loose(),
      'tender.lotDetails',
    ),
    specialRegime: lax(z.union([z.array(Str), Str.transform((s) => [s])]), 'tender.specialRegime'),
    aboveThreshold: lax(z.boolean(), 'tender.aboveThreshold'),
    suitability: lax(
      z.object({ sme: lax(z.boolean(), 'sme'), vcse: lax(z.boolean(), 'vcse') }).loose(),
      'tender.suitability',
    ),
    selectionCriteria: lax(Criteria, 'tender.selectionCriteria'),
    awardCriteria: lax(Criteria, 'tender.awardCriteria'),
    awardCriteriaDetails: lax(Str, 'tender.awardCriteriaDetails'),
    contractTerms: lax(
      z.object({ performanceTerms: lax(Str, 'tender.contractTerms.performanceTerms') }).loose(),
      'tender.contractTerms',
    ),
    documents: lax(z.array(lax(Document, 'tender.documents[]')), 'tender.documents'),
    otherRequirements: lax(OtherRequirements, 'tender.otherRequirements'),
    classification: lax(Classification, 'tender.classification'),
    items: lax(z.array(lax(Item, 'tender.items[]')), 'tender.items'),
  })
  .loose();
export const OcdsRelease = z
  .object({
    ocid: z.string().min(1),
    id: lax(Id, 'id'),
    date: lax(Str, 'date'),
    tag: lax(z.union([z.array(Str), Str.transform((x) => [x])]), 'tag'),
    description: lax(Str, 'description'),
    tender: lax(Tender, 'tender'),
    buyer: lax(z.object({ id: lax(Id, 'buyer.id'), name: lax(Str, 'buyer.name') }).loose(), 'buyer'),
    parties: lax(
      z.array(
        lax(
          z
            .object({
              id: lax(Id, 'party.id'),
              name: lax(Str, 'party.name'),
              roles: lax(z.array(Str), 'party.roles'),
              address: lax(
                z
                  .object({
                    region: lax(Str, 'address.region'),
                    countryName: lax(Str, 'address.countryName'),
                    postalCode: lax(Str, 'address.postalCode'),
                  })
                  .loose(),
                'party.address',
              ),
            })
            .loose(),
          'parties[]',
        ),
      ),
      'parties',
    ),
  })
  .loose();
export type OcdsRelease = z.infer<typeof OcdsRelease>;
type Tender = NonNullable<OcdsRelease['tender']>;
type Lot = NonNullable<z.infer<typeof Lot>>;

/** Is this parsed JSON an OCDS release, record, package or list of releases? */
export function isOcds(data: unknown): boolean {
  if (Array.isArray(data)) return data.length > 0 && data.every(isOcds);
  if (!data || typeof data !== 'object') return false;
  const o = data as Record<string, unknown>;
  return typeof o.ocid === 'string' || Array.isArray(o.releases) || Array.isArray(o.records);
}

/** A record's notice: its compiled release, else its newest embedded release (linked releases carry no data). */
export function releaseOfRecord(rec: unknown): unknown {
  if (!rec || typeof rec !== 'object') return undefined;
  const r = rec as Record<string, unknown>;
  const notice = compiledOrNewest(r);
  // A record's planning releases (a planned procurement or prior information notice) say when the procurement was first announced.
  const planned = planningDates(Array.isArray(r.releases) ? r.releases : []);
  return planned.length && notice && typeof notice === 'object' ? { ...notice, [PLANNED_KEY]: planned } : notice;
}

/** Where releaseOfRecord leaves a record's planning notice dates for releaseToDocument. */
const PLANNED_KEY = '__tenderlintPlannedNotices';

function planningDates(releases: unknown[]): string[] {
  const out: string[] = [];
  for (const x of releases) {
    if (!x || typeof x !== 'object') continue;
    const o = x as { tag?: unknown; date?: unknown };
    const tags = Array.isArray(o.tag) ? o.tag : [o.tag];
    if (
      tags.some((t) => t === 'planning' || t === 'planningUpdate') &&
      typeof o.date === 'string' &&
      /^\d{4}-\d{2}-\d{2}/.test(o.date)
    )
      out.push(o.date.slice(0, 10));
  }
  return out.sort();
}

function compiledOrNewest(r: Record<string, unknown>): unknown {
  if (r.compiledRelease && typeof r.compiledRelease === 'object') {
    const c = r.compiledRelease as Record<string, unknown>;
    return typeof c.ocid === 'string' || typeof r.ocid !== 'string' ? c : { ...c, ocid: r.ocid };
  }
  const embedded = (Array.isArray(r.releases) ? r.releases : []).filter(
    (x) => x && typeof x === 'object' && ('tender' in x || 'ocid' in x) && !('url' in x && !('tender' in x)),
  );
  const newest = [...embedded]
    .sort((a, b) =>
      String((a as { date?: string }).date ?? '').localeCompare(String((b as { date?: string }).date ?? '')),
    )
    .at(-1);
  return newest;
}

/**
 * Every release in a release, record, release package, record package, or an array of any of these
 * (JSON Lines parsed line by line). Records give their compiled release.
 */
export function releasesOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data.flatMap(releasesOf);
  if (!data || typeof data !== 'object') return [];
  const o = data as Record<string, unknown>;
  if (Array.isArray(o.records)) return o.records.map(releaseOfRecord).filter(Boolean);
  // A record on its own: an ocid with a compiledRelease or embedded releases.
  if (typeof o.ocid === 'string' && (o.compiledRelease || (Array.isArray(o.releases) && !o.tender))) {
    const r = releaseOfRecord(o);
    return r ? [r] : [];
  }
  if (Array.isArray(o.releases)) return o.releases;
  return typeof o.ocid === 'string' ? [o] : [];
}

// The corpus's notices lost their backslashes: "\r\n" reads "rn", "\t" reads "t". Split where "rn"
// plainly was a line break: after punctuation or a digit, or glued to a word that does not end in "rn".
const STRIPPED_AFTER_MARK = /(?<=[.,:;)\]0-9])(?:rn)+(?=\s*[A-Za-z0-9•(*\-—–“"‘']|\s*$)/g;
const STRIPPED_AFTER_WORD = /\b([A-Za-z]*?)((?:rn)+)\b(?=\s*[A-Z0-9•(*\-—–“"‘']|\s*$)/g;
const WORDS_ENDING_RN = new Set([
  'modern',
  'western',
  'eastern',
  'northern',
  'southern',
  'return',
  'concern',
  'govern',
  'pattern',
  'intern',
  'turn',
  'burn',
  'learn',
  'earn',
  'stern',
  'born',
  'corn',
  'horn',
  'torn',
  'worn',
  'sworn',
  'adorn',
  'mourn',
  'yarn',
  'churn',
  'cavern',
  'tavern',
  'lantern',
  'stubborn',
  'acorn',
  'overturn',
  'upturn',
  'downturn',
  'unicorn',
  'hereinafterrn',
]);
// A stripped tab: "(c) tGAS safe", "(b)t Construction", "rntItem".
const STRIPPED_TAB_AFTER_MARK = /(?<=\))t(?=\s)/g;
const STRIPPED_TAB_BEFORE_WORD = /(?<=^|[\s)])t(?=[A-Z][A-Za-z])/gm;

/** The text of one OCDS string field as paragraphs, with real and stripped line breaks and tabs undone. */
export function paragraphs(text: string): string[] {
  const unbroken = text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(STRIPPED_AFTER_MARK, '\n')
    .replace(STRIPPED_AFTER_WORD, (all, base: string, rn: string) => {
      if (!base) return all;
      if (WORDS_ENDING_RN.has((base + 'rn').toLowerCase())) return rn.length > 2 ? base + 'rn\n' : all;
      return base + '\n';
    })
    .replace(STRIPPED_TAB_AFTER_MARK, '')
    .replace(STRIPPED_TAB_BEFORE_WORD, '');
  return unbroken
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A one-line label (a title, a buyer's name): mojibake repaired, stripped escapes undone. */
function label(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const s = repairMojibake(paragraphs(text).join(' ')).replace(/\s+/g, ' ').trim();
  return s || undefined;
}

/** Calendar months from a start to an end date, the end day counted in (1 Feb to 30 Apr is 3 months). */
function monthsBetween(start: string, end: string): number | undefined {
  const a = /^(\d{4})-(\d{2})-(\d{2})/.exec(start);
  const b = /^(\d{4})-(\d{2})-(\d{2})/.exec(end);
  if (!a || !b || end.slice(0, 10) <= start.slice(0, 10)) return undefined;
  const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const [y1, m1, d1] = [Number(a[1]), Number(a[2]), Number(a[3])];
  const [y2, m2, d2] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const months = (y2 - y1) * 12 + (m2 - m1) + (d2 + 1 - d1) / daysIn(y2, m2);
  return Math.round(months * 10) / 10;
}

/** Months in a durationInDays. Notices state months and the portals export months x 30 (720, 1800, 3600). */
export function monthsOfDays(days: number): number {
  if (days > 0 && days % 30 === 0) return days / 30;
  return Math.round((days / 365.25) * 12 * 10) / 10;
}

/**
 * Values below this are placeholders ("0.01 GBP", "1 GBP"): how some portals say "not disclosed".
 * No real tender is advertised for under £100.
 */
export const PLACEHOLDER_VALUE = 100;

const fmt = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** One notice to a TenderDocument: its texts become blocks located by notice and field; its fields become stated facts. */
export function releaseToDocument(path: string, raw: unknown, index: number): TenderDocument {
  const notes: string[] = [];
  dropped = notes;
  let parsed;
  try {
    parsed = OcdsRelease.safeParse(raw);
  } finally {
    dropped = undefined;
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || '(root)';
    throw new ParseError(
      'invalid-ocds',
      `release ${index + 1} is not valid OCDS: ${where}: ${where === 'ocid' ? 'no ocid (every release needs one)' : issue.message}`,
    );
  }
  const r = parsed.data;
  const t: Tender = r.tender ?? {};
  const sink = new BlockSink();
  const notice = r.ocid;
  // The same text is often repeated (tender, lot and notice-document descriptions): read it once.
  const seen = new Set<string>();
  const addText = (field: string, text: string | null | undefined, kind: 'heading' | 'paragraph' = 'paragraph') => {
    if (!text) return;
    const key = text.trim();
    if (!key || seen.has(key)) return;
    seen.add(key);
    for (const p of paragraphs(text)) {
      const b = new TextBuilder();
      b.add(p);
      sink.add(kind, b.text(), { notice, field }, kind === 'heading' ? { depth: 1 } : {});
    }
  };
  const addCriteria = (field: string, c: z.infer<typeof Criteria> | null | undefined, withName: boolean) => {
    if (!c) return;
    addText(`${field}.description`, c.description);
    (c.criteria ?? []).forEach((x, j) => {
      if (!x) return;
      if (withName) {
        // Award criteria: "Technical: 75" reads as a weighting, so name and description go together.
        const both = [x.name, x.description].filter(Boolean).join(': ');
        if (both) addText(`${field}.criteria[${j}]`, both);
      } else {
        addText(`${field}.criteria[${j}].description`, x.description);
        addText(`${field}.criteria[${j}].minimum`, x.minimum);
      }
    });
  };
  const lots: Lot[] = (t.lots ?? []).filter((l): l is Lot => !!l);
  addText('tender.title', t.title, 'heading');
  addText('tender.description', t.description);
  lots.forEach((lot, i) => {
    addText(`tender.lots[${i}].title`, lot.title);
    addText(`tender.lots[${i}].description`, lot.description);
    addText(`tender.lots[${i}].renewal.description`, lot.renewal?.description);
    addCriteria(`tender.lots[${i}].selectionCriteria`, lot.selectionCriteria, false);
    addCriteria(`tender.lots[${i}].awardCriteria`, lot.awardCriteria, true);
  });
  addText('tender.eligibilityCriteria', t.eligibilityCriteria);
  addCriteria('tender.selectionCriteria', t.selectionCriteria, false);
  // Selection criteria are sometimes published as notice documents with the text in their description.
  (t.documents ?? []).forEach((d, i) => {
    if (d && /selectionCriteria|eligibilityCriteria/i.test(d.documentType ?? ''))
      addText(`tender.documents[${i}].description`, d.description);
  });
  addCriteria('tender.awardCriteria', t.awardCriteria, true);
  addText('tender.awardCriteriaDetails', t.awardCriteriaDetails);
  addText('tender.contractTerms.performanceTerms', t.contractTerms?.performanceTerms);
  addText('tender.procurementMethodDetails', t.procurementMethodDetails);
  if (t.submissionMethodDetails && !/^\s*https?:\/\/\S+\s*$/.test(t.submissionMethodDetails))
    addText('tender.submissionMethodDetails', t.submissionMethodDetails);
  addText('tender.lotDetails.noLotsDivisionRationale', t.lotDetails?.noLotsDivisionRationale);
  addText('description', r.description);

  const stated: StatedFacts & Record<string, unknown> = {};
  const fields: Record<string, number> = {};
  // Each stated fact also gets a block of its own, so a finding about it has a passage to point at.
  const field = (fact: keyof StatedFacts, path: string, text: string) => {
    const b = sink.add('paragraph', text, { notice, field: path });
    if (b) fields[fact] = b.index;
  };

  // Value: tender.value (net, else gross), else the sum of the lots' values.
  const value = valueOf(t, lots, notes);
  if (value) {
    stated.value = value.amount;
    stated.valueBasis = 'total';
    if (value.gross) stated.vat = 'including';
    field('value', value.field, `${value.label}: ${fmt(value.amount)} GBP${value.gross ? ' including VAT' : ''}`);
  }
  const published = t.datePublished ?? r.date;
  if (published) {
    stated.published = published;
    field('published', t.datePublished ? 'tender.datePublished' : 'date', `Published: ${published}`);
  }
  if (t.tenderPeriod?.endDate) {
    stated.deadline = t.tenderPeriod.endDate;
    field('deadline', 'tender.tenderPeriod.endDate', `Tender submission deadline: ${t.tenderPeriod.endDate}`);
  }
  if (t.enquiryPeriod?.endDate) {
    stated.clarificationDeadline = t.enquiryPeriod.endDate;
    field(
      'clarificationDeadline',
      'tender.enquiryPeriod.endDate',
      `Clarification deadline: ${t.enquiryPeriod.endDate}`,
    );
  }
  if (lots.length > 0) {
    stated.lots = lots.length;
    field('lots', 'tender.lots', `Lots: ${lots.length === 1 ? '1 (a single lot)' : String(lots.length)}`);
  }
  const rationale = label(t.lotDetails?.noLotsDivisionRationale);
  if (rationale) stated.lotsReasons = rationale;
  const cat = t.mainProcurementCategory;
  if (cat === 'goods' || cat === 'services' || cat === 'works') stated.contractType = cat;
  const period = t.contractPeriod ?? lots.find((l) => l.contractPeriod)?.contractPeriod;
  const months = period?.durationInDays
    ? monthsOfDays(period.durationInDays)
    : period?.startDate && period?.endDate
      ? monthsBetween(period.startDate, period.endDate)
      : undefined;
  if (months && months > 0) stated.termMonths = months;
  // submissionMethod: electronic unless the notice lists only paper or in-person routes (PA23 s.54: 30 days, not 25).
  const methods = t.submissionMethod ?? [];
  if (methods.length > 0) stated.notElectronic = !methods.some((m) => /^electronic/i.test(m));
  const regime = regimeOf(t, published ?? undefined);
  if (regime) stated.regime = regime;
  if (period?.startDate) {
    stated.contractStart = period.startDate;
    field(
      'contractStart',
      t.contractPeriod ? 'tender.contractPeriod.startDate' : 'tender.lots[].contractPeriod.startDate',
      `Contract start: ${period.startDate}`,
    );
  }
  const lotValues = lots.map((l) => l.value?.amount ?? l.value?.amountGross);
  if (lots.length > 1 && lotValues.every((v): v is number => typeof v === 'number' && v >= PLACEHOLDER_VALUE))
    stated.lotValues = lotValues;

  // The buyer: buyer.name, else the party the buyer id names, else the party in the buyer role.
  const party =
    r.parties?.find((p) => p && r.buyer?.id != null && p.id === r.buyer.id) ??
    r.parties?.find((p) => p?.roles?.includes('buyer'));
  const buyer = label(r.buyer?.name ?? party?.name);
  if (buyer) {
    stated.buyer = buyer;
    field('buyer', r.buyer?.name ? 'buyer.name' : 'parties[].name', `Buyer: ${buyer}`);
  }
  const nation = party?.address ? nationOfAddress(party.address) : 'unknown';
  if (nation !== 'unknown') stated.nation = nation;
  const title = label(t.title);
  const ref = noticeRef(r.ocid, r.id != null ? String(r.id) : undefined, noticeUrl(t));
  const url = ref.url;
  const suit = t.suitability ?? lots.find((l) => l.suitability)?.suitability;
  // The suitability marking gets a block of its own, so a finding about it has a passage to point at.
  const marked = (x: { sme?: boolean | null; vcse?: boolean | null } | null | undefined) =>
    [x?.sme ? 'small and medium-sized enterprises' : '', x?.vcse ? 'voluntary, community and social enterprises' : '']
      .filter(Boolean)
      .join(' and ');
  if (t.suitability && marked(t.suitability))
    sink.add('paragraph', `Suitable for ${marked(t.suitability)}`, { notice, field: 'tender.suitability' });
  else
    lots.forEach((l, i) => {
      if (marked(l.suitability))
        sink.add('paragraph', `Lot ${l.id ?? i + 1} suitable for ${marked(l.suitability)}`, {
          notice,
          field: `tender.lots[${i}].suitability`,
        });
    });
  const lotMarks = lots.map((l) => ({
    ...(l.id != null ? { id: String(l.id) } : {}),
    ...(label(l.title) ? { title: label(l.title)! } : {}),
    ...(l.suitability?.sme != null ? { sme: l.suitability.sme } : {}),
    ...(l.suitability?.vcse != null ? { vcse: l.suitability.vcse } : {}),
  }));
  // Reserved participation: the tender's, else the first lot's that has one.
  const reservedAt = t.otherRequirements?.reservedParticipation?.length
    ? { to: t.otherRequirements.reservedParticipation, field: 'tender.otherRequirements.reservedParticipation' }
    : lots
        .map((l, i) =>
          l.otherRequirements?.reservedParticipation?.length
            ? {
                to: l.otherRequirements.reservedParticipation,
                field: `tender.lots[${i}].otherRequirements.reservedParticipation`,
              }
            : undefined,
        )
        .find(Boolean);
  let reserved: { to: string[]; field: string; block?: number } | undefined;
  if (reservedAt) {
    const b = sink.add('paragraph', `Reserved participation: ${reservedAt.to.join(', ')}`, {
      notice,
      field: reservedAt.field,
    });
    reserved = { ...reservedAt, ...(b ? { block: b.index } : {}) };
  }
  const cpv = [
    ...new Set(
      [
        t.classification,
        ...[t.items, ...lots.map((l) => l.items)].flatMap((items) =>
          (items ?? []).flatMap((it) => [it?.classification, ...(it?.additionalClassifications ?? [])]),
        ),
      ]
        .filter((c): c is NonNullable<typeof c> => !!c && c.id != null && (!c.scheme || /cpv/i.test(c.scheme)))
        .map((c) => String(c.id)),
    ),
  ];
  const plannedNotices = ((raw as Record<string, unknown> | null)?.[PLANNED_KEY] as string[] | undefined) ?? [];
  const region = party?.address?.region ?? undefined;
  return {
    path,
    format: 'ocds',
    blocks: sink.blocks,
    stated,
    fields,
    notes,
    ...sink.normalised(),
    notice: {
      id: r.ocid,
      ...(ref.number ? { number: ref.number } : {}),
      ...(buyer ? { buyer } : {}),
      ...(title ? { title } : {}),
      ...(url ? { url } : {}),
      ...(suit && (suit.sme != null || suit.vcse != null)
        ? {
            suitability: {
              ...(suit.sme != null ? { sme: suit.sme } : {}),
              ...(suit.vcse != null ? { vcse: suit.vcse } : {}),
            },
          }
        : {}),
      ...(lotMarks.some((l) => l.sme !== undefined || l.vcse !== undefined) ? { lots: lotMarks } : {}),
      ...(reserved ? { reserved } : {}),
      ...(plannedNotices.length ? { plannedNotices } : {}),
      ...(cpv.length ? { cpv } : {}),
      ...(region ? { region } : {}),
    },
  };
}

interface ValueRead {
  amount: number;
  gross: boolean;
  field: string;
  label: string;
}

function valueOf(t: Tender, lots: Lot[], notes: string[]): ValueRead | undefined {
  const usable = (
    v: z.infer<typeof Value> | null | undefined,
    where: string,
  ): { amount: number; gross: boolean } | undefined => {
    if (!v) return undefined;
    const amount = v.amount ?? v.amountGross;
    if (amount == null || !Number.isFinite(amount)) return undefined;
    const currency = (v.currency ?? 'GBP').toUpperCase();
    if (currency !== 'GBP') {
      notes.push(`${where} is in ${currency}: tenderlint compares values in GBP, so it was not used`);
      return undefined;
    }
    if (amount < PLACEHOLDER_VALUE) {
      notes.push(
        `${where} is ${fmt(amount)} GBP, a placeholder rather than an estimate, so no value was taken from it`,
      );
      return undefined;
    }
    return { amount, gross: v.amount == null };
  };
  const own = usable(t.value, 'tender.value');
  if (own)
    return { ...own, field: own.gross ? 'tender.value.amountGross' : 'tender.value.amount', label: 'Estimated value' };
  if (lots.length === 0) return undefined;
  const each = lots.map((l, i) => usable(l.value, `tender.lots[${i}].value`));
  if (each.some((x) => !x)) return undefined;
  const amount = each.reduce((s, x) => s + x!.amount, 0);
  const gross = each.some((x) => x!.gross);
  return {
    amount,
    gross,
    field: 'tender.lots[].value',
    label: lots.length === 1 ? 'Estimated value (the lot)' : `Estimated value (sum of ${lots.length} lots)`,
  };
}

function regimeOf(t: Tender, published: string | undefined): StatedFacts['regime'] | undefined {
  const details = `${t.procurementMethodDetails ?? ''} ${(t.specialRegime ?? []).join(' ')}`.toLowerCase();
  if (
    /call-?off|mini-?competition|further competition|framework agreement|direct award (?:from|under) (?:a |the )?framework/.test(
      details,
    )
  )
    return 'framework-call-off';
  if (/light.?touch/.test(details)) return 'light-touch';
  if (/provider selection|\bpsr\b/.test(details)) return 'psr';
  if (/below.?threshold|quotation/.test(details) || t.aboveThreshold === false) return 'below-threshold';
  // Above threshold and on or after commencement: the Act's minimums apply (before it, the 2015 Regulations,
  // which the text-and-date resolution finds).
  if (
    t.aboveThreshold === true &&
    published &&
    published.slice(0, 10) >= '2025-02-24' &&
    !/utilities|defen[cs]e|concession/.test(details)
  )
    return 'pa2023';
  return undefined;
}

const FTS_NUMBER = /^\d{6}-\d{4}$/;
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * The notice number people search by, and the notice page, from the OCID's publisher prefix, the
 * release id and the notice URL: Find a Tender's release id is the notice number ("012345-2025");
 * Contracts Finder's notice is the GUID its release id starts with; PCS and Sell2Wales put it in
 * the notice URL (?ID=APR350718).
 */
export function noticeRef(
  ocid: string,
  releaseId: string | undefined,
  url: string | undefined,
): { number?: string; url?: string } {
  if (ocid.startsWith('ocds-h6vhtk-') && releaseId && FTS_NUMBER.test(releaseId)) {
    return { number: releaseId, url: url ?? `https://www.find-tender.service.gov.uk/Notice/${releaseId}` };
  }
  if (ocid.startsWith('ocds-b5fd17-')) {
    const guid = (url && GUID.exec(url)?.[0]) ?? (releaseId && GUID.exec(releaseId)?.[0]) ?? GUID.exec(ocid)?.[0];
    return guid
      ? { number: guid, url: url ?? `https://www.contractsfinder.service.gov.uk/Notice/${guid}` }
      : url
        ? { url }
        : {};
  }
  const id = url ? /[?&]ID=([A-Za-z0-9]+)/.exec(url)?.[1] : undefined;
  return { ...(id ? { number: id } : {}), ...(url ? { url } : {}) };
}

function noticeUrl(t: Tender): string | undefined {
  const docs = (t.documents ?? []).filter(
    (d): d is NonNullable<typeof d> => !!d && !!d.url && /^https?:\/\//i.test(d.url),
  );
  return (
    (
      docs.find((d) => d.documentType === 'contractNotice' || d.documentType === 'tenderNotice') ??
      docs.find((d) => d.format === 'text/html')
    )?.url ?? undefined
  );
}

/** A stand-in document for a part of the file that could not be read, reported as an error entry. */
function failedPart(path: string, code: string, message: string): TenderDocument {
  return { path, format: 'ocds', blocks: [], stated: {}, notes: [], failed: { code, message } };
}

/**
 * The documents of a list of releases, each named after its notice when there are several. With
 * several, a release that is not valid OCDS is an entry of its own rather than the whole file's error.
 */
export function documentsOf(path: string, releases: unknown[]): TenderDocument[] {
  const many = releases.length > 1;
  return releases.map((rel, i) => {
    const ocid = (rel as { ocid?: unknown })?.ocid;
    const name = many ? `${path}#${typeof ocid === 'string' ? ocid : i + 1}` : path;
    if (!many) return releaseToDocument(name, rel, i);
    try {
      return releaseToDocument(name, rel, i);
    } catch (e) {
      if (e instanceof ParseError) return failedPart(name, e.code, e.message);
      throw e;
    }
  });
}

/** The first non-empty line parses as a JSON object or array: the file is JSON Lines. */
function looksLikeJsonLines(lines: string[]): boolean {
  const first = lines.find((l) => l.trim());
  if (!first || !/^\s*[[{]/.test(first)) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return false;
  }
}

/**
 * JSON Lines, line by line as `tenderlint report` reads them: a broken line, or one that is not
 * OCDS, is an entry of its own named after its line, and every good notice is linted.
 */
function jsonLines(path: string, lines: string[]): TenderDocument[] {
  const out: Array<TenderDocument | { release: unknown; line: number }> = [];
  let good = 0;
  let firstError: ParseError | undefined;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const n = i + 1;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      const b = jsonBreak(e, line);
      const message = `line ${n}: not valid JSON: ${b.what}${b.column !== undefined ? ` at column ${b.column}` : ''}`;
      firstError ??= new ParseError('invalid-json', message);
      out.push(failedPart(`${path}#line-${n}`, 'invalid-json', message));
      return;
    }
    const releases = releasesOf(data);
    if (releases.length === 0) {
      out.push(
        failedPart(`${path}#line-${n}`, 'not-ocds', `line ${n}: JSON, but not an OCDS release, record or package`),
      );
      return;
    }
    for (const release of releases) {
      out.push({ release, line: n });
      good++;
    }
  });
  if (good === 0)
    throw (
      firstError ??
      new ParseError(
        'not-ocds',
        'JSON Lines, but no line is an OCDS release, record or package (no "ocid", "releases" or "records")',
      )
    );
  const many = good > 1;
  let index = 0;
  return out.map((item) => {
    if (!('release' in item)) return item;
    const i = index++;
    const ocid = (item.release as { ocid?: unknown })?.ocid;
    const name = many ? `${path}#${typeof ocid === 'string' ? ocid : `line-${item.line}`}` : path;
    try {
      return releaseToDocument(name, item.release, i);
    } catch (e) {
      if (e instanceof ParseError) return failedPart(name, e.code, `line ${item.line}: ${e.message}`);
      throw e;
    }
  });
}

/** An OCDS file (JSON or JSON Lines) to one document per notice. */
export function parseOcds(path: string, source: string): TenderDocument[] {
  let data: unknown;
  const trimmed = source.replace(/^\uFEFF/, '').trim();
  try {
    data = JSON.parse(trimmed);
  } catch (e) {
    const lines = trimmed.split(/\r?\n/);
    if (lines.filter((l) => l.trim()).length > 1 && (/\.(?:jsonl|ndjson)$/i.test(path) || looksLikeJsonLines(lines)))
      return jsonLines(path, lines);
    throw new ParseError('invalid-json', `not valid JSON: ${describeJsonError(e, trimmed)}`);
  }
  const releases = releasesOf(data);
  if (releases.length === 0)
    throw new ParseError(
      'not-ocds',
      'JSON, but not an OCDS release, record or package (no "ocid", "releases" or "records")',
    );
  return documentsOf(path, releases);
}
