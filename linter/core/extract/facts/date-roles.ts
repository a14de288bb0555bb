/**
 * What a date in a tender is for, from the words that label it: a timetable row's other cells,
 * or the clause of the sentence it ends. One line per phrasing; the first line that matches wins,
 * so the lines that rule a date out ("answers will be published by", "site visit") come first.
 */
export type DateRole =
  'published' | 'dispatched' | 'clarification' | 'participation' | 'submission' | 'contractStart' | 'other';

export const ROLES: ReadonlyArray<readonly [RegExp, DateRole]> = [
  // A date that bounds a condition ("tax returns submitted on or after 1 October 2012") is no event.
  [/\b(?:on or after|after|since|as at|as of)\s*$/i, 'other'],
  // Answers, events and later stages: dates, but no deadline for bidders.
  [
    /\b(?:answers?|responses?|repl(?:y|ies)|clarifications)\b[^|]{0,60}\b(?:publish|issue|circulat|share|sent|provid|given|respond|answer)\w*|\b(?:publish|issue|circulate|share|respond)\w*\b[^|]{0,40}\b(?:answers?|responses?|clarifications)\b|\banswered\b|\b(?:will|shall|to) (?:answer|respond|reply)\b/i,
    'other',
  ],
  // "Contract start and mobilisation": the start, though mobilisation is no start on its own.
  [/\bcontract start\b|\bstart of (?:the )?contract\b|\bcontract commencement\b/i, 'contractStart'],
  // "is looking for a contractor to cut the grass ... from": the work starts then, whatever the sentence names on the way.
  [
    /\b(?:looking for|seeking|wishes to appoint|wants)\s+(?:a |an )?(?:contractor|supplier|provider)s?\s+to\b[^|]*\bfrom\s*$/i,
    'contractStart',
  ],
  [
    /\b(?:standstill|evaluat\w*|moderat\w*|interviews?|presentations?|site visits?|briefing|webinar|engagement event|bidders?['’]? (?:day|event|conference)|supplier day|open day|meeting|notif\w*|outcome|assessment summar\w*|shortlist(?:ing|s)?|shortlisted(?! (?:suppliers|bidders|applicants|organisations|providers|tenderers))|mobilis\w*|transition|expir\w*|ends?|ending|end date|intention to award|award\w*|decision|feedback|demonstrations?|dialogue|negotiat\w*|valid|bank holiday|unavailable|closed|reference checks?|visits?|report)\b/i,
    'other',
  ],
  [/\b(?:current|existing|previous) (?:contract|agreement|framework|arrangement)\b|\bstarted\b/i, 'other'],
  // "Selection questions returned": the selection stage's answers, not questions to the buyer.
  [/\b(?:clarification|(?<!selection )questions?|quer(?:y|ies)|enquir(?:y|ies))\b/i, 'clarification'],
  // An invitation sent to named suppliers (a call-off's expression-of-interest round) is no deadline and no publication.
  [
    /\binvitations?\b[^|]{0,60}\bsent to\b|\binvited\b[^|]{0,60}\bto express (?:an )?interest(?: on| from)?\s*$/i,
    'other',
  ],
  // One deadline for both in an open procedure: the tender deadline.
  [
    /\btenders? (?:and|or) (?:requests? to participate|SQs?|selection questionnaires?)\b|\b(?:requests? to participate|SQs?|selection questionnaires?) (?:and|or) tenders?\b/i,
    'submission',
  ],
  [
    /\brequests? to participate\b|\bselection questionnaires?\b|\bselection (?:responses?|submissions?)\b|\b(?:SQ|PQQ|PSQ|E?SPD|EOI)s?\b|\bcapability statements?\b|\bselection questions?\b|\beligibility check\b|\bpre-?qualification\b|\bexpressions? of interest\b|\bexpress(?:ing)? (?:an )?interest\b|\bparticipation\b|\bstage (?:one|1)\b|\bfirst stage\b|\bmust first (?:submit|complete|return|send)\b|\b(?:wish|wishing|want) to take part\b(?![^|]{0,80}\b(?:tenders?|bids?|quot\w+)\b)/i,
    'participation',
  ],
  [
    /\b(?:sent|dispatch\w*|submitted) (?:for publication|to (?:the )?(?:Find a Tender|Contracts Finder|OJEU|the Official Journal|Public Contracts Scotland|Sell2Wales))\b|\bdispatch\w*\b/i,
    'dispatched',
  ],
  [
    /\bpublish\w*\b|\bpublication\b|\b(?:was|were|been|is) posted\b|\bissued?\b|\bissue date\b|\bdate of issue\b|\bdated\b|\breleased?\b|\blaunch\w*\b|\badvertised\b|\bdate of (?:this )?(?:invitation|notice|document|request)\b|\b(?:quotes|quotations|tenders|bids) (?:were )?invited\b/i,
    'published',
  ],
  // "in the week beginning 9 November" dates an event, not a start.
  [
    /\b(?:contract|service|framework|agreement|call-off|go[- ]live|commencement|start)\b[^|]{0,40}\b(?:start\w*|(?<!\bweek )commenc\w*|(?<!\bweek )begin\w*|go(?:es)? live)\b|\b(?:start|commencement|go[- ]live|begin) (?:date|on)\b|\bstart(?:s|ing)? (?:on|from)\b|\b(?:start(?:s|ing)|(?<!\bweek )beginning)\s*$|\b(?:run|last|be (?:let|for|awarded for)|term|period|duration|years?|months?)\b[^|]{0,60}\bfrom\s*$|(?<!\bweek )\bcommenc\w*\b|\bstart\b|\bgo[- ]live\b/i,
    'contractStart',
  ],
  [
    /\bclosing (?:date|time)\b|\bdeadline\b|\btime limit for receipt\b|\breturn date\b|\b(?:reply|respond) by\b|\bdue\b/i,
    'submission',
  ],
  // What bidders send, with a word that makes the date its deadline.
  [
    /\b(?:tenders?|bids?|quot(?:e|es|ations?)|responses|submissions?|proposals?|questionnaires?|offers?|applications?|itt)\b[^|]{0,80}\b(?:by|no later than|not later than|before|until|submit\w*|return\w*|receiv\w*|receipt|upload\w*|sen[dt]|e-?mail\w*|deliver\w*|lodged?|close[sd]?)\b/i,
    'submission',
  ],
];

// A label that names the selection stage and its publication ("the notice published on Contracts
// Finder on", "SQ issued"): the word nearer the date says what the date is.
const NEARER: ReadonlySet<DateRole> = new Set(['participation', 'published', 'dispatched']);

// Each line's pattern, global, to find its last match (built here, once, like every pattern).
const GLOBAL_ROLES = ROLES.map(([re]) => new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`));

/** Where the last match of ROLES[i] in `label` ends, or -1. */
function lastEnd(i: number, label: string): number {
  let end = -1;
  for (const m of label.matchAll(GLOBAL_ROLES[i]!)) end = m.index + m[0].length;
  return end;
}

/** The role of a date from its label; `undefined` when no line says anything about it. */
export function roleOf(label: string): DateRole | undefined {
  for (const [i, [re, role]] of ROLES.entries()) {
    if (!re.test(label)) continue;
    if (role !== 'participation') return role;
    // Participation, unless a publication word comes after the stage's name.
    const at = lastEnd(i, label);
    for (const [j, [, other]] of ROLES.entries())
      if (other !== role && NEARER.has(other) && lastEnd(j, label) > at) return other;
    return role;
  }
  return undefined;
}

// Where one clause of a sentence ends and the next begins: the clause holding the date labels it.
// (?<!\s): a match starts where a run of white space starts, never inside it (quadratic on long runs).
const CLAUSE = /[,;:]\s+|(?<!\s)\s+(?:and|with|so that|after which|before|while|but)\s+|(?<!\s)\s+[–—-]\s+/gi;

/** The last clause of `text` (the words just before a date), or '' when `text` is only punctuation. */
export function lastClause(text: string): string {
  let at = 0;
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(text); m; m = CLAUSE.exec(text))
    if (m.index + m[0].length < text.length - 1) at = m.index + m[0].length;
  return text.slice(at);
}
