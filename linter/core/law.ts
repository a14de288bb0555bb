import type { Citation, Severity } from './model/finding.js';
import type { Law } from './model/facts.js';

/**
 * What a rule rests on under one law. A finding cites only the entry for the law that governs the
 * document, so a Scottish notice never cites the Procurement Act 2023.
 * - law: the governing law sets the limit the rule checks.
 * - policy: government policy (a PPN, NHS England policy), not law: the message says so.
 * - good-practice: guidance only; the finding is never worse than `ceiling`.
 * - none: the rule has no basis under this law and does not run.
 */
export type LawBasis = 'law' | 'policy' | 'good-practice';

export interface LawEntry {
  basis: LawBasis;
  cite: Citation[];
  /** Why the rule rests on this basis here, for the docs page ("s.85 does not bind devolved Welsh authorities"). */
  note?: string;
  /** The worst severity a finding may have under this law (a rule with only good practice behind it does not claim an error). */
  ceiling?: Severity;
}

export interface NoBasis {
  basis: 'none';
  /** Why the rule does not run under this law. */
  note: string;
}

export type LawTable = Record<Law, LawEntry | NoBasis>;

/** The laws in the order the docs list them. */
export const LAWS: readonly Law[] = ['pa2023', 'pa2023-wales', 'pcr2015', 'psr', 'scotland'];

export const LAW_NAMES: Record<Law, string> = {
  pa2023: 'Procurement Act 2023 (England, Northern Ireland; procurements begun from 24 Feb 2025)',
  'pa2023-wales': 'Procurement Act 2023 with the Procurement (Wales) Regulations 2024 (devolved Welsh authorities)',
  pcr2015: 'Public Contracts Regulations 2015 (procurements begun before 24 Feb 2025)',
  psr: 'Provider Selection Regime (health care services in England)',
  scotland: 'Procurement Reform (Scotland) Act 2014 and Public Contracts (Scotland) Regulations 2015',
};

/** The same entry under every law: for rules whose basis does not depend on the procurement law (guidance, accessibility). */
export function underEveryLaw(entry: LawEntry): LawTable {
  return { pa2023: entry, 'pa2023-wales': entry, pcr2015: entry, psr: entry, scotland: entry };
}

/** The Procurement Act entry for England and for devolved Welsh authorities alike, where the Welsh Regulations change nothing. */
export function pa23(entry: LawEntry): Pick<LawTable, 'pa2023' | 'pa2023-wales'> {
  return { pa2023: entry, 'pa2023-wales': entry };
}

export const statute = (...cite: Citation[]): LawEntry => ({ basis: 'law', cite });
export const policy = (cite: Citation[], ceiling?: Severity, note?: string): LawEntry => ({
  basis: 'policy',
  cite,
  ...(ceiling ? { ceiling } : {}),
  ...(note ? { note } : {}),
});
export const goodPractice = (cite: Citation[], ceiling: Severity, note?: string): LawEntry => ({
  basis: 'good-practice',
  cite,
  ceiling,
  ...(note ? { note } : {}),
});
export const none = (note: string): NoBasis => ({ basis: 'none', note });

/** Every citation a table holds, once each (for docs and tests). */
export function allCitations(t: LawTable): Citation[] {
  const seen = new Map<string, Citation>();
  for (const l of LAWS) {
    const e = t[l];
    if (e.basis !== 'none') for (const c of e.cite) seen.set(`${c.title}|${c.section ?? ''}|${c.url}`, c);
  }
  return [...seen.values()];
}

/** Short names of each law's instruments, as messages write them. */
export const INSTRUMENTS = {
  pa23: { title: 'Procurement Act 2023', laws: ['pa2023', 'pa2023-wales'] },
  pr2024: { title: 'Procurement Regulations 2024', laws: ['pa2023'] },
  wales2024: { title: 'Procurement (Wales) Regulations 2024', laws: ['pa2023-wales'] },
  pcr: { title: 'Public Contracts Regulations 2015', laws: ['pcr2015'] },
  psr: { title: 'Health Care Services (Provider Selection Regime) Regulations 2023', laws: ['psr'] },
  pcsr: { title: 'Public Contracts (Scotland) Regulations 2015', laws: ['scotland'] },
  prsa: { title: 'Procurement Reform (Scotland) Act 2014', laws: ['scotland'] },
} as const satisfies Record<string, { title: string; laws: readonly Law[] }>;

/** The procurement laws a citation's instrument belongs to, or undefined for sources that are not procurement law (guidance, other statutes). */
export function lawsOfCitation(c: Citation): readonly Law[] | undefined {
  return Object.values(INSTRUMENTS).find((i) => i.title === c.title)?.laws;
}

/** "Conditions must be proportionate", as each law says it, for messages. */
export const PROPORTIONATE: Record<Law, string> = {
  pa2023: 'PA23 s.22(1),(5) requires conditions of participation to be proportionate',
  'pa2023-wales': 'PA23 s.22(1),(5) requires conditions of participation to be proportionate',
  pcr2015:
    'the Public Contracts Regulations 2015 (reg 58) require selection criteria to be related and proportionate to the contract',
  psr: 'the Provider Selection Regime (Sch.16 para 1(4)) requires selection criteria to be related and proportionate',
  scotland:
    'Scottish procurement law requires proportionate requirements (Procurement Reform (Scotland) Act 2014 s.8; Public Contracts (Scotland) Regulations 2015 reg 59)',
};

/** Where the law lets a bidder rely on others' capacity, for fixes ("" where the rule does not name one). */
export const RELIANCE: Record<Law, string> = {
  pa2023: ' (PA23 s.22(8)-(9))',
  'pa2023-wales': ' (PA23 s.22(8)-(9))',
  pcr2015: ' (PCR 2015 reg 63)',
  psr: '',
  scotland: '',
};
