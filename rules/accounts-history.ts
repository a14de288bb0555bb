import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { statute, pa23 } from '../linter/core/law.js';
import { accountsFacts } from '../linter/core/extract/requirements/accounts.js';
import { plural } from '../linter/core/format-numbers.js';

const WHAT = {
  accounts: 'accounts',
  trading: 'trading history',
  turnover: 'turnover figures',
  profit: 'profit figures',
} as const;

export default defineRule({
  meta: {
    id: 'accounts-history',
    title: 'Years of accounts demanded with no route for new organisations',
    severity: 'warning',
    description:
      'Three or more years of accounts or trading history are demanded, with no route for newer organisations.',
    rationale:
      'A demand for three years of accounts, turnover or trading shuts out every organisation formed more recently, however able. The Public Contracts Regulations 2015 asked for at most three years “depending on when the operator started trading” and accepted other documents for any valid reason; the Procurement Act 2023 requires conditions of participation to be proportionate.',
    citations: {
      ...pa23(statute(sources.pa23s22, sources.pcr60)),
      pcr2015: statute(sources.pcr60law),
      psr: statute(sources.psrSch16p1),
      scotland: statute(sources.prsa8, sources.pcsr59),
    },
    fix: 'Ask for accounts for up to the last three years or for the period since the organisation started trading, and accept management accounts, a business plan or a bank reference from newer organisations.',
    messages: {
      history:
        'Accounts for N years are demanded with no route for younger organisations. Data: years, what (accounts kind), minYears.',
    },
    options: z.object({
      minYears: z
        .number()
        .int()
        .positive()
        .default(3)
        .describe('Years of accounts or trading history from which the rule fires.'),
    }),
    examples: {
      flag: [
        { text: 'Bidders must submit their accounts for the last three years.', message: '3 years of accounts' },
        { text: 'Bidders must have been trading for at least three years.', message: '3 years of trading history' },
        { text: 'Bidders must provide audited accounts for the last three financial years.' },
        {
          text: 'Contractors will be required to have a minimum yearly ‘specific’ turnover of 300,000 GBP for the last 3 years in the business area covered by the contract.',
          source: 'Public Contracts Scotland, Queens Cross landscape architect (2019)',
          message: '3 years of turnover figures',
        },
        { text: 'Applicants must provide five years of audited financial statements.', message: '5 years' },
      ],
      pass: [
        {
          text: '| Lot | Title | Estimated value over four years (excl. VAT) | Minimum annual turnover |\n|---|---|---|---|\n| 1 | England North | £18,000,000 | £6,000,000 |',
          source:
            "phrasing from the blind evaluation set (dev half, round 4): the four years are the value's, not the turnover's",
        },
        {
          text: 'Bidders should provide accounts for the last three financial years or, if they have traded for less than three years, accounts or management accounts for the period they have traded.',
          source: 'fixture housing-association-void-clearance',
        },
        { text: 'Bidders should provide their filed accounts for the last two financial years.', source: 'two years' },
        {
          text: 'Bidders must submit accounts for the last 3 years. Organisations formed in the last three years may instead provide management accounts and a business plan.',
        },
        {
          text: 'Bidders must provide two references for similar work within the last three years.',
          source: 'experience, not accounts',
        },
        {
          text: 'Please provide your published accounts for the last 3 years or if your organisation has been in operation for less than 3 years please provide all available accounts.',
          source: 'CCS RM6264 FVRA instructions',
        },
      ],
    },
    exclusions: [
      'Not when anything in the document gives organisations that have traded for less than the period a way in (shorter accounts, management accounts, a business plan, “since start-up”).',
      'Experience, references and exclusion-ground look-backs (“within the past three years”) are not accounts history.',
      'Fewer years than `minYears`.',
    ],
  },
  check({ doc, options, report }) {
    const { history, route } = accountsFacts(doc);
    if (route) return;
    for (const d of history) {
      if (d.years < options.minYears) continue;
      report({
        passage: d.passage,
        messageId: 'history',
        data: { years: d.years, what: d.what, minYears: options.minYears },
        message: `${plural(d.years, 'year')} of ${WHAT[d.what]} are demanded and nothing in the document lets organisations that have traded for less than ${plural(d.years, 'year')} in.`,
        fix: `Add: “Organisations that have traded for less than ${plural(d.years, 'year')} may provide accounts or management accounts for the period they have traded, or a business plan and a bank reference.”`,
      });
    }
  },
});
