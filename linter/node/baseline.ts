import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import type { Finding } from '../core/model/finding.js';
import type { Report } from '../core/model/report.js';
import { summarise } from '../core/model/report.js';
import { sha256 } from './cache.js';
import { ConfigError } from '../core/config-error.js';

/**
 * A baseline records findings a team has accepted (typically in DOCX and PDF files, which cannot
 * carry suppression comments), so only new findings fail CI. An entry is the rule id, the file
 * (relative to the baseline file) and a hash of the flagged passage with case and spacing
 * normalised: moving a passage does not invalidate it, rewording it does.
 */
export const BaselineEntry = z
  .object({ ruleId: z.string(), path: z.string(), hash: z.string().regex(/^[0-9a-f]{64}$/) })
  .strict();
export type BaselineEntry = z.infer<typeof BaselineEntry>;
export const Baseline = z.object({ version: z.literal(1), entries: z.array(BaselineEntry) }).strict();
export type Baseline = z.infer<typeof Baseline>;

export function excerptHash(excerpt: string): string {
  return sha256(excerpt.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim());
}

function toPosix(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** A report path (relative to cwd, or absolute; OCDS adds "#ocid") as a path relative to the baseline's directory. */
function baselinePath(reportPath: string, baselineDir: string, cwd: string): string {
  const hash = reportPath.indexOf('#');
  const file = hash >= 0 ? reportPath.slice(0, hash) : reportPath;
  const rest = hash >= 0 ? reportPath.slice(hash) : '';
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  return toPosix(relative(baselineDir, abs)) + rest;
}

const entryKey = (e: BaselineEntry) => `${e.ruleId}\0${e.path}\0${e.hash}`;

export function entryFor(f: Finding, path: string): BaselineEntry {
  return { ruleId: f.ruleId, path, hash: excerptHash(f.excerpt) };
}

export function writeBaseline(file: string, report: Report, cwd: string): number {
  const dir = dirname(resolve(cwd, file));
  const entries: BaselineEntry[] = [];
  for (const r of report.files) for (const f of r.findings) entries.push(entryFor(f, baselinePath(r.path, dir, cwd)));
  entries.sort((a, b) => entryKey(a).localeCompare(entryKey(b)));
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(cwd, file), JSON.stringify({ version: 1, entries } satisfies Baseline, null, 2) + '\n');
  return entries.length;
}

export function readBaseline(file: string, cwd: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(cwd, file), 'utf8'));
  } catch (e) {
    throw new ConfigError([`cannot read the baseline: ${(e as Error).message}`], file);
  }
  const parsed = Baseline.safeParse(data);
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
      file,
    );
  return parsed.data;
}

/** Drops the findings the baseline accepts (each entry accepts one finding) and recounts. */
export function applyBaseline(report: Report, baseline: Baseline, file: string, cwd: string): Report {
  const dir = dirname(resolve(cwd, file));
  const left = new Map<string, number>();
  for (const e of baseline.entries) left.set(entryKey(e), (left.get(entryKey(e)) ?? 0) + 1);
  const files = report.files.map((r) => {
    const path = baselinePath(r.path, dir, cwd);
    let baselined = 0;
    const findings = r.findings.filter((f) => {
      const k = entryKey(entryFor(f, path));
      const n = left.get(k) ?? 0;
      if (n === 0) return true;
      left.set(k, n - 1);
      baselined++;
      return false;
    });
    return baselined ? { ...r, findings, baselined: (r.baselined ?? 0) + baselined } : r;
  });
  return { ...report, files, summary: summarise(files) };
}
