import { z } from 'zod';
import type { TenderDocument } from '../model/document.js';
import type { StatedFacts } from '../model/facts.js';
import { BlockSink, TextBuilder } from './blocks.js';
import { ParseError } from './errors.js';

// Only the fields tenderlint uses; everything else passes through untouched (real data is messy).
const Value = z.object({ amount: z.number().nullish(), amountGross: z.number().nullish(), currency: z.string().nullish() }).loose();
const Period = z.object({ startDate: z.string().nullish(), endDate: z.string().nullish(), durationInDays: z.number().nullish() }).loose();
const Criterion = z.object({ type: z.string().nullish(), name: z.string().nullish(), description: z.string().nullish(), minimum: z.string().nullish() }).loose();
const Lot = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  value: Value.nullish(),
  contractPeriod: Period.nullish(),
  renewal: z.object({ description: z.string().nullish() }).loose().nullish(),
  awardCriteria: z.object({ criteria: z.array(Criterion).nullish() }).loose().nullish(),
}).loose();
const Tender = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  value: Value.nullish(),
  datePublished: z.string().nullish(),
  tenderPeriod: Period.nullish(),
  enquiryPeriod: Period.nullish(),
  contractPeriod: Period.nullish(),
  procurementMethod: z.string().nullish(),
  procurementMethodDetails: z.string().nullish(),
  mainProcurementCategory: z.string().nullish(),
  submissionMethod: z.array(z.string()).nullish(),
  lots: z.array(Lot).nullish(),
  lotDetails: z.object({ noLotsDivisionRationale: z.string().nullish() }).loose().nullish(),
  specialRegime: z.array(z.string()).nullish(),
  aboveThreshold: z.boolean().nullish(),
  selectionCriteria: z.object({ criteria: z.array(Criterion).nullish() }).loose().nullish(),
  awardCriteria: z.object({ criteria: z.array(Criterion).nullish() }).loose().nullish(),
  awardCriteriaDetails: z.string().nullish(),
}).loose();
export const OcdsRelease = z.object({
  ocid: z.string(),
  id: z.union([z.string(), z.number()]).nullish(),
  date: z.string().nullish(),
  description: z.string().nullish(),
  tender: Tender.nullish(),
  buyer: z.object({ name: z.string().nullish() }).loose().nullish(),
  parties: z.array(z.object({ name: z.string().nullish(), roles: z.array(z.string()).nullish() }).loose()).nullish(),
}).loose();
export type OcdsRelease = z.infer<typeof OcdsRelease>;

/** Is this parsed JSON an OCDS release, record, package or list of releases? */
export function isOcds(data: unknown): boolean {
  if (!data || typeof data !== 'object') return false;
  const o = data as Record<string, unknown>;
  return typeof o.ocid === 'string' || Array.isArray(o.releases) || Array.isArray(o.records);
}

/** Every release in a release, record, release package or record package (records give their compiled release). */
export function releasesOf(data: unknown): unknown[] {
  if (Array.isArray(data)) return data.flatMap(releasesOf);
  if (!data || typeof data !== 'object') return [];
  const o = data as Record<string, unknown>;
  if (Array.isArray(o.releases)) return o.releases;
  if (Array.isArray(o.records)) {
    return o.records.map((r) => {
      const rec = r as Record<string, unknown>;
      if (rec.compiledRelease) return rec.compiledRelease;
      const rs = Array.isArray(rec.releases) ? rec.releases : [];
      return rs.at(-1);
    }).filter(Boolean);
  }
  if (typeof o.ocid === 'string' && (o.compiledRelease || Array.isArray(o.releases))) return releasesOf(o.compiledRelease ?? o);
  return typeof o.ocid === 'string' ? [o] : [];
}

// The corpus's notices lost their backslashes: "\r\n" reads "rn", "\t" reads "t". Split where "rn"
// plainly was a line break: after punctuation or a digit, or glued to a word that does not end in "rn".
const STRIPPED_AFTER_MARK = /(?<=[.:;)\]0-9])(?:rn)+(?=\s*[A-Za-z0-9•(*-]|\s*$)/g;
const STRIPPED_AFTER_WORD = /\b([A-Za-z]*?)((?:rn)+)\b(?=\s*[A-Z0-9•(*-]|\s*$)/g;
const WORDS_ENDING_RN = new Set(['modern', 'western', 'eastern', 'northern', 'southern', 'return', 'concern', 'govern', 'pattern', 'intern', 'turn', 'burn', 'learn', 'earn', 'stern', 'born', 'corn', 'horn', 'torn', 'worn', 'sworn', 'adorn', 'mourn', 'yarn', 'churn', 'cavern', 'tavern', 'lantern', 'stubborn', 'acorn', 'overturn', 'upturn', 'downturn', 'unicorn', 'hereinafterrn']);

function paragraphs(text: string): string[] {
  const unbroken = text
    .replace(/\r\n?/g, '\n')
    .replace(STRIPPED_AFTER_MARK, '\n')
    .replace(STRIPPED_AFTER_WORD, (all, base: string, rn: string) => {
      if (!base) return all;
      if (WORDS_ENDING_RN.has((base + 'rn').toLowerCase())) return rn.length > 2 ? base + 'rn\n' : all;
      return base + '\n';
    });
  return unbroken.split(/\n+/).map((p) => p.trim()).filter(Boolean);
}

function monthsBetween(start: string, end: string): number | undefined {
  const a = Date.parse(start);
  const b = Date.parse(end);
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) return undefined;
  return Math.round(((b - a) / 86_400_000 / 365.25) * 12 * 10) / 10;
}

/** One notice to a TenderDocument: its texts become blocks located by notice and field; its fields become stated facts. */
export function releaseToDocument(path: string, raw: unknown, index: number): TenderDocument {
  const parsed = OcdsRelease.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ParseError('invalid-ocds', `release ${index + 1} is not valid OCDS: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const r = parsed.data;
  const t = r.tender ?? {};
  const sink = new BlockSink();
  const notice = r.ocid;
  const addText = (field: string, text: string | null | undefined, kind: 'heading' | 'paragraph' = 'paragraph') => {
    if (!text) return;
    for (const p of paragraphs(text)) {
      const b = new TextBuilder();
      b.add(p);
      sink.add(kind, b.text(), { notice, field }, kind === 'heading' ? { depth: 1 } : {});
    }
  };
  addText('tender.title', t.title, 'heading');
  addText('tender.description', t.description);
  (t.lots ?? []).forEach((lot, i) => {
    addText(`tender.lots[${i}].title`, lot.title);
    if (lot.description !== t.description) addText(`tender.lots[${i}].description`, lot.description);
    addText(`tender.lots[${i}].renewal.description`, lot.renewal?.description);
    (lot.awardCriteria?.criteria ?? []).forEach((c, j) => addText(`tender.lots[${i}].awardCriteria.criteria[${j}]`, [c.name, c.description].filter(Boolean).join(': ')));
  });
  (t.selectionCriteria?.criteria ?? []).forEach((c, i) => {
    addText(`tender.selectionCriteria.criteria[${i}].description`, c.description);
    addText(`tender.selectionCriteria.criteria[${i}].minimum`, c.minimum);
  });
  (t.awardCriteria?.criteria ?? []).forEach((c, i) => addText(`tender.awardCriteria.criteria[${i}]`, [c.name, c.description].filter(Boolean).join(': ')));
  addText('tender.awardCriteriaDetails', t.awardCriteriaDetails);
  addText('tender.procurementMethodDetails', t.procurementMethodDetails);
  addText('tender.lotDetails.noLotsDivisionRationale', t.lotDetails?.noLotsDivisionRationale);
  addText('description', r.description);

  const stated: StatedFacts & Record<string, unknown> = {};
  const fields: Record<string, number> = {};
  // Each stated fact also gets a block of its own, so a finding about it has a passage to point at.
  const field = (fact: keyof StatedFacts, path: string, label: string, shown: string) => {
    const b = sink.add('paragraph', `${label}: ${shown}`, { notice, field: path });
    if (b) fields[fact] = b.index;
  };
  // Placeholder values (0.01 GBP, 1 GBP) are how some portals say "not disclosed": not a value.
  const amount = t.value?.amount ?? t.value?.amountGross ?? undefined;
  if (amount !== undefined && amount !== null && amount >= 100 && (t.value?.currency ?? 'GBP') === 'GBP') {
    stated.value = amount;
    stated.valueBasis = 'total';
    field('value', t.value?.amount != null ? 'tender.value.amount' : 'tender.value.amountGross', 'Estimated value', `${amount.toLocaleString('en-GB')} GBP`);
    if (t.value?.amount == null && t.value?.amountGross != null) stated.vat = 'including';
  }
  const published = t.datePublished ?? r.date;
  if (published) {
    stated.published = published;
    field('published', t.datePublished ? 'tender.datePublished' : 'date', 'Published', published);
  }
  if (t.tenderPeriod?.endDate) {
    stated.deadline = t.tenderPeriod.endDate;
    field('deadline', 'tender.tenderPeriod.endDate', 'Tender submission deadline', t.tenderPeriod.endDate);
  }
  if (t.enquiryPeriod?.endDate) {
    stated.clarificationDeadline = t.enquiryPeriod.endDate;
    field('clarificationDeadline', 'tender.enquiryPeriod.endDate', 'Clarification deadline', t.enquiryPeriod.endDate);
  }
  const lots = t.lots ?? [];
  if (lots.length > 0) {
    stated.lots = lots.length;
    field('lots', 'tender.lots', 'Lots', lots.length === 1 ? '1 (a single lot)' : String(lots.length));
  }
  if (t.lotDetails?.noLotsDivisionRationale) stated.lotsReasons = t.lotDetails.noLotsDivisionRationale;
  const cat = t.mainProcurementCategory;
  if (cat === 'goods' || cat === 'services' || cat === 'works') stated.contractType = cat;
  const period = t.contractPeriod ?? lots[0]?.contractPeriod;
  const months = period?.durationInDays ? Math.round((period.durationInDays / 365) * 12 * 10) / 10
    : period?.startDate && period?.endDate ? monthsBetween(period.startDate, period.endDate) : undefined;
  if (months && months > 0) stated.termMonths = months;
  const regime = regimeOf(t);
  if (regime) stated.regime = regime;

  const buyer = r.buyer?.name ?? r.parties?.find((p) => p.roles?.includes('buyer'))?.name;
  const url = noticeUrl(raw);
  return {
    path,
    format: 'ocds',
    blocks: sink.blocks,
    stated,
    fields,
    notes: [],
    notice: { id: r.ocid, ...(buyer ? { buyer } : {}), ...(t.title ? { title: t.title } : {}), ...(url ? { url } : {}) },
  };
}

function regimeOf(t: z.infer<typeof Tender>): StatedFacts['regime'] | undefined {
  const details = `${t.procurementMethodDetails ?? ''} ${(t.specialRegime ?? []).join(' ')}`.toLowerCase();
  if (/call-?off|mini-?competition|further competition|framework agreement/.test(details)) return 'framework-call-off';
  if (/light.?touch/.test(details)) return 'light-touch';
  if (/provider selection|\bpsr\b/.test(details)) return 'psr';
  if (/below threshold|quotation/.test(details) || t.aboveThreshold === false) return 'below-threshold';
  return undefined;
}

function noticeUrl(raw: unknown): string | undefined {
  const docs = (raw as { tender?: { documents?: Array<{ url?: string; documentType?: string; format?: string }> } }).tender?.documents ?? [];
  return docs.find((d) => d.documentType === 'contractNotice' || d.documentType === 'tenderNotice')?.url ?? docs.find((d) => d.format === 'text/html')?.url;
}

/** An OCDS file (JSON or JSON Lines) to one document per notice. */
export function parseOcds(path: string, source: string): TenderDocument[] {
  let data: unknown;
  const trimmed = source.trim();
  try {
    data = JSON.parse(trimmed);
  } catch (e) {
    // JSON Lines: one release or package per line.
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
    try {
      data = lines.map((l) => JSON.parse(l));
    } catch {
      throw new ParseError('invalid-json', `not valid JSON: ${(e as Error).message}`);
    }
  }
  const releases = releasesOf(data);
  if (releases.length === 0) throw new ParseError('not-ocds', 'JSON, but not an OCDS release, record or package (no "ocid", "releases" or "records")');
  const many = releases.length > 1;
  return releases.map((rel, i) => {
    const ocid = (rel as { ocid?: string }).ocid ?? String(i + 1);
    return releaseToDocument(many ? `${path}#${ocid}` : path, rel, i);
  });
}
