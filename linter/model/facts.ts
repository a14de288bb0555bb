import { z } from 'zod';

export const Regime = z.enum([
  'pa2023', // Procurement Act 2023, above threshold
  'light-touch', // PA23 light touch services (Sch.1)
  'psr', // Health Care Services (Provider Selection Regime) Regulations 2023
  'below-threshold', // PA23 Part 6
  'framework-call-off', // call-off or mini-competition under an existing framework
  'pcr2015', // Public Contracts Regulations 2015 (procurements begun before 24 Feb 2025)
]);
export type Regime = z.infer<typeof Regime>;

export const AuthorityType = z.enum(['central', 'sub-central', 'unknown']);
export const ContractType = z.enum(['goods', 'services', 'works', 'unknown']);

/** Where a fact came from: structured sources beat the text. */
export const FactSource = z.enum(['flag', 'front-matter', 'ocds', 'page', 'text', 'derived', 'default']);
export type FactSource = z.infer<typeof FactSource>;

const sourced = {
  source: FactSource,
  /** Index of the block the fact was read from, when it came from the text. */
  block: z.number().int().nonnegative().optional(),
  excerpt: z.string().optional(),
};

export const Vat = z.enum(['excluding', 'including', 'unknown']);
export type Vat = z.infer<typeof Vat>;

export const ValueFact = z.object({
  amount: z.number().positive(),
  currency: z.literal('GBP'),
  basis: z.enum(['annual', 'total']),
  vat: Vat,
  ...sourced,
});
export type ValueFact = z.infer<typeof ValueFact>;

export const TermFact = z.object({
  initialMonths: z.number().positive(),
  extensionMonths: z.number().nonnegative(),
  totalMonths: z.number().positive(),
  ...sourced,
});
export type TermFact = z.infer<typeof TermFact>;

export const DateFact = z.object({
  /** ISO calendar date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z.string().regex(/^\d{2}:\d{2}$/).optional(),
  ...sourced,
});
export type DateFact = z.infer<typeof DateFact>;

export const LotsFact = z.object({
  /** true: divided into lots; false: stated not divided; null: nothing said. */
  divided: z.boolean().nullable(),
  count: z.number().int().positive().optional(),
  reasons: z.string().optional(),
  ...sourced,
});
export type LotsFact = z.infer<typeof LotsFact>;

/** Conditions that change the statutory minimum tendering period (PA23 s.54). */
export const PeriodConditions = z.object({
  urgency: z.boolean(),
  plannedProcurementNotice: z.boolean(),
  dynamicMarket: z.boolean(),
  documentsLater: z.boolean(),
  notElectronic: z.boolean(),
});
export type PeriodConditions = z.infer<typeof PeriodConditions>;

export const Facts = z.object({
  value: ValueFact.optional(),
  /** The annual value the turnover benchmark compares against, and how it was worked out. */
  annualValue: z
    .object({ amount: z.number().positive(), derivation: z.string(), years: z.number().positive().optional() })
    .optional(),
  term: TermFact.optional(),
  published: DateFact.optional(),
  clarificationDeadline: DateFact.optional(),
  submissionDeadline: DateFact.optional(),
  lots: LotsFact,
  regime: z.object({ id: Regime, source: FactSource, basis: z.string() }),
  authority: z.object({ type: AuthorityType, source: FactSource, basis: z.string().optional() }),
  contractType: ContractType,
  periodConditions: PeriodConditions,
});
export type Facts = z.infer<typeof Facts>;

/**
 * Facts as a user or a structured source states them (CLI flags, front matter, config, OCDS,
 * portal fields). Loose on input ("£600k", "2026-03-16"), resolved by extract/facts.ts.
 */
export const StatedFacts = z
  .object({
    value: z.union([z.number().positive(), z.string()]),
    valueBasis: z.enum(['annual', 'total']),
    vat: Vat,
    published: z.string(),
    deadline: z.string(),
    clarificationDeadline: z.string(),
    regime: Regime,
    authority: z.enum(['central', 'sub-central']),
    contractType: z.enum(['goods', 'services', 'works']),
    termMonths: z.number().positive(),
    extensionMonths: z.number().nonnegative(),
    lots: z.number().int().positive(),
    lotsReasons: z.string(),
    /** Tenders cannot be submitted electronically (OCDS submissionMethod without electronicSubmission): PA23 s.54 minimum 30 days. */
    notElectronic: z.boolean(),
  })
  .partial()
  .strict();
export type StatedFacts = z.infer<typeof StatedFacts>;
