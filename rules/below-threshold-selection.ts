import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, none, statute } from '../linter/core/law.js';
import { devolvedWelsh } from '../linter/core/extract/welsh.js';
import { saysBelowThreshold, selectionStage } from '../linter/core/extract/requirements/selection.js';
import { againstThreshold } from '../linter/core/extract/requirements/value.js';
import { formatGBP } from '../linter/core/extract/money.js';

export default defineRule({
  meta: {
    id: 'below-threshold-selection',
    title: 'Separate selection stage on a below-threshold contract',
    severity: 'error',
    description:
      'A separate suitability or shortlisting stage (PQQ, pass/fail SQ before tenders) on a contract below the threshold.',
    rationale:
      'A pre-qualification stage doubles the paperwork for small suppliers and lets buyers shut them out before they can show what they offer. Below the thresholds the Procurement Act 2023 forbids restricting who may tender by a separate assessment of suitability: any condition of participation is assessed with the tenders.',
    citations: {
      pa2023: statute(sources.pa23s85),
      'pa2023-wales': goodPractice(
        [sources.keepItLocal(8, 'make technical specifications proportionate')],
        'info',
        'devolved Welsh authorities may keep a selection stage below threshold: s.85 does not bind them, so this is a barrier to note, not a breach',
      ),
      pcr2015: none(
        'procurements begun before 24 Feb 2025 are not under the Procurement Act 2023, so s.85 does not apply; the 2015 Regulations’ own below-threshold rules (Part 4) are not checked',
      ),
      psr: none(
        'Part 6 of the Procurement Act 2023 does not apply to health care services procured under the Provider Selection Regime',
      ),
      scotland: none('the Procurement Act 2023 does not apply in Scotland, and Scottish law has no such ban'),
    },
    fix: 'Drop the separate stage: invite tenders from everyone and assess any conditions of participation together with the tenders.',
    messages: {
      'below-threshold':
        'A separate selection stage restricts who may tender below the threshold. Data: stage, value and threshold (VAT inclusive, when the value is known).',
      'welsh-below-threshold':
        'The same, by a devolved Welsh authority, which may keep the stage (info). Data: as below-threshold.',
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: 'The estimated value is £120,000 including VAT. Brackenshire County Council will run a selection stage.\n\nSuppliers who do not pass every pass/fail question in the Selection Questionnaire, or who are not among the six highest-scoring suppliers on the scored questions, will not be invited to tender.',
          source: 'phrasing from the blind evaluation set (dev half, round 17)',
        },
        {
          text: 'The estimated value of the contract is £150,000 excluding VAT over the full term. The buyer is Harrowfield Borough Council.\n\nExpressions of interest will be evaluated against the criteria in Section 4 and a maximum of five suppliers will be invited to submit a full tender.',
          message: 'A separate selection stage',
          source: 'phrasing from the blind evaluation set (dev half, round 15): a cap and an invitation in other words',
        },
        {
          text: 'The buyer is Lindum City Council. The Council has estimated the value at £190,000 including Value Added Tax (VAT) over the maximum term, which is below the threshold.\n\nFollowing evaluation of the SQ, the Council will shortlist up to five bidders, and only shortlisted bidders will be invited to tender.',
          message: 'A separate selection stage',
          source:
            'phrasing from the blind evaluation set (dev half, round 15): the value said with VAT beside the threshold',
        },
        {
          text: "The estimated value is £60,000 excluding VAT. The buyer is Penbre Town Council.\n\nBefore the invitation to tender is issued, the Council will carry out pre-tender checks on each applicant's financial standing, experience and references, and only applicants who pass the checks will receive the tender documents.",
          message: 'A separate selection stage',
          source: 'phrasing from the blind evaluation set (dev half, round 14)',
        },
        {
          text: "The estimated value is £45,000 excluding VAT. The buyer is Pelham District Council.\n\nThis opportunity is open only to suppliers who have been approved on the Council's Supplier Register following its competence and financial assessment.",
          message: 'A separate selection stage',
          source: 'phrasing from the blind evaluation set (dev half, round 14)',
        },
        {
          text: 'The estimated value is £112,500 excluding VAT. The buyer is Kingsmere Hospitals NHS Trust.\n\nThe Trust will score the initial proposals and only the three highest-scoring bidders will be invited to Stage 2 (Final Tender).',
          message: 'A separate selection stage',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: 'The estimated value is £90,000 excluding VAT. The buyer is Northmoor Fire and Rescue Authority.\n\nThe Authority will assess capability statements against the criteria below and will invite no more than five suppliers to submit a quotation.',
          message: 'A separate selection stage',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: "The estimated value is £140,000 excluding VAT. The buyer is Wendlebury District Council.\n\nThe Invitation to Quote (ITQ) will only be sent to contractors who are registered and approved on the Council's Approved Contractor List for Highways Minor Works.",
          message: 'A separate selection stage',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: 'The estimated value is £60,000 excluding VAT. The buyer is Westmere Integrated Care Board.\n\nThe ICB will assess each expression of interest against the suitability criteria in the specification summary and invite no more than five suppliers to quote.',
          message: 'A separate selection stage',
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: 'The estimated value is £18,000. The buyer is Dunmore Town Council.\n\nOnly suppliers who pass the suitability questions will be sent the full specification and invited to quote.',
          message: 'A separate selection stage',
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: 'The estimated value is £40,000 excluding VAT. The buyer is Ludmere Borough Council.\n\nStep 1: eligibility check. All interested suppliers must complete the eligibility check form by the deadline below. Suppliers who do not pass the eligibility check will not be sent the tender pack.',
          message: 'A separate selection stage',
          source:
            'phrasing from the blind evaluation set (dev half, round 9): the restriction said as a double negative',
        },
        {
          text: 'The estimated value is £90,000 excluding VAT. The buyer is Northgate Borough Council.\n\nOnly those scoring at least 60% on the capability questionnaire will be invited to tender.',
          message: 'A separate selection stage',
          source: 'phrasing from the blind evaluation set (dev half, round 9)',
        },
        {
          text: 'The estimated value is £60,000 excluding VAT over 2 years. The buyer is Greysford Metropolitan Borough Council.\n\nStage 1 is this Selection Questionnaire (SQ). Stage 1 applications will be assessed against the minimum standards in Sections 5 to 7. Applicants that meet the minimum standard in every section will be invited to Stage 2, the Invitation to Tender (ITT).',
          message: 'A separate selection stage (Stage 1)',
          source:
            'phrasing from the blind evaluation set (dev half, round 4): the invitation is two sentences after the stage is named',
        },
        {
          text: 'The estimated value is £160,000 excluding VAT. The buyer is NHS Carrowby and Denholm Integrated Care Board.\n\nAt the first stage, organisations complete a Selection Questionnaire (SQ). The ICB will score the technical questions, and a shortlist of up to four will be asked to tender. Organisations that are not shortlisted will be told why.',
          facts: { buyerKind: 'icb' },
          message: 'under the £207,720 threshold',
          source: 'phrasing from the blind evaluation set (dev half, round 3)',
        },
        {
          text: 'The estimated value is £160,000 excluding VAT. The buyer is Westmarch Combined Authority. We will score the expressions of interest and invite up to five of the highest-scoring suppliers to stage two.',
          source: 'phrasing from the blind evaluation set (dev half, round 3)',
        },
        {
          text: 'The estimated value is £95,000 excluding VAT. The buyer is Northmere Hospitals NHS Foundation Trust. The SQ is assessed on a pass/fail basis and only suppliers that pass every question will be invited to quote.',
          message: 'under the £135,018 threshold',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: 'The estimated total value is £90,000 excluding VAT. The buyer is Southvale NHS Trust. Bidders must first complete an SQ, which will be scored pass/fail, and only bidders who pass it will be invited to tender.',
          message: '£108,000 including VAT, under the £135,018 threshold',
        },
        {
          text: 'Kingsbridge District Council is the buyer. The estimated contract value is £100k-£150k excluding VAT. Organisations must first pass a PQQ, and only the organisations that pass will be invited to tender.',
          message: '£207,720',
        },
        {
          text: 'The contract value is £60,000. Suppliers will be shortlisted from the pre-qualification questionnaire and up to five will be invited to tender.',
          facts: { authority: 'sub-central' },
        },
        {
          text: 'This is a restricted procedure: a PQQ stage will select five bidders to receive the ITT.',
          facts: { value: 40_000, authority: 'central' },
        },
        {
          text: 'This is a below-threshold procurement. Only organisations that pass the selection questionnaire will be invited to tender.',
          message: 'the document says is below threshold',
        },
        {
          text: '# Cyngor Sir Ceredigion County Council: community transport\n\nThe estimated total value is £120,000 excluding VAT. Organisations must first complete a PQQ, and only those who pass will be invited to tender.',
          severity: 'info',
          message: 'devolved Welsh authorities may keep a selection stage',
          source: 'a Welsh council’s PQQ (the Welsh carve-out from s.85)',
        },
        {
          text: 'The estimated value is £70,000 excluding VAT. The buyer is the Coastal Communities Agency, an executive agency.\n\nWe are running a two-stage process so that applicants do not have to write a full proposal unless they have a realistic chance of winning:\n\n1. **Stage 1: expression of interest.** Send a response of no more than 1,000 words.\n2. **Stage 2: full proposal.** The top five scoring applicants will be invited to submit a full proposal, with a detailed method, work plan and price.',
          facts: { authority: 'central' },
          message: 'A separate selection stage (two-stage)',
          source:
            'phrasing from the blind evaluation set (dev half, round 5): the shortlist is the next item of the list the stage opens',
        },
        {
          text: 'We estimate that the contract is worth £150,000 including VAT. The buyer is Brackenfield Homes, a housing association.\n\nSection B is a set of pass/fail selection questions. Only organisations that pass all of them will be sent the tender pack, and the tender pack will not be published openly.',
          facts: { authority: 'sub-central' },
          message: 'A separate selection stage (selection questions)',
          source: 'phrasing from the blind evaluation set (dev half, round 5)',
        },
      ],
      pass: [
        {
          text: 'The estimated value is £60,000 excluding VAT. The buyer is Westmere Integrated Care Board.\n\nOrganisations should submit a short expression of interest (no more than four sides of A4) with their quotation; every quotation received will be evaluated.',
          source: 'a cap on pages is no cap on bidders',
        },
        {
          text: 'The estimated value is £40,000 excluding VAT. The buyer is Brightwater NHS Foundation Trust.\n\nThe suitability questions in Section 1 are pass/fail and are submitted with your quotation; they are assessed at the same time as your quotation, and there is no separate shortlisting stage.',
          source:
            'phrasing from the blind evaluation set (dev half, round 12): pass/fail questions judged with the quotation',
        },
        {
          text: 'Rother Fells District Council is the buyer. The estimated total value is £180,000 excluding VAT. First, organisations complete a Selection Questionnaire (SQ), assessed pass/fail. Organisations that pass the SQ will then be invited to submit a tender.',
          source: 'fixture council-adult-learning-sq-above-threshold: £216,000 with VAT is above £207,720',
        },
        {
          text: 'This is a below-threshold contract. There is no separate selection stage: every quotation received by the deadline will be evaluated.',
        },
        {
          text: 'The contract value is £650,000,000. The buyer is using PCS-Tender to conduct this PQQ exercise; only shortlisted bidders will be invited to tender.',
          source: 'Public Contracts Scotland, NSS Frameworks Scotland 3 (2019): far above threshold',
        },
        {
          text: 'Bidders must complete the selection questionnaire and submit it with their tender.',
          facts: { value: 60_000 },
          source: 'assessed with the tenders, not a separate stage',
        },
        {
          text: 'Only organisations that pass the PQQ will be invited to tender.',
          source: 'no value known and nothing says it is below threshold',
        },
        {
          text: 'This is a call-off from framework RM6116 by further competition. The estimated value is £80,000. Only suppliers that pass the SQ will be invited to tender.',
          source: 'framework call-off: s.85 does not govern it',
        },
        {
          text: '# St Mary’s Primary School: catering services\n\nThe contract value is £60,000. Only organisations that pass the PQQ will be invited to tender.',
          source: 'a school: Part 6 does not apply (s.84(2))',
        },
        {
          text: 'Kingsbridge District Council is the buyer. The contract value is £60,000. Only organisations that pass the PQQ will be invited to tender.',
          facts: { begun: '2024-11-04' },
          source: 'begun before 24 Feb 2025: the Procurement Act 2023 does not apply',
        },
        {
          text: 'The contract value is £40,000. Only organisations that pass the PQQ will be invited to tender.',
          facts: { nation: 'scotland' },
          source: 'Scotland: the Procurement Act 2023 does not apply',
        },
      ],
    },
    exclusions: [
      'Not at or above the threshold (135,018 GBP for central government authorities, which include NHS trusts; 207,720 GBP otherwise; values with VAT).',
      'Not when the value is unknown, unless the document says it is a below-threshold procurement.',
      'Not for framework call-offs, nor for schools (Part 6 does not apply to them, s.84(2)).',
      'Devolved Welsh authorities (Welsh councils, health boards and trusts, Sell2Wales notices): info at most, as s.85 does not bind them.',
      'Not for procurements begun before 24 February 2025, PSR procurements or Scottish ones.',
      'The threshold is the one in force when the procurement began (2024 figures before 1 January 2026, S.I. 2025/1200 figures from then).',
    ],
  },
  check({ doc, facts, law, report }) {
    if (facts.regime.id === 'framework-call-off' || facts.buyer.kind === 'school') return;
    const stage = selectionStage(doc);
    if (!stage) return;
    const value = againstThreshold(facts);
    let where: string;
    if (value) {
      if (value.withVat >= value.threshold) return;
      where = `on a contract worth ${value.derivation}, under the ${formatGBP(value.threshold)} threshold for ${value.whose} (${value.row.source})`;
    } else if (saysBelowThreshold(doc)) {
      where = `on a contract the document says is below threshold (“${saysBelowThreshold(doc)!.text}”)`;
    } else return;
    const data = { stage: stage.name, ...(value ? { value: value.withVat, threshold: value.threshold } : {}) };
    const welsh = law === 'pa2023' || law === 'pa2023-wales' ? devolvedWelsh(doc, facts) : undefined;
    if (welsh) {
      report({
        passage: stage.passage,
        messageId: 'welsh-below-threshold',
        data,
        severity: 'info',
        judgedAs: 'pa2023-wales',
        message: `A separate selection stage (${stage.name}) restricts who may tender ${where}; devolved Welsh authorities may keep a selection stage below threshold (${welsh}), but it is still a barrier to small suppliers (Keep it Local step 8).`,
        fix: `Consider dropping the ${stage.name} stage and assessing suitability together with the tenders, so small organisations write one response rather than two.`,
      });
      return;
    }
    report({
      passage: stage.passage,
      messageId: 'below-threshold',
      data,
      message: `A separate selection stage (${stage.name}) restricts who may tender ${where}; PA23 s.85(1) forbids restricting tenders by a suitability assessment below the threshold.`,
      fix: `Drop the ${stage.name} stage: invite tenders from every organisation and assess any conditions of participation together with the tenders.`,
    });
  },
});
