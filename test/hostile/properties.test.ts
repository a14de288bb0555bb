// Property-based: any input to an extractor returns a result, and any bytes to a parser entry point
// return documents or a ParseError, never another exception.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMoney } from '../../linter/core/extract/money.js';
import { findDates, parseDateString, parseTime } from '../../linter/core/extract/dates.js';
import { findDurations } from '../../linter/core/extract/durations.js';
import { findMultiples, findPercentages } from '../../linter/core/extract/ratios.js';
import { wordsToNumber, parseDigits } from '../../linter/core/extract/numbers.js';
import { repairMojibake, collapseSpace } from '../../linter/core/text/normalize.js';
import { lintDocument } from '../../linter/core/lint.js';
import { parseBytes, ParseError, decodeText, sniffFormat } from '../../linter/core/parse/index.js';
import { parseMarkdown } from '../../linter/core/parse/markdown.js';
import { parseHtml } from '../../linter/core/parse/html.js';
import { parseText } from '../../linter/core/parse/text.js';
import { readZipDirectory, openDocxZip } from '../../linter/core/parse/zip.js';
import { parseSize } from '../../linter/core/limits.js';
import { readFileSync } from 'node:fs';
import { ROOT } from '../helpers/cli.js';
import { TEXT_EXTRACTORS } from '../helpers/extractors.js';

// Text that looks like tenders: the tokens the extractors look for, glued by random separators.
const TOKENS = [
  '£',
  '1,000',
  '000',
  '1.5',
  'm',
  'k',
  'million',
  'pounds',
  'one',
  'twenty',
  '-',
  '(',
  ')',
  '3',
  'years',
  'months',
  'x',
  '+',
  '%',
  'per cent',
  'times',
  'the',
  'annual',
  'value',
  'turnover',
  'minimum',
  'of',
  '16',
  'March',
  '2026',
  '12:00',
  'noon',
  '/',
  '.',
  ',',
  ' ',
  '\n',
  '\t',
  'Â£',
  'â€™',
  'DSPT',
  'Standards Met',
  'must',
  'extend',
  'further',
  'insurance',
  'not',
  'lotted',
  'because',
  'ISO 9001',
  'Cyber Essentials',
  '<!--',
  '-->',
  '#',
  '>',
  '|',
  '*',
];
const tenderish = fc
  .array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((a) => a.join(' '));
const anyText = fc.oneof(tenderish, fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));
const RUNS = { numRuns: 300 };

describe('extractors never throw', () => {
  it('on tender-like and arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const extract of TEXT_EXTRACTORS) extract(text);
        collapseSpace(text);
        wordsToNumber(text);
        parseDigits(text);
        parseDateString(text);
        parseTime(text);
        parseSize(text);
      }),
      RUNS,
    );
  });

  it('mentions lie inside the text they were found in', () => {
    fc.assert(
      fc.property(tenderish, (text) => {
        for (const m of [
          ...findMoney(text),
          ...findDates(text),
          ...findDurations(text),
          ...findMultiples(text),
          ...findPercentages(text),
        ]) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
      }),
      RUNS,
    );
  });

  it('repairMojibake leaves text without mojibake as it is, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const once = repairMojibake(text);
        if (!/[\u00c2-\u00f4]/.test(text)) expect(once).toBe(text);
        expect(repairMojibake(once).length).toBeLessThanOrEqual(once.length);
      }),
      RUNS,
    );
  });

  it('the whole rule set runs on any parsed text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const doc of [parseText('p.txt', text), parseHtml('p.html', text)]) lintDocument(doc);
      }),
      { numRuns: 150 },
    );
  });
});

/** Resolves to documents or rejects with ParseError; anything else fails the property. */
async function parsesOrParseError(name: string, bytes: Uint8Array): Promise<void> {
  try {
    const docs = await parseBytes(name, bytes);
    expect(Array.isArray(docs)).toBe(true);
  } catch (e) {
    if (!(e instanceof ParseError)) throw new Error(`${name}: ${(e as Error)?.stack ?? String(e)}`);
    expect(e.code).toMatch(/^[a-z0-9-]+$/);
    expect(e.message.length).toBeGreaterThan(5);
  }
}

const NAMES = ['x.md', 'x.txt', 'x.html', 'x.json', 'x.docx', 'x.pdf', 'x'];
const fixture = (f: string) => new Uint8Array(readFileSync(`${ROOT}/fixtures/tenders/${f}`));

describe('parsers return documents or a ParseError', () => {
  it('on arbitrary bytes under any name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom(...NAMES), async (bytes, name) => {
        decodeText(bytes);
        sniffFormat(name, bytes);
        await parsesOrParseError(name, bytes);
      }),
      RUNS,
    );
  });

  it('on arbitrary text as Markdown, HTML and plain text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const parse of [parseMarkdown, parseHtml, parseText]) {
          try {
            parse('x', text);
          } catch (e) {
            if (!(e instanceof ParseError)) throw e;
          }
        }
      }),
      RUNS,
    );
  });

  it('on JSON-ish text named .json', async () => {
    const json = fc.oneof(
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ ocid: 'ocds-x', tender: v })),
      fc.jsonValue().map((v) => JSON.stringify({ releases: [v] })),
    );
    await fc.assert(
      fc.asyncProperty(json, async (text) => parsesOrParseError('x.json', new TextEncoder().encode(text))),
      RUNS,
    );
  });

  it('on DOCX and PDF fixtures with bytes flipped, cut or spliced', async () => {
    const seeds = { docx: fixture('icb-office-cleaning-dspt.docx'), pdf: fixture('icb-office-cleaning-dspt.pdf') };
    const mutated = fc
      .record({
        kind: fc.constantFrom<'docx' | 'pdf'>('docx', 'pdf'),
        flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 20 }),
        cut: fc.option(fc.nat()),
        splice: fc.option(fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 64 }))),
      })
      .map(({ kind, flips, cut, splice }) => {
        let b = seeds[kind].slice();
        for (const [at, x] of flips) b[at % b.length] = b[at % b.length]! ^ x;
        if (cut !== null) b = b.subarray(0, cut % b.length);
        if (splice !== null) {
          const at = splice[0] % (b.length + 1);
          b = new Uint8Array([...b.subarray(0, at), ...splice[1], ...b.subarray(at)]);
        }
        return { kind, b };
      });
    await fc.assert(
      fc.asyncProperty(mutated, async ({ kind, b }) => parsesOrParseError(`x.${kind}`, b)),
      { numRuns: 60 },
    );
  });

  it('the zip reader refuses any mangled zip with a ParseError', async () => {
    const seed = fixture('icb-office-cleaning-dspt.docx');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 30 }),
        async (flips) => {
          const b = seed.slice();
          // Flip bytes in the central directory and end record, where the sizes and offsets live.
          const tail = Math.min(b.length, 2048);
          for (const [at, x] of flips) b[b.length - 1 - (at % tail)] = b[b.length - 1 - (at % tail)]! ^ x;
          try {
            readZipDirectory(b);
            await openDocxZip(b, { maxDocxUncompressed: 64 << 20, maxZipEntries: 1000 });
          } catch (e) {
            if (!(e instanceof ParseError)) throw e;
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
