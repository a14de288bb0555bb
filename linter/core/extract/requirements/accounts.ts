import type { TenderDocument } from '../../model/document.js';
import { findDurations } from '../durations.js';
import { wordsToNumber } from '../numbers.js';
import { alternativeOf, framesOf, type Frame } from '../clauses/frames.js';
import { clausesOf, type Clause } from '../clauses/clauses.js';
import { phraseSet } from '../clauses/phrases.js';
import { ALTERNATIVE, REJECTION } from '../clauses/vocabulary.js';
import { perDocument } from './cache.js';

export interface AuditedDemand {
  passage: Clause;
  frame: Frame;
}

export interface HistoryDemand {
  passage: Clause;
  frame: Frame;
  /** Years of accounts, turnover or trading demanded. */
  years: number;
  what: 'accounts' | 'trading' | 'turnover' | 'profit';
}

const AUDITED =
  /\baudited\b[^.;|]{0,40}\b(?:accounts|financial statements|statements of account|financials)\b|\b(?:accounts|financial statements)\b[^.;|]{0,20}\b(?:must|shall|should|need to|to) be audited\b/i;

// "the last three years", "3 most recent sets", "three financial years", "previous 3 years"
const YEARS_WORDS =
  /\b(?<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?:\s*\(\d+\))?\s+(?:(?:most recent|latest|previous|last|consecutive|full|complete)\s+)?(?:sets? of|years?'?|financial years?|full years?|trading years?|years? of)\b/gi;
const PROFIT = phraseSet(`
net profit
profits
profit and loss
`);
/** Look-backs that are not accounts history: experience, references, exclusion grounds. */
const NOT_HISTORY = phraseSet(`
reference
references
example
examples
experience
case study
case studies
exclusion
exclusions
convicted
conviction
convictions
manpower
staff
contract with
contracts with
delivered
`);

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

// A table cell about the contract's value or length ("Estimated value over four years"), not its accounts.
const CONTRACT_CELL = /\b(?:value|budget|term|duration|contract period|framework period)\b/i;
const ACCOUNTS_CELL = /\b(?:accounts|turnover|trading|traded|profits?|financial statements)\b/i;

/**
 * The years a clause asks accounts or turnover for. In a table row, the cells about the contract's
 * value or length are left out: a lots table's header "Estimated value over four years | Minimum
 * annual turnover" asks for no four years of turnover.
 */
function yearsOfClause(c: Clause): number | undefined {
  if (!c.cells || c.cells.length < 2) return yearsIn(c.text);
  const kept = c.cells.filter((cell, k) => {
    const about = `${c.header?.[k] ?? ''} ${cell}`;
    return ACCOUNTS_CELL.test(about) || !CONTRACT_CELL.test(about);
  });
  return yearsIn(kept.join(' | '));
}

export interface AccountsFacts {
  audited: AuditedDemand[];
  history: HistoryDemand[];
  /** The clause that gives newer organisations a way in, if any. */
  route?: Clause;
}

const isRoute = (c: Clause) => ALTERNATIVE.set.all(c.text).some((h) => ALTERNATIVE.label(h) === 'newer-organisations');

/** Clauses after a demand within which a rejection restates it. */
const RESTATED_WITHIN = 3;
const sameHeading = (a: Clause, b: Clause) => a.block.headingPath.join('\u0000') === b.block.headingPath.join('\u0000');

/** Demands for audited accounts and for years of accounts, turnover or trading history. */
export const accountsFacts = perDocument((doc: TenderDocument): AccountsFacts => {
  const audited: AuditedDemand[] = [];
  const history: HistoryDemand[] = [];
  const route = clausesOf(doc).find(isRoute);
  for (const f of framesOf(doc, 'accounts')) {
    if (!AUDITED.test(f.clause.text) || !f.demanded) continue;
    // Other accounts or evidence accepted, in this clause or the next: the demand is then only of those who must be audited.
    if (alternativeOf(f, 'other-accounts', 'other-evidence', 'if-required', 'equivalent')) continue;
    audited.push({ passage: f.clause, frame: f });
  }
  const seen = new Set<Clause>();
  const lists = new Set<string>();
  for (const [topic, what] of [
    ['accounts', 'accounts'],
    ['turnover', 'turnover'],
    ['trading-history', 'trading'],
  ] as const) {
    for (const f of framesOf(doc, topic)) {
      const t = f.clause.text;
      if (seen.has(f.clause) || f.negated || f.notCondition) continue;
      if (NOT_HISTORY.test(t) && topic === 'trading-history') continue;
      if (NOT_HISTORY.test(t) && !/\baccounts\b|\bturnover\b/i.test(t)) continue;
      // A criterion written as a bare label ("‘Net Profit’ in previous 3 years") is a demand by its place in the notice.
      const label =
        t.length <= 80 && topic !== 'trading-history' && !/\b(?:is|are|was|were|has|have|had|will)\b/i.test(t);
      if (!(f.demanded || label)) continue;
      const years = yearsOfClause(f.clause);
      if (years === undefined || years < 3) continue;
      seen.add(f.clause);
      // The items of one list ("must provide: (a) accounts ...; (b) the parent's accounts ...") are one demand.
      if (f.clause.leadIn && lists.has(`${years}\u0000${f.clause.leadIn.text}`)) continue;
      if (f.clause.leadIn) lists.add(`${years}\u0000${f.clause.leadIn.text}`);
      history.push({
        passage: f.clause,
        frame: f,
        years,
        what: PROFIT.test(t) && what === 'accounts' ? 'profit' : what,
      });
    }
  }
  history.sort((a, b) => a.passage.index - b.passage.index);
  // "... accounts for each of the last three financial years. Suppliers unable to provide three years of
  // accounts will not be shortlisted.": the consequence restates the demand just before it, in its
  // paragraph or a few lines on under the same heading (a portal's question block: "Question: ...",
  // "Scoring: Pass/Fail", "Guidance: Bidders that cannot provide three years of accounts will fail";
  // round 17 dev half).
  const kept = history.filter((h, k) => {
    const before = history[k - 1];
    return !(
      before &&
      before.years === h.years &&
      h.passage.index - before.passage.index <= RESTATED_WITHIN &&
      sameHeading(before.passage, h.passage) &&
      REJECTION.test(h.passage.text)
    );
  });
  return { audited, history: kept, ...(route ? { route } : {}) };
});
