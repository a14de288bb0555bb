import { forgetDates } from './extract/dates.js';
import type { TenderDocument } from './model/document.js';
import type { FileResult } from './model/report.js';
import type { Facts, StatedFacts } from './model/facts.js';
import type { Finding, Severity } from './model/finding.js';
import type { Rule } from './rule.js';
import { Config, describeIssues, type RuleLevel } from './config.js';
import { extractFacts } from './extract/facts/index.js';
import { requirementsOf } from './extract/clauses/requirements.js';
import type { Requirement } from './model/requirement.js';
import { locatePassage } from './text/locate.js';
import { rules as registry } from '../../rules/index.js';
import { applySuppressions, SUPPRESSION_IDS } from './suppress.js';
import { ConfigError } from './config-error.js';
import { ONCE } from './parse-once.js';

export const DOCS_BASE = 'https://github.com/tenderlint/tenderlint/blob/main/docs/rules/';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: unknown;
}

/** Resolves the config against the registry once: which rules run, at what level, with what options. */
export function resolveRules(input: unknown = {}, file?: string, available: readonly Rule[] = registry): ActiveRule[] {
  const parsed = Config.safeParse(input, ONCE);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error), file);
  const config = parsed.data;
  const byId = new Map(available.map((r) => [r.meta.id, r]));
  const problems: string[] = [];
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id) && !SUPPRESSION_IDS.has(id))
      problems.push(`rules.${id}: no such rule (see tenderlint --list-rules)`);
  }
  const active: ActiveRule[] = [];
  for (const rule of available) {
    const setting = config.rules[rule.meta.id];
    const level: RuleLevel = typeof setting === 'string' ? setting : (setting?.severity ?? rule.meta.severity);
    const rawOptions = typeof setting === 'object' ? (setting.options ?? {}) : {};
    const options = rule.meta.options.strict().safeParse(rawOptions, ONCE);
    if (!options.success) {
      problems.push(...describeIssues(options.error, `rules.${rule.meta.id}.options`));
      continue;
    }
    if (level !== 'off') active.push({ rule, severity: level, options: options.data });
  }
  if (problems.length) throw new ConfigError(problems, file);
  return active;
}

export interface LintResult {
  facts: Facts;
  findings: Finding[];
  /** Things the user should know that are not findings (bad front matter, a scanned page). */
  notes: string[];
  /** Findings dropped by inline suppression comments. */
  suppressed: number;
  /** What the document demands of bidders. */
  requirements: Requirement[];
}

/** A linted document as the report lists it (the CLI and the parse processes build it the same way). */
export function toFileResult(doc: TenderDocument, r: LintResult): FileResult {
  return {
    path: doc.path,
    format: doc.format,
    facts: r.facts,
    findings: r.findings,
    ...(r.requirements.length ? { requirements: r.requirements } : {}),
    ...(r.notes.length ? { notes: r.notes } : {}),
    ...(doc.normalised ? { normalised: doc.normalised } : {}),
    ...(doc.unread?.length ? { unread: doc.unread } : {}),
    ...(notRead(doc.textLayer) ? { textLayer: doc.textLayer } : {}),
    error: null,
    ...(r.suppressed ? { suppressed: r.suppressed } : {}),
  };
}

/**
 * Lints a file's documents into its report entries; a part that could not be read (`doc.failed`)
 * becomes an error entry of its own, and the rest are linted.
 */
export function lintToResults(docs: TenderDocument[], options: LintOptions = {}): FileResult[] {
  return docs.map((doc) =>
    doc.failed
      ? { path: doc.path, format: doc.format, facts: null, findings: [], error: doc.failed }
      : toFileResult(doc, lintDocument(doc, options)),
  );
}

export interface LintOptions {
  config?: unknown;
  configFile?: string;
  /** Facts from CLI flags or the extension's fields; they win over the document's own. */
  stated?: StatedFacts;
  /** Pre-resolved rules, to skip resolving the config per document in a batch. */
  rules?: ActiveRule[];
}

/** parse -> extract -> rules -> findings: the one entry point both the CLI and the extension call. */
export function lintDocument(doc: TenderDocument, options: LintOptions = {}): LintResult {
  const active = options.rules ?? resolveRules(options.config ?? {}, options.configFile);
  forgetDates();
  const configFacts = (options.config as { facts?: StatedFacts } | undefined)?.facts;
  const { problems, ...facts } = extractFacts(doc, { stated: { ...configFacts, ...options.stated } });
  const findings: Finding[] = [];
  const law = facts.regime.law;
  for (const { rule, severity, options: ruleOptions } of active) {
    const { meta } = rule;
    // A rule with no basis in the governing law does not run; one resting on good practice there never claims more than its ceiling.
    const basis = meta.citations[law];
    if (basis.basis === 'none') continue;
    const ceiling = basis.ceiling && RANK[basis.ceiling] < RANK[severity] ? basis.ceiling : severity;
    rule.check({
      doc,
      facts,
      law,
      options: ruleOptions as never,
      report(r) {
        const entry = r.judgedAs ? meta.citations[r.judgedAs] : basis;
        if (entry.basis === 'none') return;
        const cap = entry.ceiling && RANK[entry.ceiling] < RANK[ceiling] ? entry.ceiling : ceiling;
        // A rule may lower its own severity (a stated justification); the user's level and the law's ceiling cap it.
        const final = r.severity && RANK[r.severity] < RANK[cap] ? r.severity : cap;
        const location = {
          ...locatePassage(r.passage),
          ...(doc.notice ? { notice: doc.notice.id } : {}),
          ...(doc.notice?.number ? { noticeNumber: doc.notice.number } : {}),
          ...(doc.notice?.url ? { noticeUrl: doc.notice.url } : {}),
        };
        const related = r.related?.map((rel) => ({
          message: rel.message,
          ...(rel.passage
            ? { excerpt: rel.passage.excerpt ?? rel.passage.text, location: locatePassage(rel.passage) }
            : { location: {} }),
        }));
        findings.push({
          ruleId: meta.id,
          messageId: r.messageId,
          title: meta.title,
          severity: final,
          message: r.message,
          excerpt: r.passage.excerpt ?? r.passage.text,
          location,
          citations: entry.cite,
          fix: r.fix ?? meta.fix,
          docsUrl: `${DOCS_BASE}${meta.id}.md`,
          ...(related?.length ? { related } : {}),
          data: r.data,
        });
      },
    });
  }
  // Inline suppressions (Markdown/HTML comments) apply to what the rules found, never to rule input.
  const levels: Record<string, Severity | 'off'> = {};
  const configRules = (options.config as { rules?: Record<string, unknown> } | undefined)?.rules ?? {};
  for (const id of SUPPRESSION_IDS) {
    const s = configRules[id];
    const l = typeof s === 'string' ? s : (s as { severity?: string } | undefined)?.severity;
    if (l) levels[id] = l as Severity | 'off';
  }
  const known = new Set(registry.map((r) => r.meta.id));
  const { findings: kept, suppressed } = applySuppressions(doc, findings, { known, levels });
  kept.sort((a, b) => order(a) - order(b));
  return { facts, findings: kept, notes: [...doc.notes, ...problems], suppressed, requirements: requirementsOf(doc) };
}

/** A text layer worth reporting: some of the PDF was not read. */
function notRead(t: TenderDocument['textLayer']): t is NonNullable<TenderDocument['textLayer']> {
  return !!t && (t.missing || t.textlessPages.length > 0 || t.unreadablePages.length > 0);
}

function order(f: Finding): number {
  const l = f.location;
  return (l.page ?? 0) * 1e6 + (l.line ?? l.block ?? 0) * 1e3 + (l.column ?? 0);
}
