import type { TenderDocument } from '../../model/document.js';
import { findDurations } from '../durations.js';
import { wordsToNumber } from '../numbers.js';
import { passagesOf, type Passage } from '../passages.js';
import { DEMAND, NEGATED, perDocument } from './cache.js';

export interface AuditedDemand {
  passage: Passage;
}

export interface HistoryDemand {
  passage: Passage;
  /** Years of accounts, turnover or trading demanded. */
  years: number;
  what: 'accounts' | 'trading' | 'turnover' | 'profit';
}

const AUDITED = /\baudited\b[^.;]{0,40}\b(?:accounts|financial statements|statements of account|financials)\b|\b(?:accounts|financial statements)\b[^.;]{0,20}\b(?:must|shall|should|need to|to) be audited\b/i;
// Other evidence accepted beside audited accounts: the demand is then only of those who must be audited.
const OTHER_ACCOUNTS = /\b(?:independently examined|examined|filed|unaudited|management|published|abbreviated|micro-entity|draft|accruals?|receipts and payments)\s+accounts\b|\bor (?:an )?equivalent\b|\bor other (?:evidence|information|documents?)\b|\b(?:if|where|when) (?:applicable|available|required by law|legally required|the law requires|you are required)\b|\bif (?:you are|they are|it is) (?:legally )?required\b|\bif audited\b|\bnot required to (?:be audited|have (?:them|their accounts) audited|produce audited)\b|\baudit(?:ed)? (?:if|where) (?:required|applicable)\b|\balternatives?\b|\bif you (?:cannot|can't|are unable to)\b/i;

// "the last three years", "3 most recent sets", "three financial years", "previous 3 years"
const YEARS_WORDS = /\b(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*\(\d+\))?\s+(?:(?:most recent|latest|previous|last|consecutive|full|complete)\s+)?(?:sets? of|years?'?|financial years?|full years?|trading years?|years? of)\b/gi;
const SUBJECT = [
  { what: 'trading' as const, re: /\b(?:trading|traded|in business|established|in operation|operating)\b/i },
  { what: 'turnover' as const, re: /\bturnover\b/i },
  { what: 'profit' as const, re: /\bnet profit\b|\bprofit(?:s| and loss)\b/i },
  { what: 'accounts' as const, re: /\baccounts\b|\bfinancial statements\b|\bfinancials\b|\bfinancial (?:information|records|history)\b/i },
];
// A route in for organisations that have not traded for the full period.
const ROUTE = /\b(?:traded|trading|established|in operation|operating|existence|in business|been set up|been formed|incorporated|formed)\b[^.;]{0,50}\b(?:less than|fewer than|under|shorter|not long enough|a shorter)\b|\bnew(?:ly)? (?:formed|established|created|registered)\b|\bfor new(?:er)? organi[sz]ations\b|\bnew(?:er)? organi[sz]ations\b|\bformed in the last\b|\bnot (?:been )?established for\b|\bsince (?:start[- ]?up|they (?:were set up|started|began))\b|\bfor the period (?:since|they have traded|of trading)\b|\ball available accounts\b|\bnot available for the (?:time )?period\b|\bstarted trading\b|\bstart[- ]?ups?\b|\bnot yet filed\b/i;
const NOT_HISTORY = /\breferences?\b|\bexamples?\b|\bexperience\b|\bcase stud|\bexclusion|\bconvict|\bmanpower\b|\bstaff\b/i;

function yearsIn(text: string): number | undefined {
  let best: number | undefined;
  YEARS_WORDS.lastIndex = 0;
  for (let m = YEARS_WORDS.exec(text); m; m = YEARS_WORDS.exec(text)) {
    const n = /^\d+$/.test(m.groups!.n!) ? Number(m.groups!.n) : wordsToNumber(m.groups!.n!);
    if (n !== undefined && n >= 1 && n <= 10) best = Math.max(best ?? 0, n);
  }
  for (const d of findDurations(text)) {
    if (d.months >= 12 && d.months % 12 === 0 && /year/i.test(d.text)) best = Math.max(best ?? 0, d.months / 12);
  }
  return best;
}

export interface AccountsFacts {
  audited: AuditedDemand[];
  history: HistoryDemand[];
  /** The passage that gives newer organisations a way in, if any. */
  route?: Passage;
}

/** Demands for audited accounts and for years of accounts, turnover or trading history. */
export const accountsFacts = perDocument((doc: TenderDocument): AccountsFacts => {
  const passages = passagesOf(doc);
  const audited: AuditedDemand[] = [];
  const history: HistoryDemand[] = [];
  const route = passages.find((p) => ROUTE.test(p.text));
  for (const p of passages) {
    const t = p.text;
    if (AUDITED.test(t) && DEMAND.test(t) && !NEGATED.test(t) && !OTHER_ACCOUNTS.test(t) && !/\bwe accept\b/i.test(t)) {
      // "Organisations not required to be audited may provide ..." in the next passage also opens the door.
      const next = p.next && p.next.block.index - p.block.index <= 1 ? p.next.text : '';
      if (!OTHER_ACCOUNTS.test(next)) audited.push({ passage: p });
    }
    if (NOT_HISTORY.test(t) && !/\baccounts\b|\bturnover\b/i.test(t)) continue;
    const subject = SUBJECT.find((s) => s.re.test(t));
    // A criterion written as a bare label ("‘Net Profit’ in previous 3 years") is a demand by its place in the notice.
    const label = t.length <= 80 && subject?.what !== 'trading' && !/\b(?:is|are|was|were|has|have|had|will)\b/i.test(t);
    if (!subject || !(DEMAND.test(t) || label) || NEGATED.test(t)) continue;
    const years = yearsIn(t);
    if (years === undefined || years < 3) continue;
    history.push({ passage: p, years, what: subject.what });
  }
  return { audited, history, ...(route ? { route } : {}) };
});
