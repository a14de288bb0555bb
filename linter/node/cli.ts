import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StatedFacts } from '../core/model/facts.js';
import { RuleLevel } from '../core/config.js';
import { ConfigError } from '../core/config-error.js';
import { run, UnmatchedPatternError } from './run.js';
import { formatSarif } from '../report/sarif.js';
import { formatGithub } from '../report/github.js';
import { formatJunit } from '../report/junit.js';
import { ruleDescriptors } from '../report/rules-meta.js';
import { summarise, type Report } from '../core/model/report.js';
import { SUPPRESSION_CHECKS, SUPPRESSION_IDS } from '../core/suppress.js';
import { applyBaseline, excerptHash, readBaseline, writeBaseline } from './baseline.js';
import { artifactUri } from './artifact-uri.js';
import { CacheError, DEFAULT_CACHE_LOCATION } from './cache.js';
import { progressBar } from './progress.js';
import { tenderlintVersion } from './version.js';
import { formatStylish } from '../report/stylish.js';
import { formatJson } from '../report/json.js';
import { rules, ruleById } from '../../rules/index.js';
import { ruleDoc } from '../report/rule-docs.js';
import { parseSize } from '../core/limits.js';
import { checkValues, helpText, parseArgsOptions, type CliValues } from './cli-options.js';
import { markdownToTerminal } from '../report/terminal-markdown.js';
import { ONCE } from '../core/parse-once.js';

class UsageError extends Error {}

function formatReport(
  format: string,
  report: Report,
  color: boolean,
  show: { showFacts?: boolean; showRequirements?: boolean } = {},
): string {
  switch (format) {
    case 'json':
      return formatJson(report) + '\n';
    case 'sarif':
      return (
        formatSarif(report, {
          version: tenderlintVersion(),
          rules: ruleDescriptors(),
          fingerprint: excerptHash,
          artifactUri,
        }) + '\n'
      );
    case 'github':
      return formatGithub(report);
    case 'junit':
      return formatJunit(report);
    default:
      return formatStylish(report, color, show);
  }
}

/** --quiet: warnings and info findings are dropped from the output and the counts. */
function errorsOnly(report: Report): Report {
  const files = report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') }));
  return { ...report, files, summary: { ...summarise(files), ...pickCounts(report.summary) } };
}

function pickCounts(s: Report['summary']): Partial<Report['summary']> {
  return { ...(s.suppressed ? { suppressed: s.suppressed } : {}), ...(s.baselined ? { baselined: s.baselined } : {}) };
}

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
  cwd: string;
  errIsTTY?: boolean;
  /** Standard input for --stdin (tests pass their own; the CLI reads process.stdin). */
  readStdin?: () => Promise<Uint8Array>;
}

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The --explain page of a suppression check, which has no rule file of its own. */
function suppressionDoc(check: (typeof SUPPRESSION_CHECKS)[number]): string {
  return [
    `# ${check.id}`,
    '',
    `Default severity: **${check.severity}**`,
    '',
    '## What it checks',
    '',
    check.description,
    '',
    '## How to fix it',
    '',
    check.fix,
    '',
  ].join('\n');
}

export const STARTER_CONFIG = {
  $schema: './node_modules/tenderlint/schema/tenderlint.config.schema.json',
  extends: ['tenderlint:recommended'],
  rules: {},
};

/** --init: a starter config with the $schema line, so editors complete and check it. Never overwrites. */
function initConfig(io: CliIo): number {
  const file = resolve(io.cwd, 'tenderlint.config.json');
  if (existsSync(file)) {
    io.err(`tenderlint: ${file} already exists; not overwritten\n`);
    return 2;
  }
  writeFileSync(file, JSON.stringify(STARTER_CONFIG, null, 2) + '\n');
  io.out(
    `tenderlint: wrote tenderlint.config.json (rules: { "rule-id": "off" | "info" | "warning" | "error" }; see tenderlint --list-rules)\n`,
  );
  return 0;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  if (argv[0] === 'report') return (await import('./portfolio/cli-report.js')).reportMain(argv.slice(1), io);
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: parseArgsOptions() });
  } catch (e) {
    io.err(`tenderlint: ${(e as Error).message}\nRun tenderlint --help for usage.\n`);
    return 2;
  }
  const v = args.values as CliValues;
  if (v.help) return (io.out(helpText()), 0);
  if (v.version) return (io.out(tenderlintVersion() + '\n'), 0);
  if (v['list-rules']) {
    const w = Math.max(...rules.map((r) => r.meta.id.length));
    for (const r of rules) io.out(`${r.meta.id.padEnd(w)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}\n`);
    for (const c of SUPPRESSION_CHECKS) io.out(`${c.id.padEnd(w)}  ${c.severity.padEnd(7)}  ${c.description}\n`);
    return 0;
  }
  if (v.explain !== undefined) {
    const rule = ruleById(v.explain);
    const check = SUPPRESSION_CHECKS.find((c) => c.id === v.explain);
    if (!rule && !check) {
      io.err(`tenderlint: no rule "${v.explain}" (see tenderlint --list-rules)\n`);
      return 2;
    }
    io.out(markdownToTerminal(rule ? ruleDoc(rule) : suppressionDoc(check!)));
    return 0;
  }
  if (v.init) return initConfig(io);
  try {
    const problems = checkValues(v);
    if (problems.length) throw new UsageError(problems.join('; '));
    const format = v.format ?? 'stylish';
    const fromStdin = Boolean(v.stdin) || args.positionals.includes('-');
    const positionals = args.positionals.filter((p) => p !== '-');
    if (v['stdin-filename'] !== undefined && !fromStdin) throw new UsageError('--stdin-filename goes with --stdin');
    if (positionals.length === 0 && !fromStdin) throw new UsageError('no files given');
    const maxWarnings = v['max-warnings'] !== undefined ? Number(v['max-warnings']) : undefined;
    const maxPages = v['max-pages'] !== undefined ? Number(v['max-pages']) : 2000;
    const timeout = v.timeout !== undefined ? Number(v.timeout) : undefined;
    const limits = {
      maxFileSize: v['max-file-size'] !== undefined ? parseSize(v['max-file-size']) : undefined,
      maxDocxUncompressed: v['max-docx-uncompressed'] !== undefined ? parseSize(v['max-docx-uncompressed']) : undefined,
      timeoutMs: timeout !== undefined ? Math.round(timeout * 1000) : undefined,
      maxMemoryMb: v['max-memory'] !== undefined ? Number(v['max-memory']) : undefined,
    };
    const threads = v.threads !== undefined ? Number(v.threads) : undefined;
    if (v.baseline !== undefined && v['baseline-write'] !== undefined)
      throw new UsageError('--baseline and --baseline-write cannot be used together');

    const ruleFlags: Record<string, string> = {};
    for (const r of v.rule ?? []) {
      const m = /^([a-z0-9-]+)=(.+)$/.exec(r);
      if (!m) throw new UsageError(`--rule takes id=level, got "${r}"`);
      if (!RuleLevel.safeParse(m[2]).success)
        throw new UsageError(`--rule ${m[1]}: level must be off, info, warning or error, got "${m[2]}"`);
      if (!ruleById(m[1]!) && !SUPPRESSION_IDS.has(m[1]!))
        throw new UsageError(`--rule: no rule "${m[1]}" (see tenderlint --list-rules)`);
      ruleFlags[m[1]!] = m[2]!;
    }
    // Config: --config for every file, none with --no-config, else the nearest one upward from each file.
    const configOptions = v['no-config']
      ? { config: {} }
      : v.config !== undefined
        ? { configFile: v.config }
        : { discover: true };

    const stated: Record<string, unknown> = {};
    if (v.value !== undefined) Object.assign(stated, { value: v.value, valueBasis: 'total' });
    if (v['annual-value'] !== undefined) Object.assign(stated, { value: v['annual-value'], valueBasis: 'annual' });
    if (v.published !== undefined) stated.published = v.published;
    if (v.deadline !== undefined) stated.deadline = v.deadline;
    if (v.regime !== undefined) stated.regime = v.regime;
    const facts = StatedFacts.safeParse(stated, ONCE);
    if (!facts.success)
      throw new UsageError(facts.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));
    const stdin = fromStdin
      ? { bytes: await (io.readStdin ?? readProcessStdin)(), filename: v['stdin-filename'] ?? 'stdin.md' }
      : undefined;

    const bar = io.errIsTTY ? progressBar(io.err, 0) : undefined;
    let report = await run(positionals, {
      ...configOptions,
      ruleFlags: ruleFlags as Record<string, RuleLevel>,
      stated: facts.data,
      cwd: io.cwd,
      maxPages,
      limits,
      debug: Boolean(v.debug),
      threads,
      cacheLocation:
        v.cache || v['cache-location'] !== undefined ? (v['cache-location'] ?? DEFAULT_CACHE_LOCATION) : undefined,
      ignoreFile: v['ignore-path'],
      stdin,
      errorOnUnmatchedPattern: !v['no-error-on-unmatched-pattern'],
      onProgress: bar ? (done, total) => bar.update(done, total) : undefined,
      onWarning: (m) => io.err(`tenderlint: warning: ${m}\n`),
    }).finally(() => bar?.end());
    if (v['baseline-write'] !== undefined) {
      const n = writeBaseline(v['baseline-write'], report, io.cwd);
      io.err(`tenderlint: wrote ${n} finding${n === 1 ? '' : 's'} to ${v['baseline-write']}\n`);
      report = applyBaseline(report, readBaseline(v['baseline-write'], io.cwd), v['baseline-write'], io.cwd);
    } else if (v.baseline !== undefined) {
      report = applyBaseline(report, readBaseline(v.baseline, io.cwd), v.baseline, io.cwd);
    }
    if (v.quiet) report = errorsOnly(report);
    const color = v.output === undefined && (v['no-color'] ? false : v.color ? true : io.isTTY);
    const text = formatReport(format, report, color, {
      showFacts: Boolean(v['show-facts']),
      showRequirements: Boolean(v['show-requirements']),
    });
    if (v.output !== undefined) {
      const out = resolve(io.cwd, v.output);
      try {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, text);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        io.err(
          `tenderlint: cannot write the report to ${v.output} (${code === 'ENOTDIR' ? 'a part of the path is a file, not a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? (e as Error).message)})\n`,
        );
        return 2;
      }
    } else io.out(text);
    const s = report.summary;
    if (s.failedFiles > 0) return 2;
    if (s.errors > 0) return 1;
    if (maxWarnings !== undefined && s.warnings > maxWarnings) return 1;
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`tenderlint: ${e.message}\nRun tenderlint --help for usage.\n`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof UnmatchedPatternError || e instanceof CacheError) {
      io.err(`tenderlint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
