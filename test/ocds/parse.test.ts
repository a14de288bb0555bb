import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOcds, noticeRef, paragraphs, parseOcds, releasesOf } from '../../linter/core/parse/ocds.js';
import { readOcdsReleases, scanPackage } from '../../linter/node/portfolio/stream.js';
import { lintDocument } from '../../linter/core/lint.js';
import { ParseError } from '../../linter/core/parse/errors.js';

function release(ocid: string, tender: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return {
    ocid,
    id: `${ocid}-1`,
    date: '2025-06-02T09:00:00Z',
    tag: ['tender'],
    buyer: { name: 'Anytown Council' },
    tender: { title: `Notice ${ocid}`, ...tender },
    ...extra,
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'tenderlint-ocds-'));
function file(name: string, text: string): string {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
}
async function collect(gen: AsyncGenerator<{ release: unknown } | { error: { code: string; message: string } }>) {
  const releases: string[] = [];
  const errors: string[] = [];
  for await (const item of gen) {
    if ('error' in item) errors.push(item.error.message);
    else releases.push((item.release as { ocid: string }).ocid);
  }
  return { releases, errors };
}

describe('OCDS shapes', () => {
  const a = release('ocds-a');
  const b = release('ocds-b');
  it('reads a release, a release package, a record package and a bare record', () => {
    expect(releasesOf(a).map((r) => (r as { ocid: string }).ocid)).toEqual(['ocds-a']);
    expect(releasesOf({ uri: 'x', publisher: { name: 'p' }, releases: [a, b] })).toHaveLength(2);
    const recordPackage = {
      uri: 'x',
      records: [
        { ocid: 'ocds-a', releases: [{ url: 'http://x/1', date: '2025-01-01' }], compiledRelease: a },
        { ocid: 'ocds-b', compiledRelease: b },
      ],
    };
    expect(releasesOf(recordPackage).map((r) => (r as { ocid: string }).ocid)).toEqual(['ocds-a', 'ocds-b']);
    // A record without a compiled release: its newest embedded release.
    const old = release('ocds-c', { title: 'old' }, { date: '2025-01-01' });
    const newer = release('ocds-c', { title: 'new' }, { date: '2025-03-01' });
    const rec = releasesOf({ ocid: 'ocds-c', releases: [newer, old] });
    expect(rec).toHaveLength(1);
    expect((rec[0] as { tender: { title: string } }).tender.title).toBe('new');
    expect(isOcds({ records: [] })).toBe(true);
    expect(isOcds({ name: 'package.json' })).toBe(false);
  });

  it('parseOcds reads JSON Lines of releases and of packages, and names each notice', () => {
    const text = [JSON.stringify(a), JSON.stringify({ releases: [b, release('ocds-d')] })].join('\n');
    const docs = parseOcds('notices.jsonl', text);
    expect(docs.map((d) => d.notice?.id)).toEqual(['ocds-a', 'ocds-b', 'ocds-d']);
    expect(docs[1]!.path).toBe('notices.jsonl#ocds-b');
  });

  it('a release with no ocid is an error naming what is missing; JSON that is not OCDS is refused', () => {
    expect(() => parseOcds('x.json', JSON.stringify({ releases: [{ tender: {} }] }))).toThrow(/no ocid/);
    expect(() => parseOcds('x.json', JSON.stringify({ hello: 'world' }))).toThrow(ParseError);
  });
});

describe('streaming', () => {
  it('streams JSON Lines line by line, reporting a bad line without losing the others', async () => {
    const p = file(
      'n.jsonl',
      [
        JSON.stringify(release('ocds-1')),
        '{not json',
        '',
        JSON.stringify({ releases: [release('ocds-2'), release('ocds-3')] }),
      ].join('\n'),
    );
    const { releases, errors } = await collect(readOcdsReleases(p));
    expect(releases).toEqual(['ocds-1', 'ocds-2', 'ocds-3']);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^line 2: not valid JSON/);
  });

  it('scans a package element by element: releases and records arrays, after other keys with brackets and escapes in strings', async () => {
    const tricky = release('ocds-"q"', { description: 'brackets ] } [ { and a quote \\" and a backslash \\\\' });
    const pkg = {
      uri: 'http://x',
      publisher: { name: 'p ] }' },
      extensions: ['a', 'b'],
      releases: [release('ocds-1'), tricky, release('ocds-3')],
      note: 'after',
    };
    const r = await collect(scanPackage(file('pkg.json', JSON.stringify(pkg, null, 2))));
    expect(r.releases).toEqual(['ocds-1', 'ocds-"q"', 'ocds-3']);
    const recs = {
      uri: 'x',
      records: [
        { ocid: 'ocds-r1', compiledRelease: release('ocds-r1') },
        { ocid: 'ocds-r2', releases: [release('ocds-r2')] },
      ],
    };
    expect((await collect(scanPackage(file('rec.json', JSON.stringify(recs))))).releases).toEqual([
      'ocds-r1',
      'ocds-r2',
    ]);
    const arr = [release('ocds-x'), { releases: [release('ocds-y')] }];
    expect((await collect(scanPackage(file('arr.json', JSON.stringify(arr))))).releases).toEqual(['ocds-x', 'ocds-y']);
  });

  it('a truncated package is reported, after the releases that could be read', async () => {
    const text = JSON.stringify({ releases: [release('ocds-1'), release('ocds-2')] });
    const items: string[] = [];
    await expect(async () => {
      for await (const item of scanPackage(file('cut.json', text.slice(0, text.length - 40))))
        if ('release' in item) items.push((item.release as { ocid: string }).ocid);
    }).rejects.toThrow(/ends early/);
    expect(items).toEqual(['ocds-1']);
  });
});

describe('messy data', () => {
  it('undoes stripped escapes and repairs mojibake', () => {
    expect(paragraphs('Insurance = GBP 5 000 000.rn Public Liability = GBP 10 000 000.')).toEqual([
      'Insurance = GBP 5 000 000.',
      'Public Liability = GBP 10 000 000.',
    ]);
    expect(paragraphs('for the last 3 yearsrn Please refer to Part IV')).toEqual([
      'for the last 3 years',
      'Please refer to Part IV',
    ]);
    expect(paragraphs('(c) tGAS safe, CORGIrn (d)t APHC')).toEqual(['(c) GAS safe, CORGI', '(d) APHC']);
    // Words that really end in "rn" are left alone.
    expect(paragraphs('the Modern Slavery Act and Western Bay')).toEqual(['the Modern Slavery Act and Western Bay']);
    const [doc] = parseOcds(
      'm.json',
      JSON.stringify(
        release('ocds-m', {
          title: 'Caf\u00c3\u00a9 supplies',
          description: 'A budget of circa \u00c2\u00a3131,000,000 in total.',
        }),
      ),
    );
    expect(doc!.notice!.title).toBe('Café supplies');
    expect(doc!.blocks.map((b) => b.text)).toContain('A budget of circa £131,000,000 in total.');
  });

  it('keeps a notice whose fields have the wrong types, dropping those fields with a note', () => {
    const [doc] = parseOcds(
      'w.json',
      JSON.stringify(
        release('ocds-w', {
          value: { amount: { nested: 1 }, currency: 'GBP' },
          tenderPeriod: 'soon',
          lots: 'none',
          title: 42,
        }),
      ),
    );
    expect(doc!.notice!.id).toBe('ocds-w');
    expect(doc!.stated.value).toBeUndefined();
    expect(doc!.notes.join('\n')).toMatch(/value\.amount: object is not what OCDS expects/);
    expect(doc!.notes.join('\n')).toMatch(/tender\.tenderPeriod: "soon"/);
  });

  it('reads amounts written as strings, ignores placeholders and other currencies, and uses gross values as including VAT', () => {
    const value = (tender: Record<string, unknown>) =>
      parseOcds('v.json', JSON.stringify(release('ocds-v', tender)))[0]!;
    expect(value({ value: { amount: '1,250,000.00', currency: 'GBP' } }).stated.value).toBe(1_250_000);
    const placeholder = value({ value: { amount: 1, currency: 'GBP' } });
    expect(placeholder.stated.value).toBeUndefined();
    expect(placeholder.notes[0]).toMatch(/placeholder/);
    expect(value({ value: { amount: 500000, currency: 'EUR' } }).stated.value).toBeUndefined();
    const gross = value({ value: { amountGross: 240000, currency: 'GBP' } });
    expect(gross.stated).toMatchObject({ value: 240000, vat: 'including' });
  });

  it('sums the lots when tender.value is missing, and treats a published reason for not dividing as reasons', () => {
    const lotted = parseOcds(
      'l.json',
      JSON.stringify(
        release('ocds-l', {
          lots: [
            { id: '1', value: { amount: 400000, currency: 'GBP' } },
            { id: '2', value: { amount: 700000, currency: 'GBP' } },
          ],
        }),
      ),
    )[0]!;
    expect(lotted.stated).toMatchObject({ value: 1_100_000, lots: 2 });
    expect(lotted.blocks.find((b) => b.location.field === 'tender.lots[].value')?.text).toBe(
      'Estimated value (sum of 2 lots): 1,100,000 GBP',
    );
    const single = { value: { amount: 5_000_000, currency: 'GBP' }, lots: [{ id: '1' }] };
    const flagged = lintDocument(parseOcds('s.json', JSON.stringify(release('ocds-s', single)))[0]!).findings.map(
      (f) => f.ruleId,
    );
    expect(flagged).toContain('unlotted-large-contract');
    const reasoned = parseOcds(
      'r.json',
      JSON.stringify(
        release('ocds-r', {
          ...single,
          lotDetails: { noLotsDivisionRationale: 'The works are one integrated site.rn Splitting would add risk.' },
        }),
      ),
    )[0]!;
    expect(reasoned.stated.lotsReasons).toBe('The works are one integrated site. Splitting would add risk.');
    expect(lintDocument(reasoned).findings.map((f) => f.ruleId)).not.toContain('unlotted-large-contract');
  });

  it('submissionMethod without electronic submission raises the PA23 minimum from 25 to 30 days', () => {
    // Published 2 June 2025, deadline 29 June: 27 days. Above threshold, after the Act came into force.
    const tender = (submissionMethod: string[]) => ({
      aboveThreshold: true,
      value: { amount: 2_000_000, currency: 'GBP' },
      lots: [{ id: '1' }, { id: '2' }],
      datePublished: '2025-06-02T09:00:00Z',
      tenderPeriod: { endDate: '2025-06-29T12:00:00Z' },
      submissionMethod,
    });
    const electronic = lintDocument(
      parseOcds('e.json', JSON.stringify(release('ocds-e', tender(['electronicSubmission']))))[0]!,
    );
    expect(electronic.facts.regime.id).toBe('pa2023');
    expect(electronic.findings.map((f) => f.ruleId)).not.toContain('short-tender-period');
    const paper = lintDocument(parseOcds('p.json', JSON.stringify(release('ocds-p', tender(['written']))))[0]!);
    const period = paper.findings.filter((f) => f.ruleId === 'short-tender-period');
    expect(period).toHaveLength(1);
    expect(period[0]!.severity).toBe('error');
    expect(period[0]!.message).toContain('27 days');
    expect(period[0]!.message).toContain('30 days');
  });

  it('reads the regime from specialRegime and aboveThreshold', () => {
    const regime = (tender: Record<string, unknown>) =>
      lintDocument(parseOcds('g.json', JSON.stringify(release('ocds-g', tender)))[0]!).facts.regime.id;
    expect(regime({ specialRegime: ['lightTouch'] })).toBe('light-touch');
    expect(regime({ aboveThreshold: false })).toBe('below-threshold');
    expect(regime({ procurementMethodDetails: 'Call-off from a framework agreement' })).toBe('framework-call-off');
  });

  it('months from durationInDays: multiples of 30 are the portal’s months', () => {
    const months = (days: number) =>
      parseOcds(
        'd.json',
        JSON.stringify(release('ocds-d', { lots: [{ id: '1', contractPeriod: { durationInDays: days } }] })),
      )[0]!.stated.termMonths;
    expect(months(720)).toBe(24);
    expect(months(1800)).toBe(60);
    expect(months(365)).toBe(12);
  });
});

describe('noticeRef: the number people look a notice up by, and its page', () => {
  it.each([
    [
      'ocds-h6vhtk-04b2f6',
      '012345-2025',
      undefined,
      { number: '012345-2025', url: 'https://www.find-tender.service.gov.uk/Notice/012345-2025' },
    ],
    [
      'ocds-b5fd17-0cb08240-82a6-4be3-b63a-1ba819a00d18',
      '7835a506-a523-46bd-836a-60a9b8ce418e-819883',
      'https://www.contractsfinder.service.gov.uk/Notice/7835a506-a523-46bd-836a-60a9b8ce418e',
      {
        number: '7835a506-a523-46bd-836a-60a9b8ce418e',
        url: 'https://www.contractsfinder.service.gov.uk/Notice/7835a506-a523-46bd-836a-60a9b8ce418e',
      },
    ],
    [
      'ocds-b5fd17-0cb08240-82a6-4be3-b63a-1ba819a00d18',
      undefined,
      undefined,
      {
        number: '0cb08240-82a6-4be3-b63a-1ba819a00d18',
        url: 'https://www.contractsfinder.service.gov.uk/Notice/0cb08240-82a6-4be3-b63a-1ba819a00d18',
      },
    ],
    [
      'ocds-r6ebe6-0000580017',
      undefined,
      'https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=APR350718',
      {
        number: 'APR350718',
        url: 'https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=APR350718',
      },
    ],
    [
      'ocds-kuma6s-148107',
      'ocds-kuma6s-148107-release-148107',
      'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=FEB497646',
      { number: 'FEB497646', url: 'https://www.sell2wales.gov.wales/search/show/search_view.aspx?ID=FEB497646' },
    ],
    ['ocds-other-1', 'x', undefined, {}],
  ])('%s %s', (ocid, id, url, expected) => {
    expect(noticeRef(ocid, id, url)).toEqual(expected);
  });
  it('findings on a notice carry the OCID, the notice number and the page', () => {
    const doc = parseOcds(
      'n.json',
      JSON.stringify({
        ocid: 'ocds-h6vhtk-04b2f6',
        id: '012345-2025',
        date: '2026-03-02T00:00:00Z',
        tender: {
          title: 'Cleaning',
          value: { amount: 150000, currency: 'GBP' },
          description: 'Bidders must have a minimum annual turnover of £1,000,000.',
        },
      }),
    )[0]!;
    const f = lintDocument(doc).findings.find((x) => x.ruleId === 'turnover-multiple')!;
    expect(f.location).toMatchObject({
      notice: 'ocds-h6vhtk-04b2f6',
      noticeNumber: '012345-2025',
      noticeUrl: 'https://www.find-tender.service.gov.uk/Notice/012345-2025',
    });
  });
});
