import type { Finding, Severity } from '../../linter/core/model/finding.js';
import type { Location } from '../../linter/core/model/document.js';
import { ruleById } from '../../rules/index.js';
import { LABEL, SEVERITIES } from './severity.js';

/** The rule's human title from its metadata; checks outside the registry (suppression checks) get their id in words. */
export function titleOf(ruleId: string): string {
  const rule = ruleById(ruleId);
  if (rule) return rule.meta.title;
  const words = ruleId.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "page 3, line 12", "paragraph 7", "the Total value field": where a finding is, in words; empty when unknown. */
export function whereText(l: Location): string {
  const parts: string[] = [];
  if (l.page) parts.push(`page ${l.page}`);
  if (l.line) parts.push(`line ${l.line}`);
  else if (l.block && !l.page && !l.field) parts.push(`paragraph ${l.block}`);
  if (l.heading) parts.push(`under “${l.heading}”`);
  return parts.join(', ');
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

/** "5 findings (2 errors, 2 warnings, 1 info)". */
export function summaryText(findings: Finding[]): string {
  const c = countBySeverity(findings);
  const parts = SEVERITIES.filter((s) => c[s]).map(
    (s) => `${c[s]} ${s === 'info' ? 'info' : s + (c[s] === 1 ? '' : 's')}`,
  );
  return `${findings.length} finding${findings.length === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** One finding as plain text, for the clipboard: what, where, the passage, the fix and the sources. */
export function findingText(f: Finding): string {
  const where = whereText(f.location);
  return [
    `${LABEL[f.severity]}: ${f.title} (${f.ruleId})${where ? `, ${where}` : ''}`,
    f.message,
    `Flagged text: “${f.excerpt}”`,
    `How to fix it: ${f.fix}`,
    ...f.citations.map((c) => `Source: ${c.title}${c.section ? `, ${c.section}` : ''} (${c.kind}) ${c.url}`),
  ].join('\n');
}

export interface NoticeContext {
  title?: string;
  id?: string;
  buyer?: string;
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const sentence = (s: string) => (/[.?!]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/**
 * A polite clarification question a supplier can paste into the portal's clarification form, built
 * from the finding's own data: the passage, the numbers in its message, and its fix as a proposal.
 * It asks; it does not accuse, and it names the sources so the buyer can check them.
 */
export function clarificationQuestion(f: Finding, notice: NoticeContext = {}): string {
  const ref = notice.title
    ? `“${notice.title}”${notice.id ? ` (notice ${notice.id})` : ''}`
    : notice.id
      ? `notice ${notice.id}`
      : 'this opportunity';
  const where = whereText(f.location);
  const fix = f.fix.trim().replace(/[.]$/, '');
  const sources = f.citations.filter((c) => c.kind === 'law' || c.kind === 'policy').slice(0, 2);
  return [
    `Clarification question about ${ref}`,
    '',
    `The ${where ? `tender documents (${where})` : 'tender documents'} say: “${f.excerpt}”`,
    '',
    `As we read it: ${sentence(f.message)}`,
    '',
    `Would the ${notice.buyer ? notice.buyer : 'contracting authority'} consider the following: ${lowerFirst(fix)}? If the requirement stays as written, could you explain why it is needed for this contract, so that smaller suppliers can judge whether to bid?`,
    ...(sources.length
      ? ['', `For reference: ${sources.map((c) => `${c.title}${c.section ? `, ${c.section}` : ''}`).join('; ')}.`]
      : []),
    '',
    'Thank you.',
  ].join('\n');
}

/** Every finding on a page as plain text, most severe first. */
export function allFindingsText(source: string, findings: Finding[]): string {
  const ordered = [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  return (
    [`tenderlint on ${source}: ${summaryText(findings)}`, '', ...ordered.map((f, i) => `${i + 1}. ${findingText(f)}\n`)]
      .join('\n')
      .trimEnd() + '\n'
  );
}
