import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, statute, pa23 } from '../linter/core/law.js';
import type { Law } from '../linter/core/model/facts.js';
import { certificationDemands } from '../linter/core/extract/requirements/certifications.js';

const list = (names: string[]) =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const EQUIVALENT: Record<Law, string> = {
  pa2023: 'PA23 s.22(4)(c) and s.56 require a named qualification or standard to accept equivalents',
  'pa2023-wales': 'PA23 s.22(4)(c) and s.56 require a named qualification or standard to accept equivalents',
  pcr2015:
    'the Public Contracts Regulations 2015 require a named standard to be followed by “or equivalent” (reg 42) and equivalent certificates to be accepted (reg 62)',
  psr: 'accepting equivalents keeps the requirement proportionate (PSR Sch.16 para 1(4))',
  scotland: 'accepting equivalents keeps bidders on an equal footing (Procurement Reform (Scotland) Act 2014 s.8)',
};

export default defineRule({
  meta: {
    id: 'certification-equivalent',
    title: 'Named certification without "or equivalent"',
    severity: 'warning',
    description:
      'A named certification or standard (ISO 9001, Cyber Essentials Plus, CHAS, Constructionline ...) is mandatory without “or equivalent”.',
    rationale:
      'A certificate from one named scheme costs money and time that a small organisation with equally good practice may not have spent. The Procurement Act 2023 requires a condition that names a qualification or standard to accept equivalents, and technical specifications to do the same.',
    citations: {
      ...pa23(statute(sources.pa23s22_4c, sources.pa23s56)),
      pcr2015: statute(sources.pcr42, sources.pcr62),
      psr: goodPractice([sources.psrSch16p1], 'warning', 'the PSR names no equivalence rule: proportionality'),
      scotland: goodPractice(
        [sources.prsa8, sources.pcsr19],
        'warning',
        'equal treatment; the Scottish Regulations’ equivalence provisions are not cited here',
      ),
    },
    fix: 'Add “or equivalent” after each named certification or standard, and accept evidence of equivalent measures.',
    messages: {
      'no-equivalent':
        'Named certificates required with no "or equivalent". Data: certificates (names joined by "; "), count.',
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: '| Area | Requirement | Assessment |\n|---|---|---|\n| Security systems | Approval by the National Security Inspectorate (NSI) at Gold level for the maintenance of surveillance systems | Pass/Fail |',
          message: 'National Security Inspectorate',
          source: 'phrasing from the blind evaluation set (dev half, round 16)',
        },
        {
          text: 'To be considered, bidders must: (a) hold a current Cyber Essentials Plus certificate at the date their quotation is submitted; (b) operate a quality management system certified to ISO 9001 or to an equivalent standard; and (c) provide two references.',
          message: 'Cyber Essentials Plus',
          source: "phrasing from the blind evaluation set (dev half, round 12): the equivalent is (b)'s, not (a)'s",
        },
        {
          text: '| Ref | Requirement | Type |\n|---|---|---|\n| R2 | The Contractor must hold current ISO 14001:2015 certification for its grounds maintenance operations. | Pass/fail |\n| R3 | Bidders must hold health and safety accreditation under CHAS or any other SSIP scheme; any SSIP-recognised assessment will be accepted as equivalent. | Pass/fail |',
          message: 'ISO 14001',
          source:
            'phrasing from the blind evaluation set (dev half, round 12): the next row is a requirement of its own',
        },
        {
          text: 'Bidders not holding ISO (International Organization for Standardization) 9001 certification will not be shortlisted. ISO 14001 environmental management certification, or an equivalent environmental management system, is also expected.',
          message: 'ISO 9001',
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: 'Suppliers must hold ISO 27001 certification covering the services they offer under the framework.\n\nSuppliers must also hold Cyber Essentials Plus certification, or have equivalent controls verified by an independent assessor, when they submit their tender.',
          message: 'ISO 27001',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        { text: 'Bidders must hold ISO 9001 certification.', message: 'ISO 9001 is required' },
        {
          text: '**2.3** Contractors must hold ISO 9001 certification for their cleaning operations.\n\n**2.4** Contractors should have an environmental management system; ISO 14001 or an equivalent system is acceptable.',
          message: 'ISO 9001',
          source:
            'phrasing from the blind evaluation set (dev half, round 5): the next paragraph’s equivalent is ISO 14001’s',
        },
        {
          text: 'Bidders must hold Cyber Essentials Plus certification at the time of tender submission.',
          message: 'Cyber Essentials Plus',
        },
        {
          text: 'All suppliers and vendors must be at least Cyber Essentials Plus certified.',
          source: 'NHS England, IT standards for service procurement',
        },
        { text: 'ISO 27001 (mandatory)', source: 'CCS G-Cloud 15, how to tender (Lots 1a and 1b)' },
        {
          text: 'Contractors must be members of Constructionline Gold and hold SafeContractor accreditation.',
          message: 'Constructionline Gold and SafeContractor',
        },
        {
          text: 'Standards and Certificates for Lots 1a, 1b:\n\n- Cyber Essentials Plus\n- ISO 20000-1 (mandatory)',
          source: 'CCS G-Cloud 15, how to tender (a bare list item under a lead-in)',
        },
      ],
      pass: [
        {
          text: "To take part, bidders must:\n\n1. provide their last two years' accounts;\n2. hold Cyber Essentials, or show equivalent controls, before the contract is awarded (Cyber Essentials Plus is not required for this contract);",
          source:
            'phrasing from the blind evaluation set (dev half, round 16): the bracketed negation is about Plus, not the equivalent',
        },
        {
          text: 'Contractors must hold ISO 45001 occupational health and safety certification. Equivalent certification, or other evidence of an equivalent health and safety management system, will be accepted.',
          source: 'phrasing from the blind evaluation set (dev half, round 11)',
        },
        {
          text: '| Requirement | Standard | Evidence |\n|---|---|---|\n| Cyber security | Cyber Essentials Plus (see Note 1) | Certificate |\n| Quality | ISO 9001 or equivalent | Certificate |\n\nNote 1: The University will accept an equivalent certification, or evidence of equivalent security controls, instead of Cyber Essentials Plus.',
          source:
            'phrasing from the blind evaluation set (dev half, round 11): the equivalent route in a note under the table',
        },
        {
          text: 'Bidders for Lot 1 must hold certification to ISO 14001 for their workshop operations. The Council will accept equivalent certification from bodies established in other states, and other evidence of equivalent environmental management measures.',
          source:
            'phrasing from the blind evaluation set (dev half, round 8): the buyer names the alternatives in the next sentence',
        },
        {
          text: 'Bidders must hold ISO 14001 certification or an equivalent environmental management system.',
          source: 'fixture council-parks-events-programme',
        },
        {
          text: 'Contractors must hold CHAS accreditation or an equivalent certificate from a Safety Schemes in Procurement (SSIP) member scheme.',
        },
        {
          text: 'Suppliers must hold Cyber Essentials Plus certification, or an equivalent independently tested standard, before the call-off contract is awarded.',
        },
        {
          text: 'The bidder must hold a UKAS (or equivalent) accredited independent third party certificate of compliance with BS EN ISO 9001 (or equivalent).',
          source: 'Public Contracts Scotland, NHS Lothian superficial X-ray unit (2019)',
        },
        {
          text: 'Cyber Essentials - Cloud Support | 2.5%',
          source: 'CCS G-Cloud 15: a scored question, not a condition',
        },
        {
          text: 'Bidders must hold a Safety Schemes in Procurement (SSIP) accreditation, such as CHAS or SafeContractor, or be able to show an equivalent standard of health and safety management.',
        },
      ],
    },
    exclusions: [
      'Not when the passage accepts an equivalent (“or equivalent”, “such as ... or”, a comparable standard).',
      'Scored, desirable or optional certifications are not conditions.',
      'Statutory registrations (Care Quality Commission, Gas Safe) and checks (DBS) are not certifications.',
    ],
  },
  check({ doc, law, report }) {
    for (const d of certificationDemands(doc)) {
      if (d.equivalent) continue;
      const names = list(d.names);
      report({
        passage: d.passage,
        messageId: 'no-equivalent',
        data: { certificates: d.names.join('; '), count: d.names.length },
        message: `${names} ${d.names.length > 1 ? 'are' : 'is'} required with no “or equivalent”; ${EQUIVALENT[law]}.`,
        fix: `Write “${d.names.map((n) => `${n} or equivalent`).join('; ')}” and accept evidence of equivalent measures${d.cyberEssentialsPlus ? ' (for Cyber Essentials Plus, equivalent independently tested security controls)' : ''}.`,
      });
    }
  },
});
