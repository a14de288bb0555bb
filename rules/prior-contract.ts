import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, statute, pa23 } from '../linter/core/law.js';
import type { Law } from '../linter/core/model/facts.js';
import { priorContractDemands } from '../linter/core/extract/requirements/conditions.js';

const EQUAL: Record<Law, string> = {
  pa2023: '',
  'pa2023-wales': '',
  pcr2015:
    'the Public Contracts Regulations 2015 require equal treatment of bidders (reg 18) and proportionate selection criteria (reg 58)',
  psr: 'the Provider Selection Regime requires a fair and proportionate process (reg 4)',
  scotland: 'the Procurement Reform (Scotland) Act 2014 s.8 requires equal treatment of bidders',
};

export default defineRule({
  meta: {
    id: 'prior-contract',
    title: 'Previous contract with this buyer demanded',
    severity: 'error',
    description: 'Bidders must previously have held a contract with this authority.',
    rationale:
      'A demand for a previous contract with the buyer closes the market to every organisation that is not already a supplier, however good its record elsewhere. The Procurement Act 2023 forbids a condition of participation requiring a supplier to have been awarded a contract by a particular contracting authority.',
    citations: {
      ...pa23(statute(sources.pa23s22_4a)),
      pcr2015: goodPractice(
        [sources.pcr18, sources.pcr58],
        'warning',
        'no express bar in the 2015 Regulations: equal treatment and proportionality',
      ),
      psr: goodPractice(
        [sources.psrReg4transparency, sources.psrSch16p1],
        'warning',
        'no express bar in the PSR: fairness and proportionality',
      ),
      scotland: goodPractice(
        [sources.prsa8, sources.pcsr19],
        'warning',
        'no express bar in Scottish law: equal treatment',
      ),
    },
    fix: 'Ask for experience of similar work for any customer (public, private or voluntary sector), evidenced by references.',
    messages: {
      'prior-contract':
        "Bidders must already have held a contract with the buyer. Data: buyer (the buyer's name, when known), law.",
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: "Fenwold County Council (the Council) is tendering community support.\n\nEligible bidders are organisations currently commissioned by the Council's Adult Social Care department to deliver community-based support to adults with a learning disability.",
          source: 'phrasing from the blind evaluation set (dev half, round 18): eligibility stated without "must"',
        },
        {
          text: 'Tollgate Homes is tendering Phase 2 of its window programme.\n\nFor Phase 2 we will accept bids only from our incumbent contractors on the Phase 1 window replacement programme, or from contractors who hold a current planned works contract with Tollgate Homes.',
          source: 'phrasing from the blind evaluation set (dev half, round 18)',
        },
        {
          text: '| Ref | Question | Assessment |\n|---|---|---|\n| 5.2 | Please confirm that your organisation currently holds, or has held within the last three years, a catering contract with one of our member academies. | Pass/fail |',
          source:
            'phrasing from the blind evaluation set (dev half, round 18): the buyer named through its member academies',
        },
        {
          text: 'We will only consider bids from organisations that are an approved contractor on our list, namely the Inverbrae Council Housing Services Approved Contractor Register, which closed to new entrants in March 2022.',
          source: 'phrasing from the blind evaluation set (dev half, round 18): a closed list named as ours',
        },
        {
          text: 'To keep the design team consistent with our estates standards, bidders must be a current framework partner of ours, that is, a lead consultant appointed to the University of Porthaven Estates Professional Services Framework.',
          source: 'phrasing from the blind evaluation set (dev half, round 18): the buyer as "ours"',
        },
        {
          text: 'The buyer is Wexley Borough Council (the Council).\n\nApplicants must have supplied the Council with catering services in the last three years.',
          source: 'the buyer as the object of a past relationship, with no topic phrase',
        },
        {
          text: 'The buyer is Wexley Borough Council (the Council).\n\nYou must currently hold a service level agreement with the Council.',
          source: 'a present relationship with the buyer, with no topic phrase',
        },
        {
          text: "Only operators already on the Board's approved provider list for patient taxi transport at the date of publication of this notice will be considered; the list is not open to new applications during this tender.",
          source: 'phrasing from the blind evaluation set (dev half, round 15): "only" before the bidders admitted',
        },
        {
          text: 'Applicants must be signatories to the Alliance Agreement between the ICB and its voluntary sector partners, which closed to new signatories on 31 March 2025.',
          source: 'phrasing from the blind evaluation set (dev half, round 15): a closed agreement',
        },
        {
          text: "| Ref | Criterion | Status | Notes |\n| --- | --- | --- | --- |\n| E3 | Registered on the College's Preferred Supplier Register | Mandatory | Existing registered suppliers only; the Register is closed to new applications until August 2026 |",
          source: 'phrasing from the blind evaluation set (dev half, round 15): a closed register, in an SQ table',
        },
        {
          text: "Bidders must provide evidence of a working history with the Council, being at least one maintenance contract held with the Council's Leisure Services in the past four years.",
          source: 'phrasing from the blind evaluation set (dev half, round 14)',
        },
        {
          text: 'Bidders must be a current or past delivery partner of the Agency under contract. Bidders who have not worked for the Agency will not be considered further.',
          source:
            'phrasing from the blind evaluation set (dev half, round 14): the demand and its rejection are one finding',
        },
        {
          text: 'You can apply if your organisation:\n\n- is a current or previous recipient of a Hallam Cross City Council Community Wellbeing Grant (in any year since 2021);\n- is based in the city.',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: 'Northmoor Combined Authority (NCA) commissions adult learning. Lead providers must be a current delivery partner of NCA, holding a grant agreement or contract with NCA for adult skills delivery.',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: 'Bidders must have completed at least one void repairs contract for Brackenridge Homes within the last five years.',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: "The buyer is Brackenridge Homes. Tenders will be accepted only from:\n\n- a contractor already on Brackenridge Homes' Approved Contractor List at the date this notice was published;\n- a member of the Constructionline scheme.",
          source: 'phrasing from the blind evaluation set (dev half, round 13): the buyer as the owner of the list',
        },
        {
          text: 'Only providers who have previously delivered sessions in Strathairlie Council schools under a contract or service level agreement with the Council will be considered.',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: 'Participation in this competitive process is limited to providers previously commissioned by the ICB to deliver social prescribing or link worker services in Pennock Vale.',
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: 'Where a framework supplier has not previously held a contract with the Council, its response will not be evaluated.',
          source: 'phrasing from the blind evaluation set (dev half, round 12): the failing case said with a negation',
        },
        {
          text: '| Ref | Question | Assessment |\n|---|---|---|\n| 3.2 | Has your organisation delivered a contract for Aberllyn County Borough Council within the last five years? | Pass/Fail. Bidders answering No will not progress. |',
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: 'Because this service continues our neighbourhood model, quotations will only be accepted from organisations already delivering services to our residents under contract with us.',
          source: 'phrasing from the blind evaluation set (dev half, round 10)',
        },
        {
          text: '| No. | Question | Response | Assessment |\n|---|---|---|---|\n| 3.1 | Are you an existing Trust supplier under a current contract? Only existing Trust suppliers may proceed to evaluation. | Yes/No | Pass/Fail |',
          source: 'phrasing from the blind evaluation set (dev half, round 10)',
        },
        {
          text: 'To be eligible, providers must currently be commissioned by the ICB to deliver community health services in Tarnbridge or Ellesmoor.',
          source: 'phrasing from the blind evaluation set (dev half, round 10)',
        },
        {
          text: 'We will only consider tenders from organisations we currently contract with for cleaning or facilities management services.',
          source: 'phrasing from the blind evaluation set (dev half, round 10)',
        },
        {
          text: 'Coldharbour District Council invites quotations.\n\nBidders must have:\n\n- (a) public liability insurance;\n- (b) experience of delivering services to Coldharbour District Council within the last three years, evidenced by a contract reference;',
          source: 'phrasing from the blind evaluation set (dev half, round 3)',
        },
        {
          text: 'London Borough of Ashgrove (the Council) invites tenders.\n\n- (c) bidders must currently hold, or have held within the last two years, a contract with London Borough of Ashgrove Adult Social Care;',
          source: 'phrasing from the blind evaluation set (dev half, round 3)',
        },
        {
          text: 'Northbank Homes Group invites tenders.\n\nApplicants must be an existing approved contractor to Northbank Homes Group and appear on its current approved list.',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: 'Pennard Parish Council invites quotations.\n\nOnly contractors who have previously held a grounds maintenance contract with Pennard Parish Council will be considered.',
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: 'Bidders must have previously held a contract with the Council for the delivery of home care services.',
          message: 'previously have held a contract with this authority',
        },
        { text: 'Bidders must have previously delivered a contract for the Council.' },
        { text: 'Only existing suppliers to the Trust will be considered; this is a mandatory requirement.' },
        { text: 'Applicants must have a track record of working with the Authority over the last three years.' },
        { text: 'A previous contract with the ICB is essential.' },
        {
          text: 'Wrenbury Parish Council invites quotations.\n\nContractors must:\n\n- (a) hold public liability insurance;\n- (b) have carried out grass cutting or other grounds work for Wrenbury Parish Council at some time in the last five years;',
          source:
            'phrasing from the blind evaluation set (dev half, round 5): "or other grounds work" is other work, not other customers',
        },
        {
          text: 'Hartsfield District Council (HDC, "the Council") invites applications.\n\n| Ref | Question | Guidance | Assessment |\n|---|---|---|---|\n| 3.2 | Have you held a grounds maintenance contract with HDC in the last five years? | Applicants who have not held a contract with HDC in this period will not be shortlisted. | Pass/Fail |',
          source:
            'phrasing from the blind evaluation set (dev half, round 6): the buyer named by the acronym it is given',
        },
        {
          text: 'Oakhurst Hospitals NHS Trust (the Trust) invites applications.\n\nApplicants must:\n\n- (a) hold a current interpreting qualification;\n- (b) have provided interpreting services to the Trust under a contract at any time in the last two years;',
          source: 'phrasing from the blind evaluation set (dev half, round 6)',
        },
      ],
      pass: [
        {
          text: 'The buyer is Wexley Borough Council (the Council).\n\nBidders must have delivered similar services in the last three years; references from the Council are welcome.',
          source: 'experience of similar work; the buyer only welcomes references',
        },
        {
          text: 'On expiry, the Contractor shall cooperate with the Authority and any replacement contractor in the transfer of functions previously performed by the Authority or the Contractor.',
          source: 'an exit clause: the Authority is the one that performed the functions',
        },
        {
          text: "Bidders must be registered on the Council's e-tendering portal before they submit a tender.",
          source: 'a register anyone may join',
        },
        {
          text: "Suppliers must be registered on the Council's Approved Supplier List; the list is open to new applications throughout the tender period.",
          source: 'phrasing from the blind evaluation set (dev half, round 15): the list stays open',
        },
        {
          text: "The Invitation to Quote will only be sent to contractors who are registered and approved on the Council's Approved Contractor List for Highways Minor Works.",
          source:
            'phrasing from the blind evaluation set (dev half, round 13): a list anyone may join is no prior contract',
        },
        {
          text: 'Bidders need not have held a previous contract with the ICB.',
          source: 'fixture icb-psr-wound-care-value-unknown',
        },
        { text: 'Previous experience of working with the Trust is not required.' },
        {
          text: 'Bidders should describe up to three examples of youth work they have delivered, for any funder or customer.',
        },
        {
          text: 'Prior performance issues? Has the supplier had a contract terminated early?',
          source: 'PPN 03/24 standard selection questionnaire: an exclusion ground',
        },
        { text: 'References may come from any landlord, local authority or commercial customer.' },
        {
          text: 'Contractors must have carried out grounds work for the Council or other local authorities in the last five years.',
        },
        {
          text: 'Hexley Town Council invites quotations.\n\nYou must send details of two cemetery contracts you have carried out in the last five years (for any town or parish council, church or private cemetery: you do not need to have worked for Hexley Town Council before).',
          source: 'phrasing from the blind evaluation set (dev half, round 4)',
        },
        {
          text: 'Suppliers who have previously held a contract with the Agency must declare any conflict of interest.',
          source: 'phrasing from the blind evaluation set (dev half, round 6): a declaration, not a condition',
        },
      ],
    },
    exclusions: [
      'Not when the text says experience with the authority is not required, or accepts contracts with any customer.',
      'Exclusion grounds about poor past performance, and membership of a framework being called off, are not prior-contract demands.',
    ],
  },
  check({ doc, facts, law, report }) {
    for (const { passage } of priorContractDemands(doc, facts.buyer)) {
      report({
        passage,
        messageId: 'prior-contract',
        data: { law, ...(facts.buyer?.name ? { buyer: facts.buyer.name } : {}) },
        message:
          law === 'pa2023' || law === 'pa2023-wales'
            ? 'Bidders must previously have held a contract with this authority; PA23 s.22(4)(a) forbids this condition, which shuts out every organisation that is not already a supplier.'
            : `Bidders must previously have held a contract with this authority, which shuts out every organisation that is not already a supplier; ${EQUAL[law]}.`,
        fix: 'Replace with: “Bidders must provide two references for similar work delivered for any public, private or voluntary sector customer.”',
      });
    }
  },
});
