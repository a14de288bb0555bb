import type { TenderDocument } from '../../model/document.js';
import { passagesOf, type Passage } from '../passages.js';
import { perDocument } from './cache.js';
import { APPROVAL } from '../clauses/vocabulary.js';

// ---- payment-terms, the 2025-2026 checks: a clock that starts late, and subcontract terms ----

export interface LateClock {
  passage: Passage;
  /** The days as written ("30 days"); none when the text gives no period ("on the next payment run following approval"). */
  days?: number;
  /** What starts the clock, as written ("from the end of the month"). */
  start: string;
  /** The clock starts at the end of a month: an invoice can wait up to 30 more days. */
  monthEnd: boolean;
}

export interface SubcontractTerm {
  passage: Passage;
  days: number;
  said: string;
}

/** What starts the payment clock, when it is not the invoice's receipt: each line a way of saying it. */
const LATE_STARTS: Array<{ re: RegExp; monthEnd: boolean }> = [
  {
    re: /\b(?:from|of|after) (?:the )?end of (?:the )?(?:calendar )?month\b(?: (?:of|in which|following)[^.;]{0,40})?/i,
    monthEnd: true,
  },
  {
    re: /\bfollowing (?:the )?(?:calendar )?month[- ]end\b|\bafter (?:the )?(?:calendar )?month[- ]end\b|\bend of (?:the )?month following\b/i,
    monthEnd: true,
  },
  {
    // "within 30 days of approval of each weekly timesheet invoice" (round 12 dev half).
    re: /\b(?:from|of|after) (?:the (?:date of )?)?(?:approval|authorisation|authorization|certification|sign[- ]off|acceptance|verification|processing) of (?:the |a |each )?(?:[\w-]+ ){0,3}invoices?\b/i,
    monthEnd: false,
  },
  // "after the invoice has been approved"; "We pay invoices 30 days after they have been approved".
  {
    re: /\b(?:after|once|following) (?:(?:the )?invoices?|they|it) (?:has|have|is|are) been (?:approved|authorised|authorized|certified|signed off|accepted|verified|processed)\b/i,
    monthEnd: false,
  },
  // "within 30 days of its approval by the named budget holder" (round 5 dev half).
  {
    re: /\b(?:of|after|from|following) (?:its|their|that|this|such) (?:approval|authorisation|authorization|certification|sign[- ]off|acceptance|verification)\b/i,
    monthEnd: false,
  },
  // "within 30 days of the Council approving the invoice".
  {
    re: /\b(?:of|after|from) (?:the |our )?(?:\w+ ){0,3}(?:approving|authorising|authorizing|certifying|signing off|accepting|verifying) (?:the |an |a |each |your )?(?:valid )?invoices?\b/i,
    monthEnd: false,
  },
];

// What the period runs from, up to the end of its phrase: "of the date on which they are approved by the
// budget holder", "of the invoice being approved by the Agency's contract manager" (round 15 dev half).
const CLOCK_FROM = /^\s+(?:of|from|after|following)\s+([^.;:,]{1,100})/i;
const RECEIPT = /\breceipt\b|\breceived\b/i;

/** A clock that starts when the buyer approves something, said in any order of words. */
function approvalStart(afterDays: string): string | undefined {
  const m = CLOCK_FROM.exec(afterDays);
  if (!m) return undefined;
  const hit = APPROVAL.first(m[1]!);
  return hit && !RECEIPT.test(m[1]!.slice(0, hit.start)) ? m[0].trim() : undefined;
}

const PAYMENT = /\b(?:pay|pays|paid|payment|settle[ds]?)\b/i;
const PAYMENT_RUN =
  /\bnext (?:available )?payment run\b[^.;]{0,40}\b(?:following|after)\s+(?:the |its |their )?(?:approval|authorisation|authorization|certification|sign[- ]off)\b/i;
const DAYS = /\b(?<n>\d{1,3})\s*(?:\(\w+\)\s*)?(?<kind>calendar |working |business )?days?\b/i;
// A performance measure about the bidder's own record, not a term of this contract (PPN 018's 95% within 60 days).
const PERFORMANCE = /\d{2}\s*%|\bper ?cent\b|\baverage\b|\bPPN\b|\bprompt payment code\b/i;
const SUBCONTRACT = /\b(?:sub-?contractors?|supply chain|its (?:own )?suppliers)\b/i;
// The bidder is told to pay its subcontractors: "The Contractor shall pay its subcontractors within 45 days",
// "shall include in each subcontract a term requiring it to pay the subcontractor within 45 days".
const BIDDER_PAYS =
  /\b(?:contractor|supplier|provider|bidder|tenderer|successful (?:bidder|supplier|provider))s?\b[^.;]{0,40}\b(?:shall|must|will|to|may)\s+(?:be (?:permitted|allowed) to\s+)?pay\b|\b(?:sub-?contractors?|suppliers)\b[^.;]{0,40}\b(?:shall|must|will) be paid\b|\bsub-?contract(?:s|or payment)? terms?\b[^.;]{0,40}\b(?:of|are|is)\b|\bsub-?contracts?\b[^.;]{0,40}\b(?:requiring|requires?|obliging)\b[^.;]{0,30}\bto pay\b/i;

function calendar(n: number, kind: string | undefined): number {
  return /working|business/i.test(kind ?? '') ? Math.ceil((n * 7) / 5) : n;
}

/** Payment terms whose clock starts later than the invoice's receipt. */
export const lateClocks = perDocument((doc: TenderDocument): LateClock[] => {
  const out: LateClock[] = [];
  for (const p of passagesOf(doc)) {
    const t = p.text;
    if (!PAYMENT.test(t) || PERFORMANCE.test(t) || SUBCONTRACT.test(t)) continue;
    const d = DAYS.exec(t);
    if (!d) {
      // "Invoices will be settled on the ICB's next payment run following approval": a clock with no period at all.
      const run = PAYMENT_RUN.exec(t);
      if (run) out.push({ passage: p, start: run[0].trim(), monthEnd: false });
      continue;
    }
    const days = calendar(Number(d.groups!.n), d.groups!.kind);
    const late = LATE_STARTS.map((s) => ({ m: s.re.exec(t), monthEnd: s.monthEnd })).find((s) => s.m);
    if (late) out.push({ passage: p, days, start: late.m![0].trim(), monthEnd: late.monthEnd });
    else {
      const start = approvalStart(t.slice(d.index + d[0].length));
      if (start) out.push({ passage: p, days, start, monthEnd: false });
    }
  }
  return out;
});

/** Terms the bidder must give its own subcontractors, in calendar days. */
export const subcontractTerms = perDocument((doc: TenderDocument): SubcontractTerm[] => {
  const out: SubcontractTerm[] = [];
  for (const p of passagesOf(doc)) {
    const t = p.text;
    if (!SUBCONTRACT.test(t) || !BIDDER_PAYS.test(t) || PERFORMANCE.test(t)) continue;
    const d = DAYS.exec(t);
    if (!d) continue;
    out.push({ passage: p, days: calendar(Number(d.groups!.n), d.groups!.kind), said: d[0].trim() });
  }
  return out;
});
