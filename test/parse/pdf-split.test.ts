import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TenderDocument } from '../../linter/core/model/document.js';
import { sniffFormat } from '../../linter/core/parse/index.js';
import { parsePdf, pdfFromParts, pdfPageRange, readPdfPart, type PdfPart } from '../../linter/core/parse/pdf.js';
import { lintDocument } from '../../linter/core/lint.js';
import { cli, ROOT } from '../cli/helpers.js';

/**
 * A large PDF is split across the parse processes (isolate.ts parsePdfSplit): each reads a run of
 * pages and the parts are joined in page order. The joined document, its findings and its errors
 * must be those of one reading of every page, for every PDF we have. The fixtures are short, so the
 * split here puts as little as one page in a part; the CLI test uses the real thresholds.
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
}
/** Every fixture whose bytes are a PDF, whatever its name says. */
const PDFS = files(join(ROOT, 'fixtures'))
  .filter((f) => sniffFormat(f, readFileSync(f)) === 'pdf')
  .sort();
const PORTAL = join(ROOT, 'fixtures/large/portal-sq.pdf');

type Outcome =
  { doc: TenderDocument; findings: unknown[] } | { error: { name: string; code?: string; message: string } };

async function outcome(read: () => Promise<TenderDocument>): Promise<Outcome> {
  try {
    const doc = await read();
    return { doc, findings: lintDocument(doc).findings };
  } catch (e) {
    const err = e as Error & { code?: string };
    return { error: { name: err.name, code: err.code, message: err.message } };
  }
}

/** The parts in this process, joined as parsePdfSplit joins them (given in reverse, to prove the join orders them). */
async function split(path: string, bytes: Uint8Array, of: number): Promise<{ doc: TenderDocument; parts: PdfPart[] }> {
  const settled = await Promise.allSettled(
    Array.from({ length: of }, (_, index) => readPdfPart(bytes, { maxPages: 2000, part: { index, of, minPages: 1 } })),
  );
  const failed = settled.find((p) => p.status === 'rejected');
  if (failed) throw failed.reason;
  const parts = settled.map((p) => (p as PromiseFulfilledResult<PdfPart>).value);
  return { doc: pdfFromParts(path, [...parts].reverse()), parts };
}

describe('pdfPageRange', () => {
  it('gives every page to exactly one part, in order, with at least minPages in each part', () => {
    for (let numPages = 1; numPages <= 40; numPages++) {
      for (let of = 1; of <= 5; of++) {
        for (const minPages of [1, 2, 8]) {
          const ranges = Array.from({ length: of }, (_, index) => pdfPageRange(numPages, { index, of, minPages }));
          const pages = ranges.flatMap(({ first, last }) =>
            Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i),
          );
          expect(pages).toEqual(Array.from({ length: numPages }, (_, i) => i + 1));
          const used = ranges.filter((r) => r.last >= r.first);
          if (used.length > 1) for (const r of used) expect(r.last - r.first + 1).toBeGreaterThanOrEqual(minPages);
          expect(used.length).toBe(Math.max(1, Math.min(of, Math.floor(numPages / minPages))));
        }
      }
    }
  });
});

describe('a PDF split into parts', () => {
  it('finds PDFs among the fixtures, damaged ones included', () => {
    expect(PDFS.length).toBeGreaterThan(25);
    expect(PDFS.some((f) => f.includes('/broken/'))).toBe(true);
    expect(PDFS).toContain(PORTAL);
  });

  it.each(PDFS.map((f) => [relative(ROOT, f), f]))(
    '%s: the same document, findings and errors in 2, 3 and 7 parts as whole',
    async (name, path) => {
      const bytes = new Uint8Array(readFileSync(path));
      const whole = await outcome(() => parsePdf(name, bytes, { maxPages: 2000 }));
      for (const of of [2, 3, 7]) {
        let parts: PdfPart[] = [];
        const joined = await outcome(async () => {
          const r = await split(name, bytes, of);
          parts = r.parts;
          return r.doc;
        });
        expect(joined).toEqual(whole);
        // The split happened: as many parts read pages as the document has pages for.
        if ('doc' in whole)
          expect(parts.filter((p) => p.pages.length > 0)).toHaveLength(Math.min(of, whole.doc.pages ?? 1));
      }
    },
  );

  it('in the parse processes (built CLI): the same documents and errors from 2 processes as from one, for every PDF fixture', async () => {
    const isolate = (await import(
      pathToFileURL(join(ROOT, 'dist/linter/node/isolate.js')).href
    )) as typeof import('../../linter/node/isolate.js');
    expect(isolate.canIsolate()).toBe(true);
    const guarded = async (path: string, splitPdf?: import('../../linter/node/isolate.js').PdfSplit) => {
      const name = relative(ROOT, path);
      return outcome(
        async () =>
          (await isolate.parseGuarded(name, new Uint8Array(readFileSync(path)), {}, splitPdf ? { splitPdf } : {}))[0]!,
      );
    };
    for (const path of PDFS) {
      const one = await guarded(path);
      expect(await guarded(path, { parts: 2, minBytes: 0, minPagesPerPart: 1 }), relative(ROOT, path)).toEqual(one);
    }
    // With the thresholds the CLI uses: the portal-like questionnaire is large enough to be split.
    expect(await guarded(PORTAL, { parts: 2 })).toEqual(await guarded(PORTAL));
  }, 120_000);

  it('tenderlint on the 85-page questionnaire: the same report split across the cores as with --threads 1', () => {
    const one = cli(['-f', 'json', '--threads', '1', 'fixtures/large/portal-sq.pdf'], ROOT);
    const split = cli(['-f', 'json', 'fixtures/large/portal-sq.pdf'], ROOT);
    const report = JSON.parse(one.stdout);
    expect(report.files[0].error).toBeNull();
    expect(report.files[0].findings.length).toBeGreaterThan(20);
    expect(JSON.parse(split.stdout)).toEqual(report);
    expect(split.code).toBe(one.code);
  }, 120_000);
});
