import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { statute, pa23, PROPORTIONATE, RELIANCE } from '../linter/core/law.js';
import { reservesDemands } from '../linter/core/extract/requirements/conditions.js';
import { formatGBP } from '../linter/core/extract/money.js';
import { whoItShutsOut } from '../linter/core/extract/ncvo.js';

export default defineRule({
  meta: {
    id: 'reserves-requirement',
    title: 'Minimum reserves or net assets demanded',
    severity: 'warning',
    description: 'A minimum level of reserves, net assets or cash is demanded of bidders.',
    rationale:
      'Charities and social enterprises put their income into their work and many hold small reserves by design; a reserves, net assets or cash floor shuts them out whatever their record. The Procurement Act 2023 requires conditions of participation to be a proportionate means of ensuring a supplier’s capacity, and lets bidders rely on others’ financial standing.',
    citations: {
      ...pa23(
        statute(
          sources.pa23s22,
          sources.pa23s22_8,
          sources.keepItLocal(8, 'make technical specifications proportionate'),
        ),
      ),
      pcr2015: statute(
        sources.pcr58,
        sources.pcr63,
        sources.keepItLocal(8, 'make technical specifications proportionate'),
      ),
      psr: statute(sources.psrSch16p1, sources.keepItLocal(8, 'make technical specifications proportionate')),
      scotland: statute(
        sources.prsa8,
        sources.pcsr59,
        sources.keepItLocal(8, 'make technical specifications proportionate'),
      ),
    },
    fix: 'Remove the reserves requirement, or accept other evidence of financial standing: a bank reference, a cash-flow forecast, a parent company or guarantor, or a consortium member’s accounts.',
    messages: {
      reserves:
        'A minimum level of reserves or cash is demanded. Data: what, and demanded (pounds) or relative (e.g. "3 months of operating costs") when stated.',
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: "Bidders must show, at selection stage:\n\n- cash balances of at least three months' operating costs, shown in the latest accounts or a bank letter;",
          source: 'phrasing from the blind evaluation set (dev half, round 18)',
        },
        {
          text: 'Bidders must show a current ratio of at least 1.2 and positive net assets in their latest filed accounts.',
          source:
            'phrasing from the blind evaluation set (dev half, round 17): the ratio is no level, the positive net assets are',
        },
        {
          text: '4.1.3 Suppliers must hold cash and cash equivalents of at least £300,000 at their last balance sheet date.',
          message: '£300,000',
          source: 'phrasing from the blind evaluation set (dev half, round 3)',
        },
        {
          text: 'Bidders must demonstrate net current assets of at least £100,000 in their latest accounts.',
          message: 'about 80% of UK voluntary organisations have a lower income than £100,000',
        },
        {
          text: 'Bidders must hold unrestricted reserves equal to at least three months of their operating costs.',
          message: 'three months of their operating costs',
        },
        {
          text: 'Applicants must have minimum cash reserves of £250,000.',
          message: 'at least 80% of UK voluntary organisations have a lower income than £250,000',
        },
        {
          text: 'The bidder shall have net assets of not less than £1,000,000.',
          message: 'about 97% of UK voluntary organisations',
        },
        { text: 'Bidders must be able to show a positive net asset position in each of the last two years.' },
        { text: 'Organisations must hold free reserves of no less than £50,000.', message: '£50,000' },
      ],
      pass: [
        {
          text: '| Ref | Requirement |\n|---|---|\n| 4.3 Reserves | None required. The College does not set a minimum level of reserves, net assets or cash. |',
          source:
            'phrasing from the blind evaluation set (dev half, round 17): a numbered label cell defers to the next cell',
        },
        {
          text: '| Ref | Topic | Requirement | Assessment |\n|---|---|---|---|\n| 4B.7 | Reserves | The Board does not require a minimum level of reserves or net assets. | For information |',
          source: "phrasing from the blind evaluation set (dev half, round 13): the row's label cell names the topic",
        },
        {
          text: 'The Trust does not require bidders to hold a minimum level of reserves or net assets.',
          source: 'fixture nhs-trust-patient-survey-dspt-approaching',
        },
        { text: 'There is no minimum turnover requirement, and we will not ask for a minimum level of reserves.' },
        {
          text: 'Current Ratio of greater than 0.8 (net current assets divided by net current liabilities).',
          source: 'Public Contracts Scotland, Marine Scotland patrol vessel (2019): a ratio',
        },
        { text: 'The Authority reserves the right to request further financial information.' },
        {
          text: 'Net Asset Value: must be in a positive Net Asset position for a Green rating; Red or Amber is not an automatic fail.',
          source: 'CCS RM6264 FVRA instructions',
        },
      ],
    },
    exclusions: [
      'Financial ratios and risk ratings that are not pass/fail are not minimum reserves.',
      'Statements that no reserves are required, and “reserves the right”, are not demands.',
    ],
  },
  check({ doc, law, report }) {
    for (const d of reservesDemands(doc)) {
      const level =
        d.amount !== undefined
          ? `${formatGBP(d.amount)} in ${d.what}`
          : d.relative
            ? `${d.what} of ${d.relative}`
            : `a minimum level of ${d.what}`;
      let message = `A minimum of ${level} is demanded; many charities and social enterprises hold low reserves by design, and ${PROPORTIONATE[law]}.`;
      if (d.amount !== undefined) {
        const share = whoItShutsOut(d.amount);
        if (share) message += ` For scale: ${share.charAt(0).toLowerCase()}${share.slice(1)}`;
      }
      report({
        passage: d.passage,
        messageId: 'reserves',
        data: {
          what: d.what,
          ...(d.amount !== undefined ? { demanded: d.amount } : {}),
          ...(d.relative ? { relative: d.relative } : {}),
        },
        message,
        fix: `Remove the requirement for ${level}, or accept other evidence of financial standing: a bank reference, a cash-flow forecast, or reliance on a parent company, guarantor or consortium member${RELIANCE[law]}.`,
      });
    }
  },
});
