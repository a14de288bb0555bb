import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import type { TenderDocument } from '../../core/model/document.js';
import type { Facts } from '../../core/model/facts.js';
import type { Finding } from '../../core/model/finding.js';
import { lintDocument, resolveRules } from '../../core/lint.js';
import { expandInputs } from '../run.js';
import { parseBytes, ParseError, formatFromName } from '../../core/parse/index.js';
import { releaseToDocument } from '../../core/parse/ocds.js';
import { Portfolio, type NoticeRow } from '../../portfolio/aggregate.js';
import { readOcdsReleases } from './stream.js';

export interface BuildOptions {
  config?: unknown;
  configFile?: string;
  cwd?: string;
  maxRows?: number;
  /** Called for every notice as it is linted (the CSV writer); may wait (backpressure). */
  onNotice?: (row: NoticeRow, findings: Finding[], doc: TenderDocument, facts: Facts) => void | Promise<void>;
}

/**
 * Lints every notice in the inputs into a Portfolio, one notice at a time: OCDS files are streamed
 * (JSON Lines line by line, big packages element by element), other documents are parsed whole.
 */
export async function buildPortfolio(
  inputs: string[],
  options: BuildOptions = {},
): Promise<{ portfolio: Portfolio; files: string[] }> {
  const cwd = options.cwd ?? process.cwd();
  const rules = resolveRules(options.config ?? {}, options.configFile);
  const portfolio = new Portfolio(options.maxRows);
  const { files } = await expandInputs(inputs, cwd);
  const lint = async (doc: TenderDocument, shown: string) => {
    const { facts, findings } = lintDocument(doc, { rules, config: options.config });
    const row = portfolio.add(doc, facts, findings, shown);
    await options.onNotice?.(row, findings, doc, facts);
  };
  for (const file of files) {
    const rel = relative(cwd, file);
    const shown = rel && !rel.startsWith('..') ? rel : file;
    if (formatFromName(file) === 'ocds') {
      let index = 0;
      try {
        for await (const item of readOcdsReleases(file)) {
          if ('error' in item) {
            portfolio.addError(shown, item.error.code, item.error.message);
            continue;
          }
          let doc: TenderDocument;
          try {
            doc = releaseToDocument(shown, item.release, index++);
          } catch (e) {
            if (e instanceof ParseError) portfolio.addError(shown, e.code, e.message);
            else portfolio.addError(shown, 'internal-error', (e as Error).message);
            continue;
          }
          await lint(doc, shown);
        }
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        portfolio.addError(shown, err.code ?? 'read-error', err.code === 'ENOENT' ? 'no such file' : err.message);
      }
      continue;
    }
    try {
      const docs = await parseBytes(shown, new Uint8Array(await readFile(file)));
      for (const doc of docs) await lint(doc, shown);
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { code?: string };
      portfolio.addError(
        shown,
        err instanceof ParseError ? err.code : (err.code ?? 'read-error'),
        err.code === 'ENOENT' ? 'no such file' : err.message,
      );
    }
  }
  return { portfolio, files: files.map((f) => relative(cwd, f) || f) };
}
