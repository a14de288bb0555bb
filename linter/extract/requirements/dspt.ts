import type { TenderDocument } from '../../model/document.js';
import { passagesOf, type Passage } from '../passages.js';

export interface DsptDemand {
  passage: Passage;
  /** Required at bid or selection stage (not only before data access or contract start). */
  atBid: boolean;
  /** "Approaching Standards" with an improvement plan is accepted. */
  approachingAccepted: boolean;
}

export interface DsptFacts {
  demands: DsptDemand[];
  /** The document says the service involves no access to NHS patient data or systems. */
  noPatientData?: Passage;
}

const DSPT = /\bData Security (?:and|&) Protection Toolkit\b|\bDSPT\b|\bDSP Toolkit\b|\bIG Toolkit\b|\bInformation Governance Toolkit\b/i;
const STANDARDS_MET = /\bStandards Met\b|\bStandards Exceeded\b/i;
const REQUIRED = /\bmust\b|\bshall\b|\brequired?\b|\brequirement\b|\bmandatory\b|\bneed(?:s|ed)? to\b|\bdemonstrate\b|\bevidence\b|\bprovide\b|\bconfirm\b|\bhold\b|\bpass\/fail\b|\bminimum\b|\bexpected to\b|\bonly (?:consider|accept)\b/i;
// Required later than bidding: before data access, go-live, contract start, mobilisation or award.
const LATER = /\b(?:before|prior to|by|ahead of|in advance of|no later than|at|within \w+ (?:days|weeks|months) of|from)\b[^.]{0,40}\b(?:access(?:ing)?|go[- ]live|contract (?:start|commencement|award|signature)|commencement|service start|start of (?:the )?(?:contract|service)|mobilisation|processing|the contract starts|handling)\b|\bsuccessful (?:bidder|provider|supplier|tenderer)\b|\bduring (?:the )?contract\b/i;
const APPROACHING = /\bApproaching Standards\b/i;
const ACCEPTED = /\baccept(?:ed|able)?\b|\bwill be (?:considered|sufficient)\b|\bor\b[^.]{0,60}\bimprovement plan\b|\bwith an? (?:agreed |approved )?(?:improvement|action) plan\b/i;
const NO_PATIENT_DATA = /\bno (?:access to )?(?:NHS )?(?:patient|clinical|personal|identifiable) (?:data|information|records|systems)\b|\bwill not (?:have access to|access|process|handle|hold)\b[^.]{0,30}\b(?:patient|personal|clinical) (?:data|information|records)\b|\bdoes not (?:involve|require) (?:any )?(?:access to )?(?:NHS )?(?:patient|personal|clinical) (?:data|information|records|systems)\b/i;

const cache = new WeakMap<TenderDocument, DsptFacts>();

/** Where the document demands the NHS Data Security and Protection Toolkit, and when. */
export function dsptFacts(doc: TenderDocument): DsptFacts {
  const hit = cache.get(doc);
  if (hit) return hit;
  const passages = passagesOf(doc);
  const mentionsToolkit = passages.some((p) => DSPT.test(p.text));
  const demands: DsptDemand[] = [];
  const approachingAnywhere = passages.some((p) => APPROACHING.test(p.text) && ACCEPTED.test(p.text) && !/\bnot\b[^.]{0,20}\baccept/i.test(p.text));
  for (const p of passages) {
    const names = DSPT.test(p.text) || (mentionsToolkit && STANDARDS_MET.test(p.text));
    if (!names || !REQUIRED.test(p.text)) continue;
    const laterHere = LATER.test(p.text);
    demands.push({ passage: p, atBid: !laterHere, approachingAccepted: approachingAnywhere });
  }
  const noData = passages.find((p) => NO_PATIENT_DATA.test(p.text));
  const out: DsptFacts = { demands, ...(noData ? { noPatientData: noData } : {}) };
  cache.set(doc, out);
  return out;
}
