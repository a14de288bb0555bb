import type { TenderDocument } from '../../model/document.js';
import { NUMBER_WORD_SOURCE, wordsToNumber } from '../numbers.js';
import type { Passage } from '../passages.js';
import { perDocument } from './cache.js';
import { frameOf, framesOf, negationOver, type Frame } from '../clauses/frames.js';
import { clausesOf, following, titleAbove, type Clause } from '../clauses/clauses.js';
import { phraseSet } from '../clauses/phrases.js';
import {
  CLOSED_TO_NEW,
  MEMBERSHIP,
  PAYMENT_NOT_TERMS,
  PAYMENT_ON_FUNDING,
  PAYMENT_OURS,
  REJECTION,
  RELATIONSHIP_TIME,
  TOPIC_WORDS,
} from '../clauses/vocabulary.js';

// ---- prior-contract: "must have previously held a contract with the Council" ----

export interface PriorContractDemand {
  passage: Clause;
  frame: Frame;
  /** How the text names the buyer the bidder must already have worked for. */
  buyer: string;
}

/** The buyer as the text may name it: its name, its aliases, "the Council", "us". */
export interface BuyerNames {
  name?: string | undefined;
  aliases?: readonly string[];
}

// Experience of any customer, or of others as well as the buyer, is no prior-contract condition.
const ANY_CUSTOMER = phraseSet(`
any customer
any client
any buyer
any funder
any commissioner
any public
any organisation
any public body
any public sector
for any
with any
another public
other public
or other organisation
or other organisations
or other customers
or other clients
or other buyers
or other local
or other councils
or other authorities
or other bodies
or other commissioners
or other trusts
or other employers
or any other
or another
similar organisation
similar organisations
comparable organisation
`);
// Past contracts named for another purpose: a declaration of conflicts, not a condition of taking part.
const NOT_A_PRIOR_DEMAND = phraseSet(`
conflict of interest
conflicts of interest
declare
`);
// The words that end a buyer's name or stand for it: a reference ("with the Council") may use the role
// words, a name ("with Wexley Borough Council", "on Brackenridge Homes' list") the organisation words.
const BUYER_NOUNS =
  'Council|Trust|Authority|ICB|Integrated Care Board|Board|University|College|Department|Association|Agency|Partnership|Group|School|Academy';
const ROLE_NOUNS = `${BUYER_NOUNS}|Buyer|Commissioner|Contracting Authority`;
const NAME_NOUNS = `${BUYER_NOUNS}|Homes|Housing|Academies|Commission|Service|Police|Fire`;
// The buyer referred to by its role: "the Council", "this Contracting Authority", "our Partnership Board".
const THE_BUYER = String.raw`(?:the|this|our)\s+(?:[A-Z][\w'’&-]*\s+){0,5}?(?:${ROLE_NOUNS})\b`;
// One of the buyer's parts: "one of our member academies", "any of the Group's housing associations",
// "one of the Trust's hospitals" (round 18 dev half).
const BUYER_PART = String.raw`(?:one|any|each|either) of\s+(?:our|(?:the|this)\s+(?:[A-Z][\w&-]*\s+){0,4}?(?:${ROLE_NOUNS})['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:academies|schools|hospitals|sites|services|homes|housing associations|associations|councils|departments|divisions|practices|hubs|colleges|companies|members)\b`;
// A generic buyer word after the relationship: "with the Council", "for the Trust", "to us", "of ours".
const GENERIC_BUYER = new RegExp(
  String.raw`^[^.;|]{0,100}?\b(?:with|for|to|by|of)\s+(?:${BUYER_PART}|${THE_BUYER}|us\b|ours\b)`,
);
// A buyer word inside the relationship's own phrase ("existing Trust suppliers", "we currently contract with").
const OWN_BUYER = /\b(?:Trust|Council|we)\b/i;
// A named organisation after the relationship: "with Wexley Borough Council", "to Northbank Homes Group".
// Round 13 dev half: "delivered sessions in Strathairlie Council schools", "a recipient of a Hallam Cross City Council Grant".
const NAMED_BUYER = new RegExp(
  String.raw`^[^.;|]{0,60}?\b(?:with|for|to|by|of|in|at)\s+(?:an?\s+)?((?:NHS\s+)?(?:[A-Z][\w'’&-]*\s+){1,6}(?:${NAME_NOUNS})\b)`,
);

// Words that name no buyer in particular: "Borough Council" is in half the names there are.
const GENERIC_NAME_WORD =
  /^(?:the|and|of|for|nhs|council|trust|authority|board|borough|county|district|city|town|parish|group|homes|housing|integrated|care|foundation|university|college|school|academy|department|agency|partnership|association|service|services|limited|ltd)$/;
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length >= 3 && !GENERIC_NAME_WORD.test(w));

/** Does an organisation named in the text share a distinctive word with the buyer's name or aliases ("ICB", "Wexley")? */
function namesBuyer(named: string, buyer: BuyerNames): boolean {
  const known = [buyer.name, ...(buyer.aliases ?? [])].filter((x): x is string => Boolean(x)).flatMap(words);
  // Nothing distinctive known about the buyer: a named public body in a prior-contract demand is taken to be it.
  if (known.length === 0) return true;
  const have = new Set(words(named));
  return known.some((w) => have.has(w));
}

// The buyer as the owner of the relationship just before it: "on Brackenridge Homes' Approved Contractor
// List", "the Council's approved list", "our approved suppliers" (round 13 dev half).
const POSSESSIVE_BEFORE = new RegExp(
  String.raw`(?:\b(?<generic>(?:the|this)\s+(?:[A-Z][\w&-]*\s+){0,4}?(?:${NAME_NOUNS}))|\b(?<named>(?:NHS\s+)?(?:[A-Z][\w&-]*\s+){1,5}(?:${NAME_NOUNS})))['’]s?\s+$|\b(?<our>our)\s+$`,
);

/** The buyer named as the owner of the phrase at `at` ("the Council's approved list"), if it is this buyer. */
function buyerBefore(t: string, at: number, buyer: BuyerNames): string | undefined {
  const m = POSSESSIVE_BEFORE.exec(t.slice(Math.max(0, at - 80), at));
  if (!m?.groups) return undefined;
  if (m.groups.our) return 'us';
  if (m.groups.generic) return m.groups.generic;
  return m.groups.named && namesBuyer(m.groups.named, buyer) ? m.groups.named : undefined;
}

// A list or account named as the buyer's is a prior relationship only when the bidder must already be on it.
const ALREADY = /\b(?:already|existing|current(?:ly)?|previous(?:ly)?)\b/i;

const ACRONYM_AFTER = /\b(?:with|for|to|by|of)\s+(?:the\s+)?([A-Z]{2,6})\b/g;

/** The buyer's own name, as the facts give it, just after a relationship word ("a contract with London Borough of Ashgrove ..."). */
function buyerAfter(after: string, buyer: BuyerNames): string | undefined {
  const names = [buyer.name, ...(buyer.aliases ?? [])].filter((x): x is string => Boolean(x && x.length >= 6));
  // An acronym the document defines for the buyer ("Hartsfield District Council (HDC)"), as a whole word.
  const acronyms = new Set((buyer.aliases ?? []).filter((a) => /^[A-Z]{2,6}$/.test(a)));
  if (acronyms.size > 0)
    for (const m of after.slice(0, 160).matchAll(ACRONYM_AFTER)) if (acronyms.has(m[1]!)) return m[1];
  const lower = after.slice(0, 160).toLowerCase();
  for (const name of names) {
    const n = name.replace(/^the\s+/i, '').toLowerCase();
    const at = lower.indexOf(n);
    if (at >= 0 && /\b(?:with|for|to|by)\s+(?:the\s+)?$/.test(lower.slice(Math.max(0, at - 12), at))) return name;
  }
  return undefined;
}

// The buyer anywhere in a clause about its closed list: "the College's Preferred Supplier Register",
// "the Alliance Agreement between the ICB and its partners".
const BUYER_IN_CLAUSE = new RegExp(String.raw`\b${THE_BUYER}|\bour\b|\bus\b`);

/** A demand to be on a list, register or agreement of the buyer's that takes no newcomers. */
function closedListDemand(c: Clause, buyer: BuyerNames): PriorContractDemand | undefined {
  const hit = MEMBERSHIP.first(c.text, c.bodyAt);
  if (!hit) return undefined;
  const closed = CLOSED_TO_NEW.test(c.text) || following(c, 1).some((n) => CLOSED_TO_NEW.test(n.text));
  if (!closed || ANY_CUSTOMER.test(c.text)) return undefined;
  const frame = frameOf(c, 'prior-contract', hit)!;
  if (!frame.demanded || frame.negated) return undefined;
  const after = c.text.slice(hit.start, hit.start + 240);
  const named = NAMED_BUYER.exec(after);
  const who =
    BUYER_IN_CLAUSE.exec(c.text)?.[0] ??
    (named && namesBuyer(named[1]!, buyer) ? named[1] : undefined) ??
    buyerAfter(after, buyer);
  return who ? { passage: c, frame, buyer: who.trim() } : undefined;
}

// The buyer as the object of a relationship ("supplied the Council", "worked for us"); "performed by the
// Authority" makes it the agent, so "by" is not among the words.
const BUYER_OBJECT = new RegExp(
  String.raw`\b(?:with|for|to|from)\s+(?:${BUYER_PART}|${THE_BUYER}|us\b)|\bof\s+ours\b|\b(?:supplied|served|supplying|serving)\s+${THE_BUYER}`,
  'g',
);
// What the relationship is, just before the buyer: a contract, supply, work, a grant.
// "a registered provider with us", "a current framework partner of ours" (round 18 dev half).
const RELATIONSHIP_BEFORE =
  /\b(?:contracts?|contracted|suppl(?:y|ied|ying)|provided|providing|work(?:ed|ing)?|delivered|delivering|commissioned|funded|grants?|served|serving|services?|agreements?|providers?|partners?)\b[^.;|]{0,60}$/i;
// The topic of a clause whose buyer is its own subject ("the Council has previously worked with ..."), or its evaluation.
const BUYER_SUBJECT = new RegExp(
  String.raw`^(?:[^.;|]{0,20}\b)?${THE_BUYER}\s+(?:has|have|will|may|is|was)\b|^\s*we\b`,
  'i',
);

/** A demand that the bidder already has, or had, a relationship of any kind with this buyer, in the past or now. */
function pastRelationshipDemand(c: Clause): PriorContractDemand | undefined {
  const t = c.text;
  if (!RELATIONSHIP_TIME.test(t) || ANY_CUSTOMER.test(t) || NOT_A_PRIOR_DEMAND.test(t) || BUYER_SUBJECT.test(t))
    return undefined;
  BUYER_OBJECT.lastIndex = 0;
  for (const m of t.matchAll(BUYER_OBJECT)) {
    if (m.index < c.bodyAt || !RELATIONSHIP_BEFORE.test(t.slice(Math.max(0, m.index - 80), m.index + m[0].length)))
      continue;
    const time = RELATIONSHIP_TIME.all(t).some((h) => Math.abs(h.start - m.index) <= 120);
    if (!time) continue;
    const hit = { start: m.index, end: m.index + m[0].length, text: m[0], phrase: m[0] };
    const frame = frameOf(c, 'prior-contract', hit)!;
    if (!frame.demanded || frame.negated) continue;
    return { passage: c, frame, buyer: m[0].replace(/^\w+\s+/, '').trim() };
  }
  return undefined;
}

/** Demands that bidders already hold, or have held, a contract with this buyer. */
export function priorContractDemands(doc: TenderDocument, buyer: BuyerNames = {}): PriorContractDemand[] {
  const out: PriorContractDemand[] = [];
  for (const f of framesOf(doc, 'prior-contract')) {
    const t = f.clause.text;
    if (!f.demanded || ANY_CUSTOMER.test(t) || NOT_A_PRIOR_DEMAND.test(t)) continue;
    for (const hit of TOPIC_WORDS['prior-contract'].all(t)) {
      const after = t.slice(hit.start, hit.start + 240);
      const generic = GENERIC_BUYER.exec(after);
      const named = NAMED_BUYER.exec(after);
      // "existing Trust suppliers", "organisations we currently contract with": the phrase names the buyer.
      const own = OWN_BUYER.exec(hit.text);
      const who = own
        ? own[0].toLowerCase() === 'we'
          ? 'us'
          : `the ${own[0]}`
        : generic?.[0]
          ? generic[0].replace(/^.*?\b(?:with|for|to|by|of)\s+/, '')
          : named && namesBuyer(named[1]!, buyer)
            ? named[1]!
            : (buyerAfter(after, buyer) ?? (ALREADY.test(t) ? buyerBefore(t, hit.start, buyer) : undefined));
      if (!who) continue;
      const frame = frameOf(f.clause, 'prior-contract', hit)!;
      if (frame.negated) continue;
      // "Bidders must be a current or past delivery partner of the Agency ... Bidders who have not worked for
      // the Agency will not be considered further": the sentence after a demand that enforces it is the same demand.
      const last = out.at(-1)?.passage;
      if (last && f.clause.index - last.index <= 2 && REJECTION.test(t)) break;
      out.push({ passage: f.clause, frame, buyer: who.trim() });
      break;
    }
  }
  if (out.length > 0) return out;
  for (const c of clausesOf(doc)) {
    const d = closedListDemand(c, buyer) ?? pastRelationshipDemand(c);
    if (d) return [d];
  }
  return out;
}

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

const DAYS = new RegExp(
  String.raw`\b(?<n>\d{1,3}|${NUMBER_WORD_SOURCE}(?:[ -]${NUMBER_WORD_SOURCE})?)[\s-]*(?:\(\d{1,3}\)\s*)?(?<kind>calendar |working |business )?days?\b|\b(?<w>\d{1,2})[\s-]*weeks?\b|\b(?<mo>\d{1,2}|one|two|three)[\s-]*months?\b`,
  'gi',
);
const PERIOD_BEFORE =
  /\b(?:within|after|of|in|than|to|at|on|net|from|terms (?:are|of))\s+(?:up to\s+|a maximum of\s+|no (?:more|later) than\s+)?$/i;
const PERIOD_AFTER =
  /^\s*(?:net\b|payment terms|terms|from the end of\b|from (?:the )?(?:date of |receipt|invoice)|of (?:the )?(?:date of )?(?:receipt|invoice)|after (?:receipt|the date)|following (?:receipt|the date))/i;

function calendarDays(m: RegExpExecArray): number | undefined {
  const g = m.groups ?? {};
  if (g.w) return Number(g.w) * 7;
  if (g.mo) return (/^\d+$/.test(g.mo) ? Number(g.mo) : (wordsToNumber(g.mo) ?? 0)) * 30;
  const n = /^\d+$/.test(g.n ?? '') ? Number(g.n) : wordsToNumber(g.n ?? '');
  if (n === undefined) return undefined;
  // Working days: five to a week of seven calendar days.
  return /working|business/i.test(g.kind ?? '') ? Math.ceil((n * 7) / 5) : n;
}

/** The buyer's own payment terms: how long after a valid invoice it pays, or "on receipt of funding". */
export const paymentTerms = perDocument((doc: TenderDocument): PaymentTerm[] => {
  const out: PaymentTerm[] = [];
  for (const f of framesOf(doc, 'payment')) {
    const t = f.clause.text;
    // Payments the bidder makes to its own supply chain or staff, penalties and invoicing deadlines are not the buyer's terms.
    if (
      f.who === 'subcontractor' ||
      (f.who === 'bidder' && !/\b(?:paid|be paid)\b/i.test(t)) ||
      PAYMENT_NOT_TERMS.test(t)
    )
      continue;
    const funding = PAYMENT_ON_FUNDING.first(t);
    if (funding) {
      out.push({ passage: f.clause, said: funding.text, onFunding: true });
      continue;
    }
    if (!PAYMENT_OURS.test(t)) continue;
    const periods: Array<PaymentTerm & { negated: boolean }> = [];
    DAYS.lastIndex = 0;
    for (let m = DAYS.exec(t); m; m = DAYS.exec(t)) {
      const before = t.slice(Math.max(0, m.index - 30), m.index);
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (!PERIOD_BEFORE.test(before) && !PERIOD_AFTER.test(after)) continue;
      const days = calendarDays(m);
      if (days === undefined || days <= 0) continue;
      const negated = negationOver(t, m.index, m.index + m[0].length) !== undefined;
      periods.push({ passage: f.clause, days, said: m[0].trim(), negated });
    }
    // "paid within 30 days of receipt, and the Authority will not apply the 60-day terms ...": a period the
    // clause rules out is not its term when another is stated (round 15 dev half).
    const stated = periods.some((p) => !p.negated) ? periods.filter((p) => !p.negated) : periods;
    const best = stated.reduce<(typeof periods)[number] | undefined>(
      (a, p) => (!a || p.days! > a.days! ? p : a),
      undefined,
    );
    if (best) out.push({ passage: best.passage, days: best.days, said: best.said });
  }
  return out;
});

// ---- social-value-weighting: "Social value | 5%", "Social value will account for 5% of the total score" ----

export interface SocialValueWeighting {
  /** The clause: a table row carries its table's header. */
  passage: Clause;
  percent: number;
}

// A weighting is said with these words; a commitment or a policy minimum is not one.
const WEIGHT_CONTEXT = phraseSet(`
weight*
scor*
account for
carry
carries
make up
makes up
evaluat*
mark*
points
criterion
criteria
of the total
of the overall
worth
`);
const NOT_WEIGHT = phraseSet(`
of the contract value
of the annual value
of the total contract value
of contract value
of the workforce
of your workforce
of the spend
of spend
of staff
of employees
of the budget
minimum of 10
minimum weighting of 10
ppn
policy
`);

const POINTS = /\b(\d{1,3}(?:\.\d+)?)\s*(?:points|marks)\b/i;
const OUT_OF_100 = /\b(?:out of|of|from|total of|maximum of)\s+100\s*(?:points|marks)?\b|\b100\s*(?:points|marks)\b/i;

const POINTS_HEADER = phraseSet(`
points
points available
marks
marks available
score
maximum score
weighting
weight
`);

const BARE_NUMBER = /^\d{1,3}(?:\.\d+)?$/;

/** Cell `k` of each row below the header of the table `row` sits in (a table's clauses share its header). */
function tableColumn(row: Clause, k: number): string[] {
  const inTable = (c: Clause | undefined): c is Clause => c?.kind === 'table-row' && c.header === row.header;
  let first = row;
  while (inTable(first.prev)) first = first.prev;
  const out: string[] = [];
  for (let c: Clause | undefined = first; inTable(c); c = c.next)
    if (c.cells !== c.header) out.push((c.cells?.[k] ?? '').trim());
  return out;
}

/** A row's bare number as a share of the total, when its table's header says points and the points add up to 100. */
function pointsOutOf100(row: Clause, k: number, cell: string): number | undefined {
  if (!BARE_NUMBER.test(cell.trim())) return undefined;
  const header = row.header?.[k];
  if (!header || !POINTS_HEADER.first(header)) return undefined;
  const numbers = tableColumn(row, k).map((c) => (BARE_NUMBER.test(c) ? Number(c) : undefined));
  if (numbers.some((n) => n === undefined)) return undefined;
  const total = numbers.reduce((a: number, n) => a + n!, 0);
  return Math.abs(total - 100) < 0.5 ? Number(cell.trim()) : undefined;
}

export const socialValueWeightings = perDocument((doc: TenderDocument): SocialValueWeighting[] => {
  const out: SocialValueWeighting[] = [];
  for (const f of framesOf(doc, 'social-value')) {
    const t = f.clause.text;
    const isRow = f.clause.kind === 'table-row';
    // "Quality 45%, Price 50%, Community benefits (social value) 5%." under "Award criteria": the heading says it is a weighting.
    if (!isRow && (!(WEIGHT_CONTEXT.test(t) || WEIGHT_CONTEXT.test(titleAbove(f.clause) ?? '')) || NOT_WEIGHT.test(t)))
      continue;
    const pcts = f.percentages;
    const sv = f.trigger;
    // A criteria table's row: the criterion in the first cell, its weight in the next cell that has
    // one (a percentage, or points when the table's points in that column add up to 100).
    if (isRow && !t.slice(0, sv.start).includes(' | ')) {
      const cells = t.split(' | ');
      let at = cells[0]!.length + 3;
      let percent: number | undefined;
      for (let k = 1; k < cells.length && percent === undefined; k++) {
        const cell = cells[k]!;
        percent =
          pcts.find((p) => p.start >= at && p.start < at + cell.length)?.value ?? pointsOutOf100(f.clause, k, cell);
        at += cell.length + 3;
      }
      if (percent !== undefined) out.push({ passage: f.clause, percent });
      continue;
    }
    if (pcts.length === 0) {
      // "Social value (...): 5 points" under "Quotations will be scored out of 100 points:".
      const points = POINTS.exec(t.slice(sv.end, sv.end + 160));
      // The lead-in may be the clause's own, or (a PDF list whose bullets are drawn) a line ending in ":" just above.
      const above = clausesOf(doc)
        .slice(Math.max(0, f.clause.index - 4), f.clause.index)
        .filter((c) => c.text.trim().endsWith(':'))
        .map((c) => c.text);
      if (points && OUT_OF_100.test([f.clause.leadIn?.text ?? '', ...above, t].join(' ')))
        out.push({ passage: f.clause, percent: Number(points[1]) });
      continue;
    }
    // The percentage that closes the item the words "social value" open ("social value and well-being (5%)"),
    // else the one nearest them: "price (40%)" just before belongs to price.
    const at = sv.start + sv.text.length / 2;
    // A gloss in brackets may stand between: "local social value (for example, employing local people) 5%".
    const own = pcts.find((p) => {
      const gap = t.slice(sv.end, p.start).replace(/\([^()]{0,120}\)/g, '');
      // After a colon the criterion's description runs on: "social value: local apprenticeships and reduced vehicle emissions (10%)".
      return p.start >= sv.end && gap.length <= (/^\s*:/.test(gap) ? 90 : 40) && !/[,;%]/.test(gap);
    });
    const nearest = own ?? pcts.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a));
    if (Math.abs(nearest.start - at) > 80) continue;
    out.push({ passage: f.clause, percent: nearest.value });
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

const RESERVES_DEMAND = phraseSet(`
must
shall
required
requires
minimum
at least
not less than
no less than
equal to
in excess of
exceed*
demonstrate
pass/fail
`);
// "reserves the right", ratio tests and risk ratings are not a level of reserves.
const NOT_RESERVES = phraseSet(`
reserves the right
reserve the right
reserves its right
ratio
rating
rag
risk score
risk assessment
risk level
reserves policy
high risk
green
amber
not an automatic
`);
const RELATIVE =
  /\b(?<n>\d+|one|two|three|four|five|six|nine|twelve)\s+(?:months?|weeks?)(?:'|’)?\s+(?:of\s+)?(?:(?:the|your|its|their)\s+)?(?:\w+\s+){0,3}(?:costs?|expenditure|spend(?:ing)?|running costs|turnover|value)\b|\b\d{1,3}\s?%\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:value|turnover|costs?|expenditure)\b/i;

const POSITIVE_LEVEL = /\bpositive\s+(?:net\s+(?:current\s+)?assets|(?:cash\s+)?reserves|cash)\b/i;

export const reservesDemands = perDocument((doc: TenderDocument): ReservesDemand[] => {
  const out: ReservesDemand[] = [];
  for (const f of framesOf(doc, 'reserves')) {
    const t = f.clause.text;
    // "a current ratio of at least 1.2 and positive net assets": the ratio is no level, the positive net assets are (round 17 dev half).
    if (!f.demanded || !RESERVES_DEMAND.test(t) || (NOT_RESERVES.test(t) && !POSITIVE_LEVEL.test(t))) continue;
    const r = f.trigger;
    const money = f.amounts.filter((m) => m.start > r.start - 80);
    const relative = RELATIVE.exec(t)?.[0];
    if (money.length === 0 && !relative && !/\bpositive\b|\bminimum (?:level|amount)\b/i.test(t)) continue;
    out.push({
      passage: f.clause,
      what: r.text.toLowerCase(),
      ...(money.length ? { amount: Math.max(...money.map((m) => m.amount)) } : {}),
      ...(relative ? { relative } : {}),
    });
  }
  return out;
});
