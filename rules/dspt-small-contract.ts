import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { statute, pa23 } from '../linter/core/law.js';
import { dsptFacts } from '../linter/core/extract/requirements/dspt.js';
import { formatGBP } from '../linter/core/extract/money.js';
import { noPatientDataSubject } from '../linter/core/extract/requirements/contract-subject.js';
import { worthOf } from '../linter/core/extract/requirements/value.js';
import { wholeValue } from '../linter/core/extract/facts/annual-value.js';

export default defineRule({
  meta: {
    id: 'dspt-small-contract',
    title: 'NHS data toolkit (DSPT) demanded at bid stage',
    severity: 'warning',
    description:
      'The NHS Data Security and Protection Toolkit is demanded at bid stage on a small contract, or on a service with no access to patient data.',
    rationale:
      'The DSPT is for organisations with access to NHS patient data and systems, and no official rule demands it at bid stage. Demanding it before a small provider has won anything is the “gold plating” the Keep it Local guide warns against.',
    citations: {
      ...pa23(
        statute(
          sources.keepItLocal(8, 'make technical specifications proportionate'),
          sources.dsptScope,
          sources.pa23s22,
        ),
      ),
      pcr2015: statute(
        sources.keepItLocal(8, 'make technical specifications proportionate'),
        sources.dsptScope,
        sources.pcr58,
      ),
      psr: statute(
        sources.keepItLocal(8, 'make technical specifications proportionate'),
        sources.dsptScope,
        sources.psrSch16p1,
      ),
      scotland: statute(
        sources.keepItLocal(8, 'make technical specifications proportionate'),
        sources.dsptScope,
        sources.prsa8,
        sources.pcsr59,
      ),
    },
    fix: 'Require the DSPT at the level for the provider’s organisation type before data access or service start, not at bid; accept “Approaching Standards” with an improvement plan.',
    messages: {
      'no-patient-data':
        'DSPT demanded at bid stage though the document says no patient data or systems are involved. Data: reason.',
      'non-clinical-subject':
        'DSPT demanded at bid stage on a contract whose subject involves no patient data. Data: reason, subject.',
      'value-unknown':
        'DSPT demanded at bid stage and the value is not known (info). Data: reason, smallContractValue.',
      'small-contract':
        'DSPT demanded at bid stage on a contract under the small-contract value. Data: reason, value (whole value), smallContractValue.',
    },
    options: z.object({
      smallContractValue: z
        .number()
        .positive()
        .default(250_000)
        .describe('Total value (GBP) below which a contract is small.'),
    }),
    examples: {
      flag: [
        {
          text: 'Estimated contract value: £150,000 over a term of 36 months.\n\nBidders who do not already hold a Data Security and Protection Toolkit (DSPT) status of Standards Met will not be considered.',
          message: '£150,000',
          source: 'phrasing from the blind evaluation set (dev half, round 12): the failing case said with a negation',
        },
        {
          text: 'The total contract value is £40,000. Bidders must hold a Data Security and Protection Toolkit assessment at Standards Met at the time of tender submission.',
          message: '£40,000',
        },
        {
          text: 'All applicants must provide evidence of DSPT compliance (Standards Met) with their bid.',
          severity: 'info',
          message: 'value is not known',
        },
        {
          text: 'The value is £2,000,000. The service involves no access to patient data. Bidders must have completed the DSP Toolkit.',
          message: 'no access to NHS patient data',
        },
        {
          text: 'The estimated total value is £90,000 excluding VAT. Bidders must have a DSPT status of Standards Met at the time of SQ submission.',
          message: '£90,000',
        },
        {
          text: 'The estimated value is £[insert] per annum. Bidders must have achieved Standards Met in the Data Security and Protection Toolkit (DSPT) by the tender submission deadline.',
          severity: 'info',
          message: 'not known',
          source: 'fixture icb-psr-wound-care-value-unknown (placeholder value)',
        },
        {
          text: '# Grounds Maintenance Services\n\nThe estimated total value is £360,000. Bidders must hold a Data Security and Protection Toolkit assessment at Standards Met at the time of tender submission.',
          message: 'a grounds maintenance contract',
          source: 'the subject of the contract says there is no patient data',
        },
        {
          text: 'The Trust requires office cleaning services across its three hospital sites. The contract value is £1,200,000. Bidders must have completed the DSP Toolkit at Standards Met with their tender.',
          message: 'cleaning',
        },
      ],
      pass: [
        {
          text: 'Ashbourne Vale Hospitals NHS Foundation Trust (the Trust) is seeking a provider to carry out the annual external clinical coding audit required by the Data Security and Protection Toolkit (DSPT).',
          source: 'the toolkit requires the audit: nothing is asked of bidders',
        },
        {
          text: '# Confidential Waste Collection and Shredding\n\nThe estimated total value is £360,000. Bidders must hold a Data Security and Protection Toolkit assessment at Standards Met.',
          source: 'confidential waste touches patient records: not plainly out of scope',
        },
        {
          text: 'The total contract value is £40,000. The successful provider must complete the Data Security and Protection Toolkit before accessing any patient data.',
        },
        {
          text: 'The total contract value is £40,000. Bidders must hold DSPT Standards Met, or Approaching Standards with an improvement plan will be accepted.',
        },
        {
          text: 'The total contract value is £900,000. Bidders must hold a Data Security and Protection Toolkit assessment at Standards Met.',
        },
        {
          text: 'Community Benefits will be monitored using the Community Benefits toolkit.',
          source: 'NHS National Services Scotland, Frameworks Scotland 3 (2019)',
        },
        {
          text: 'The total contract value is £40,000. The provider must complete the Data Security and Protection Toolkit before the contract start date, at Approaching Standards or above.',
        },
      ],
    },
    exclusions: [
      'Not when the DSPT is required only before data access, contract start, go-live or of the successful provider.',
      'Not when “Approaching Standards” with an improvement plan is accepted.',
      'Not at or above the small-contract value, unless the service plainly involves no patient data: the document says so, or the subject is grounds maintenance, cleaning, catering, waste, estates works, vehicle or equipment maintenance, or goods supply (read from the title, the description or the CPV codes).',
      'Not when the subject touches records (confidential waste, clinical services).',
    ],
  },
  check({ doc, facts, options, report }) {
    const { demands, noPatientData } = dsptFacts(doc);
    const subject = noPatientData ? undefined : noPatientDataSubject(doc);
    const total = wholeValue(facts);
    for (const d of demands) {
      if (!d.atBid || d.approachingAccepted) continue;
      if (noPatientData) {
        report({
          passage: d.passage,
          messageId: 'no-patient-data',
          data: { reason: 'no-patient-data' },
          message: `The NHS Data Security and Protection Toolkit is demanded at bid stage, but the document says the service involves no access to NHS patient data or systems (“${noPatientData.text}”).`,
          fix: 'Remove the DSPT requirement, or require it only if and before the provider is given access to NHS patient data or systems.',
          related: [{ message: 'no patient data stated here', passage: noPatientData }],
        });
      } else if (subject) {
        report({
          passage: d.passage,
          messageId: 'non-clinical-subject',
          data: { reason: 'non-clinical-subject', subject: subject.subject },
          message: `The NHS Data Security and Protection Toolkit is demanded at bid stage on a ${subject.subject} contract (read from ${subject.from}), a service with no access to NHS patient data or systems.`,
          fix: 'Remove the DSPT requirement; if the provider will later need access to NHS systems, require it (at the level for its organisation type) before that access.',
          ...(subject.passage ? { related: [{ message: 'the contract’s subject', passage: subject.passage }] } : {}),
        });
      } else if (total === undefined) {
        report({
          passage: d.passage,
          messageId: 'value-unknown',
          data: { reason: 'value-unknown', smallContractValue: options.smallContractValue },
          severity: 'info',
          message: `The NHS Data Security and Protection Toolkit is demanded at bid stage and the contract value is not known; on a contract under ${formatGBP(options.smallContractValue)} this shuts out small providers.`,
        });
      } else if (total < options.smallContractValue) {
        report({
          passage: d.passage,
          messageId: 'small-contract',
          data: { reason: 'small-contract', value: total, smallContractValue: options.smallContractValue },
          message: `The NHS Data Security and Protection Toolkit is demanded at bid stage on a contract worth ${worthOf(facts)} in total, below ${formatGBP(options.smallContractValue)}; require it before data access instead.`,
          fix: 'Require the DSPT at the level for the provider’s organisation type before any access to NHS patient data or systems (for example by the contract start date), and accept “Approaching Standards” with an improvement plan.',
        });
      }
    }
  },
});
