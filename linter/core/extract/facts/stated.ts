import type { TenderDocument } from '../../model/document.js';
import { StatedFacts } from '../../model/facts.js';
import { findMoney } from '../money.js';
import { ONCE } from '../../parse-once.js';

const DATE_KEYS = [
  'published',
  'deadline',
  'clarificationDeadline',
  'participationDeadline',
  'contractStart',
  'begun',
] as const;

/** Front matter keys tenderlint understands; anything else in the front matter is the document's own business. */
export function statedFromFrontMatter(doc: TenderDocument): { facts: StatedFacts; problems: string[] } {
  const keys = Object.keys(StatedFacts.shape) as Array<keyof StatedFacts>;
  const picked: Record<string, unknown> = {};
  for (const k of keys) if (doc.stated[k] !== undefined) picked[k] = doc.stated[k];
  // YAML reads 2026-03-16 as a Date.
  for (const k of DATE_KEYS) {
    const v = picked[k];
    if (v instanceof Date) picked[k] = v.toISOString().slice(0, 10);
  }
  const r = StatedFacts.safeParse(picked, ONCE);
  if (r.success) return { facts: r.data, problems: [] };
  return {
    facts: {},
    problems: r.error.issues.map((i) => `front matter "${i.path.join('.')}": ${i.message}`),
  };
}

/** A stated value: a number, or money written loosely ("£600k", "600,000"). */
export function parseStatedValue(v: number | string | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return undefined;
  const m = findMoney(/^[\d.,\s]+(?:k|m|bn)?$/i.test(v.trim()) ? `£${v.trim()}` : v);
  return m[0]?.amount;
}
