import type { TenderDocument } from '../../model/document.js';
import { passagesOf, type Passage } from '../passages.js';
import { perDocument } from './cache.js';

export interface Reservation {
  passage: Passage;
  /** To whom or where, as messages say it ("SMEs and VCSEs", "suppliers based in Kent"). */
  to: string;
  by: 'supplier type' | 'location';
  source: 'ocds' | 'text';
}

// Each way of saying a competition is reserved: what it is reserved to, and by what.
const RESERVED: ReadonlyArray<{ re: RegExp; by: Reservation['by'] }> = [
  {
    re: /\b(?:reserved|restricted|limited|open only)\s+(?:for|to)\s+(?<to>(?:UK |local )?(?:SMEs?|VCSEs?|small and medium[- ]sized enterprises|small (?:and medium )?businesses|voluntary,? community and social enterprises?|social enterprises|micro,? small)(?:[^.;]{0,40}\b(?:VCSEs?|SMEs?))?)/i,
    by: 'supplier type',
  },
  {
    re: /\b(?:reserved|restricted|limited|open only)\s+(?:for|to)\s+(?<to>(?:suppliers|organisations|providers|bidders|those)\s+(?:based|located|registered|with (?:a|an) (?:office|base))\s+in\s+[A-Z][\w' -]{2,40})/,
    by: 'location',
  },
  {
    re: /\b[Oo]nly\s+(?<to>(?:suppliers|organisations|providers|bidders)\s+(?:based|located|registered)\s+in\s+[A-Z][\w' -]{2,40}?)\s+(?:may|can|will be (?:able|eligible)|are eligible)\b/,
    by: 'location',
  },
];
const NOT = /\bnot (?:be )?(?:reserved|restricted)\b|\bopen to all\b|\bno reservation\b/i;

const OCDS_WORDS: Record<string, string> = {
  sme: 'SMEs',
  vcse: 'VCSEs',
  publicservicemissionorganization: 'public service mutuals',
};

/** The competition is reserved: an OCDS reservedParticipation field, else the text saying so. */
export const reservation = perDocument((doc: TenderDocument): Reservation | undefined => {
  const r = doc.notice?.reserved;
  if (r) {
    const passage = passagesOf(doc).find((p) => p.block.index === r.block);
    if (passage) {
      const words = r.to.map((x) => OCDS_WORDS[x.toLowerCase()] ?? x);
      const byType = r.to.every((x) => OCDS_WORDS[x.toLowerCase()]);
      return { passage, to: words.join(' and '), by: byType ? 'supplier type' : 'location', source: 'ocds' };
    }
  }
  for (const p of passagesOf(doc)) {
    if (NOT.test(p.text)) continue;
    for (const k of RESERVED) {
      const m = k.re.exec(p.text);
      if (m) return { passage: p, to: m.groups!.to!.trim(), by: k.by, source: 'text' };
    }
  }
  return undefined;
});
