import { parseArgs } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { StatedFacts, Regime } from './model/facts.js';
import { RuleLevel } from './config.js';
import { ConfigError } from './lint.js';
import { run } from './run.js';
import { formatSarif } from './report/sarif.js';
import { formatGithub } from './report/github.js';
import { formatJunit } from './report/junit.js';
import { ruleDescriptors } from './report/rules-meta.js';
import { summarise, type Report } from './model/report.js';
import { SUPPRESSION_CHECKS, SUPPRESSION_IDS } from './suppress.js';
import { applyBaseline, readBaseline, writeBaseline } from './baseline.js';
import { CacheError, DEFAULT_CACHE_LOCATION } from './cache.js';
import { progressBar } from './progress.js';
import { formatStylish } from './report/stylish.js';
import { formatJson } from './report/json.js';
import { rules, ruleById } from '../rules/index.js';
import { ruleDoc } from './docs.js';
import { parseSize } from './limits.js';

const HELP = `Usage: tenderlint [options] <files | dirs | globs...>

Lints tender documents (DOCX, PDF, Markdown, HTML, text, OCDS JSON) for requirements that shut
small and local suppliers out.

Options:
  -f, --format <name>        stylish (default) | json | sarif | github | junit
  -o, --output <file>        write the report to a file instead of stdout
  -q, --quiet                report errors only (warnings and info are dropped)
  -c, --config <file>        config file for every file (default: the nearest
                             tenderlint.config.json or package.json "tenderlint" key
                             upward from each linted file)
      --no-config            ignore config files
      --rule <id=level>      set a rule's level: off | info | warning | error (repeatable)
      --value <amount>       estimated total contract value, e.g. 600000 or "£1.2m"
      --annual-value <amt>   estimated annual contract value
      --published <date>     publication / issue date, e.g. 2026-03-02
      --deadline <date>      tender submission deadline
      --regime <id>          ${Regime.options.join(' | ')}
      --max-warnings <n>     exit 1 when there are more than n warnings
      --baseline <file>      accept the findings recorded in this baseline file
      --baseline-write <file>
                             record every current finding as accepted, then exit 0
      --cache                reuse results for unchanged files and config
      --cache-location <p>   cache file or directory (default .tenderlintcache)
      --threads <n>          files linted at once, each lane in a parse process of its own
                             (default: by the number of files; 1 = one at a time)
      --ignore-path <file>   gitignore-style file for directory and glob walks
                             (default .tenderlintignore)
      --max-pages <n>        refuse PDFs with more pages (default 2000)
      --max-file-size <size> refuse larger files, e.g. 100MB, 512k (default 100MB)
      --max-docx-uncompressed <size>
                             refuse a DOCX that inflates to more (default 256MB)
      --timeout <seconds>    stop reading a file after this long (default 120)
      --max-memory <MB>      resident memory limit of the process that reads and lints
                             a file, 128 or more (default 1024)
      --debug                print stack traces of internal errors
      --list-rules           list every rule with its default severity
      --explain <rule-id>    print a rule's documentation
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 error findings or too many
warnings; 2 usage or configuration error, or a file that could not be read.
`;

class UsageError extends Error {}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'];

function formatReport(format: string, report: Report, color: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(report) + '\n';
    case 'sarif':
      return formatSarif(report, { version: version(), rules: ruleDescriptors() }) + '\n';
    case 'github':
      return formatGithub(report);
    case 'junit':
      return formatJunit(report);
    default:
      return formatStylish(report, color);
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

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; isTTY: boolean; cwd: string; errIsTTY?: boolean }): Promise<number> {
  if (argv[0] === 'report') return (await import('./portfolio/cli-report.js')).reportMain(argv.slice(1), io);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        output: { type: 'string', short: 'o' },
        quiet: { type: 'boolean', short: 'q' },
        baseline: { type: 'string' },
        'baseline-write': { type: 'string' },
        cache: { type: 'boolean' },
        'cache-location': { type: 'string' },
        threads: { type: 'string' },
        'ignore-path': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        value: { type: 'string' },
        'annual-value': { type: 'string' },
        published: { type: 'string' },
        deadline: { type: 'string' },
        regime: { type: 'string' },
        'max-warnings': { type: 'string' },
        'max-pages': { type: 'string' },
        'max-file-size': { type: 'string' },
        'max-docx-uncompressed': { type: 'string' },
        debug: { type: 'boolean' },
        timeout: { type: 'string' },
        'max-memory': { type: 'string' },
        'list-rules': { type: 'boolean' },
        explain: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (e) {
    io.err(`tenderlint: ${(e as Error).message}\nRun tenderlint --help for usage.\n`);
    return 2;
  }
  const v = args.values;
  if (v.help) return io.out(HELP), 0;
  if (v.version) return io.out(version() + '\n'), 0;
  if (v['list-rules']) {
    const w = Math.max(...rules.map((r) => r.meta.id.length));
    for (const r of rules) io.out(`${r.meta.id.padEnd(w)}  ${r.meta.severity.padEnd(7)}  ${r.meta.description}\n`);
    for (const c of SUPPRESSION_CHECKS) io.out(`${c.id.padEnd(w)}  ${c.severity.padEnd(7)}  ${c.description}\n`);
    return 0;
  }
  if (v.explain !== undefined) {
    const rule = ruleById(v.explain);
    if (!rule) {
      io.err(`tenderlint: no rule "${v.explain}" (see tenderlint --list-rules)\n`);
      return 2;
    }
    io.out(ruleDoc(rule));
    return 0;
  }
  try {
    if (!FORMATS.includes(v.format!)) throw new UsageError(`unknown format "${v.format}" (${FORMATS.join(', ')})`);
    if (args.positionals.length === 0) throw new UsageError('no files given');
    const maxWarnings = v['max-warnings'] !== undefined ? Number(v['max-warnings']) : undefined;
    if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings takes a whole number');
    const maxPages = v['max-pages'] !== undefined ? Number(v['max-pages']) : 2000;
    if (!Number.isInteger(maxPages) || maxPages < 1) throw new UsageError('--max-pages takes a whole number');
    const sizeFlag = (name: 'max-file-size' | 'max-docx-uncompressed') => {
      const raw = v[name];
      if (raw === undefined) return undefined;
      const n = parseSize(raw);
      if (n === undefined) throw new UsageError(`--${name} takes a size such as 100MB, 512k or 1048576, got "${raw}"`);
      return n;
    };
    const wholeFlag = (name: 'timeout' | 'max-memory') => {
      const raw = v[name];
      if (raw === undefined) return undefined;
      const n = Number(raw);
      if (!Number.isFinite(n) || n <= 0 || (name === 'max-memory' && (!Number.isInteger(n) || n < 128))) {
        throw new UsageError(name === 'timeout' ? `--timeout takes a number of seconds, got "${raw}"` : `--max-memory takes a whole number of MB (128 or more), got "${raw}"`);
      }
      return n;
    };
    const timeout = wholeFlag('timeout');
    const limits = {
      maxFileSize: sizeFlag('max-file-size'),
      maxDocxUncompressed: sizeFlag('max-docx-uncompressed'),
      timeoutMs: timeout !== undefined ? Math.round(timeout * 1000) : undefined,
      maxMemoryMb: wholeFlag('max-memory'),
    };

    const threads = v.threads !== undefined ? Number(v.threads) : undefined;
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) throw new UsageError('--threads takes a whole number of at least 1');
    if (v.baseline !== undefined && v['baseline-write'] !== undefined) throw new UsageError('--baseline and --baseline-write cannot be used together');

    const ruleFlags: Record<string, string> = {};
    for (const r of v.rule ?? []) {
      const m = /^([a-z0-9-]+)=(.+)$/.exec(r);
      if (!m) throw new UsageError(`--rule takes id=level, got "${r}"`);
      if (!RuleLevel.safeParse(m[2]).success) throw new UsageError(`--rule ${m[1]}: level must be off, info, warning or error, got "${m[2]}"`);
      if (!ruleById(m[1]!) && !SUPPRESSION_IDS.has(m[1]!)) throw new UsageError(`--rule: no rule "${m[1]}" (see tenderlint --list-rules)`);
      ruleFlags[m[1]!] = m[2]!;
    }
    // Config: --config for every file, none with --no-config, else the nearest one upward from each file.
    const configOptions = v['no-config'] ? { config: {} } : v.config !== undefined ? { configFile: v.config } : { discover: true };

    const stated: Record<string, unknown> = {};
    if (v.value !== undefined) Object.assign(stated, { value: v.value, valueBasis: 'total' });
    if (v['annual-value'] !== undefined) Object.assign(stated, { value: v['annual-value'], valueBasis: 'annual' });
    if (v.published !== undefined) stated.published = v.published;
    if (v.deadline !== undefined) stated.deadline = v.deadline;
    if (v.regime !== undefined) stated.regime = v.regime;
    const facts = StatedFacts.safeParse(stated);
    if (!facts.success) throw new UsageError(facts.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));

    const bar = io.errIsTTY ? progressBar(io.err, 0) : undefined;
    let report = await run(args.positionals, {
      ...configOptions,
      ruleFlags: ruleFlags as Record<string, RuleLevel>,
      stated: facts.data,
      cwd: io.cwd,
      maxPages,
      limits,
      debug: Boolean(v.debug),
      threads,
      cacheLocation: v.cache || v['cache-location'] !== undefined ? v['cache-location'] ?? DEFAULT_CACHE_LOCATION : undefined,
      ignoreFile: v['ignore-path'],
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
    const text = formatReport(v.format!, report, color);
    if (v.output !== undefined) {
      const out = resolve(io.cwd, v.output);
      try {
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, text);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        io.err(`tenderlint: cannot write the report to ${v.output} (${code === 'ENOTDIR' ? 'a part of the path is a file, not a directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? (e as Error).message})\n`);
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
    if (e instanceof CacheError) {
      io.err(`tenderlint: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(`tenderlint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
