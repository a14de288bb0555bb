import type { Block, SourceComment, TenderDocument } from './model/document.js';
import type { Finding, Severity } from './model/finding.js';

/**
 * Inline suppressions in Markdown and HTML comments, applied after the rules have run:
 *
 *   <!-- tenderlint-disable-next-line turnover-multiple -- reason -->
 *   <!-- tenderlint-disable dspt-small-contract, turnover-multiple -- reason -->
 *   ...
 *   <!-- tenderlint-enable dspt-small-contract, turnover-multiple -->
 *
 * A suppression must say why (after " -- "): without a reason it is itself a finding and suppresses
 * nothing. A suppression that suppresses nothing is reported, so stale ones do not pile up.
 */

export const SUPPRESSION_DOCS = 'https://github.com/tenderlint/tenderlint/blob/main/docs/cli.md#suppressions';

/** The checks this module reports, listed beside the rules (SARIF, --list-rules) and set like rules in config. */
export const SUPPRESSION_CHECKS = [
  {
    id: 'suppression-missing-reason',
    title: 'Suppression without a reason',
    severity: 'error' as Severity,
    description: 'A tenderlint-disable comment gives no reason after " -- ", so it suppresses nothing.',
    fix: 'Say why the requirement is justified after " -- ": <!-- tenderlint-disable-next-line rule-id -- reason -->.',
  },
  {
    id: 'unused-suppression',
    title: 'Suppression that suppresses nothing',
    severity: 'warning' as Severity,
    description: 'A tenderlint-disable comment suppresses no finding (the passage changed, or the rule id is wrong).',
    fix: 'Remove the comment, or correct the rule id.',
  },
] as const;
export const SUPPRESSION_IDS: ReadonlySet<string> = new Set(SUPPRESSION_CHECKS.map((c) => c.id));

export type DirectiveKind = 'disable-next-line' | 'disable' | 'enable';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; "all" (or none given) means every rule. */
  ids: string[];
  reason?: string;
  comment: SourceComment;
}

const DIRECTIVE = /^\s*tenderlint-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** A comment's directive, or undefined for an ordinary comment. */
export function parseDirective(comment: SourceComment): Directive | undefined {
  const m = DIRECTIVE.exec(comment.text);
  if (!m) return undefined;
  const rest = m[2]!;
  const sep = /(?:^|\s)--(?:\s|$)/.exec(rest);
  const idsPart = sep ? rest.slice(0, sep.index) : rest;
  const reason = sep ? rest.slice(sep.index + sep[0].length).trim() : '';
  const ids = idsPart
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { kind: m[1] as DirectiveKind, ids: ids.length ? ids : ['all'], ...(reason ? { reason } : {}), comment };
}

export interface SuppressOptions {
  /** Ids a directive may name (the registry's rules). */
  known: ReadonlySet<string>;
  /** Level of each suppression check from the config: a severity, or off. */
  levels?: Partial<Record<string, Severity | 'off'>>;
}

export interface SuppressResult {
  findings: Finding[];
  /** How many findings the directives suppressed. */
  suppressed: number;
}

interface Range {
  directive: Directive;
  id: string;
  from: number;
  to: number;
  used: boolean;
}

/** Line ranges of the blocks, so "next line" covers the whole paragraph, list item or row that follows. */
function blockStarts(blocks: Block[]): number[] {
  const lines = new Set<number>();
  for (const b of blocks) if (b.location.line !== undefined) lines.add(b.location.line);
  return [...lines].sort((a, b) => a - b);
}

function nextLineRange(after: number, starts: number[]): [number, number] {
  const i = starts.findIndex((l) => l > after);
  if (i < 0) return [after + 1, after + 1];
  const next = starts[i + 1];
  return [after + 1, next === undefined ? Number.MAX_SAFE_INTEGER : next - 1];
}

/** no-reason, unknown-rule or unused: what is wrong with the directive. */
type ProblemId = 'no-reason' | 'unknown-rule' | 'unused';

function problem(
  check: (typeof SUPPRESSION_CHECKS)[number],
  severity: Severity,
  messageId: ProblemId,
  message: string,
  d: Directive,
): Finding {
  return {
    ruleId: check.id,
    messageId,
    title: check.title,
    severity,
    message,
    excerpt: `<!--${d.comment.text}-->`.replace(/\s+/g, ' '),
    location: {
      line: d.comment.line,
      column: d.comment.column,
      ...(d.comment.endLine !== d.comment.line ? { endLine: d.comment.endLine } : {}),
    },
    citations: [],
    fix: check.fix,
    docsUrl: SUPPRESSION_DOCS,
    data: { directive: d.kind, ids: d.ids.join(', ') },
  };
}

/** Drops the findings the document's directives suppress, and adds findings for bad or unused directives. */
export function applySuppressions(doc: TenderDocument, findings: Finding[], options: SuppressOptions): SuppressResult {
  const directives = (doc.comments ?? []).map(parseDirective).filter((d): d is Directive => d !== undefined);
  if (directives.length === 0) return { findings, suppressed: 0 };
  const [missingCheck, unusedCheck] = SUPPRESSION_CHECKS;
  const level = (check: (typeof SUPPRESSION_CHECKS)[number]) => options.levels?.[check.id] ?? check.severity;
  const extra: Finding[] = [];
  const report = (check: (typeof SUPPRESSION_CHECKS)[number], messageId: ProblemId, message: string, d: Directive) => {
    const l = level(check);
    if (l !== 'off') extra.push(problem(check, l, messageId, message, d));
  };

  const starts = blockStarts(doc.blocks);
  const ranges: Range[] = [];
  const open = new Map<string, Range>();
  directives.sort((a, b) => a.comment.line - b.comment.line || a.comment.column - b.comment.column);
  for (const d of directives) {
    if (d.kind === 'enable') {
      const close = d.ids.includes('all') ? [...open.keys()] : d.ids;
      for (const id of close) {
        const r = open.get(id);
        if (r) r.to = d.comment.line;
        open.delete(id);
      }
      continue;
    }
    const name = `tenderlint-${d.kind} ${d.ids.join(', ')}`;
    if (!d.reason) {
      report(missingCheck, 'no-reason', `"${name}" gives no reason, so it suppresses nothing; add one after " -- "`, d);
      continue;
    }
    for (const id of d.ids) {
      if (id !== 'all' && !options.known.has(id)) {
        report(unusedCheck, 'unknown-rule', `"${name}" names no rule "${id}" (see tenderlint --list-rules)`, d);
        continue;
      }
      if (d.kind === 'disable-next-line') {
        const [from, to] = nextLineRange(d.comment.endLine, starts);
        ranges.push({ directive: d, id, from, to, used: false });
      } else if (!open.has(id)) {
        const r: Range = { directive: d, id, from: d.comment.endLine, to: Number.MAX_SAFE_INTEGER, used: false };
        ranges.push(r);
        open.set(id, r);
      }
    }
  }

  let suppressed = 0;
  const kept = findings.filter((f) => {
    const line = f.location.line;
    if (line === undefined || SUPPRESSION_IDS.has(f.ruleId)) return true;
    let hit = false;
    for (const r of ranges) {
      if ((r.id === 'all' || r.id === f.ruleId) && line >= r.from && line <= r.to) {
        r.used = true;
        hit = true;
      }
    }
    if (hit) suppressed++;
    return !hit;
  });
  for (const r of ranges) {
    if (r.used) continue;
    const what = r.id === 'all' ? 'no finding' : `no "${r.id}" finding`;
    const where =
      r.directive.kind === 'disable-next-line'
        ? 'in the passage that follows'
        : r.to === Number.MAX_SAFE_INTEGER
          ? 'from there to the end of the file'
          : `before line ${r.to}`;
    report(
      unusedCheck,
      'unused',
      `Unused suppression: "tenderlint-${r.directive.kind} ${r.id}" matches ${what} ${where}`,
      r.directive,
    );
  }
  return { findings: [...kept, ...extra], suppressed };
}
