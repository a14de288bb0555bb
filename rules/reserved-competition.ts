import { z } from 'zod';
import { defineRule } from '../linter/core/rule.js';
import { sources } from '../linter/core/citations.js';
import { none, policy } from '../linter/core/law.js';
import { reservation } from '../linter/core/extract/requirements/reservation.js';
import { againstThreshold } from '../linter/core/extract/requirements/value.js';
import { saysBelowThreshold } from '../linter/core/extract/requirements/selection.js';
import { formatGBP } from '../linter/core/extract/money.js';
import { passageOfFact, passagesOf } from '../linter/core/extract/passages.js';
import { formatDate } from '../linter/core/extract/dates.js';

/** The Local Government (Exclusion of Non-commercial Considerations) (England) Order 2026 came into force on this day. */
const ENGLAND_ORDER = '2026-02-04';

export default defineRule({
  meta: {
    id: 'reserved-competition',
    title: 'Competition reserved by location or supplier size',
    severity: 'error',
    description:
      'A contract at or above the threshold is reserved by supplier location or to SMEs or VCSEs; or (info) an English local authority’s below-threshold notice is open to all when it may now reserve it.',
    rationale:
      'Reserving a competition to small, voluntary or local suppliers is allowed only below the threshold: above it the UK’s trade agreements require the competition to be open. Below it, reserving is one of the strongest tools a buyer has to let local and voluntary organisations win, and since 4 February 2026 English local authorities have it too.',
    citations: {
      pa2023: policy(
        [sources.ppn005, sources.reservingEngland],
        undefined,
        'reserving is allowed below threshold only: PPN 005 for central government, the England Order 2026 for local authorities',
      ),
      'pa2023-wales': policy([sources.wppn012], undefined, 'Welsh authorities may reserve below threshold (WPPN 012)'),
      pcr2015: none(
        'reserved below-threshold competitions under the Procurement Act 2023’s policy notes postdate the 2015 Regulations',
      ),
      psr: none('the PSR has its own processes; reserving is not one of its checks here'),
      scotland: none('Scottish reservation rules are not checked'),
    },
    tags: ['2025-26'],
    fix: 'At or above the threshold, open the competition to all suppliers; below it, consider reserving to SMEs and VCSEs or to local suppliers.',
    messages: {
      'reserved-above-threshold':
        'A reserved competition on a contract at or above the threshold. Data: by (location or type), to, value, threshold (VAT inclusive).',
      'could-reserve':
        "An English council's below-threshold notice that could be reserved under the 2026 Order (info). Data: value and threshold when known.",
    },
    options: z.object({}),
    examples: {
      flag: [
        {
          text: 'The estimated total value is £1,500,000. This competition is reserved for SMEs and VCSEs.',
          message: 'to SMEs and VCSEs) on a contract worth £1,500,000',
        },
        {
          text: 'The contract value is £2,000,000. The procurement is restricted to suppliers based in Cornwall.',
          message: 'by supplier location',
        },
        {
          text: 'The estimated value is £400,000 excluding VAT. Only suppliers based in Kent may bid.',
          facts: { authority: 'sub-central' },
          message: '£480,000 including VAT',
        },
        {
          text: 'Harbourside Borough Council: grounds maintenance\n\nThe estimated total value is £60,000. This below-threshold opportunity is open to all suppliers.',
          facts: { buyerKind: 'local-authority', nation: 'england', published: '2026-03-02' },
          severity: 'info',
          message: 'may reserve a below-threshold competition to SMEs and VCSEs',
        },
        {
          text: 'The contract value is £90,000. Tenders are invited from all suppliers.',
          facts: { buyerKind: 'local-authority', nation: 'england', published: '2026-05-11', authority: 'sub-central' },
          severity: 'info',
          message: 'Local Government (Exclusion of Non-commercial Considerations) (England) Order 2026',
        },
      ],
      pass: [
        {
          text: 'The estimated total value is £60,000. This competition is reserved for SMEs and VCSEs.',
          facts: { authority: 'sub-central' },
          source: 'reserved below threshold: allowed',
        },
        {
          text: 'The estimated total value is £1,500,000. SMEs and VCSEs are encouraged to bid.',
          source: 'encouraged, not reserved',
        },
        {
          text: 'The contract value is £90,000. Tenders are invited from all suppliers.',
          facts: { buyerKind: 'local-authority', nation: 'england', published: '2026-01-12', authority: 'sub-central' },
          source: 'before the England Order came into force on 4 February 2026',
        },
        {
          text: 'The contract value is £90,000. Tenders are invited from all suppliers.',
          facts: { buyerKind: 'housing-association', nation: 'england', published: '2026-05-11' },
          source: 'not a local authority',
        },
        {
          text: 'The estimated total value is £1,500,000. This contract is not reserved.',
          source: 'says it is not reserved',
        },
      ],
    },
    exclusions: [
      'The threshold is the one in force when the procurement began; a contract of unknown value is not judged reserved-above-threshold.',
      'The below-threshold note is for English local authorities’ notices from 4 February 2026 only (central government’s PPN 005 and Wales’s WPPN 012 are not prompted).',
      'Not for PCR 2015, PSR or Scottish procurements.',
    ],
  },
  check({ doc, facts, law, report }) {
    const r = reservation(doc);
    const value = againstThreshold(facts);
    if (r) {
      if (!value || value.withVat < value.threshold) return;
      report({
        passage: r.passage,
        messageId: 'reserved-above-threshold',
        data: { by: r.by, to: r.to, value: value.withVat, threshold: value.threshold },
        message: `The competition is reserved ${r.by === 'location' ? 'by supplier location' : 'by supplier type'} (to ${r.to}) on a contract worth ${value.derivation}, at or above the ${formatGBP(value.threshold)} threshold for ${value.whose} (${value.row.source}); reserving is allowed only below the threshold (policy, not law: ${law === 'pa2023-wales' ? 'WPPN 012' : 'PPN 005 and the England Order 2026'}).`,
        fix: 'Open the competition to all suppliers, and use lots, proportionate conditions and social value to help small and local organisations compete.',
      });
      return;
    }
    if (law !== 'pa2023' || facts.regime.nation !== 'england' || facts.buyer.kind !== 'local-authority') return;
    const begun = facts.regime.begun;
    if (!begun || begun < ENGLAND_ORDER) return;
    const below = value
      ? value.withVat < value.threshold
      : Boolean(saysBelowThreshold(doc)) || facts.regime.id === 'below-threshold';
    if (!below) return;
    const passage = (facts.value && passageOfFact(doc, facts.value)) || passagesOf(doc)[0];
    if (!passage) return;
    report({
      passage,
      messageId: 'could-reserve',
      data: value ? { value: value.withVat, threshold: value.threshold } : {},
      severity: 'info',
      message: `This below-threshold notice${value ? ` (${value.derivation}, under the ${formatGBP(value.threshold)} threshold)` : ''} is open to all; since ${formatDate(ENGLAND_ORDER)} an English local authority may reserve a below-threshold competition to SMEs and VCSEs or to local suppliers (Local Government (Exclusion of Non-commercial Considerations) (England) Order 2026).`,
      fix: 'Consider reserving the competition to SMEs and VCSEs, or to suppliers in the area, and say so in the notice.',
    });
  },
});
