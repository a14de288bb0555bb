import { parseArgs } from 'node:util';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RuleLevel } from '../../core/config.js';
import { ConfigError } from '../../core/config-error.js';
import { findConfig, readConfig } from '../config-file.js';
import { ruleById } from '../../../rules/index.js';
import { buildPortfolio } from './build.js';
import { renderHtml } from '../../portfolio/html.js';
import { csvHeader, csvRows } from '../../portfolio/csv.js';

const HELP = `Usage: tenderlint report [options] <files | dirs | globs...>

Lints published notices (OCDS releases, records, packages or JSON Lines; other tender documents
too) and writes one portfolio report: how often the tenders shut small suppliers out, by rule, by
buyer, tender windows, turnover multiples, the largest contracts not divided into lots, and a
sortable table of notices with links to their pages.

Options:
  -o, --out <file>       where to write (default: report.html, or report.csv with --format csv;
                         "-" writes to standard output)
  -f, --format <name>    html (default): one self-contained page with inline SVG charts
                         csv: one row per finding, notice columns repeated; a notice with no
                         findings gets one row with empty finding columns
      --title <text>     the report's title
      --max-rows <n>     notices in the HTML table (default 1000; the most serious first)
  -c, --config <file>    config file (default: nearest tenderlint.config.json upward)
      --no-config        ignore config files
      --rule <id=level>  set a rule's level: off | info | warning | error (repeatable)
  -h, --help             show this help

Exit codes: 0 report written; 2 usage or configuration error, or nothing could be read.
`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

class UsageError extends Error {}

export async function reportMain(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        format: { type: 'string', short: 'f', default: 'html' },
        title: { type: 'string' },
        'max-rows': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'no-config': { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`tenderlint report: ${(e as Error).message}\nRun tenderlint report --help for usage.\n`);
    return 2;
  }
  const v = args.values;
  if (v.help) return (io.out(HELP), 0);
  try {
    const format = v.format;
    if (format !== 'html' && format !== 'csv') throw new UsageError(`unknown format "${format}" (html, csv)`);
    if (args.positionals.length === 0) throw new UsageError('no files given');
    const maxRows = v['max-rows'] !== undefined ? Number(v['max-rows']) : 1000;
    if (!Number.isInteger(maxRows) || maxRows < 1) throw new UsageError('--max-rows takes a whole number');
    const configFile = v['no-config'] ? undefined : (v.config ?? findConfig(io.cwd));
    const config = (configFile ? readConfig(configFile) : {}) as Record<string, unknown>;
    const ruleFlags: Record<string, string> = {};
    for (const r of v.rule ?? []) {
      const m = /^([a-z0-9-]+)=(.+)$/.exec(r);
      if (!m) throw new UsageError(`--rule takes id=level, got "${r}"`);
      if (!RuleLevel.safeParse(m[2]).success)
        throw new UsageError(`--rule ${m[1]}: level must be off, info, warning or error, got "${m[2]}"`);
      if (!ruleById(m[1]!)) throw new UsageError(`--rule: no rule "${m[1]}" (see tenderlint --list-rules)`);
      ruleFlags[m[1]!] = m[2]!;
    }
    const merged = { ...config, rules: { ...((config.rules as object) ?? {}), ...ruleFlags } };
    const outArg = v.out ?? (format === 'csv' ? 'report.csv' : 'report.html');
    const toStdout = outArg === '-';
    const outPath = resolve(io.cwd, outArg);

    // CSV rows are written as notices are linted (bounded memory); into a temporary file renamed at the end.
    let csv: WriteStream | undefined;
    const tmp = `${outPath}.tmp-${process.pid}`;
    if (format === 'csv') {
      if (toStdout) io.out(csvHeader());
      else {
        csv = createWriteStream(tmp, { encoding: 'utf8' });
        csv.write('\uFEFF' + csvHeader()); // BOM: Excel then reads the file as UTF-8 (£, ’).
      }
    }
    const write = (s: string): void | Promise<void> => {
      if (toStdout) return io.out(s);
      if (csv && !csv.write(s)) return new Promise((ok) => csv.once('drain', () => ok()));
    };
    const { portfolio, files } = await buildPortfolio(args.positionals, {
      config: merged,
      configFile,
      cwd: io.cwd,
      maxRows,
      ...(format === 'csv' ? { onNotice: (row, findings) => write(csvRows(row, findings)) } : {}),
    });
    const summary = portfolio.summary();
    if (csv) {
      await new Promise<void>((ok, fail) => csv.end((e?: Error | null) => (e ? fail(e) : ok())));
      await rename(tmp, outPath);
    }
    if (format === 'html') {
      const html = renderHtml(summary, {
        ...(v.title ? { title: v.title } : {}),
        inputs: files,
        generated: new Date(),
      });
      if (toStdout) io.out(html);
      else await writeFile(outPath, html, 'utf8');
    }
    const where = toStdout ? 'standard output' : outArg;
    io.err(
      `tenderlint report: ${summary.notices} notices, ${summary.noticesWithFindings} with findings (${summary.findings.error} errors, ${summary.findings.warning} warnings, ${summary.findings.info} info)${summary.readErrors ? `, ${summary.readErrors} could not be read` : ''}; written to ${where}\n`,
    );
    if (summary.notices === 0) return 2;
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`tenderlint report: ${e.message}\nRun tenderlint report --help for usage.\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      io.err(`tenderlint report: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
