import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, statute, pa23, PROPORTIONATE } from '../linter/core/law.js';
import { accountsFacts } from '../linter/core/extract/requirements/accounts.js';

export default defineRule({
  meta: {
    id: 'audited-accounts',
    title: 'Audited accounts demanded of every bidder',
    severity: 'error',
    description: 'Audited accounts are demanded of every bidder, with no other accounts accepted.',
    rationale:
      'Most small companies and most charities are not required to have their accounts audited, so a demand for audited accounts shuts them out or makes them pay for an audit to bid. The Procurement Act 2023 forbids requiring audited accounts from suppliers that are not legally required to have them audited.',
    citations: {
      ...pa23(statute(sources.pa23s22_3a, sources.pa23s22)),
      pcr2015: goodPractice(
        [sources.pcr58, sources.pcr60law],
        'warning',
        'the 2015 Regulations have no express bar on audited accounts: proportionality and other evidence',
      ),
      psr: goodPractice(
        [sources.psrSch16p1],
        'warning',
        'the PSR has no express bar on audited accounts: proportionality',
      ),
      scotland: goodPractice(
        [sources.prsa8, sources.pcsr59],
        'warning',
        'Scottish law has no express bar on audited accounts: proportionality',
      ),
    },
    fix: 'Ask for the latest accounts in the form the bidder has to produce: audited only where the law requires an audit, otherwise independently examined, filed or management accounts.',
    messages: {
      audited: 'Audited accounts demanded of every bidder with no alternative. Data: law.',
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: '| Ref | Question | Guidance | Assessment |\n| --- | --- | --- | --- |\n| A2 | Please upload audited accounts for your last three financial years. | Accounts must be audited; unaudited, filed abbreviated or management accounts will not be accepted. | Fail if not provided |',
          source: 'phrasing from the blind evaluation set (dev half, round 15): a list of refused alternatives',
        },
        {
          text: "The Trust will require copies of the bidder's audited accounts for the last two financial years.",
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: '4.1.2 The most recent audited accounts must be provided by every supplier. The Agency will not accept management accounts or unaudited financial statements.',
          source: 'phrasing from the blind evaluation set (dev half, round 3)',
        },
        {
          text: 'Bidders must provide audited accounts for their most recent financial year.',
          message: 'Audited accounts are demanded',
        },
        { text: 'Bidders must provide their audited accounts for the most recent financial year.' },
        {
          text: 'Bidders must be able to provide upon request, their 3 most recent sets of annual audited accounts, including profit and loss information.',
          source: 'Public Contracts Scotland, University of Edinburgh confidential waste (2019)',
        },
        {
          text: 'A copy of your audited financial statements for the last financial year is required with your tender.',
        },
        { text: 'All applicants shall submit audited accounts with the selection questionnaire.' },
        {
          text: "| Ref | Question | Guidance | Assessment |\n|---|---|---|---|\n| 4.1 | Please upload your audited accounts for the most recent financial year. | Full audited accounts, including the independent auditor's report, must be provided. Unaudited or management accounts will not be accepted. | Pass/Fail |",
          source:
            'phrasing from the blind evaluation set (dev half, round 5): the other accounts are named only to be refused',
        },
        {
          text: '#### What you need to send at stage 1\n\n1. A completed expression of interest form (Annex 1).\n2. Your audited accounts for the last two financial years.',
          source:
            'phrasing from the blind evaluation set (dev half, round 5): a list of what to send, under its heading',
        },
      ],
      pass: [
        {
          text: 'To pass the capability assessment a respondent must:\n\n1. provide its most recent accounts, and the ICB will accept audited accounts or, where a respondent is not required by law to be audited, filed accounts, independently examined accounts or management accounts signed by a director or trustee; and',
          source:
            'phrasing from the blind evaluation set (dev half, round 18): the alternatives after a condition opened with a comma',
        },
        {
          text: '| Ref | Requirement |\n|---|---|\n| R4 | Financial standing. Bidders must provide their accounts for the two most recent financial years. Where an organisation is not required by law to have its accounts audited, filed accounts or management accounts will be accepted. |',
          source: 'phrasing from the blind evaluation set (dev half, round 13): the negation ends with its condition',
        },
        {
          text: 'Bidders must: provide accounts for the last two years; organisations not required to file audited accounts may provide management accounts instead.',
          source:
            'phrasing from the blind evaluation set (dev half, round 9): the negation is of "required", not of the alternative',
        },
        {
          text: '| Question | Requirement | Assessment |\n|---|---|---|\n| 3.3 | Please provide your audited accounts for the last two financial years. Organisations not required to have their accounts audited may provide their filed accounts together with management accounts for the current year. | Pass/fail |',
          source: 'phrasing from the blind evaluation set (dev half, round 8): the alternative in the same SQ row',
        },
        {
          text: 'Suppliers must provide their two most recent years of published accounts. Audited accounts are required only from suppliers that are legally required to have their accounts audited.',
          source: 'phrasing from the blind evaluation set (dev half, round 4)',
        },
        {
          text: 'We accept audited, independently examined or filed accounts.',
          source: 'fixture housing-association-void-clearance',
        },
        { text: 'Copies of your financial accounts, audited if applicable.', source: 'CCS RM6264 FVRA instructions' },
        {
          text: 'The successful Contractor will be required to provide three years audited accounts, or equivalent.',
          source: 'Public Contracts Scotland, Heriot-Watt servers (2019)',
        },
        {
          text: 'Audited accounts are not required: independently examined accounts or management accounts are acceptable.',
          source: 'fixture council-youth-services-light-touch-lots',
        },
        {
          text: 'Bidders must provide their latest accounts; these may be audited, independently examined, filed or management accounts.',
          source: 'fixture council-adult-learning-sq-above-threshold',
        },
        {
          text: '#### What the Council publishes\n\n1. Its audited accounts for the last two financial years.\n2. Its annual governance statement.',
        },
        {
          text: 'Please upload your audited accounts for the most recent financial year. Unaudited accounts are also accepted.',
        },
        {
          text: 'Bidders must provide detailed accounts for the last two years (audited if required by law).',
          source: 'PPN 03/24 standard selection questionnaire',
        },
      ],
    },
    exclusions: [
      'Not when independently examined, filed, management or unaudited accounts, “or equivalent”, or other evidence are accepted, in the same passage or the next one.',
      'Not when the audit is asked for only “if applicable” or “where required by law”.',
    ],
  },
  check({ doc, law, report }) {
    for (const { passage } of accountsFacts(doc).audited) {
      report({
        passage,
        messageId: 'audited',
        data: { law },
        message:
          law === 'pa2023' || law === 'pa2023-wales'
            ? 'Audited accounts are demanded of every bidder and no other accounts are accepted; most small companies and charities are not required to be audited, and PA23 s.22(3)(a) allows audited accounts only from suppliers legally required to have them.'
            : `Audited accounts are demanded of every bidder and no other accounts are accepted; most small companies and charities are not required to be audited, and ${PROPORTIONATE[law]}.`,
        fix: 'Replace with: “Bidders must provide their latest accounts: audited accounts where the law requires an audit, otherwise independently examined, filed or management accounts.”',
      });
    }
  },
});
