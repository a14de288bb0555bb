import { z } from 'zod';

export const Regime = z.enum([
  'pa2023', // Procurement Act 2023, above threshold
  'light-touch', // PA23 light touch services (Sch.1)
  'psr', // Health Care Services (Provider Selection Regime) Regulations 2023
  'below-threshold', // PA23 Part 6
  'framework-call-off', // call-off or mini-competition under an existing framework
  'pcr2015', // Public Contracts Regulations 2015 (procurements begun before 24 Feb 2025)
  'scotland', // any Scottish procurement: Procurement Reform (Scotland) Act 2014 / Public Contracts (Scotland) Regulations 2015
]);
export type Regime = z.infer<typeof Regime>;

/** The law the procurement runs under, apart from its procedure (a light-touch PA23 contract is law pa2023). */
export const Law = z.enum(['pa2023', 'pa2023-wales', 'pcr2015', 'psr', 'scotland']);
export type Law = z.infer<typeof Law>;

/** Where the buyer is: the Procurement Act 2023 does not apply in Scotland, and bank holidays differ by nation. */
export const Nation = z.enum(['england', 'wales', 'scotland', 'northern-ireland', 'unknown']);
export type Nation = z.infer<typeof Nation>;

export const AuthorityType = z.enum(['central', 'sub-central', 'unknown']);
export type AuthorityType = z.infer<typeof AuthorityType>;

/**
 * What kind of body the buyer is. `nhs-trust` covers NHS trusts, foundation trusts and NHS England
 * (central government authorities under the Procurement Regulations 2024); `central-government`
 * covers departments, agencies, Crown Commercial Service and NHS Supply Chain.
 */
export const BuyerKind = z.enum([
  'central-government',
  'nhs-trust',
  'icb',
  'local-authority',
  'welsh-authority',
  'scottish-authority',
  'school',
  'housing-association',
  'university',
  'other',
  'unknown',
]);
export type BuyerKind = z.infer<typeof BuyerKind>;
export const ContractType = z.enum(['goods', 'services', 'works', 'unknown']);
export type ContractType = z.infer<typeof ContractType>;

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
  /** How the figure was reached when it was not read as one sum ("sum of 3 lots: £100,000 + £80,000 + £60,000"). */
  derivation: z.string().optional(),
  /** A year's value stated beside the total ("£600,000 per annum, £1,800,000 over the initial term"). */
  perYear: z.number().positive().optional(),
  ...sourced,
});
export type ValueFact = z.infer<typeof ValueFact>;

export const TermFact = z.object({
  initialMonths: z.number().positive(),
  extensionMonths: z.number().nonnegative(),
  totalMonths: z.number().positive(),
  /** How the term was read, as messages print it ("5 years (3 + 1 + 1)", "36 months"). */
  derivation: z.string(),
  ...sourced,
});
export type TermFact = z.infer<typeof TermFact>;

export const DateFact = z.object({
  /** ISO calendar date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .optional(),
  /** How the date was reached when it is not written in full ("4 working days before 30 March 2026", "16 March, year 2027 from the timetable"). */
  derivation: z.string().optional(),
  ...sourced,
});
export type DateFact = z.infer<typeof DateFact>;

export const LotsFact = z.object({
  /** true: divided into lots; false: stated not divided; null: nothing said. */
  divided: z.boolean().nullable(),
  count: z.number().int().positive().optional(),
  reasons: z.string().optional(),
  /** Each lot's value in lot order, when the document states them. */
  values: z.array(z.number().positive()).optional(),
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

export const BuyerFact = z.object({
  /** The buyer's legal name as the document gives it in full. */
  name: z.string().optional(),
  /** What the document calls the buyer once defined ("the Council", "the ICB"). */
  aliases: z.array(z.string()),
  kind: BuyerKind,
  source: FactSource,
  /** Why the kind was chosen ("the name ends 'Borough Council'"). */
  basis: z.string().optional(),
  block: z.number().int().nonnegative().optional(),
  excerpt: z.string().optional(),
});
export type BuyerFact = z.infer<typeof BuyerFact>;

export const RegimeFact = z.object({
  id: Regime,
  law: Law,
  nation: Nation,
  source: FactSource,
  basis: z.string(),
  /** ISO date the procurement began, when known (PA23 applies to procurements begun on or after 24 Feb 2025). */
  begun: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type RegimeFact = z.infer<typeof RegimeFact>;

export const Facts = z.object({
  value: ValueFact.optional(),
  /** The annual value the turnover benchmark compares against, and how it was worked out. */
  annualValue: z
    .object({ amount: z.number().positive(), derivation: z.string(), years: z.number().positive().optional() })
    .optional(),
  /** The whole-contract value, and how it was worked out ("£150,000 a year x 3 years = £450,000"). */
  totalValue: z.object({ amount: z.number().positive(), derivation: z.string() }).optional(),
  /** The highest minimum turnover demanded, as a multiple of annualValue (a multiple of the contract value needs no value). */
  turnoverMultiple: z.number().nonnegative().optional(),
  term: TermFact.optional(),
  published: DateFact.optional(),
  clarificationDeadline: DateFact.optional(),
  submissionDeadline: DateFact.optional(),
  /** The deadline for requests to participate (SQ / PQQ) in a two-stage procedure. */
  participationDeadline: DateFact.optional(),
  contractStart: DateFact.optional(),
  lots: LotsFact,
  regime: RegimeFact,
  buyer: BuyerFact,
  /** Central or sub-central for the Schedule 1 thresholds: derived from the buyer's kind. */
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
    participationDeadline: z.string(),
    contractStart: z.string(),
    /** The date the procurement began (its first notice), when it differs from the publication date. */
    begun: z.string(),
    regime: Regime,
    buyer: z.string(),
    buyerKind: BuyerKind,
    nation: Nation,
    authority: z.enum(['central', 'sub-central']),
    contractType: z.enum(['goods', 'services', 'works']),
    termMonths: z.number().positive(),
    extensionMonths: z.number().nonnegative(),
    lots: z.number().int().positive(),
    lotsReasons: z.string(),
    lotValues: z.array(z.number().positive()),
    /** Tenders cannot be submitted electronically (OCDS submissionMethod without electronicSubmission): PA23 s.54 minimum 30 days. */
    notElectronic: z.boolean(),
  })
  .partial()
  .strict();
export type StatedFacts = z.infer<typeof StatedFacts>;
