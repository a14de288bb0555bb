import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, underEveryLaw } from '../linter/core/law.js';
import { EXPANSIONS, KNOWN_ACRONYMS, undefinedAcronyms } from '../linter/core/extract/requirements/acronyms.js';

export default defineRule({
  meta: {
    id: 'plain-language',
    title: 'Acronym not spelled out',
    severity: 'info',
    description: 'An acronym (ITT, SQ, PSR, ICB, DSPT, TUPE, KPI ...) is used without being spelled out at first use.',
    rationale:
      'Small and voluntary organisations rarely employ bid writers. Jargon they cannot decode costs them time or makes them give up; the Keep it Local guide asks commissioners to avoid it and communicate early.',
    citations: underEveryLaw(goodPractice([sources.keepItLocal(6, 'avoid jargon, communicate early')], 'info')),
    fix: 'Spell each acronym out at its first use, with the acronym in brackets after it.',
    messages: {
      'undefined-acronym': 'An acronym used before (or without) being spelled out. Data: acronym, definedLater.',
    },
    options: z.object({
      known: z
        .array(z.string())
        .default([...KNOWN_ACRONYMS])
        .describe('Acronyms every reader knows, never flagged.'),
    }),
    examples: {
      flag: [
        {
          text: 'The service will work alongside the PCN-employed care coordinators and the local voluntary sector.',
          message: 'PCN',
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        { text: 'Shortlisted bidders will be sent the ITT on 16 March 2026.', message: '“ITT”' },
        { text: 'The provider will report monthly against the KPIs in the service specification.', message: '“KPI”' },
        { text: 'TUPE may apply to staff of the current provider.', message: 'Transfer of Undertakings' },
        {
          text: 'Suppliers must upload a copy of the certificate with their quotation, together with their CV and a methodology.',
          message: '“CV”',
          source:
            'phrasing from the blind evaluation set (dev half, round 5): C and V are Roman digits, but CV is no numeral',
        },
        { text: 'We want to hear from VCSE organisations and SME bus and taxi companies.', message: '“SME”' },
        {
          text: 'This section covers questions 4B1-6 of the ESPD (Scotland).',
          source: 'Public Contracts Scotland, Marine Scotland patrol vessel (2019)',
          message: '“ESPD”',
        },
        {
          text: "TUPE: the Association understands that TUPE may apply. Information on the incumbent contractor's staff will be provided on request.",
          message: 'Transfer of Undertakings',
          source:
            'phrasing from the blind evaluation set (dev half, round 4): a heading word before a colon, not a definition',
        },
        {
          text: 'Information security: bidders must hold a current ISO/IEC 27001 certificate covering the delivery of the services.',
          message: '“IEC”',
          source: 'phrasing from the blind evaluation set (dev half, round 7): a joint standard names two bodies',
        },
        {
          text: 'The Agency follows HM Treasury guidance on managing public money.',
          message: '“HM”',
          source: 'phrasing from the blind evaluation set (dev half, round 7): every writer counted HM',
        },
        {
          text: 'From: Senior Contracting Officer, GSA.\n\nThe U.S. General Services Administration (GSA) seeks quotes.',
          source: '18F RFQ (2016): spelled out only after its first use',
          message: 'spelled out only later',
        },
      ],
      pass: [
        {
          text: 'The Board is using the competitive process under the Health Care Services (Provider Selection Regime) Regulations 2023 (the Provider Selection Regime, or PSR). Responses are evaluated under the PSR.',
          source:
            'phrasing from the blind evaluation set (dev half, round 17): the words, then "or PSR", in one pair of brackets',
        },
        {
          text: '| Term | Meaning |\n|---|---|\n| DSPT | Data Security and Protection Toolkit |\n\nBidders must publish a DSPT assessment.',
          source:
            'phrasing from the blind evaluation set (dev half, round 17): a glossary table row spells the acronym out',
        },
        {
          text: '| Lot | Requirement | Value |\n|---|---|---|\n| 1 | Primary research storage, 2 PB usable | £360,000 |',
          source: 'phrasing from the blind evaluation set (dev half, round 17): a unit of measure after its figure',
        },
        {
          text: 'NHS Ravensholt Integrated Care Board ("the ICB", "we") is procuring a community phlebotomy service. The ICB will evaluate every compliant bid.',
          source:
            'phrasing from the blind evaluation set (dev half, round 16): the acronym is defined in quotes in brackets',
        },
        { text: 'This Invitation to Tender (ITT) is published on 2 March 2026. The ITT sets out the service.' },
        {
          text: 'The contract includes Key Performance Indicators (KPIs). The provider will report monthly against the KPIs.',
        },
        {
          text: 'The NHS trust will pay VAT on UK GDPR compliant services certified to ISO 9001.',
          source: 'known acronyms',
        },
        { text: 'Suppliers on framework RM6999 must use A4 paper.', source: 'identifiers, not acronyms' },
        { text: 'Part IV of Schedule XII sets out the exclusions in Section XXIV.', source: 'Roman numerals' },
        {
          text: 'KPI - Key Performance Indicator. The provider reports each KPI monthly.',
          source: 'defined after a dash',
        },
        { text: 'Enter the start date as DD/MM/YYYY and the card expiry as MM/YY.', source: 'date placeholders' },
        {
          text: 'Organisations complete a Selection Questionnaire (SQ). Organisations that pass the SQ will be invited to tender.',
        },
        {
          text: 'The Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE) are likely to apply. TUPE information is in the data room.',
        },
        {
          text: 'The Coastal Skills and Training Agency ("CSTA" or "the Agency") invites quotations. The CSTA will evaluate them.',
          source: 'phrasing from the blind evaluation set (dev half, round 6): defined with an alias beside it',
        },
      ],
    },
    exclusions: [
      'Acronyms in the `known` list (by default NHS, UK, VAT, GDPR, ISO, IT, GBP, CHAS and the OFFICIAL marking).',
      'Identifiers with digits (RM6999, A4, ISO 9001), Roman numerals, and passages written mostly in capitals.',
      'One finding per acronym, at its first use; later uses are not flagged.',
    ],
  },
  check({ doc, options, report }) {
    const known = new Set(options.known.map((k) => k.toUpperCase()));
    for (const a of undefinedAcronyms(doc)) {
      if (known.has(a.acronym)) continue;
      const full = EXPANSIONS[a.acronym];
      const later = a.definedLater ? ' (it is spelled out only later)' : '';
      report({
        passage: a.passage,
        messageId: 'undefined-acronym',
        data: { acronym: a.acronym, definedLater: Boolean(a.definedLater) },
        message: `“${a.acronym}” is used without being spelled out at its first use${later}${full ? `; it stands for ${full}` : ''}.`,
        fix: full
          ? `Write “${full} (${a.acronym})” at the first use.`
          : `Spell “${a.acronym}” out in full at its first use, followed by “(${a.acronym})”.`,
        ...(a.definedLater ? { related: [{ message: 'spelled out here', passage: a.definedLater }] } : {}),
      });
    }
  },
});
