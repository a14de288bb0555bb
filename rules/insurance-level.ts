import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { statute, pa23 } from '../linter/core/law.js';
import {
  insuranceFacts,
  type InsuranceKind,
  type InsuranceLevel,
} from '../linter/core/extract/requirements/insurance.js';
import { formatGBP } from '../linter/core/extract/money.js';
import { formatMultiple } from '../linter/core/format-numbers.js';
import type { FindingData } from '../linter/core/model/finding.js';

const NAME: Record<InsuranceKind, string> = {
  'employers-liability': 'Employer’s liability',
  'public-liability': 'Public liability',
  'professional-indemnity': 'Professional indemnity',
  'product-liability': 'Product liability',
  other: 'Insurance',
};

/** The finding data key for each kind the rule judges. */
const DATA_KEY: Record<InsuranceKind, string> = {
  'employers-liability': 'employersLiability',
  'public-liability': 'publicLiability',
  'professional-indemnity': 'professionalIndemnity',
  'product-liability': 'productLiability',
  other: 'insurance',
};

export default defineRule({
  meta: {
    id: 'insurance-level',
    title: 'Insurance level out of proportion',
    severity: 'warning',
    description:
      'Employer’s liability above the £5,000,000 legal minimum, or public liability or professional indemnity of £5,000,000 or more and over 10 x the annual value, with no stated reason.',
    rationale:
      'Each extra million of cover raises the premium a small organisation pays before it has won anything. Employer’s liability has a legal minimum of £5 million; public liability and professional indemnity have none, and policy says levels should be proportionate to the size and nature of the contract. The Procurement Act 2023 requires conditions of participation to be proportionate.',
    citations: {
      ...pa23(statute(sources.elci, sources.pa23s22)),
      pcr2015: statute(sources.elci, sources.pcr58),
      psr: statute(sources.elci, sources.psrSch16p1),
      scotland: statute(sources.elci, sources.prsa8, sources.pcsr59),
    },
    fix: 'Ask for employer’s liability at the £5,000,000 legal minimum and for public liability and professional indemnity in proportion to the contract, or state why a higher level is needed.',
    messages: {
      'over-level':
        "Insurance levels above the legal minimum (employer's liability) or over the multiple of the annual value (public liability, professional indemnity), grouped per passage. Data: per kind found (employersLiability, publicLiability, professionalIndemnity) the amount demanded and its ceiling (<kind>Ceiling), annual and derivation when a multiple was applied, justified.",
    },
    options: z.object({
      employersLiabilityMinimum: z
        .number()
        .positive()
        .default(5_000_000)
        .describe('The legal minimum for employer’s liability (GBP).'),
      floor: z
        .number()
        .positive()
        .default(5_000_000)
        .describe('Public liability or professional indemnity below this (GBP) never fires.'),
      maxMultiple: z
        .number()
        .positive()
        .default(10)
        .describe(
          'Largest proportionate multiple of the annual contract value for public liability and professional indemnity.',
        ),
      reportJustified: z
        .boolean()
        .default(false)
        .describe(
          'Report a level with a stated reason as info (true) or not at all (false, the default: rules.md fires only with no stated reason).',
        ),
    }),
    examples: {
      flag: [
        {
          text: "The estimated annual contract value is £2,000,000.\n\n| Q | Question | Response type | Guidance |\n|---|---|---|---|\n| 7.1 | Will you hold employer's liability insurance of at least £10,000,000 from the contract start date? | Yes/No | Pass/fail. |\n| 7.2 | Will you hold public liability insurance of at least £10,000,000 from the contract start date? | Yes/No | Pass/fail. The level reflects visitor numbers of about 2 million a year. |",
          message: 'Employer',
          source: "phrasing from the blind evaluation set (dev half, round 18): the next row's reason is its own",
        },
        {
          text: "The annual contract value is £300,000. Bidders must hold:\n\n1. Employer's liability insurance of £10 million, to be in place from the contract start date.\n2. Public liability insurance of £5 million, to be in place from the contract start date (the higher level reflects passengers with complex medical and mobility needs).",
          message: 'Employer',
          source: "phrasing from the blind evaluation set (dev half, round 18): the next item's reason is its own",
        },
        {
          text: "The contract value is £80,000 a year.\n\nProfessional indemnity insurance of £5,000,000 is required; cover must be in place by the contract start date.\n\nSuppliers should hold Cyber Essentials Plus, or an equivalent independently assessed scheme, by the date of award, because the kiosks will process library members' personal data.",
          source:
            "phrasing from the blind evaluation set (dev half, round 12): the next sentence's reason is about another requirement",
        },
        {
          text: 'Employer’s liability insurance of £10,000,000 per claim',
          message: '£10,000,000 is above the legal minimum of £5,000,000',
        },
        {
          text: 'The estimated total contract value is £1.2m. The contract term is 48 months.\n\n- Public liability insurance of £5,000,000',
          message: 'Public liability of £5,000,000 is 16.7 x the annual value £300,000',
        },
        {
          text: 'The estimated value of the contract is £ 400 000 per annum.\n\n- Public liability insurance of £10,000,000 for any one occurrence',
          message: '25 x the annual value £400,000',
        },
        {
          text: 'Employer’s (Compulsory) Liability Insurance = 10milion GBP',
          source: 'Public Contracts Scotland, University of Edinburgh confidential waste (2019)',
          message: '£10,000,000',
        },
        {
          text: 'Public Liability Insurance = GBP 10 000 000.',
          facts: { value: 200_000, termMonths: 24 },
          source: 'Public Contracts Scotland, NHS Lothian superficial X-ray unit (2019)',
          message: '100 x the annual value £100,000',
        },
        {
          text: "Insurance: the successful supplier must hold Employer's (Compulsory) Liability Insurance of £10 million and Professional Indemnity Insurance of £1 million from the start of the contract.\n\nTechnical and professional ability: because the Council's depot systems are bespoke, candidates must have delivered at least one software contract for the Council in the last five years.",
          message: 'above the legal minimum',
          source:
            'phrasing from the blind evaluation set (dev half, round 6): the next paragraph’s “because” is the reason of another demand',
        },
      ],
      pass: [
        {
          text: "The annual value is £400,000.\n\n| Cover | Level | Reason |\n|---|---|---|\n| Employer's liability | £5,000,000 | Legal minimum |\n| Public liability | £5,000,000 | Operatives will work inside occupied homes and in the communal areas of high-rise blocks |",
          source: 'phrasing from the blind evaluation set (dev half, round 17): the reason in a Reason column',
        },
        {
          text: 'The estimated total value is GBP 450,000. The contract will run for 2 years. The successful bidder must have public liability insurance of £10,000,000 in place by the contract start date, because the weekend festival is expected to attract up to 20,000 people a day.',
          source: 'a reason is stated beside the level (reported as info only with reportJustified: true)',
        },
        { text: 'Employer’s liability insurance of £5,000,000 for any one occurrence', source: 'the legal minimum' },
        {
          text: 'The estimated total value is £3,600,000. The contract runs for 5 years. Public liability insurance of £5,000,000 is required.',
          source: '£5m is under 10 x £720,000',
        },
        {
          text: 'Public liability insurance of £10,000,000 is required.',
          source: 'no value known: the 10 x test cannot be applied',
        },
        {
          text: 'Employer’s (Compulsory) Liability Insurance = £x',
          source: 'PPN 03/24 standard selection questionnaire (placeholder)',
        },
        {
          text: 'The contract value is £100,000. Professional indemnity insurance of £2,000,000 is required.',
          source: 'under the £5,000,000 floor',
        },
        {
          text: 'The contract value is £100,000. Product Liability Insurance = 5M GBP',
          source: 'product liability is not judged',
        },
      ],
    },
    exclusions: [
      'Public liability and professional indemnity under £5,000,000, or at most 10 x the annual value, or with no value known.',
      'Product liability, motor and other kinds of cover are not judged.',
      'Placeholders (“£x”) are not amounts.',
      'With a reason stated beside the level (in its clause or the next), no finding (info with `reportJustified: true`).',
    ],
  },
  check({ doc, facts, options, report }) {
    const annual = facts.annualValue;
    const byPassage = new Map<
      InsuranceLevel['passage'],
      { problems: string[]; fixes: string[]; justified: boolean; data: FindingData }
    >();
    for (const l of insuranceFacts(doc).levels) {
      let problem: string | undefined;
      let fix: string | undefined;
      let ceilingOf = 0;
      if (l.kind === 'employers-liability') {
        if (l.amount <= options.employersLiabilityMinimum) continue;
        problem = `${NAME[l.kind]} of ${formatGBP(l.amount)} is above the legal minimum of ${formatGBP(options.employersLiabilityMinimum)} (Employers’ Liability (Compulsory Insurance) Regulations 1998 reg 3(1))`;
        fix = `Ask for employer’s liability insurance of ${formatGBP(options.employersLiabilityMinimum)}, the legal minimum.`;
        ceilingOf = options.employersLiabilityMinimum;
      } else if (l.kind === 'public-liability' || l.kind === 'professional-indemnity') {
        if (!annual || l.amount < options.floor) continue;
        const ceiling = annual.amount * options.maxMultiple;
        if (l.amount <= ceiling) continue;
        ceilingOf = ceiling;
        problem = `${NAME[l.kind]} of ${formatGBP(l.amount)} is ${formatMultiple(l.amount / annual.amount, options.maxMultiple)} x the annual value ${formatGBP(annual.amount)} (${annual.derivation}), at or above ${formatGBP(options.floor)} and over ${options.maxMultiple} x the annual value (${formatGBP(ceiling)})`;
        fix = `Ask for ${NAME[l.kind].toLowerCase()} cover of no more than ${formatGBP(ceiling)} (${options.maxMultiple} x the annual value), or state why a higher level is needed.`;
      } else continue;
      if (l.justification && !options.reportJustified) continue;
      const entry = byPassage.get(l.passage) ?? {
        problems: [],
        fixes: [],
        justified: Boolean(l.justification),
        data: { justified: Boolean(l.justification) },
      };
      const key = DATA_KEY[l.kind];
      entry.data[key] = l.amount;
      entry.data[`${key}Ceiling`] = ceilingOf;
      if (l.kind !== 'employers-liability' && annual)
        Object.assign(entry.data, { annual: annual.amount, derivation: annual.derivation });
      entry.problems.push(problem);
      entry.fixes.push(fix);
      byPassage.set(l.passage, entry);
    }
    for (const [passage, e] of byPassage) {
      const message =
        e.problems.join('; ') +
        (e.justified
          ? '. A reason is given beside it, so this is a justified case to review rather than a breach.'
          : ', and no reason is given.');
      report({
        passage,
        messageId: 'over-level',
        data: e.data,
        message,
        fix: e.fixes.join(' '),
        ...(e.justified ? { severity: 'info' as const } : {}),
      });
    }
  },
});
