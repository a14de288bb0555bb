import { fileURLToPath } from 'node:url';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { buildPortfolio } from '../../linter/node/portfolio/build.js';
import { reportMain } from '../../linter/node/portfolio/cli-report.js';
import { csvCell } from '../../linter/portfolio/csv.js';
import { esc } from '../../linter/portfolio/svg.js';
import { renderHtml } from '../../linter/portfolio/html.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const corpusFiles = () => readdirJson(CORPUS);
function readdirJson(dir: string): string[] {
  return [
    'cf-bathnes-car-park-security-2025',
    'cf-martock-recreation-ground-2025',
    'cf-nhs-supply-chain-mis-framework-2025',
    'cf-skanska-bridge-waterproofing-2025',
    'pcs-heriot-watt-servers-2019',
    'pcs-marine-scotland-patrol-vessel-2019',
    'pcs-nhs-grampian-taxi-2019',
    'pcs-nhs-lothian-pat-testing-2019',
    'pcs-nhs-lothian-sxr-unit-2019',
    'pcs-nss-frameworks-scotland-3-2019',
    'pcs-queens-cross-landscape-architect-2019',
    'pcs-uoe-confidential-waste-2019',
    's2w-hywel-dda-mental-health-2025',
    's2w-swansea-boiler-labour-only-2025',
    's2w-western-bay-substance-use-2025',
  ].map((n) => `${dir}/${n}.json`);
}
const tmp = mkdtempSync(join(tmpdir(), 'tenderlint-report-'));
const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), cwd: tmp }, out, err };
};

function byRuleCount(
  s: { byRule: Array<{ ruleId: string; error: number; warning: number; info: number }> },
  id: string,
): number {
  const r = s.byRule.find((x) => x.ruleId === id);
  return r ? r.error + r.warning + r.info : 0;
}

describe('portfolio of the real corpus', () => {
  it('aggregates by rule, buyer, tender period, turnover multiple and unlotted value', async () => {
    const { portfolio } = await buildPortfolio(corpusFiles(), { cwd: tmp });
    const s = portfolio.summary();
    expect(s.notices).toBe(15);
    expect(s.readErrors).toBe(0);
    const rows = new Map(s.rows.map((r) => [r.ocid, r]));
    // Turnover multiples come from the extractor and the annual value, not from messages.
    expect(rows.get('ocds-r6ebe6-0000579568')!.turnoverMultiple).toBeCloseTo(4); // NHS Lothian X-ray
    expect(rows.get('ocds-r6ebe6-0000580017')!.turnoverMultiple).toBeCloseTo(10); // Heriot-Watt (3 + 2 years)
    expect(rows.get('ocds-r6ebe6-0000579639')!.turnoverMultiple).toBeCloseTo(2); // Marine Scotland: exactly 2 x
    expect(s.turnover.overBenchmark).toBe(s.turnover.bins.slice(2).reduce((a, b) => a + b, 0));
    expect(s.turnover.benchmarks).toEqual([2]);
    // Tender periods: the call-off is left out; Hywel Dda's 14 days sits in the 10-14 bin.
    expect(rows.get('ocds-kuma6s-148107')!.days).toBe(14);
    expect(s.period.callOffs).toBeGreaterThanOrEqual(1);
    expect(s.period.bins[2]).toBeGreaterThanOrEqual(1);
    expect(s.period.judged + s.period.callOffs + s.period.unknown).toBe(15);
    // The largest unlotted contract is the £650m NSS framework; Swansea's 0.01 GBP is no value at all.
    expect(s.unlotted[0]).toMatchObject({
      ocid: 'ocds-r6ebe6-0000548866',
      value: 650_000_000,
      lots: 'single',
      unlotted: { value: 650_000_000, largeValue: 1_000_000 },
    });
    expect(s.unlottedLargeCount).toBe(byRuleCount(s, 'unlotted-large-contract'));
    // Every period the findings judged short is counted, and only those.
    expect(s.period.underMinimum).toBe(
      s.rows.filter((r) => r.findings.some((f) => f.ruleId === 'short-tender-period')).length,
    );
    expect(rows.get('ocds-kuma6s-148440')!.value).toBeUndefined();
    const byRule = new Map(s.byRule.map((r) => [r.ruleId, r]));
    expect(byRule.get('unlotted-large-contract')!.warning).toBeGreaterThanOrEqual(3);
    expect(byRule.get('turnover-multiple')!.error).toBeGreaterThanOrEqual(4);
    expect(s.byBuyer.find((b) => b.buyer === 'NHS Lothian')).toMatchObject({ notices: 2 });
  });

  it("counts what the findings say, so the report follows the rules' options", async () => {
    const base = (await buildPortfolio(corpusFiles(), { cwd: tmp })).portfolio.summary();
    const config = {
      rules: {
        'turnover-multiple': { options: { maxMultiple: 5 } },
        'short-tender-period': { options: { recommendedTenderDays: 60 } },
        'unlotted-large-contract': { options: { largeValue: 100_000_000 } },
      },
    };
    const s = (await buildPortfolio(corpusFiles(), { cwd: tmp, config })).portfolio.summary();
    expect(s.turnover.benchmarks).toEqual([5]);
    expect(s.turnover.overBenchmark).toBeLessThan(base.turnover.overBenchmark);
    expect(s.turnover.overBenchmark).toBe(
      byRuleCount(s, 'turnover-multiple') > 0 ? s.rows.filter((r) => r.turnoverOver).length : 0,
    );
    expect(s.period.underMinimum).toBeGreaterThan(base.period.underMinimum);
    expect(s.period.minimums).toContain(60);
    expect(s.unlottedLargeValues).toEqual([100_000_000]);
    expect(s.unlotted.map((r) => r.ocid)).toEqual([
      'ocds-r6ebe6-0000548866',
      'ocds-b5fd17-598a5b4c-625b-4da8-9720-5934dbd69fa0',
    ]);
    expect(s.unlottedLargeCount).toBeLessThan(base.unlottedLargeCount);
    // The headline says how many notices have findings, as the CLI does.
    const { io: i } = io();
    expect(await reportMain([...corpusFiles(), '--out', 'h.html'], i)).toBe(0);
    const html = readFileSync(join(tmp, 'h.html'), 'utf8');
    expect(html).toMatch(
      new RegExp(`<strong>${base.noticesWithFindings} of 15 notices \\(\\d+%\\)</strong> have findings`),
    );
  });

  it('writes CSV with one row per finding, and one row for a notice with none', async () => {
    const clean = join(tmp, 'clean.json');
    writeFileSync(
      clean,
      JSON.stringify({
        ocid: 'ocds-clean',
        tender: { title: '=HYPERLINK("http://evil")', value: { amount: 5000, currency: 'GBP' } },
      }),
    );
    const { io: i } = io();
    expect(await reportMain([...corpusFiles(), clean, '--format', 'csv', '--out', 'r.csv'], i)).toBe(0);
    const text = readFileSync(join(tmp, 'r.csv'), 'utf8');
    const lines = text.trimEnd().split(/\r\n(?=ocds-|")/);
    expect(lines[0]).toMatch(/^\uFEFFocid,title,buyer,notice_url/);
    const hywel = lines.filter((l) => l.startsWith('ocds-kuma6s-148107,'));
    expect(hywel.some((l) => l.includes(',short-tender-period,warning,'))).toBe(true);
    const cleanRows = lines.filter((l) => l.startsWith('ocds-clean,'));
    expect(cleanRows).toHaveLength(1);
    // A title that a spreadsheet would run as a formula is neutralised.
    expect(cleanRows[0]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('-1')).toBe("'-1");
  });

  it('refuses bad usage with exit code 2', async () => {
    const { io: i, err } = io();
    expect(await reportMain(['--format', 'pdf', 'x.json'], i)).toBe(2);
    expect(err.join('')).toMatch(/unknown format/);
    expect(await reportMain([], i)).toBe(2);
  });

  it('escapes page text', () => {
    expect(esc('<img src=x onerror="alert(1)">&\'')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;');
  });
});

describe('the HTML report in Chromium', () => {
  let browser: Browser | undefined;
  const outDir = resolve('test-output');
  const html = join(outDir, 'ocds-report.html');
  const hostile = join(tmp, 'hostile.json');
  const newChecks = join(tmp, 'new-checks.json');

  beforeAll(async () => {
    mkdirSync(outDir, { recursive: true });
    // A notice whose text tries to inject markup and a script, and a link that is not http(s).
    writeFileSync(
      hostile,
      JSON.stringify({
        ocid: 'ocds-hostile',
        date: '2025-06-02T00:00:00Z',
        buyer: { name: '<script>window.__pwned = 1</script>Evil Council' },
        tender: {
          title: '<img src=x onerror="window.__pwned=2">Hostile notice',
          value: { amount: 3_000_000, currency: 'GBP' },
          tenderPeriod: { endDate: '2025-06-12T12:00:00Z' },
          documents: [{ documentType: 'tenderNotice', url: 'javascript:window.__pwned=3' }],
        },
      }),
    );
    // A notice for the 2025-26 checks: marked suitable for SMEs with a turnover floor, reserved above
    // threshold, and questions closing after the tenders.
    writeFileSync(
      newChecks,
      JSON.stringify({
        ocid: 'ocds-h6vhtk-newchecks',
        date: '2026-03-02T09:00:00Z',
        buyer: { name: 'Harbourside Borough Council' },
        tender: {
          title: 'Community transport',
          description: 'Bidders must have a minimum annual turnover of £2,000,000.',
          value: { amount: 600_000, currency: 'GBP' },
          datePublished: '2026-03-02T09:00:00Z',
          tenderPeriod: { endDate: '2026-04-13T12:00:00Z' },
          enquiryPeriod: { endDate: '2026-04-15T12:00:00Z' },
          contractPeriod: { durationInDays: 1080 },
          suitability: { sme: true },
          otherRequirements: { reservedParticipation: ['sme'] },
        },
      }),
    );
    const { io: i } = io();
    expect(
      await reportMain(
        [...corpusFiles(), hostile, newChecks, '--out', html, '--title', 'Corpus notices: barriers to small suppliers'],
        i,
      ),
    ).toBe(0);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is self-contained, shows the charts and the notices, sorts, and runs no injected code', async () => {
    expect(existsSync(html)).toBe(true);
    const source = readFileSync(html, 'utf8');
    expect(source).not.toMatch(/<(?:script|link|img|iframe)[^>]+(?:src|href)=/i);
    expect(source).toContain('&lt;img src=x onerror=');
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('file://' + html);
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    // Six charts: by rule, the 2025-26 checks, tender periods, turnover multiples, unlotted contracts, buyers.
    expect(await page.locator('section svg').count()).toBe(6);
    // The 2025-26 checks: a bar per rule, read from the findings; the new notice's column counts its three.
    const chart = page.locator('#new-checks svg');
    // Each bar's tooltip names the rule and its counts, taken from the findings.
    const bars = await chart.locator('g > title').allTextContents();
    expect(bars).toContain('Marked suitable for SMEs, with barriers to them: 0 error, 1 warning, 0 info');
    expect(bars).toContain('Clarification deadline after the tender deadline: 1 error, 0 warning, 0 info');
    expect(bars).toContain('Competition reserved by location or supplier size: 1 error, 0 warning, 0 info');
    expect(bars.filter((b) => b.includes(': 0 error, 0 warning, 0 info'))).toHaveLength(5);
    await expect(page.locator('#new-checks .lead').textContent()).resolves.toMatch(/1 notice of 17 have at least one/);
    const row = page.locator('#notices tr', { hasText: 'Community transport' });
    await expect(row.locator('td.new-checks').textContent()).resolves.toBe('3');
    await expect(page.locator('.method').textContent()).resolves.toContain(
      '£135,018 (central government) and £207,720 (others)',
    );
    await expect(page.locator('h1').textContent()).resolves.toBe('Corpus notices: barriers to small suppliers');
    await expect(page.locator('.headline').textContent()).resolves.toMatch(/of 17 notices/);
    // Links go to the notice pages; the javascript: link was not made a link.
    const nss = page.locator('#notices a', { hasText: 'NHSScotland Frameworks Scotland 3' });
    await expect(nss.getAttribute('href')).resolves.toBe(
      'https://www.publiccontractsscotland.gov.uk/search/show/search_view.aspx?ID=APR350379',
    );
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    // Sorting by days: ascending puts the shortest window first (Martock, 6 days); call-offs after the judged ones.
    const days = async () =>
      page
        .locator('#notices tbody tr')
        .evaluateAll((rows) => rows.map((r) => Number(r.querySelectorAll('td')[3]!.getAttribute('data-v'))));
    await page.locator('#notices th', { hasText: 'Days' }).locator('button').click();
    await page.locator('#notices th', { hasText: 'Days' }).locator('button').click();
    const asc = await days();
    expect(asc[0]).toBe(6);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.locator('#notices th', { hasText: 'Days' }).locator('button').click();
    const desc = await days();
    expect(desc).toEqual([...asc].reverse());
    await page.locator('#notices th', { hasText: 'Findings' }).locator('button').click();
    await page.locator('#notices th', { hasText: 'Findings' }).locator('button').click();
    await page.screenshot({ path: join(outDir, 'ocds-report.png'), fullPage: true });
    await page.close();
  });
});

describe('the portfolio follows the rules’ options', () => {
  it('a higher turnover maximum changes the aggregate and the HTML card, not the distribution of demands', async () => {
    const html = (s: Parameters<typeof renderHtml>[0]) =>
      renderHtml(s, { inputs: ['corpus'], generated: new Date('2026-01-01T00:00:00Z') });
    const before = (await buildPortfolio(corpusFiles(), { cwd: tmp })).portfolio.summary();
    const config = { rules: { 'turnover-multiple': { severity: 'error', options: { maxMultiple: 5 } } } };
    const after = (await buildPortfolio(corpusFiles(), { cwd: tmp, config })).portfolio.summary();
    expect(before.turnover.benchmarks).toEqual([2]);
    expect(after.turnover.benchmarks).toEqual([5]);
    // The Heriot-Watt demand (10 x) is still over 5 x; the NHS Lothian one (4 x) no longer is.
    expect(after.turnover.overBenchmark).toBeLessThan(before.turnover.overBenchmark);
    expect(after.turnover.overBenchmark).toBeGreaterThan(0);
    // The distribution of demands is the document's, whatever the benchmark.
    expect(after.turnover.bins).toEqual(before.turnover.bins);
    expect(html(before)).toContain('turnover demands above 2 × the annual value');
    expect(html(after)).toContain('turnover demands above 5 × the annual value');
    expect(html(after)).not.toContain('turnover demands above 2 ×');
    expect(html(after)).toContain('The benchmark the findings applied is <strong>5 ×</strong>');
    expect(html(after)).toContain('5 × benchmark');
  });
});
