import { z } from 'zod';
import { defineRule } from '../linter/rule.js';
import { sources } from '../linter/citations.js';
import { saysBelowThreshold, selectionStage } from '../linter/extract/requirements/selection.js';
import { againstThreshold } from '../linter/extract/requirements/value.js';
import { formatGBP } from '../linter/extract/money.js';

export default defineRule({
  meta: {
    id: 'below-threshold-selection',
    title: 'Separate selection stage on a below-threshold contract',
    severity: 'error',
    description: 'A separate suitability or shortlisting stage (PQQ, pass/fail SQ before tenders) on a contract below the threshold.',
    rationale:
      'A pre-qualification stage doubles the paperwork for small suppliers and lets buyers shut them out before they can show what they offer. Below the thresholds the Procurement Act 2023 forbids restricting who may tender by a separate assessment of suitability: any condition of participation is assessed with the tenders.',
    citations: [sources.pa23s85],
    fix: 'Drop the separate stage: invite tenders from everyone and assess any conditions of participation together with the tenders.',
    options: z.object({}),
    examples: {
      flag: [
        {
          text: 'The estimated total value is £90,000 excluding VAT. The buyer is Southvale NHS Trust. Bidders must first complete an SQ, which will be scored pass/fail, and only bidders who pass it will be invited to tender.',
          message: '£108,000 including VAT, under the £135,018 threshold',
        },
        {
          text: 'Kingsbridge District Council is the buyer. The estimated contract value is £100k-£150k excluding VAT. Organisations must first pass a PQQ, and only the organisations that pass will be invited to tender.',
          message: '£207,720',
        },
        { text: 'The contract value is £60,000. Suppliers will be shortlisted from the pre-qualification questionnaire and up to five will be invited to tender.', facts: { authority: 'sub-central' } },
        { text: 'This is a restricted procedure: a PQQ stage will select five bidders to receive the ITT.', facts: { value: 40_000, authority: 'central' } },
        {
          text: 'This is a below-threshold procurement. Only organisations that pass the selection questionnaire will be invited to tender.',
          message: 'the document says is below threshold',
        },
      ],
      pass: [
        {
          text: 'Rother Fells District Council is the buyer. The estimated total value is £180,000 excluding VAT. First, organisations complete a Selection Questionnaire (SQ), assessed pass/fail. Organisations that pass the SQ will then be invited to submit a tender.',
          source: 'fixture council-adult-learning-sq-above-threshold: £216,000 with VAT is above £207,720',
        },
        { text: 'This is a below-threshold contract. There is no separate selection stage: every quotation received by the deadline will be evaluated.' },
        { text: 'The contract value is £650,000,000. The buyer is using PCS-Tender to conduct this PQQ exercise; only shortlisted bidders will be invited to tender.', source: 'Public Contracts Scotland, NSS Frameworks Scotland 3 (2019): far above threshold' },
        { text: 'Bidders must complete the selection questionnaire and submit it with their tender.', facts: { value: 60_000 }, source: 'assessed with the tenders, not a separate stage' },
        { text: 'Only organisations that pass the PQQ will be invited to tender.', source: 'no value known and nothing says it is below threshold' },
      ],
    },
    exclusions: [
      'Not at or above the threshold (135,018 GBP for central government authorities, which include NHS trusts; 207,720 GBP otherwise; values with VAT).',
      'Not when the value is unknown, unless the document says it is a below-threshold procurement.',
      'Not for framework call-offs.',
    ],
  },
  check({ doc, facts, report }) {
    if (facts.regime.id === 'framework-call-off') return;
    const stage = selectionStage(doc);
    if (!stage) return;
    const value = againstThreshold(facts);
    let where: string;
    if (value) {
      if (value.withVat >= value.threshold) return;
      where = `on a contract worth ${value.derivation}, under the ${formatGBP(value.threshold)} threshold for ${value.whose}`;
    } else if (saysBelowThreshold(doc)) {
      where = `on a contract the document says is below threshold (“${saysBelowThreshold(doc)!.text}”)`;
    } else return;
    report({
      passage: stage.passage,
      message: `A separate selection stage (${stage.name}) restricts who may tender ${where}; PA23 s.85(1) forbids restricting tenders by a suitability assessment below the threshold.`,
      fix: `Drop the ${stage.name} stage: invite tenders from every organisation and assess any conditions of participation together with the tenders.`,
    });
  },
});
