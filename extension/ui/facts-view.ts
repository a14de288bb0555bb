import type { DateFact, FactSource, Facts } from '../../linter/core/model/facts.js';
import { formatGBP } from '../../linter/core/extract/money.js';
import { formatDate } from '../../linter/core/extract/dates.js';
import { formatMonths } from '../../linter/core/extract/facts.js';

/** One line of "What was read": the fact, its value in words, and where it came from. */
export interface FactLine {
  label: string;
  value: string;
  /** False when nothing was found: the rules that need this fact could not judge on it. */
  found: boolean;
  source?: string;
}

const SOURCE: Record<FactSource, string> = {
  flag: 'stated',
  'front-matter': 'stated in the file',
  ocds: 'from the notice data',
  page: 'from the notice’s fields',
  text: 'from the text',
  derived: 'worked out',
  default: 'assumed',
};

const REGIME: Record<Facts['regime']['id'], string> = {
  pa2023: 'Procurement Act 2023',
  'light-touch': 'Procurement Act 2023, light touch services',
  psr: 'Provider Selection Regime (health care services)',
  'below-threshold': 'Procurement Act 2023, below threshold (Part 6)',
  'framework-call-off': 'Call-off under an existing framework',
  pcr2015: 'Public Contracts Regulations 2015',
  scotland: 'Scottish procurement (Procurement Reform (Scotland) Act 2014)',
};

function dateText(d: DateFact): string {
  return `${formatDate(d.date)}${d.time ? `, ${d.time}` : ''}`;
}

const missing = (label: string): FactLine => ({ label, value: 'not found', found: false });

/**
 * The facts the rules judged on, in words, so a clean result says what it checked and a missing
 * value shows why a rule could not judge. Read from the lint result's facts, never worked out again.
 */
export function factLines(facts: Facts): FactLine[] {
  const out: FactLine[] = [];
  const v = facts.value;
  out.push(
    v
      ? {
          label: 'Value',
          value: `${formatGBP(v.amount)} ${v.basis === 'annual' ? 'a year' : 'in total'}${v.vat === 'excluding' ? ', excluding VAT' : v.vat === 'including' ? ', including VAT' : ''}`,
          found: true,
          source: SOURCE[v.source],
        }
      : missing('Value'),
  );
  if (facts.annualValue && v?.basis !== 'annual')
    out.push({
      label: 'Annual value',
      value: `${formatGBP(facts.annualValue.amount)} (${facts.annualValue.derivation})`,
      found: true,
      source: SOURCE.derived,
    });
  const t = facts.term;
  out.push(
    t
      ? {
          label: 'Term',
          value: `${formatMonths(t.totalMonths)}${t.extensionMonths ? ` (${formatMonths(t.initialMonths)} and up to ${formatMonths(t.extensionMonths)} of extensions)` : ''}`,
          found: true,
          source: SOURCE[t.source],
        }
      : missing('Term'),
  );
  for (const [key, label] of [
    ['published', 'Published'],
    ['clarificationDeadline', 'Clarification deadline'],
    ['submissionDeadline', 'Submission deadline'],
  ] as const) {
    const d = facts[key];
    out.push(d ? { label, value: dateText(d), found: true, source: SOURCE[d.source] } : missing(label));
  }
  out.push({
    label: 'Regime',
    value: REGIME[facts.regime.id],
    found: true,
    source: facts.regime.source === 'default' ? 'assumed: nothing said otherwise' : SOURCE[facts.regime.source],
  });
  const lots = facts.lots;
  out.push({
    label: 'Lots',
    value:
      lots.divided === null
        ? 'not said'
        : lots.divided
          ? `divided${lots.count ? ` into ${lots.count} lots` : ' into lots'}`
          : `not divided${lots.reasons ? ' (reasons given)' : ''}`,
    found: lots.divided !== null,
    ...(lots.divided !== null ? { source: SOURCE[lots.source] } : {}),
  });
  if (facts.contractType !== 'unknown') out.push({ label: 'Contract type', value: facts.contractType, found: true });
  out.push(...requirementLines(facts));
  return out;
}

/**
 * Requirements the engine reports with the facts, when it does (a `requirements` list on the lint
 * result's facts): each one's own summary text. Nothing is extracted here.
 */
function requirementLines(facts: Facts): FactLine[] {
  const list = (facts as unknown as { requirements?: unknown }).requirements;
  if (!Array.isArray(list) || !list.length) return [];
  const text = (r: unknown): string | undefined => {
    if (typeof r === 'string') return r;
    if (r && typeof r === 'object') {
      const o = r as Record<string, unknown>;
      for (const k of ['summary', 'label', 'text', 'excerpt', 'kind']) if (typeof o[k] === 'string') return o[k];
    }
    return undefined;
  };
  const items = list.map(text).filter((s): s is string => !!s);
  return items.length
    ? [
        {
          label: `Requirements (${items.length})`,
          value: items.slice(0, 8).join('; ') + (items.length > 8 ? '; …' : ''),
          found: true,
        },
      ]
    : [];
}
