import type { TenderDocument } from '../model/document.js';
import type { Facts, PeriodConditions } from '../model/facts.js';
import { passagesOf } from './passages.js';
import { plannedNotice, qualifies } from './planning.js';
import { thresholdsOn, withVat } from './thresholds.js';
import { formatGBP } from './money.js';
import { perDocument } from './requirements/cache.js';

/** The minimum tendering period a document is judged against, and why. */
export interface TenderMinimum {
  days: number;
  /** A statutory minimum (a breach is an error), or the recommended period where the law sets none. */
  statutory: boolean;
  /** The minimum as the message says it ("the Procurement Act 2023 minimum with electronic submission ... is 25 days (s.54(4))"). */
  says: string;
  /** A reduced period is claimed that the document cannot show qualifies: judged against the full minimum, as a warning. */
  unverified?: boolean;
  /** Why a claimed reduced period does not apply, when one is claimed. */
  note?: string;
}

/** PA23 s.54(4): the shortest applicable minimum tendering period, and why it applies. */
export function pa23Minimum(c: PeriodConditions): { days: number; basis: string } {
  if (c.plannedProcurementNotice) return { days: 10, basis: 'with a qualifying planned procurement notice' };
  if (c.urgency) return { days: 10, basis: 'on grounds of urgency' };
  if (c.dynamicMarket) return { days: 10, basis: 'for a dynamic market' };
  if (c.notElectronic && c.documentsLater)
    return { days: 35, basis: 'with submission not electronic and documents provided later' };
  if (c.notElectronic) return { days: 30, basis: 'with submission not electronic' };
  if (c.documentsLater) return { days: 30, basis: 'with documents provided later' };
  return { days: 25, basis: 'with electronic submission and all documents provided at once' };
}

const RESTRICTED = /\brestricted procedure\b/i;
const PIN = /\bprior information notice\b/i;

const docSays = perDocument((doc: TenderDocument) => {
  const text = passagesOf(doc)
    .map((p) => p.text)
    .join('\n');
  return { restricted: RESTRICTED.test(text), pin: PIN.test(text) };
});

const REGIME_NAMES: Record<Facts['regime']['id'], string> = {
  'light-touch': 'a light touch contract',
  psr: 'a Provider Selection Regime competitive process',
  'below-threshold': 'a below-threshold contract',
  pcr2015: 'a procurement under the Public Contracts Regulations 2015',
  pa2023: 'this procurement',
  'framework-call-off': 'a call-off',
  scotland: 'a Scottish procurement',
};

/** Whether the contract is at or above the threshold in force when it began; undefined when that cannot be told. */
function aboveThreshold(facts: Facts): { above: boolean; threshold: number } | undefined {
  const v = facts.value;
  const row = thresholdsOn(facts.regime.law, facts.regime.begun);
  if (!v || !row) return undefined;
  const total = v.basis === 'annual' ? (facts.term ? (v.amount * facts.term.totalMonths) / 12 : undefined) : v.amount;
  if (total === undefined) return undefined;
  const threshold =
    facts.contractType === 'works'
      ? row.works
      : facts.authority.type === 'central'
        ? row.goodsServicesCentral
        : row.goodsServicesSubCentral;
  return { above: withVat(total, v.vat) >= threshold, threshold };
}

/**
 * The minimum tendering period for the document, by the law that governs it. Undefined for a
 * framework call-off (its window is set by the framework).
 */
export function tenderMinimum(doc: TenderDocument, facts: Facts, recommended: number): TenderMinimum | undefined {
  const { regime } = facts;
  if (regime.id === 'framework-call-off') return undefined;
  const none = (extra = ''): TenderMinimum => ({
    days: recommended,
    statutory: false,
    says: `for ${REGIME_NAMES[regime.id]} with no statutory minimum${extra}, allow at least ${recommended} days`,
  });
  if ((regime.law === 'pa2023' || regime.law === 'pa2023-wales') && regime.id === 'pa2023') {
    const c = facts.periodConditions;
    if (c.plannedProcurementNotice && !c.urgency && !c.dynamicMarket && facts.published) {
      const full = pa23Minimum({ ...c, plannedProcurementNotice: false });
      const says = (basis: string, days: number) =>
        `the Procurement Act 2023 minimum ${basis} is ${days} days (s.54(4))`;
      const pn = plannedNotice(doc);
      if (pn?.date) {
        const q = qualifies(pn.date, facts.published.date);
        if (q.ok)
          return {
            days: 10,
            statutory: true,
            says: says(`with a qualifying planned procurement notice (${q.why})`, 10),
          };
        return {
          days: full.days,
          statutory: true,
          says: says(full.basis, full.days),
          note: `${q.why}, outside the 40 days to 12 months s.15(3) requires, so it does not shorten the period to 10 days`,
        };
      }
      return {
        days: full.days,
        statutory: true,
        unverified: true,
        says: says(full.basis, full.days),
        note: 'a planned procurement notice is mentioned but no date is given: the 10-day period holds only if it was published 40 days to 12 months before the tender notice (s.15(3))',
      };
    }
    const m = pa23Minimum(c);
    return {
      days: m.days,
      statutory: true,
      says: `the Procurement Act 2023 minimum ${m.basis} is ${m.days} days (s.54(4))`,
    };
  }
  if (
    (regime.law === 'pcr2015' || regime.law === 'scotland') &&
    (regime.id === 'pcr2015' || regime.id === 'scotland' || regime.id === 'pa2023')
  ) {
    const above = aboveThreshold(facts);
    const name =
      regime.law === 'pcr2015' ? 'Public Contracts Regulations 2015' : 'Public Contracts (Scotland) Regulations 2015';
    if (!above)
      return none(
        regime.law === 'scotland' && facts.value
          ? ' that tenderlint can confirm (no threshold in its table for the date the procurement began)'
          : '',
      );
    if (!above.above) return none(` (under the ${formatGBP(above.threshold)} threshold)`);
    const said = docSays(doc);
    const electronic = !facts.periodConditions.notElectronic;
    if (said.restricted) {
      if (regime.law === 'scotland') return none(' that tenderlint checks for a Scottish restricted procedure');
      const days = electronic ? 25 : 30;
      return {
        days,
        statutory: true,
        says: `the ${name} minimum for tenders in a restricted procedure${electronic ? ' with electronic submission' : ''} is ${days} days (reg 28)`,
      };
    }
    const reg = regime.law === 'pcr2015' ? 'reg 27' : 'reg 28';
    if (said.pin || facts.periodConditions.urgency)
      return {
        days: 15,
        statutory: true,
        says: `the ${name} minimum for an open procedure ${said.pin ? 'with a prior information notice' : 'on grounds of urgency'} is 15 days (${reg})`,
      };
    const days = electronic ? 30 : 35;
    return {
      days,
      statutory: true,
      says: `the ${name} minimum for an open procedure${electronic ? ' with electronic submission' : ''} is ${days} days (${reg})`,
    };
  }
  return none();
}

/** The minimum participation period (requests to participate), where the law has one. */
export function participationMinimum(doc: TenderDocument, facts: Facts): TenderMinimum | undefined {
  const { regime } = facts;
  if ((regime.law === 'pa2023' || regime.law === 'pa2023-wales') && regime.id === 'pa2023') {
    const urgent = facts.periodConditions.urgency;
    return {
      days: urgent ? 10 : 25,
      statutory: true,
      says: `the Procurement Act 2023 minimum participation period${urgent ? ' on grounds of urgency' : ''} is ${urgent ? 10 : 25} days (s.54(3))`,
    };
  }
  if (regime.law === 'pcr2015' && regime.id === 'pcr2015' && docSays(doc).restricted && aboveThreshold(facts)?.above) {
    const urgent = facts.periodConditions.urgency;
    return {
      days: urgent ? 15 : 30,
      statutory: true,
      says: `the Public Contracts Regulations 2015 minimum for requests to participate in a restricted procedure${urgent ? ' on grounds of urgency' : ''} is ${urgent ? 15 : 30} days (reg 28)`,
    };
  }
  return undefined;
}
