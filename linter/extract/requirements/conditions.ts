import type { TenderDocument } from '../../model/document.js';
import { findMoney } from '../money.js';
import { findPercentages } from '../ratios.js';
import { NUMBER_WORD_SOURCE, wordsToNumber } from '../numbers.js';
import { passagesOf, type Passage } from '../passages.js';
import { NEGATED, perDocument } from './cache.js';

// ---- prior-contract: "must have previously held a contract with the Council" ----

const AUTHORITY = String.raw`(?:the|this|our)\s+(?:[A-Z][\w'-]*\s+){0,4}?(?:Council|Trust|Authority|ICB|Integrated Care Board|Board|University|Department|Buyer|Commissioner|Association|Agency|College|Partnership|organisation|Contracting Authority)\b|\bus\b`;
const PRIOR = new RegExp(
  String.raw`\b(?:previously|already|currently|have|has|had|must have)\s+(?:held|delivered|provided|had|been awarded|worked|performed|supplied|been contracted|been commissioned|been a supplier)\b[^.;]{0,60}\b(?:with|for|to|by)\s+(?:${AUTHORITY})` +
    String.raw`|\b(?:existing|current|incumbent|approved|previous|established) (?:suppliers?|providers?|contractors?|partners?)\s+(?:to|of|for|with)\s+(?:${AUTHORITY})` +
    String.raw`|\b(?:experience|track record|history) of (?:working (?:with|for)|delivering (?:\w+ ){0,3}(?:for|to)|contracts? with) (?:${AUTHORITY})` +
    String.raw`|\b(?:previous|prior|an existing|a current) contract with (?:${AUTHORITY})`,
  'i',
);
const PRIOR_DEMAND = /\bmust\b|\bshall\b|\brequired?\b|\brequirement\b|\bessential\b|\bmandatory\b|\bonly (?:bidders|suppliers|organisations|providers|tenderers|those)\b|\bwill only\b|\bneed to\b|\bcondition\b/i;
const PRIOR_NOT = /\bnot\b|\bneed not\b|\bno requirement\b|\bany (?:customer|funder|buyer|client|public|organisation|commissioner)\b|\bor (?:any )?other\b|\bdesirable\b/i;

export const priorContractDemands = perDocument((doc: TenderDocument): Passage[] =>
  passagesOf(doc).filter((p) => PRIOR.test(p.text) && PRIOR_DEMAND.test(p.text) && !PRIOR_NOT.test(p.text)),
);

// ---- payment-terms: "will pay invoices within 45 days", "on receipt of funding" ----

export interface PaymentTerm {
  passage: Passage;
  /** Calendar days from a valid invoice, when stated as a period. */
  days?: number;
  /** The period as written ("45 days", "30 working days"). */
  said: string;
  /** Payment depends on the authority receiving funding. */
  onFunding?: boolean;
}

const PAYS = /\b(?:will|shall|to|must|we|Council|Trust|Authority|ICB|Board|University|buyer)\s+(?:be\s+)?(?:pay|paid|settle|settled|make payment)\b|\bpaid within\b|\bpayment (?:terms?|will be made|is made|shall be made|within|period)\b|\bpay(?:s|ing)? (?:all |each |any )?(?:valid |undisputed |approved |correct )*invoices?\b|\binvoices? (?:will|shall) be (?:paid|settled)\b/i;
const NOT_OURS = /\bsupply chain\b|\bsub-?contract|\byour (?:own )?(?:suppliers|subcontractors)\b|\bprompt payment code\b|\bof (?:all )?(?:supply chain )?invoices\b|\bsuppliers? (?:must|should|shall) pay\b|\bbidders? (?:must|should|shall) pay\b|\bpay (?:their|its|your) (?:own )?(?:suppliers|staff|workers|employees)\b|\bliving wage\b|\bpenalt|\bsubmit(?:ted)? (?:within|no later)\b|\bdisput(?:e|ed) within\b|\bqueries?\b|\b(?:have been|were|has been) paid\b|\breporting periods?\b/i;
const DAYS = new RegExp(String.raw`\b(?<n>\d{1,3}|${NUMBER_WORD_SOURCE}(?:[ -]${NUMBER_WORD_SOURCE})?)[\s-]*(?:\(\d{1,3}\)\s*)?(?<kind>calendar |working |business )?days?\b|\b(?<w>\d{1,2})[\s-]*weeks?\b|\b(?<mo>\d{1,2}|one|two|three)[\s-]*months?\b`, 'gi');
const PERIOD_BEFORE = /\b(?:within|after|of|in|than|to|at|on|net|from|terms (?:are|of))\s+(?:up to\s+|a maximum of\s+|no (?:more|later) than\s+)?$/i;
const PERIOD_AFTER = /^\s*(?:net\b|payment terms|terms|from the end of\b|from (?:the )?(?:date of |receipt|invoice)|of (?:the )?(?:date of )?(?:receipt|invoice)|after (?:receipt|the date)|following (?:receipt|the date))/i;
const ON_FUNDING = /\bon (?:the )?receipt of (?:the )?(?:funding|funds|grant|payment from)\b|\bwhen (?:the )?(?:funding|funds|grant)\b[^.;]{0,30}\b(?:received|released|paid)\b|\bsubject to (?:the )?(?:receipt|availability) of (?:funding|funds|grant)\b|\bonce (?:the )?(?:funding|grant) (?:is|has been) received\b/i;

function calendarDays(m: RegExpExecArray): number | undefined {
  const g = m.groups ?? {};
  if (g.w) return Number(g.w) * 7;
  if (g.mo) return (/^\d+$/.test(g.mo) ? Number(g.mo) : wordsToNumber(g.mo) ?? 0) * 30;
  const n = /^\d+$/.test(g.n ?? '') ? Number(g.n) : wordsToNumber(g.n ?? '');
  if (n === undefined) return undefined;
  // Working days: five to a week of seven calendar days.
  return /working|business/i.test(g.kind ?? '') ? Math.ceil((n * 7) / 5) : n;
}

export const paymentTerms = perDocument((doc: TenderDocument): PaymentTerm[] => {
  const out: PaymentTerm[] = [];
  for (const p of passagesOf(doc)) {
    const t = p.text;
    if (!PAYS.test(t) || NOT_OURS.test(t)) continue;
    const funding = ON_FUNDING.exec(t);
    if (funding) {
      out.push({ passage: p, said: funding[0], onFunding: true });
      continue;
    }
    let best: PaymentTerm | undefined;
    DAYS.lastIndex = 0;
    for (let m = DAYS.exec(t); m; m = DAYS.exec(t)) {
      const before = t.slice(Math.max(0, m.index - 30), m.index);
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (!PERIOD_BEFORE.test(before) && !PERIOD_AFTER.test(after)) continue;
      const days = calendarDays(m);
      if (days === undefined || days <= 0) continue;
      if (!best || days > (best.days ?? 0)) best = { passage: p, days, said: m[0].trim() };
    }
    if (best) out.push(best);
  }
  return out;
});

// ---- social-value-weighting: "Social value | 5%", "Social value will account for 5% of the total score" ----

export interface SocialValueWeighting {
  passage: Passage;
  percent: number;
}

const SOCIAL_VALUE = /\bsocial value\b|\bcommunity benefits?\b/i;
const WEIGHT_CONTEXT = /\bweight(?:ing|ed|s)?\b|\bscor(?:e|es|ed|ing)\b|\baccount for\b|\bevaluat\w*\b|\bmarks?\b|\bcriteri(?:on|a)\b|\bof the (?:total|overall)\b|\bworth\b/i;
const NOT_WEIGHT = /\bof (?:the )?(?:contract|annual|total contract) value\b|\bof (?:the |your )?(?:workforce|spend|staff|employees|budget)\b|\bminimum (?:of |weighting of )?10\b|\bPPN\b|\bpolicy\b/i;

export const socialValueWeightings = perDocument((doc: TenderDocument): SocialValueWeighting[] => {
  const out: SocialValueWeighting[] = [];
  for (const p of passagesOf(doc)) {
    const t = p.text;
    const sv = SOCIAL_VALUE.exec(t);
    if (!sv) continue;
    const isRow = p.block.kind === 'table-row';
    if (!isRow && (!WEIGHT_CONTEXT.test(t) || NOT_WEIGHT.test(t))) continue;
    const pcts = findPercentages(t);
    if (pcts.length === 0) continue;
    // The percentage nearest the words "social value" is its weighting.
    const at = sv.index + sv[0].length / 2;
    const nearest = pcts.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
    if (Math.abs(nearest.start - at) > 80) continue;
    out.push({ passage: p, percent: nearest.value });
  }
  return out;
});

// ---- reserves-requirement: minimum reserves, net assets or cash ----

export interface ReservesDemand {
  passage: Passage;
  /** What is demanded ("unrestricted reserves", "net current assets"). */
  what: string;
  amount?: number;
  /** "three months of operating costs", "25% of the contract value": a level not in pounds. */
  relative?: string;
}

const RESERVES = /\b(?:(?:unrestricted|free|general|minimum|cash|financial|charitable)\s+)?reserves\b|\bnet (?:current )?assets?\b|\bnet worth\b|\bcash (?:reserves|balance|at bank|in (?:the )?bank|holdings?)\b|\bworking capital\b|\bliquid (?:assets|funds)\b|\bshareholders'? funds\b/i;
const RESERVES_DEMAND = /\bmust\b|\bshall\b|\brequired?\b|\bminimum\b|\bat least\b|\bnot less than\b|\bno less than\b|\bequal to\b|\bin excess of\b|\bexceed\w*\b|\bdemonstrate\b/i;
const NOT_RESERVES = /\bratio\b|\brating\b|\bRAG\b|\bnot an automatic\b|\brisk (?:score|assessment|level)\b|\bpolicy\b|\breserves the right\b|\bhigh risk\b|\bgreen\b|\bamber\b/i;
const RELATIVE = /\b(?<n>\d+|one|two|three|four|five|six|nine|twelve)\s+(?:months?|weeks?)(?:'|’)?\s+(?:of\s+)?(?:\w+\s+){0,2}(?:costs?|expenditure|spend(?:ing)?|running costs|turnover)\b|\b\d{1,3}\s?%\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:value|turnover|costs?|expenditure)\b/i;

export const reservesDemands = perDocument((doc: TenderDocument): ReservesDemand[] => {
  const out: ReservesDemand[] = [];
  for (const p of passagesOf(doc)) {
    const t = p.text;
    const r = RESERVES.exec(t);
    if (!r || !RESERVES_DEMAND.test(t) || NEGATED.test(t) || NOT_RESERVES.test(t)) continue;
    const money = findMoney(t).filter((m) => m.start > r.index - 80);
    const relative = RELATIVE.exec(t)?.[0];
    if (money.length === 0 && !relative && !/\bpositive\b|\bminimum (?:level|amount)\b/i.test(t)) continue;
    out.push({
      passage: p,
      what: r[0].toLowerCase(),
      ...(money.length ? { amount: Math.max(...money.map((m) => m.amount)) } : {}),
      ...(relative ? { relative } : {}),
    });
  }
  return out;
});
