import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { goodPractice, pa23, PROPORTIONATE, statute } from '../linter/core/law.js';
import { insuranceFacts } from '../linter/core/extract/requirements/insurance.js';

export default defineRule({
  meta: {
    id: 'insurance-before-award',
    title: 'Insurance demanded before award',
    severity: 'error',
    description: 'Insurance must be held at the time of bidding, rather than by award or contract start.',
    rationale:
      'Holding insurance cover costs money every month; asking small organisations to hold it just to bid, on a contract they may not win, is a barrier. The Procurement Act 2023 forbids requiring insurance to be in place before award.',
    citations: {
      ...pa23(statute(sources.pa23s22_3b)),
      pcr2015: goodPractice(
        [sources.pcr58],
        'warning',
        'the 2015 Regulations have no express bar on insurance before award: proportionality',
      ),
      psr: goodPractice(
        [sources.psrSch16p1],
        'warning',
        'the PSR has no express bar on insurance before award: proportionality',
      ),
      scotland: goodPractice(
        [sources.prsa8, sources.pcsr59],
        'warning',
        'Scottish law has no express bar on insurance before award: proportionality',
      ),
    },
    fix: 'Ask bidders to confirm they will have the cover by the contract start date, and check certificates from the successful bidder only.',
    messages: {
      'at-bid': 'Insurance must be held at bid stage. Data: when (the words that set the stage), law.',
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: 'Tenderers must attach their current insurance schedule, showing the insurer, policy numbers, limits of indemnity and expiry dates, to the tender response.',
          source: 'phrasing from the blind evaluation set (dev half, round 18)',
        },
        {
          text: "Your response must include the following insurance evidence:\n\n1. Employer's liability insurance: £5 million for any one claim.\n2. Public liability insurance: £2 million for any one claim.\n3. A broker's letter dated within the last month, confirming each of the covers above as currently held, must accompany the response.",
          source: 'phrasing from the blind evaluation set (dev half, round 18)',
        },
        {
          text: "Declaration\n\n- I confirm that my organisation holds employer's liability insurance of £5,000,000 and public liability insurance of £2,000,000, and that both policies are current on the date I sign this form.",
          source: 'phrasing from the blind evaluation set (dev half, round 18): a signed declaration',
        },
        {
          text: 'The following will be checked at SQ stage, and a fail on any one of them means the rest of the SQ will not be scored:\n\n1. a minimum annual turnover of £150,000 in the most recent financial year;\n2. public liability insurance of £5 million, a copy of the current certificate being asked for with the SQ;',
          source:
            'phrasing from the blind evaluation set (dev half, round 18): "will not be scored" is what follows a fail',
        },
        {
          text: "Question 4.2 - Insurance\n\nQuestion: Does your organisation currently hold the insurance cover set out below?\n\n- Employer's liability insurance: £10,000,000 for any one occurrence.\n- Public liability insurance: £5,000,000 for any one occurrence.\n\nResponse type: Yes/No\n\nScoring: Pass/Fail",
          source: 'phrasing from the blind evaluation set (dev half, round 17): the fail rule after the list of covers',
        },
        {
          text: "Tenderers must confirm that they currently hold employer's liability insurance of £5,000,000 and public liability insurance of £6,000,000, save that professional indemnity insurance of £1,000,000 is needed only by a tenderer that will provide design or consultancy services and may be arranged before the contract starts.",
          source:
            "phrasing from the blind evaluation set (dev half, round 16): the later stage is the exception's, for another cover",
        },
        {
          text: "We will reject any bid from a supplier that does not hold, on the tender closing date, the insurances listed below.\n\n- Employer's liability: £5,000,000 for any one occurrence.\n- Public liability: £2,000,000 for any one occurrence.",
          source: 'phrasing from the blind evaluation set (dev half, round 16)',
        },
        {
          text: 'Bidders must hold, and must demonstrate in their tender response that they currently hold, professional indemnity insurance of not less than £5 million in respect of each and every claim, and must maintain that cover throughout the contract and for six years after its expiry or termination.',
          source: 'phrasing from the blind evaluation set (dev half, round 15): how long it is kept is no later stage',
        },
        {
          text: 'Bidders must hold public liability insurance of £2,000,000. Cover at this level must be in force on the date of tender submission.',
          source: 'phrasing from the blind evaluation set (dev half, round 15)',
        },
        {
          text: "As at the date of this quotation, you hold public liability insurance of at least £2 million and employer's liability insurance of at least £5 million, and you attach the current certificates.",
          source: 'phrasing from the blind evaluation set (dev half, round 14)',
        },
        {
          text: 'Bidders must hold public liability insurance of £2,000,000. Policies must be live at the closing date; cover arranged subsequently will not be accepted.',
          source: 'phrasing from the blind evaluation set (dev half, round 14)',
        },
        {
          text: "Tenderers must submit the following with their tender:\n\n1. A method statement of no more than four pages.\n2. Insurance schedules evidencing current cover (not quotations or proposals) for employer's liability £10,000,000 and public liability £2,000,000, held at the closing date.",
          message: 'at bid stage',
          source:
            'phrasing from the blind evaluation set (dev half, round 14): an item of a list that asks for other things too',
        },
        {
          text: 'Evidence of cover must accompany your response: a copy of the current certificate for each insurance listed below.',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: "| No. | Document | Status | How |\n|---|---|---|---|\n| 4 | Current Employer's Liability and Public Liability insurance certificates | Mandatory | Upload with tender |",
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: 'You can apply if:\n\n- you hold public liability insurance of at least £5,000,000 on the date you apply;\n- you have a vehicle suitable for the route.',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        {
          text: 'Failure to hold public liability insurance of at least £10 million at the time of your PQQ submission will result in exclusion.',
          source: 'phrasing from the blind evaluation set (dev half, round 12)',
        },
        {
          text: "Tenderers must provide, with their tender, evidence that they currently hold:\n\n1. Employer's liability insurance with a limit of not less than £10,000,000 for any one occurrence.\n2. Public liability insurance with a limit of not less than £2,000,000 for any one occurrence.",
          source:
            'phrasing from the blind evaluation set (dev half, round 12): the stage in a lead-in that does not name the cover',
        },
        {
          text: 'Tenderers must:\n\n- (c) have a current contract with any public body;\n- (d) hold public liability insurance of at least £2,000,000, with cover in force on the closing date for tenders.',
          source: 'phrasing from the blind evaluation set (dev half, round 10)',
        },
        {
          text: "Mandatory portal upload of current insurance certificates for employer's liability and public liability (tenders without them will be rejected).",
          source: 'phrasing from the blind evaluation set (dev half, round 10)',
        },
        {
          text: '4.6 Insurance: suppliers must hold the following insurance at the date of submitting their request to participate, and must upload copies of their current certificates with their Stage 1 response.',
          source: 'phrasing from the blind evaluation set (dev half, round 8)',
        },
        {
          text: "Question 7.1: Do you currently hold employer's liability insurance of £5 million and public liability insurance of £5 million? (Yes/No)\n\nPlease note: the Council cannot accept an application from an organisation that does not already hold this cover at the SQ deadline.",
          source:
            'phrasing from the blind evaluation set (dev half, round 4): the question is a condition by the note after it',
        },
        {
          text: "Applicants must submit evidence of current insurance cover (copies of certificates, or a broker's letter confirming the cover is in force) with their SQ response: employer's liability £5 million, public liability £5 million and professional indemnity £1 million.",
          source: 'phrasing from the blind evaluation set (dev half, round 4)',
        },
        {
          text: 'Suppliers must hold professional indemnity insurance of £1,000,000 and public liability insurance of £1,000,000. Please attach copies of your current insurance certificates to your quotation.',
          source: 'phrasing from the blind evaluation set (dev half, round 4)',
        },
        {
          text: "Applicants must:\n\n- (a) have traded for at least one year;\n- (c) hold employer's liability insurance of £5,000,000 and public liability insurance of £2,000,000 at the date of their Supplier Questionnaire submission;",
          source: 'phrasing from the blind evaluation set (dev half)',
        },
        {
          text: 'Bidders must hold the following insurances at the time of submitting their tender.',
          message: 'at bid stage',
        },
        { text: 'Bidders must enclose copies of their current insurance certificates with their tender.' },
        {
          text: 'Tenders must confirm they posses Employers Liability Insurance.',
          source: 'Public Contracts Scotland, NHS Lothian PAT testing (2019)',
        },
        { text: 'Bidders must hold the insurance cover listed below on the date they submit their questionnaire.' },
        { text: 'Applicants must already hold public liability insurance of £2,000,000 at the selection stage.' },
      ],
      pass: [
        {
          text: 'Providers must hold, at the point of submission:\n\n- a minimum annual turnover of £100,000; and\n- professional indemnity insurance of £5,000,000, or written confirmation from an insurer that this cover will be in place before the service commencement date.',
          source: 'phrasing from the blind evaluation set (dev half, round 15): the item offers a later route',
        },
        {
          text: '| Ref | Requirement | Evidence |\n|---|---|---|\n| R1 | Cyber security. Bidders must hold current Cyber Essentials Plus certification; the certificate must cover the whole organisation. | Certificate number |',
          source: 'phrasing from the blind evaluation set (dev half, round 13): "cover" that is not insurance',
        },
        {
          text: '3.1 Bidders must:\n\n(c) provide evidence of the insurances listed in Schedule 6, to be in place at the contract start date (a statement of intent is sufficient at tender stage).',
          source: 'phrasing from the blind evaluation set (dev half, round 13)',
        },
        { text: 'The successful contractor must have the following insurance in place by the contract start date.' },
        {
          text: 'Bidders must confirm that they already have, or can commit to obtain, prior to the commencement of any subsequently awarded contract, the types of insurance indicated below.',
          source: 'Public Contracts Scotland, University of Edinburgh confidential waste (2019)',
        },
        {
          text: 'The successful bidder must have the following insurance in place from the contract start date; bidders do not need to hold these levels of cover when they submit a tender.',
        },
        {
          text: 'Bidders must confirm they can provide the following supporting evidence at point of award.',
          source: 'Public Contracts Scotland, Heriot-Watt servers (2019)',
        },
        {
          text: 'Insurances are to be effective no later than the Effective Date.',
          source: 'CCS G-Cloud 15 Joint Schedule 3 (Insurance)',
        },
        {
          text: 'Bidders must confirm in their tender that they will arrange this cover; certificates are not required with the tender.',
          source: 'phrasing from the blind evaluation set (dev half, round 6): a promise to arrange the cover later',
        },
      ],
    },
    exclusions: [
      'Not when cover is needed only by award, contract start or signature, or only of the successful bidder.',
      'Not when bidders may “commit to obtain” the cover.',
    ],
  },
  check({ doc, law, report }) {
    for (const { passage, when, question } of insuranceFacts(doc).atBid) {
      report({
        passage,
        ...(question ? { related: [{ message: 'asked in this question', passage: question }] } : {}),
        messageId: 'at-bid',
        data: { when, law },
        message:
          law === 'pa2023' || law === 'pa2023-wales'
            ? `Insurance must be held at bid stage (“${when}”); PA23 s.22(3)(b) forbids requiring insurance to be in place before award.`
            : `Insurance must be held at bid stage (“${when}”); asking only the successful bidder, by contract start, is the proportionate course (${PROPORTIONATE[law]}).`,
        fix: 'Replace with: “The successful bidder must have this insurance in place from the contract start date; bidders need only confirm they will obtain it.”',
      });
    }
  },
});
