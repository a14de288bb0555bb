import type { TenderDocument } from '../../model/document.js';
import { findMoney, type MoneyMention } from '../money.js';
import { findDurations, type DurationMention } from '../durations.js';
import { findMultiples, findPercentages, type MultipleMention, type PercentMention } from '../ratios.js';
import { clausesOf, following, titleAbove, type Clause } from './clauses.js';
import { lowerBound, wordsOf, type Hit, type PhraseSet } from './phrases.js';
import {
  ACCEPTANCE,
  ALTERNATIVE,
  ASKS,
  BACK_REFERENCE,
  CARRY_OVER,
  DATA_ACCESS,
  DATA_RESTRICTION,
  DEMAND,
  DEMAND_HEADING,
  NEGATION_AFTER,
  NEGATION_BEFORE,
  NOT_A_CONDITION,
  PSEUDO_NEGATION,
  REJECTION,
  HOLD_FOR,
  PARTY,
  REASON,
  REASON_HEADER,
  REFUSAL,
  SCOPE_END,
  EXCEPTION,
  STAGE,
  TOPIC_WORDS,
  type AlternativeKind,
  type Stage,
  type Topic,
} from './vocabulary.js';

export type Party = 'bidder' | 'subcontractor' | 'buyer' | 'successful-bidder';

export interface Alternative {
  kind: AlternativeKind;
  text: string;
  /** The clause it is stated in (the frame's own, or the one after). */
  clause: Clause;
  /** Where it starts in that clause's text. */
  at: number;
}

/**
 * What one clause demands on one topic, read the way a procurement officer reads it: is it asked
 * for at all, of whom, by when, with what alternatives and reasons, and with what figures.
 */
export interface Frame {
  topic: Topic;
  clause: Clause;
  /** The words that named the topic (the first, if several). */
  trigger: Hit;
  /** A demand word is present and the topic words are not negated or informational. */
  demanded: boolean;
  /** The negation that rules the topic out ("No minimum ... is required", "we do not ask for"). */
  negated?: string;
  /** The words that make it no condition ("for information only", "desirable", "scored"). */
  notCondition?: string;
  /** Who must meet it: the party named before the demand. */
  who: Party | 'unstated';
  /** When it must be met: the latest stage the clause names (a later route is an alternative). */
  when: Stage | 'unstated';
  whenText?: string;
  /** Every stage the clause names, in order. */
  stages: Array<{ stage: Stage; text: string }>;
  alternatives: Alternative[];
  /** A stated reason or justification, in the clause or the next one. */
  reason?: { text: string; clause: Clause };
  amounts: MoneyMention[];
  periods: DurationMention[];
  multiples: MultipleMention[];
  percentages: PercentMention[];
}

const STAGE_ORDER: Record<Stage, number> = { bid: 0, request: 1, award: 2, start: 3 };

interface Scope {
  /** Offsets where a negation's scope stops: clause punctuation and turning words ("but"). */
  stops: number[];
  before: Hit[];
  after: Hit[];
}

// The scopes of the last few texts: every topic's frame of a clause reads the same one.
const scopes = new Map<string, Scope>();

// Also after a comma ("audited accounts or, where a respondent is not required by law to be audited,
// filed accounts ..."; round 18 dev half).
const CONDITION_OPENER = /(?:^|[|.]\s|,\s)(?:where|if|when|unless)\b[^,.;|]{0,160},\s/gi;

function scopeOf(text: string): Scope {
  const hit = scopes.get(text);
  if (hit) return hit;
  const stops: number[] = [];
  for (const m of text.matchAll(/[;|]|\.\s|:\s|\?\s|,\s(?=(?:and|or|but|unless|except)\b)/g)) stops.push(m.index);
  // "Where an organisation is not required to have its accounts audited, filed accounts ... are accepted": the
  // comma that closes an opening condition closes its negation too.
  for (const m of text.matchAll(CONDITION_OPENER)) stops.push(m.index + m[0].length - 2);
  for (const h of SCOPE_END.all(text)) stops.push(h.start);
  stops.sort((x, y) => x - y);
  const pseudo = PSEUDO_NEGATION.all(text);
  // A trigger inside a pseudo-trigger ("not" in "not less than") is none; pseudo hits are sorted and do not overlap.
  const real = (n: Hit) => {
    const i = lowerBound(pseudo, n.start + 1, (p) => p.start) - 1;
    const p = pseudo[i];
    return !(p && p.start <= n.start && p.end >= n.end);
  };
  const scope = { stops, before: NEGATION_BEFORE.all(text).filter(real), after: NEGATION_AFTER.all(text).filter(real) };
  if (scopes.size > 16) scopes.clear();
  scopes.set(text, scope);
  return scope;
}

const firstStopFrom = (stops: number[], at: number) => stops[lowerBound(stops, at, (x) => x)];

// A pre-trigger's scope runs forward to the next boundary, and never further than a short window
// (NegEx's few words): "No minimum reserves figure is required", not the whole of a long sentence.
const WINDOW = 90;

/** Is `text.slice(at, end)` inside the scope of a negation? Returns the negating words. */
export function negationOver(text: string, at: number, end: number): string | undefined {
  const { stops, before, after } = scopeOf(text);
  // Only triggers that start within a window before `at` can reach it (phrases are short).
  for (let i = lowerBound(before, at - WINDOW - 80, (h) => h.start); i < before.length && before[i]!.start <= at; i++) {
    const n = before[i]!;
    if (n.end > at) return n.text;
    const stop = Math.min(firstStopFrom(stops, n.end) ?? text.length, n.end + WINDOW);
    if (at < stop) return n.text;
  }
  for (let i = lowerBound(after, end, (h) => h.start); i < after.length && after[i]!.start - end <= WINDOW; i++) {
    const n = after[i]!;
    // "..., or show equivalent controls, before award (Cyber Essentials Plus is not required ...)": a
    // negation inside brackets opened after the words negates only what is in the brackets (round 16 dev half).
    if (inBracketsFrom(text, end, n.start)) continue;
    const stop = firstStopFrom(stops, end);
    if (stop === undefined || stop >= n.start) return n.text;
  }
  return undefined;
}

/** Is `at` inside brackets that open at or after `from` (and are not closed before `at`)? */
function inBracketsFrom(text: string, from: number, at: number): boolean {
  const open = text.lastIndexOf('(', at);
  return open >= from && text.lastIndexOf(')', at) < open;
}

function partyBefore(text: string, at: number): Party | 'unstated' {
  const hits = PARTY.set.all(text).filter((h) => h.start < at);
  const last = hits.at(-1);
  return last ? PARTY.label(last) : 'unstated';
}

// The subject of a "will accept" that is the buyer: a name of a few capitalised words at the
// clause's start ("The Council", "NHS Ashbury Vale ICB", "We"), not a bidder further on.
const NAMED_SUBJECT = /^(?:the\s+|our\s+)?(?:[A-Z][\w'’-]*\s+){1,5}$/;

/** A clause in which the buyer names what it accepts (whose words, "evidence of", would otherwise read as a demand of its own). */
function buyerAccepts(text: string): boolean {
  return ACCEPTANCE.set
    .all(text)
    .some((h) => ACCEPTANCE.label(h) === 'passive' || NAMED_SUBJECT.test(text.slice(0, h.start)));
}
// "Cyber Essentials Plus (see Note 1)" and, below the table, "Note 1: The University will accept an equivalent ...".
const NOTE_REF = /\(see (note \d{1,2})\)/i;
const NEW_PARAGRAPH = /^\s*\d{1,2}(?:\.\d{1,3})+\.?\s/;

/** Is what ends at `at` refused just after it, in the same clause ("... accounts will not be accepted")? */
export function refusedAfter(text: string, at: number): boolean {
  const window = text.slice(at, at + 80);
  const h = REFUSAL.first(window);
  if (h === undefined || /[.;?!]/.test(window.slice(0, h.start))) return false;
  // "unaudited, filed abbreviated or management accounts will not be accepted": the refusal after a list
  // of the things refused, however long, so long as no other verb comes between (round 15 dev half).
  return h.start <= 40 || !LIST_VERB.test(window.slice(0, h.start));
}
const LIST_VERB = /\b(?:is|are|was|were|be|will|must|may|can|could|should|would|has|have)\b/i;

/** Does the text name a topic other than `topic` (a requirement of its own, not this one's continuation)? */
function namesOtherTopic(text: string, topic: Topic): boolean {
  return Object.entries(TOPIC_WORDS).some(([t, words]) => t !== topic && words.test(text));
}

const QUESTION = /\?\s*(?:\||$)|\b(?:do you|does your|are you|have you|confirm)\b/i;

/** Is the clause a questionnaire question ("Do you hold ...?", "Please confirm ...")? */
export function isQuestion(text: string): boolean {
  return QUESTION.test(text);
}

/** What a clause asks, when and whether as a condition: the same for every topic it names, so read once. */
interface ClauseReading {
  demandHit: Hit | undefined;
  asked: boolean;
  notCondition: string | undefined;
  stages: Frame['stages'];
  latest: Frame['stages'][number] | undefined;
}

// "Where a supplier has not previously held a contract with the Council, its response will not be
// evaluated", "Bidders who do not already hold ... will not be considered", "Bidders not holding ISO
// 9001 ... will not be shortlisted": the negation states who fails, and the rejection after it (or
// before the failing subject) makes the clause a demand.
const FAILING_SUBJECT =
  /\b(?:where|if|who|whose|that|which|any)\b[^,;.]{0,80}$|\b(?:bidders|suppliers|applicants|tenderers|organisations|providers)\s$/i;

/** The negation cue, unless it only says who fails a condition that a rejection after the topic enforces. */
function unlessRejected(text: string, cue: string | undefined, hit: Hit): string | undefined {
  if (!cue) return cue;
  const at = text.toLowerCase().lastIndexOf(cue.toLowerCase(), hit.start);
  if (at < 0 || !FAILING_SUBJECT.test(text.slice(Math.max(0, at - 100), at))) return cue;
  // "We will reject any bid from a supplier that does not hold ...": the rejection may also come first.
  return REJECTION.all(text).some((r) => r.start >= hit.end || r.end <= at) ? undefined : cue;
}

// "Only operators already on the Board's list will be considered", "open to registered contractors
// only": "only" next to the bidders it admits restricts who may bid, whatever the verb (round 15 dev half).
const ONLY_BEFORE = /\bonly\s+(?:[\w-]+\s+){0,2}$/i;
const ONLY_AFTER = /^\s+only\b/i;

function onlyParty(text: string): boolean {
  return PARTY.set
    .all(text)
    .some(
      (h) =>
        PARTY.label(h) === 'bidder' &&
        (ONLY_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start)) ||
          ONLY_AFTER.test(text.slice(h.end, h.end + 8))),
    );
}

// "Registered on the College's Preferred Supplier Register": a word of a name in title case, inside
// the clause, is no "preferred" (round 15 dev half); "Preferred | ..." opening a cell still is.
const TITLE_NEXT = /^\s+[A-Z][a-z]/;
const TITLE_BEFORE = /[A-Za-z'’]\s+$/;

function inTitle(text: string, h: Hit): boolean {
  return (
    /^[A-Z]/.test(h.text) &&
    TITLE_NEXT.test(text.slice(h.end, h.end + 3)) &&
    TITLE_BEFORE.test(text.slice(Math.max(0, h.start - 3), h.start))
  );
}

/**
 * Is a failing answer stated in the two clauses after a question, past the list of what it asks
 * about ("Does your organisation currently hold the insurance cover set out below?", three items,
 * "Response type: Yes/No", "Scoring: Pass/Fail"; round 17 dev half)? In a PDF whose bullets are
 * drawn the items are short lines of their own, not list items.
 */
function failedAfter(c: Clause): boolean {
  const after = following(c, QUESTION_ITEMS + 2);
  let items = 0;
  while (items < Math.min(after.length, QUESTION_ITEMS) && itemLike(after[items]!)) items++;
  return after.slice(0, items + 2).some((n) => REJECTION.test(n.text));
}
const QUESTION_ITEMS = 8;
const itemLike = (n: Clause) => n.kind === 'list-item' || (n.text.length <= 100 && !isQuestion(n.text));

// "a fail on any one of them means the rest of the SQ will not be scored": what follows a failure,
// not a question that is unscored (round 18 dev half).
const CONSEQUENCE_BEFORE = /\b(?:means?|meaning|the rest of (?:the|your|their) [\w-]+)\s*$/i;

function failingConsequence(text: string, h: Hit): boolean {
  return CONSEQUENCE_BEFORE.test(text.slice(Math.max(0, h.start - 60), h.start));
}

const readings = new WeakMap<Clause, ClauseReading>();
const words = new WeakMap<Clause, Set<string>>();

/** A clause's words, once: every topic first asks whether its phrases could occur. */
function clauseWords(c: Clause): Set<string> {
  let w = words.get(c);
  if (!w) words.set(c, (w = wordsOf(c.text)));
  return w;
}

function readingOf(c: Clause): ClauseReading {
  const hit = readings.get(c);
  if (hit) return hit;
  const text = c.text;
  // A table row is demanded by its table: a PASS/FAIL column or a requirements header.
  const rowContext = c.kind === 'table-row' && c.header ? c.header.join(' | ') : '';
  // "Bidders who do not already hold ... will not be considered": a rejection is a demand whatever negation comes before it.
  const demandHit = DEMAND.all(text).find((d) => !negationOver(text, d.start, d.end) || REJECTION.test(d.text));
  // A question whose failing answer is stated after it ("Do you hold ...?" + "Answering No ... is rejected") is a condition.
  const question = isQuestion(text);
  // A numbered list under "What you need to send" is a list of demands, item by item.
  const listDemanded = c.kind === 'list-item' && !c.leadIn && DEMAND_HEADING.test(titleAbove(c) ?? '');
  const asked =
    demandHit !== undefined ||
    onlyParty(text) ||
    listDemanded ||
    /\b(?:requirement|minimum|condition|criteri|pass)/i.test(rowContext) ||
    (question && failedAfter(c));
  const stages = STAGE.set.all(text).map((h) => ({ stage: STAGE.label(h), text: h.text }));
  // "must demonstrate in their tender response that they currently hold ..., and must maintain that cover
  // throughout the contract": how long it is kept is no later route when the clause sets the bid stage.
  const atBid = stages.some((s) => s.stage === 'bid');
  const latest = latestStage(stages.filter((s) => !(atBid && HOLD_FOR.test(s.text))));
  const out = {
    demandHit,
    asked,
    notCondition: NOT_A_CONDITION.all(text).find((h) => !inTitle(text, h) && !failingConsequence(text, h))?.text,
    stages,
    latest,
  };
  readings.set(c, out);
  return out;
}

/** The row's cell under a "Reason" column, when it says something ("| Public liability | £5,000,000 | Operatives work in occupied homes |"). */
function reasonColumnOf(c: Clause): string | undefined {
  if (c.kind !== 'table-row' || !c.header || !c.cells || c.cells === c.header) return undefined;
  const k = c.header.findIndex((h) => {
    const hit = REASON_HEADER.first(h);
    return hit !== undefined && h.trim().length <= hit.text.length + 2;
  });
  const cell = k >= 0 ? c.cells[k]?.trim() : undefined;
  return cell && !/^(?:-|–|n\/?a|none|not applicable)?$/i.test(cell) ? cell : undefined;
}

const CELL_REF = /^(?:[A-Z]{0,2}\d{1,2}(?:\.\d{1,2}){0,2}[.)]?)\s+/;

/** Is the hit the whole of its table cell (a row's label, "| Reserves |")? */
function labelCell(c: Clause, hit: Hit): boolean {
  if (c.kind !== 'table-row') return false;
  const from = c.text.lastIndexOf('|', hit.start) + 1;
  const to = c.text.indexOf('|', hit.end);
  // "4.3 Reserves", "Q5 Insurance": the label's reference number is no more words (round 17 dev half).
  const cell = c.text
    .slice(from, to < 0 ? c.text.length : to)
    .trim()
    .replace(CELL_REF, '');
  return cell.length <= hit.text.length + 2;
}

/** Is `later` in the cell just after the one `label` fills? */
function inNextCell(text: string, label: Hit, later: Hit): boolean {
  const from = text.indexOf('|', label.end);
  if (from < 0) return false;
  const to = text.indexOf('|', from + 1);
  return later.start > from && (to < 0 || later.start < to);
}

/**
 * The clause's latest stage, unless it sits in an exception after the trigger that names another
 * item of the topic ("currently hold employer's liability ..., save that professional indemnity ...
 * may be arranged before the contract starts"): then the latest stage before the exception.
 */
function exceptedStage(text: string, topic: Topic, hit: Hit, latest: ClauseReading['latest']): ClauseReading['latest'] {
  if (!latest) return latest;
  const exception = EXCEPTION.first(text, hit.end);
  if (!exception) return latest;
  const other = TOPIC_WORDS[topic].first(text, exception.end);
  if (!other || other.phrase === hit.phrase || text.indexOf(latest.text, exception.end) < 0) return latest;
  const before = STAGE.set.all(text.slice(0, exception.start)).map((h) => ({ stage: STAGE.label(h), text: h.text }));
  return latestStage(before) ?? latest;
}

/** The latest in meaning of the stages a clause names (a later route is an alternative). */
function latestStage(stages: Frame['stages']): Frame['stages'][number] | undefined {
  return stages.reduce<Frame['stages'][number] | undefined>(
    (a, s) => (!a || STAGE_ORDER[s.stage] > STAGE_ORDER[a.stage] ? s : a),
    undefined,
  );
}

/** The frame of `topic` in clause `c`, or undefined when the clause does not name the topic. */
export function frameOf(c: Clause, topic: Topic, trigger?: Hit): Frame | undefined {
  const text = c.text;
  // A list item is about what its own words name; its lead-in lends it demand, party and stage, not a topic.
  const first =
    trigger ?? (TOPIC_WORDS[topic].mayOccur(clauseWords(c)) ? TOPIC_WORDS[topic].first(text, c.bodyAt) : undefined);
  if (!first) return undefined;
  // "4B.7 | Reserves | The Board does not require a minimum level of reserves": a row's label cell names
  // the topic, and the cell after it says what is asked; the topic there is the one to read.
  // Only the next cell's: "Social value | 5% | ... | A social value method statement" is weighted in its second cell.
  const inNext = !trigger && labelCell(c, first) ? TOPIC_WORDS[topic].first(text, first.end) : undefined;
  const hit = inNext && inNextCell(text, first, inNext) ? inNext : first;
  const { demandHit, asked, notCondition, stages, latest: clauseLatest } = readingOf(c);
  const latest = exceptedStage(text, topic, hit, clauseLatest);
  const negated = unlessRejected(text, negationOver(text, hit.start, hit.end), hit);
  const demandAt = demandHit?.start ?? hit.start;
  // Alternatives and reasons are read only when a rule asks (most frames are never asked).
  let alternatives: Alternative[] | undefined;
  const alternativesOf = (): Alternative[] => {
    if (alternatives) return alternatives;
    const out: Alternative[] = [];
    // The next clause's alternatives are this one's when it refers back to it or sets no demand of its own.
    // A clause that opens with a party ("Bidders that ...") refers back only when it names the same topic.
    const next = following(c, 1).filter((n) => {
      // A new numbered paragraph ("2.4 Contractors should have ...") is a requirement of its own.
      if (NEW_PARAGRAPH.test(n.text)) return false;
      // The next row of a requirements table that asks something itself is the next requirement ("R3 | Bidders must ...").
      if (c.kind === 'table-row' && n.kind === 'table-row' && DEMAND.test(n.text)) return false;
      // "The Council will accept equivalent certification ...": the buyer saying what else it takes.
      if (buyerAccepts(n.text)) return true;
      const opener = CARRY_OVER.first(n.text);
      const sameTopic = TOPIC_WORDS[topic].test(n.text);
      if (opener?.start === 0)
        return !/^(?:organisations|bidders|suppliers|applicants|providers|a |an |any )/i.test(opener.text) || sameTopic;
      // "Suppliers must also hold Cyber Essentials Plus" is a demand of its own; "must instead provide" is an alternative.
      return sameTopic
        ? /\binstead\b/i.test(n.text) || !DEMAND.test(n.text)
        : !DEMAND.test(n.text) && !namesOtherTopic(n.text, topic);
    });
    const ref = NOTE_REF.exec(c.text)?.[1]?.toLowerCase();
    const note = ref ? following(c, 8).find((n) => n.text.toLowerCase().startsWith(`${ref}:`)) : undefined;
    for (const k of [c, ...next, ...(note ? [note] : [])]) {
      for (const h of ALTERNATIVE.set.all(k.text)) {
        // In the next clause an alternative counts when it is not itself negated ("unaudited accounts are not accepted").
        if (!/^(?:not|un)/i.test(h.text) && negationOver(k.text, h.start, h.end)) continue;
        // "The Agency will not accept management accounts or unaudited financial statements": refused, not offered.
        if (REFUSAL.test(k.text.slice(Math.max(0, h.start - 60), h.start))) continue;
        if (refusedAfter(k.text, h.end)) continue;
        out.push({ kind: ALTERNATIVE.label(h), text: h.text, clause: k, at: h.start });
      }
    }

    return (alternatives = out);
  };
  let reason: Frame['reason'] | null | undefined;
  const reasonOf = (): Frame['reason'] => {
    if (reason !== undefined) return reason ?? undefined;
    let found: Frame['reason'];
    const ownReason = REASON.first(text);
    const reasonCell = reasonColumnOf(c);
    if (reasonCell) found = { text: reasonCell, clause: c };
    else if (ownReason && ownReason.start > hit.start - 200) found = { text: ownReason.text, clause: c };
    else {
      const next = following(c, 1)[0];
      // The next item of the same list, or row of the same table, is a requirement of its own, with its
      // own reason ("3. Employer's liability of £10 million ..." / "4. Public liability of £5 million ...
      // (the higher level reflects ...)"; round 18 dev half).
      const sibling =
        (c.kind === 'list-item' && next?.kind === 'list-item' && c.leadIn !== undefined && next.leadIn === c.leadIn) ||
        (c.kind === 'table-row' && next?.kind === 'table-row' && c.header !== undefined && next.header === c.header);
      // "Reasons: ..." or "This is higher than ... because ..." after the requirement; not a new demand of its own.
      if (next && !sibling) {
        const r = REASON.first(next.text);
        // "Technical ability: because the systems are bespoke, candidates must have ...": the reason of a new demand on another topic.
        const ownDemand =
          ASKS.test(next.text.replace(r?.text ?? '', '')) &&
          !TOPIC_WORDS[topic].test(next.text) &&
          namesOtherTopic(next.text, topic);
        // A later "because" in a sentence about another topic is that topic's ("Suppliers should hold Cyber
        // Essentials Plus ..., because the kiosks will process personal data" after an insurance level).
        const aboutOther = !TOPIC_WORDS[topic].test(next.text) && namesOtherTopic(next.text, topic);
        if (r && !ownDemand && (r.start < 40 || (!aboutOther && !ASKS.test(next.text.replace(r.text, '')))))
          found = { text: r.text, clause: next };
      }
      // "The service is delivered in secure wards. Therefore bidders must hold ...": the reasons came first.
      const prev = c.prev;
      if (!found && prev && prev.parts.at(-1)?.block === c.parts[0]?.block && BACK_REFERENCE.test(text)) {
        const r = REASON.first(prev.text);
        if (r) found = { text: r.text, clause: prev };
      }
    }

    reason = found ?? null;
    return found;
  };
  return {
    topic,
    clause: c,
    trigger: hit,
    demanded: asked && !negated && !notCondition,
    ...(negated ? { negated } : {}),
    ...(notCondition ? { notCondition } : {}),
    who: partyBefore(text, Math.max(demandAt, hit.start) + 1),
    when: latest?.stage ?? 'unstated',
    ...(latest ? { whenText: latest.text } : {}),
    stages,
    get alternatives() {
      return alternativesOf();
    },
    get reason() {
      return reasonOf();
    },
    // Read only when a rule asks: most clauses that name a topic are never judged on their figures.
    get amounts() {
      return figuresOf(text).amounts;
    },
    get periods() {
      return figuresOf(text).periods;
    },
    get multiples() {
      return figuresOf(text).multiples;
    },
    get percentages() {
      return figuresOf(text).percentages;
    },
  };
}

type Figures = Pick<Frame, 'amounts' | 'periods' | 'multiples' | 'percentages'>;
const figures = new Map<string, Figures>();

/** The sums, periods, multiples and percentages of a clause, read once however many topics it has. */
function figuresOf(text: string): Figures {
  const hit = figures.get(text);
  if (hit) return hit;
  let amounts: MoneyMention[] | undefined;
  let periods: DurationMention[] | undefined;
  let multiples: MultipleMention[] | undefined;
  let percentages: PercentMention[] | undefined;
  const out: Figures = {
    get amounts() {
      return (amounts ??= findMoney(text));
    },
    get periods() {
      return (periods ??= findDurations(text));
    },
    get multiples() {
      return (multiples ??= findMultiples(text));
    },
    get percentages() {
      return (percentages ??= findPercentages(text));
    },
  };
  if (figures.size > 16) figures.clear();
  figures.set(text, out);
  return out;
}

const cache = new WeakMap<TenderDocument, Map<Topic, Frame[]>>();

/** Which clauses hold each word: the document's words, sorted, and the clause numbers of each. */
interface WordIndex {
  words: string[];
  clauses: Map<string, number[]>;
}

const indexes = new WeakMap<TenderDocument, WordIndex>();

function wordIndex(doc: TenderDocument, clauses: readonly Clause[]): WordIndex {
  let index = indexes.get(doc);
  if (index) return index;
  const byWord = new Map<string, number[]>();
  clauses.forEach((c, i) => {
    for (const w of clauseWords(c)) {
      const at = byWord.get(w);
      if (at) at.push(i);
      else byWord.set(w, [i]);
    }
  });
  indexes.set(doc, (index = { words: [...byWord.keys()].sort(), clauses: byWord }));
  return index;
}

/**
 * The clauses that could name a topic, in reading order: those with one of its phrases' first words.
 * A topic's words occur in few clauses, so each topic reads those instead of asking every clause
 * (fifteen topics times every clause of a long tender).
 */
function candidates(doc: TenderDocument, clauses: readonly Clause[], set: PhraseSet): readonly Clause[] {
  const { exact, prefixes, always } = set.firstWords;
  if (always) return clauses;
  const index = wordIndex(doc, clauses);
  const marked = new Uint8Array(clauses.length);
  const mark = (w: string) => {
    for (const i of index.clauses.get(w) ?? []) marked[i] = 1;
  };
  for (const w of exact) mark(w);
  for (const p of prefixes)
    for (let i = lowerBound(index.words, p, (w) => w); i < index.words.length && index.words[i]!.startsWith(p); i++)
      mark(index.words[i]!);
  return clauses.filter((_, i) => marked[i] === 1);
}

/** Every clause's frame on `topic`, in reading order, computed once per document and topic. */
export function framesOf(doc: TenderDocument, topic: Topic): Frame[] {
  let byTopic = cache.get(doc);
  if (!byTopic) cache.set(doc, (byTopic = new Map()));
  const hit = byTopic.get(topic);
  if (hit) return hit;
  const out: Frame[] = [];
  for (const c of candidates(doc, clausesOf(doc), TOPIC_WORDS[topic])) {
    const f = frameOf(c, topic);
    if (f) out.push(f);
  }
  byTopic.set(topic, out);
  return out;
}

/** An alternative of one of `kinds`, if the frame has one. */
export function alternativeOf(f: Frame, ...kinds: AlternativeKind[]): Alternative | undefined {
  return f.alternatives.find((a) => kinds.includes(a.kind));
}

/** How far after the data it names a restriction may stand and still be about that data. */
const RESTRICTION_REACH = 100;

/**
 * The clause says the work involves none of the data named at `mention` ("no access to patient
 * records", "will not process personal data"): a negation, then nothing or a verb of access.
 */
export function saysNoData(c: Clause, mention: Hit): boolean {
  const text = c.text;
  if (!negationOver(text, mention.start, mention.end)) return false;
  // "No personal data will be sent outside the UK" restricts the data it handles; a restriction further
  // on is another clause's ("..., and engineers will not have access to any system other than the
  // storage itself"; round 17 dev half).
  if (
    DATA_RESTRICTION.all(text).some((h) => h.start >= mention.start - 80 && h.start <= mention.end + RESTRICTION_REACH)
  )
    return false;
  const neg = scopeOf(text)
    .before.filter((n) => n.end <= mention.start)
    .at(-1);
  if (!neg) return true;
  const between = text.slice(neg.end, mention.start);
  return between.trim().length <= 12 || DATA_ACCESS.test(between);
}
