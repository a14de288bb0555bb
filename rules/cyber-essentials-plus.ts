import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, pa23, policy } from '../linter/core/law.js';
import { certificationDemands, dataHandling } from '../linter/core/extract/requirements/certifications.js';
import { againstThreshold } from '../linter/core/extract/requirements/value.js';
import { formatGBP } from '../linter/core/extract/money.js';

export default defineRule({
  meta: {
    id: 'cyber-essentials-plus',
    title: 'Cyber Essentials Plus demanded at bid stage',
    severity: 'warning',
    description:
      'Cyber Essentials Plus is demanded at bid stage on a contract under the goods and services threshold, or one with no handling of personal or OFFICIAL data.',
    rationale:
      'Cyber Essentials Plus adds an external technical audit to Cyber Essentials and costs a small organisation several times as much. Government policy (PPN 014) asks for Cyber Essentials or equivalent controls, evidenced before award, and only where a supplier handles personal or OFFICIAL data or government ICT; its predecessor warned against deterring small firms and the third sector.',
    citations: {
      ...pa23(policy([sources.ppn014, sources.pa23s22])),
      pcr2015: policy([sources.ppn0923, sources.pcr58]),
      psr: policy([sources.ppn014, sources.psrSch16p1], undefined, 'PPN 014’s approach, applied by NHS bodies'),
      scotland: goodPractice(
        [sources.prsa8, sources.pcsr59],
        'warning',
        'PPN 014 is UK government policy and does not apply in Scotland: a certificate out of proportion to the contract is judged on proportionality',
      ),
    },
    fix: 'Ask for Cyber Essentials (not Plus), or equivalent controls, evidenced before award; drop it where the work involves no personal or OFFICIAL data.',
    messages: {
      'below-threshold':
        'Cyber Essentials Plus demanded at bid stage on a contract under the threshold. Data: reason, value, threshold, justified.',
      'no-data':
        'Cyber Essentials Plus demanded at bid stage though the document says no personal or OFFICIAL data is handled. Data: reason, justified.',
    },
    options: z.object({
      reportJustified: z
        .boolean()
        .default(true)
        .describe('Report a demand with a stated reason as info (true) or not at all (false).'),
    }),
    examples: {
      flag: [
        {
          text: "The total estimated value is £480,000 excluding VAT. The storage will hold anonymised research datasets only. No personal data, and no data classified OFFICIAL or above, will be held on it, and the supplier's engineers will not have access to any University system other than the storage itself.\n\nBidders must hold Cyber Essentials Plus, or an equivalent independently tested scheme, on the date tenders close.",
          source:
            'phrasing from the blind evaluation set (dev half, round 17): a restriction on system access is not one on the data',
        },
        {
          text: "Carrick and Doon Health Board, known as NHS Carrick and Doon (the Board), invites tenders under the Procurement Reform (Scotland) Act 2014.\n\nThe work involves no access to patient information, the Board's network or any personal data.\n\n(a) Bidders must hold Cyber Essentials Plus certification at the tender deadline and upload the certificate with their tender.",
          message: 'Procurement Reform (Scotland) Act 2014 s.8',
          source: 'phrasing from the blind evaluation set (dev half, round 3)',
        },
        {
          text: 'The contract is worth £90,000 excluding VAT. Suppliers must hold Cyber Essentials Plus certification, or an equivalent independently audited scheme, at the tender submission deadline and must upload their certificate with the tender.',
          message: 'at bid stage',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: 'The estimated total value is £90,000 excluding VAT. Southvale NHS Trust is the buyer. Bidders must hold Cyber Essentials Plus certification at the time of SQ submission.',
          message: '£108,000 including VAT, under the £135,018 goods and services threshold',
        },
        {
          text: 'The total estimated value is 450k. Cleaners will not handle personal or OFFICIAL information. Bidders must hold Cyber Essentials Plus certification at the time of tender submission.',
          message: 'no personal or OFFICIAL data',
        },
        {
          text: 'The contract value is £60,000. Bidders must hold Cyber Essentials+ to be considered.',
          facts: { authority: 'sub-central' },
          message: '£60,000',
        },
        {
          text: 'Applicants must provide a current Cyber Essentials Plus certificate with their tender.',
          facts: { value: 100_000, vat: 'excluding', authority: 'central' },
          message: '£120,000 including VAT',
        },
        {
          text: 'The service involves no access to personal data. Suppliers must be Cyber Essentials Plus certified.',
          facts: { value: 2_000_000 },
          message: 'no personal or OFFICIAL data',
        },
        {
          text: 'The contract value is £50,000. Bidders must hold Cyber Essentials Plus because the supplier will connect to the Trust’s clinical network.',
          severity: 'info',
          message: 'A reason is given',
        },
        {
          text: 'The estimated value is £110,000 excluding VAT over the full 24 months. The buyer is Kestlemere Hospitals NHS Foundation Trust.\n\n| Ref | Question | Guidance | Assessment |\n|---|---|---|---|\n| 5.1 | Please upload your current Cyber Essentials Plus certificate. | The certificate must be valid on the SQ deadline. A basic Cyber Essentials certificate is not sufficient. | Pass/Fail |\n| 5.2 | Please confirm that your organisation has completed the DSPT. | Give your organisation code so that the Trust can check the published status. | Pass/Fail |',
          message: 'under the £135,018',
          source:
            'phrasing from the blind evaluation set (dev half, round 5): the basic certificate is named to be refused, and the next question’s “so that” is no reason for this one',
        },
      ],
      pass: [
        {
          text: 'The contract is worth £120,000 excluding VAT. Bidders must hold Cyber Essentials or Cyber Essentials Plus when they submit their tender.',
          source: 'the basic certificate is accepted: Plus is not demanded',
        },
        {
          text: 'The estimated total value is £120,000 excluding VAT. Bidders must hold Cyber Essentials Plus certification, or an equivalent, before the contract is awarded.',
          source: 'fixture nhs-trust-patient-survey-dspt-approaching',
        },
        {
          text: 'The contract value is £60,000. Bidders must hold Cyber Essentials certification.',
          source: 'Cyber Essentials, not Plus',
        },
        {
          text: 'The estimated total value is £4,800,000. The provider will handle personal and health information about patients. Bidders must hold Cyber Essentials Plus certification by the date of contract award.',
        },
        {
          text: 'All suppliers and vendors must be at least Cyber Essentials Plus certified.',
          source: 'NHS England IT standards: no value known and nothing said about the data',
        },
        {
          text: 'The contract value is £900,000. The supplier will process patient records. Bidders must hold Cyber Essentials Plus.',
          facts: { authority: 'central' },
          source: 'above threshold, with personal data',
        },
      ],
    },
    exclusions: [
      'Not when Cyber Essentials Plus is needed only before award or contract start, or of the successful bidder.',
      'Not when Cyber Essentials (not Plus) or equivalent controls are accepted instead of Plus, and not when Plus is needed only before award or contract start.',
      'Not when the value is unknown and the document says nothing about the data the work involves.',
      'With a reason stated beside the demand, the finding is info (or nothing, with `reportJustified: false`).',
    ],
  },
  check({ doc, facts, law, options, report }) {
    const data = dataHandling(doc);
    const value = againstThreshold(facts);
    for (const d of certificationDemands(doc)) {
      // An equivalent to Plus (another independently audited scheme) still asks for Plus-level assurance at bid stage.
      if (!d.cyberEssentialsPlus || !d.atBid) continue;
      if (d.justification && !options.reportJustified) continue;
      let why: string;
      const reason = value && value.withVat < value.threshold ? 'below-threshold' : 'no-data';
      if (value && value.withVat < value.threshold) {
        why = `on a contract worth ${value.derivation}, under the ${formatGBP(value.threshold)} goods and services threshold for ${value.whose}`;
      } else if (data.handles === 'no') {
        why = `although the document says the work involves no personal or OFFICIAL data (“${data.passage!.text}”)`;
      } else continue;
      const basis =
        law === 'scotland'
          ? 'the Procurement Reform (Scotland) Act 2014 s.8 asks for a proportionate approach, and Cyber Essentials or equivalent controls, evidenced before award, protect such a contract (good practice)'
          : `${law === 'pcr2015' ? 'PPN 09/23 asked for Cyber Essentials, not Plus, where personal data or ICT is involved, and warned against deterring small firms' : 'PPN 014 asks only for Cyber Essentials or equivalent controls, evidenced before award'} (policy, not law)`;
      let message = `Cyber Essentials Plus is demanded at bid stage ${why}; ${basis}.`;
      if (d.justification)
        message += ' A reason is given beside it, so this is a justified case to review rather than a breach.';
      report({
        passage: d.passage,
        messageId: reason,
        data: {
          reason,
          justified: Boolean(d.justification),
          ...(reason === 'below-threshold' && value ? { value: value.withVat, threshold: value.threshold } : {}),
        },
        message,
        fix:
          data.handles === 'no'
            ? 'Remove the Cyber Essentials Plus requirement; if the supplier will later need access to systems or data, ask for Cyber Essentials or equivalent controls before that access.'
            : 'Replace with: “The successful bidder must hold Cyber Essentials, or show equivalent security controls, before the contract is awarded.”',
        ...(d.justification ? { severity: 'info' as const } : {}),
        ...(data.handles === 'no' && data.passage
          ? { related: [{ message: 'no personal or OFFICIAL data stated here', passage: data.passage }] }
          : {}),
      });
    }
  },
});
