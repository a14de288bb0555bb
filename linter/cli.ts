import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { StatedFacts, Regime } from './model/facts.js';
import { RuleLevel } from './config.js';
import { ConfigError } from './lint.js';
import { run } from './run.js';
import { findConfig, readConfig } from './config-file.js';
import { formatStylish } from './report/stylish.js';
import { formatJson } from './report/json.js';
import { rules, ruleById } from '../rules/index.js';
import { ruleDoc } from './docs.js';
import { parseSize } from './limits.js';

const HELP = `Usage: tenderlint [options] <files | dirs | globs...>

Lints tender documents (DOCX, PDF, Markdown, HTML, text, OCDS JSON) for requirements that shut
small and local suppliers out.

Options:
  -f, --format <name>        stylish (default) | json
  -c, --config <file>        config file (default: nearest tenderlint.config.json upward)
      --no-config            ignore config files
      --rule <id=level>      set a rule's level: off | info | warning | error (repeatable)
      --value <amount>       estimated total contract value, e.g. 600000 or "£1.2m"
      --annual-value <amt>   estimated annual contract value
      --published <date>     publication / issue date, e.g. 2026-03-02
      --deadline <date>      tender submission deadline
      --regime <id>          ${Regime.options.join(' | ')}
      --max-warnings <n>     exit 1 when there are more than n warnings
      --max-pages <n>        refuse PDFs with more pages (default 2000)
      --max-file-size <size> refuse larger files, e.g. 100MB, 512k (default 100MB)
      --max-docx-uncompressed <size>
                             refuse a DOCX that inflates to more (default 256MB)
      --timeout <seconds>    stop reading a file after this long (default 120)
      --max-memory <MB>      memory limit for reading one file (default 1024)
      --debug                print stack traces of internal errors
      --list-rules           list every rule with its default severity
      --explain <rule-id>    print a rule's documentation
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 no errors (and warnings within --max-warnings); 1 error findings or too many
warnings; 2 usage or configuration error, or a file that could not be read.
`;

class UsageError extends Error {}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[], io: { out: (s: string) => void; err: (s: string) => void; isTTY: boolean; cwd: string }): Promise<number> {
  if (argv[0] === 'report') return (await import('./portfolio/cli-report.js')).reportMain(argv.slice(1), io);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
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
    if (!['stylish', 'json'].includes(v.format!)) throw new UsageError(`unknown format "${v.format}" (stylish, json)`);
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
      if (!Number.isFinite(n) || n <= 0 || (name === 'max-memory' && (!Number.isInteger(n) || n < 64))) {
        throw new UsageError(name === 'timeout' ? `--timeout takes a number of seconds, got "${raw}"` : `--max-memory takes a whole number of MB (64 or more), got "${raw}"`);
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

    const configFile = v['no-config'] ? undefined : v.config ?? findConfig(io.cwd);
    const config = (configFile ? readConfig(configFile) : {}) as Record<string, unknown>;
    const ruleFlags: Record<string, string> = {};
    for (const r of v.rule ?? []) {
      const m = /^([a-z0-9-]+)=(.+)$/.exec(r);
      if (!m) throw new UsageError(`--rule takes id=level, got "${r}"`);
      if (!RuleLevel.safeParse(m[2]).success) throw new UsageError(`--rule ${m[1]}: level must be off, info, warning or error, got "${m[2]}"`);
      if (!ruleById(m[1]!)) throw new UsageError(`--rule: no rule "${m[1]}" (see tenderlint --list-rules)`);
      ruleFlags[m[1]!] = m[2]!;
    }
    const merged = { ...config, rules: { ...((config.rules as object) ?? {}), ...ruleFlags } };

    const stated: Record<string, unknown> = {};
    if (v.value !== undefined) Object.assign(stated, { value: v.value, valueBasis: 'total' });
    if (v['annual-value'] !== undefined) Object.assign(stated, { value: v['annual-value'], valueBasis: 'annual' });
    if (v.published !== undefined) stated.published = v.published;
    if (v.deadline !== undefined) stated.deadline = v.deadline;
    if (v.regime !== undefined) stated.regime = v.regime;
    const facts = StatedFacts.safeParse(stated);
    if (!facts.success) throw new UsageError(facts.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`).join('; '));

    const report = await run(args.positionals, { config: merged, configFile, stated: facts.data, cwd: io.cwd, maxPages, limits, debug: Boolean(v.debug) });
    const color = v['no-color'] ? false : v.color ? true : io.isTTY;
    io.out(v.format === 'json' ? formatJson(report) + '\n' : formatStylish(report, color));
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
    if (e instanceof ConfigError) {
      io.err(`tenderlint: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
