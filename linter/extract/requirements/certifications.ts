import type { TenderDocument } from '../../model/document.js';
import { passagesOf, type Passage } from '../passages.js';
import { perDocument } from './cache.js';
import { justificationFor } from './justification.js';

export interface CertificationDemand {
  passage: Passage;
  /** The named certifications or standards, as written ("ISO 9001", "Cyber Essentials Plus"). */
  names: string[];
  /** The text accepts an equivalent ("or equivalent", "such as ... or", "or be able to show"). */
  equivalent: boolean;
  /** Cyber Essentials Plus is among the names. */
  cyberEssentialsPlus: boolean;
  /** Required when bidding, not only before award or contract start. */
  atBid: boolean;
  justification?: string;
}

// Named certifications and standards a bidder might be told to hold.
const NAMED = /\b(?:BS\s+EN\s+)?ISO(?:\/IEC)?\s?\d{4,5}(?:-\d+)?(?::\d{4})?|\bBS\s?(?:EN\s)?\d{4,5}(?:-\d+)?|\bCyber Essentials(?:\s?(?:Plus|\+))?|\bCHAS\b|\bConstructionline(?:\s(?:Gold|Silver))?\b|\bSafeContractor\b|\bSMAS\b|\bAcclaim\b|\bAchilles(?:\sUVDB)?\b|\bOHSAS\s?18001\b|\bEMAS\b|\bSSIP\b(?:\s(?:accreditation|certification|membership))?|\bPAS\s?\d{2,4}\b|\bInvestors in People\b|\bNICEIC\b|\bFORS(?:\s(?:Bronze|Silver|Gold))?\b/g;
const MANDATORY = /\bmust\b|\bshall\b|\brequired?\b|\bmandatory\b|\bneed(?:s)? to (?:hold|have|be)\b|\bis essential\b|\bonly (?:accept|consider)\b|\bminimum of\b|\bat (?:a )?minimum\b|\bat least\b/i;
const EQUIVALENT = /\bequivalents?\b|\bor (?:a )?similar\b|\bsuch as\b[^.;]{0,80}\bor\b|\bor (?:other )?(?:evidence|proof) of (?:comparable|equal|similar)\b|\bcomparable\b/i;
// Scored, described or optional: not a condition of participation.
const NOT_MANDATORY = /\bnot (?:required|mandatory|essential|a requirement)\b|\bdesirable\b|\bpreferred\b|\bencouraged\b|\bwork(?:ing)? towards\b|\bscored?\b|\bweight(?:ing|ed)\b|\d{1,4}(?:\.\d{1,4})?%/i;
const LATER = /\b(?:prior to|before|by|from|on|at|no later than|within \w+ (?:days|weeks|months) of) (?:the )?(?:date of )?(?:contract (?:start|award|commencement|signature)|commencement|award|service start|start of the (?:contract|service)|go[- ]live|mobilisation|the (?:[\w-]+ )?contract (?:is )?(?:starts?|awarded|signed|commences)|it is given access)\b|\bsuccessful (?:bidder|supplier|provider|contractor|tenderer)\b|\bif (?:awarded|successful)\b/i;
const LEAD_IN = /\b(?:standards?|certificat\w*|accreditations?|certified|qualifications?)\b/i;

/** Named certifications and standards demanded of bidders, with whether an equivalent is accepted. */
export const certificationDemands = perDocument((doc: TenderDocument): CertificationDemand[] => {
  const passages = passagesOf(doc);
  const out: CertificationDemand[] = [];
  passages.forEach((p, i) => {
    const t = p.text;
    const names = [...new Set([...t.matchAll(NAMED)].map((m) => m[0].replace(/\s+/g, ' ').trim()))];
    if (names.length === 0) return;
    let mandatory = MANDATORY.test(t) || /\(mandatory/i.test(t);
    // A bare list item ("ISO 27001") under a lead-in such as "Standards and Certificates for Lot 1:".
    const bare = t.replace(NAMED, '').replace(/[\s(),.;:-]/g, '').length === 0;
    if (!mandatory && bare) {
      for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
        const q = passages[j]!;
        if (q.text.trim().endsWith(':')) {
          mandatory = LEAD_IN.test(q.text) && !NOT_MANDATORY.test(q.text);
          break;
        }
      }
    }
    if (!mandatory || NOT_MANDATORY.test(t) || /^if\b/i.test(t)) return;
    const justification = justificationFor(p);
    out.push({
      passage: p,
      names,
      equivalent: EQUIVALENT.test(t),
      cyberEssentialsPlus: names.some((n) => /cyber essentials\s?(?:plus|\+)/i.test(n)),
      atBid: !LATER.test(t),
      ...(justification ? { justification } : {}),
    });
  });
  return out;
});

// The document says the work involves no personal or OFFICIAL data.
const NO_SENSITIVE_DATA = /\b(?:will not|does not|do not|won't|doesn't|shall not|never)\b[^.;]{0,40}\b(?:handle|process|access|hold|store|see|have access to|involve|require access to)\b[^.;]{0,40}\b(?:personal|OFFICIAL|patient|sensitive|identifiable)\b[^.;]{0,25}\b(?:data|information|records)\b|\bno (?:access to )?(?:any )?(?:personal|patient|OFFICIAL|sensitive|identifiable) (?:data|information|records)\b|\bno (?:personal|OFFICIAL) data\b/i;
const SENSITIVE_DATA = /\b(?:personal|OFFICIAL|patient|health|special category|identifiable) (?:data|information|records)\b|\bOFFICIAL[- ]SENSITIVE\b|\bpatient administration system\b/i;

/** Whether the work handles personal or OFFICIAL data: 'no' only when the document says so. */
export const dataHandling = perDocument((doc: TenderDocument): { handles: 'yes' | 'no' | 'unknown'; passage?: Passage } => {
  const passages = passagesOf(doc);
  const none = passages.find((p) => NO_SENSITIVE_DATA.test(p.text));
  if (none) return { handles: 'no', passage: none };
  const some = passages.find((p) => SENSITIVE_DATA.test(p.text) && !/\bno\b|\bnot\b/i.test(p.text));
  return some ? { handles: 'yes', passage: some } : { handles: 'unknown' };
});
