import { ruleById } from '../../rules/index.js';
import { MULTIPLE_EDGES, PERIOD_BIN_DAYS, PERIOD_BINS, type NoticeRow, type PortfolioSummary } from './aggregate.js';
import { COLORS, esc, histogram, stackedBars, valueBars } from './svg.js';
import { THRESHOLD_TABLE, SCOTLAND_REGULATED } from '../core/extract/thresholds.js';
import { formatGBP } from '../core/extract/money.js';

/** A rule's human title, from its metadata (one source for the CLI, the extension and this report). */
export function ruleName(id: string): string {
  return ruleById(id)?.meta.title ?? id;
}

/** "25 days", "25 or 30 days": the values the findings applied, never a copy of a rule's threshold. */
function orList(values: number[], unit: (v: number) => string): string {
  const shown = values.map(unit);
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

const REGIME_NAMES: Record<string, string> = {
  pa2023: 'Procurement Act 2023',
  'light-touch': 'Light touch',
  psr: 'Provider Selection Regime',
  'below-threshold': 'Below threshold',
  'framework-call-off': 'Framework call-off',
  pcr2015: 'PCR 2015',
  scotland: 'Scotland',
};

/** "£650m", "£1.5m", "£85k": short money for charts and tables. */
export function shortGBP(n: number): string {
  const f = (x: number) =>
    x >= 100
      ? Math.round(x).toString()
      : x >= 10
        ? (Math.round(x * 10) / 10).toString()
        : (Math.round(x * 100) / 100).toString();
  if (n >= 1e9) return `£${f(n / 1e9)}bn`;
  if (n >= 1e6) return `£${f(n / 1e6)}m`;
  if (n >= 1e4) return `£${f(n / 1e3)}k`;
  return `£${Math.round(n).toLocaleString('en-GB')}`;
}

const n = (x: number) => x.toLocaleString('en-GB');
const pct = (n: number, d: number) => (d === 0 ? '0%' : `${Math.round((n / d) * 100)}%`);
const plural = (n: number, one: string, many = one + 's') => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}

export interface HtmlOptions {
  title?: string;
  inputs: string[];
  generated: Date;
}

export function renderHtml(s: PortfolioSummary, opts: HtmlOptions): string {
  const title = opts.title ?? 'Barriers to small suppliers in published tenders';
  const totalFindings = s.findings.error + s.findings.warning + s.findings.info;
  const out: string[] = [];
  out.push(`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
<meta name="generator" content="tenderlint">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <p class="kicker">tenderlint portfolio report</p>
  <h1>${esc(title)}</h1>
  <p class="meta">${esc(plural(s.notices, 'notice'))} from ${esc(plural(s.buyers, 'buyer'))} · read from ${esc(describeInputs(opts.inputs))} · built ${esc(opts.generated.toISOString().slice(0, 16).replace('T', ' '))} UTC</p>
</header>
<main>`);

  // Headline
  out.push(`<section class="headline">
  <p class="big"><strong>${esc(s.noticesWithFindings.toLocaleString('en-GB'))} of ${esc(s.notices.toLocaleString('en-GB'))} notices (${pct(s.noticesWithFindings, s.notices)})</strong> have findings; <strong>${esc(s.noticesWithBarriers.toLocaleString('en-GB'))}</strong> contain at least one requirement or condition that can shut small, local or voluntary suppliers out (an error or a warning).</p>
  <p>${esc(plural(s.findings.error, 'breach', 'breaches'))} of a legal limit or statutory benchmark (<span class="sev error">error</span>), ${esc(plural(s.findings.warning, 'warning'))} against good practice (<span class="sev warning">warning</span>)${s.findings.info ? `, and ${esc(plural(s.findings.info, 'note'))} worth a look (<span class="sev info">info</span>)` : ''}.${s.smeMarked ? ` ${esc(s.smeMarkedWithFindings.toLocaleString('en-GB'))} of the ${esc(plural(s.smeMarked, 'notice'))} the buyer marked “suitable for SMEs” carry at least one.` : ''}</p>
</section>`);

  // Key figures
  const p = s.period;
  out.push(`<section class="cards" aria-label="Key figures">
  ${card(`${n(p.underMinimum)} of ${n(p.judged)}`, 'tender windows under the minimum that applies to them', p.judged ? `${p.underStatutory} under a statutory minimum, ${p.underMinimum - p.underStatutory} under the recommended days where none applies; median ${p.median ?? '–'} days` : 'no notice gave both a publication date and a deadline', p.underStatutory ? 'error' : p.underMinimum ? 'warning' : 'ok')}
  ${card(`${n(s.turnover.overBenchmark)} of ${n(s.turnover.notices)}`, `turnover demands above ${s.turnover.benchmarks.length ? orList(s.turnover.benchmarks, (b) => `${fmtMultiple(b)} ×`) : 'the benchmark multiple of'} the annual value`, s.turnover.max !== undefined ? `highest: ${fmtMultiple(s.turnover.max)} × the annual value` : 'no turnover demand with a known contract value', s.turnover.overBenchmark ? 'error' : 'ok')}
  ${card(n(s.unlottedLargeCount), `large contracts${s.unlottedLargeValues.length ? ` (${orList(s.unlottedLargeValues, (v) => `${shortGBP(v)}+`)})` : ''} not divided into lots, no reasons given`, s.unlotted[0] ? `largest: ${shortGBP(s.unlotted[0].unlotted?.value ?? 0)}, ${clipText(s.unlotted[0].buyer ?? 'buyer not stated', 60)}` : 'none', s.unlottedLargeCount ? 'warning' : 'ok')}
  ${card(n(totalFindings), 'findings in all', `${n(s.findings.error)} errors · ${n(s.findings.warning)} warnings · ${n(s.findings.info)} info${s.readErrors ? ` · ${n(s.readErrors)} unreadable` : ''}`, s.findings.error ? 'error' : totalFindings ? 'warning' : 'ok')}
</section>`);

  // 1. By rule
  out.push(`<section><h2>What was found</h2>`);
  if (s.byRule.length === 0) out.push('<p>No findings.</p>');
  else {
    out.push(`<p class="lead">Each bar counts findings of one kind across all notices, split by severity.</p>`);
    out.push(
      `<figure>${stackedBars({
        title: 'Findings by rule and severity',
        rows: s.byRule.map((r) => ({ label: ruleName(r.ruleId), values: [r.error, r.warning, r.info] })),
        series: [
          { name: 'Error', color: COLORS.error },
          { name: 'Warning', color: COLORS.warning },
          { name: 'Info', color: COLORS.info },
        ],
        labelWidth: 340,
      })}</figure>`,
    );
    out.push(
      `<table class="compact"><thead><tr><th>Finding</th><th>Rule</th><th class="num">Errors</th><th class="num">Warnings</th><th class="num">Info</th></tr></thead><tbody>`,
    );
    for (const r of s.byRule)
      out.push(
        `<tr><td>${esc(ruleName(r.ruleId))}</td><td><code>${esc(r.ruleId)}</code></td><td class="num">${r.error}</td><td class="num">${r.warning}</td><td class="num">${r.info}</td></tr>`,
      );
    out.push('</tbody></table>');
  }
  out.push('</section>');

  // 1b. The 2025-2026 checks: their findings, by rule and severity
  out.push(`<section id="new-checks"><h2>The 2025–26 checks</h2>`);
  out.push(
    `<p class="lead">Checks the 2025–2026 rules support: reserved competitions, “suitable for SMEs” markings contradicted by barriers, payment-performance tests on small contracts, uncapped shortlists, and timetable slips (clarification after the deadline, deadlines on bank holidays, deadlines before publication), and the PSR key criteria. ${esc(plural(s.noticesWithNewChecks, 'notice'))} of ${esc(s.notices.toLocaleString('en-GB'))} have at least one.</p>`,
  );
  out.push(
    `<figure>${stackedBars({
      title: 'Findings of the 2025–26 checks, by rule and severity',
      rows: s.newChecks.map((r) => ({ label: ruleName(r.ruleId), values: [r.error, r.warning, r.info] })),
      series: [
        { name: 'Error', color: COLORS.error },
        { name: 'Warning', color: COLORS.warning },
        { name: 'Info', color: COLORS.info },
      ],
      labelWidth: 400,
    })}</figure>`,
  );
  out.push('</section>');

  // 2. Tender periods
  out.push(`<section><h2>How long bidders had to respond</h2>`);
  out.push(
    `<p class="lead">Days from publication to the tender deadline, per notice. Each notice is judged against the minimum of its own regime: the statutory minimum where the law sets one (for example 25 days for a Procurement Act 2023 open procedure with electronic submission), otherwise the days the Keep it Local guide recommends. A bar is red when a notice in it is under a statutory minimum, amber when one is under the recommended days. Small organisations have no bid team: short windows shut them out.</p>`,
  );
  if (p.judged === 0) out.push('<p>No notice gave both a publication date and a tender deadline.</p>');
  else {
    const bars = p.bins.map((count, i) => {
      const lo = i * PERIOD_BIN_DAYS;
      const hi = lo + PERIOD_BIN_DAYS - 1;
      const last = i === PERIOD_BINS - 1;
      const label = last ? `${lo}+` : `${lo}–${hi}`;
      const worst = p.binWorst[i];
      const color = worst === 'statutory' ? COLORS.error : worst === 'recommended' ? COLORS.warning : COLORS.ok;
      return {
        label,
        count,
        color,
        tooltip: `${plural(count, 'notice')} with ${last ? `${lo} days or more` : `${lo} to ${hi} days`}`,
      };
    });
    out.push(
      `<figure>${histogram({
        title: 'Tender periods in days, coloured by the findings on the notices in each bar',
        bars,
        xTitle: 'days from publication to tender deadline',
        yTitle: 'notices',
        lines: [],
      })}</figure>`,
    );
    out.push(
      `<p class="note">${esc(plural(p.judged, 'notice'))} with both dates; median ${p.median} days; ${esc(String(p.underStatutory))} under a statutory minimum and ${esc(String(p.underMinimum - p.underStatutory))} under the recommended days${p.minimums.length ? ` (the minimums applied: ${esc(orList(p.minimums, (d) => `${d}`))} days)` : ''}. ${esc(plural(p.callOffs, 'framework call-off'))} left out (a call-off’s window is set by its framework). ${esc(plural(p.unknown, 'notice'))} without a publication date or deadline.</p>`,
    );
  }
  out.push('</section>');

  // 3. Turnover multiples
  out.push(`<section><h2>Turnover demanded, as a multiple of the contract’s annual value</h2>`);
  out.push(
    `<p class="lead">The highest minimum turnover each notice demands, divided by the annual contract value (the total value over the contract years, extensions included). ${s.turnover.benchmarks.length ? `The benchmark the findings applied is <strong>${esc(orList(s.turnover.benchmarks, (b) => `${fmtMultiple(b)} ×`))}</strong> the annual value` : 'No turnover demand was over the turnover-multiple rule’s benchmark'} (see the rule’s page for its basis under each law); above it, a turnover floor excludes organisations that could deliver the contract.</p>`,
  );
  if (s.turnover.notices === 0)
    out.push('<p>No notice demanded a minimum turnover that could be compared with a known contract value.</p>');
  else {
    const labels = ['up to 1 ×', '1–2 ×', '2–3 ×', '3–4 ×', '4–5 ×', '5–10 ×', 'over 10 ×'];
    const bars = s.turnover.bins.map((count, i) => ({
      label: labels[i] ?? `bin ${i}`,
      count,
      color: i < 2 ? COLORS.ok : i < 4 ? COLORS.warning : COLORS.error,
      tooltip: `${plural(count, 'notice')}: turnover ${labels[i]} the annual value`,
    }));
    // The benchmark line only when every finding applied one benchmark that is a bin edge.
    const benchmark = s.turnover.benchmarks.length === 1 ? s.turnover.benchmarks[0]! : undefined;
    const edge = benchmark !== undefined ? MULTIPLE_EDGES.indexOf(benchmark as (typeof MULTIPLE_EDGES)[number]) + 1 : 0;
    out.push(
      `<figure>${histogram({
        title: 'Minimum turnover demanded as a multiple of the annual contract value',
        bars,
        xTitle: 'minimum turnover ÷ annual contract value',
        yTitle: 'notices',
        lines: edge > 0 ? [{ atEdge: edge, label: `${fmtMultiple(benchmark!)} × benchmark`, color: COLORS.error }] : [],
      })}</figure>`,
    );
    out.push(
      `<p class="note">${esc(plural(s.turnover.notices, 'notice'))} demand a minimum turnover that can be compared with the contract’s value; ${esc(String(s.turnover.overBenchmark))} exceed the benchmark (turnover-multiple findings); a demand exactly at the benchmark is within it.</p>`,
    );
  }
  out.push('</section>');

  // 4. Unlotted
  out.push(`<section><h2>The largest contracts not divided into lots</h2>`);
  out.push(
    `<p class="lead">Contract size is the biggest barrier small organisations face. The Procurement Act 2023 (s.18) requires buyers to consider lots and to give reasons when they do not use them. These are the largest notices that unlotted-large-contract found let as a single lot, or with no lot structure, and no reasons published${s.unlottedLargeValues.length ? ` (large: ${esc(orList(s.unlottedLargeValues, (v) => `${shortGBP(v)} or more`))})` : ''}.</p>`,
  );
  if (s.unlotted.length === 0) out.push(`<p>None: no large notice was let without lots and without reasons.</p>`);
  else {
    out.push(
      `<figure>${valueBars({
        title: 'Largest contracts not divided into lots, by total value',
        rows: s.unlotted.map((r) => ({
          label: r.title ?? r.ocid,
          sub: r.buyer,
          value: r.unlotted?.value ?? 0,
          shown: shortGBP(r.unlotted?.value ?? 0),
          color: COLORS.warning,
        })),
      })}</figure>`,
    );
    out.push(
      `<table class="compact"><thead><tr><th>Notice</th><th>Buyer</th><th class="num">Value</th><th>Lots</th></tr></thead><tbody>`,
    );
    for (const r of s.unlotted)
      out.push(
        `<tr><td>${noticeLink(r)}</td><td>${esc(r.buyer ?? '')}</td><td class="num">${esc(shortGBP(r.unlotted?.value ?? 0))}</td><td>${r.lots === 'single' ? 'a single lot' : 'no lots described'}</td></tr>`,
      );
    out.push('</tbody></table>');
    if (s.unlottedLargeCount > s.unlotted.length)
      out.push(
        `<p class="note">The ${s.unlotted.length} largest of ${s.unlottedLargeCount.toLocaleString('en-GB')}.</p>`,
      );
  }
  out.push('</section>');

  // 5. By buyer
  out.push(`<section><h2>Findings per buyer</h2>`);
  if (s.byBuyer.length === 0) out.push('<p>No buyer has findings.</p>');
  else {
    out.push(
      `<p class="lead">Buyers with findings, most errors first${s.buyers > 15 ? ` (top 15 of ${s.buyers.toLocaleString('en-GB')} buyers)` : ''}. The figure after each bar is notices with findings out of notices published.</p>`,
    );
    out.push(
      `<figure>${stackedBars({
        title: 'Findings per buyer by severity',
        rows: s.byBuyer.map((b) => ({
          label: b.buyer,
          values: [b.error, b.warning, b.info],
          note: `${b.noticesWithFindings}/${b.notices} notices`,
        })),
        series: [
          { name: 'Error', color: COLORS.error },
          { name: 'Warning', color: COLORS.warning },
          { name: 'Info', color: COLORS.info },
        ],
        labelWidth: 340,
      })}</figure>`,
    );
  }
  out.push('</section>');

  // 6. Table
  out.push(`<section><h2>Notices</h2>`);
  out.push(
    `<p class="lead">${s.rows.length < s.rowsTotal ? `The ${s.rows.length.toLocaleString('en-GB')} notices with the most serious findings, of ${s.rowsTotal.toLocaleString('en-GB')} (run with <code>--format csv</code> for every notice).` : `All ${s.rowsTotal.toLocaleString('en-GB')} notices.`} Click a column heading to sort; open a row’s findings to read what was found, where, and why.</p>`,
  );
  out.push(`<div class="tablewrap"><table id="notices" class="sortable"><thead><tr>
<th data-type="text" aria-sort="none" style="width:24%"><button type="button">Notice</button></th>
<th data-type="text" aria-sort="none" style="width:14%"><button type="button">Buyer</button></th>
<th data-type="num" class="num" aria-sort="none" style="width:7%"><button type="button">Value</button></th>
<th data-type="num" class="num" aria-sort="none" style="width:7%" title="Days from publication to the tender deadline"><button type="button">Days</button></th>
<th data-type="num" class="num" aria-sort="none" style="width:9%" title="Highest minimum turnover demanded ÷ annual contract value"><button type="button">Turnover ×</button></th>
<th data-type="num" aria-sort="descending" style="width:9%"><button type="button">Findings</button></th>
<th data-type="num" class="num" aria-sort="none" style="width:7%" title="Findings of the 2025–26 checks"><button type="button">2025–26</button></th>
<th style="width:23%">What was found</th>
</tr></thead><tbody>`);
  for (const r of s.rows) out.push(noticeRow(r));
  out.push(`</tbody></table></div></section>`);

  if (s.readErrors > 0) {
    out.push(
      `<section><h2>Could not be read</h2><p>${esc(plural(s.readErrors, 'file or release', 'files or releases'))} could not be read${s.readErrors > s.readErrorSamples.length ? ` (the first ${s.readErrorSamples.length} are listed)` : ''}:</p><ul>`,
    );
    for (const e of s.readErrorSamples)
      out.push(`<li><code>${esc(e.file)}</code>: ${esc(e.message)} <span class="muted">(${esc(e.code)})</span></li>`);
    out.push('</ul></section>');
  }

  out.push(`<section class="method"><h2>How to read this report</h2><ul>
<li><span class="sev error">error</span>: a statutory limit or benchmark is exceeded (for example turnover above 2 × the annual value, or a window under the statutory minimum). <span class="sev warning">warning</span>: good practice is not met. <span class="sev info">info</span>: worth a look (for example, a reason is given beside a high demand).</li>
<li>Values, dates, lots and the procedure come from the notices’ structured data (OCDS) where given; requirements such as turnover come from the notice text. Placeholder values such as 0.01 GBP are ignored.</li>
<li>Days are calendar days: the deadline date minus the publication date. Notices published before 24 February 2025 fall under the Public Contracts Regulations 2015.</li>
<li>Thresholds are those in force when each procurement began: ${THRESHOLD_TABLE.map((t) => `from ${esc(t.from)}${t.until ? ` to ${esc(t.until)}` : ''}, goods and services ${esc(formatGBP(t.goodsServicesCentral))} (central government) and ${esc(formatGBP(t.goodsServicesSubCentral))} (others), works ${esc(formatGBP(t.works))}, light touch ${esc(formatGBP(t.lightTouch))}, VAT included (${esc(t.source)})`).join('; ')}. Scotland regulates procurements from ${esc(formatGBP(SCOTLAND_REGULATED.goodsServices))} (goods and services) and ${esc(formatGBP(SCOTLAND_REGULATED.works))} (works), VAT excluded.</li>
<li>The annual value is the total value divided by the contract years including extensions, where the notice gives them.</li>
<li>Each finding names its notice (the OCDS release id) and quotes the field or passage that triggered it.</li>
</ul></section>`);
  out.push(
    `</main><footer>Generated by tenderlint. This file is self-contained: it loads nothing from the network.</footer>`,
  );
  out.push(`<script>${SCRIPT}</script></body></html>\n`);
  return out.join('\n');
}

function describeInputs(inputs: string[]): string {
  if (inputs.length === 0) return 'no files';
  if (inputs.length <= 2) return inputs.join(', ');
  return `${inputs.length} files`;
}

function fmtMultiple(x: number): string {
  return x >= 10 ? String(Math.round(x)) : String(Math.round(x * 10) / 10);
}

function card(figure: string, label: string, detail: string, tone: 'error' | 'warning' | 'ok'): string {
  return `<div class="card ${tone}"><div class="figure">${esc(figure)}</div><div class="label">${esc(label)}</div><div class="detail">${esc(detail)}</div></div>`;
}

function noticeLink(r: NoticeRow): string {
  const url = safeUrl(r.url);
  const title = esc(r.title ?? r.ocid);
  return url ? `<a href="${esc(url)}" target="_blank" rel="noopener noreferrer">${title}</a>` : title;
}

function noticeRow(r: NoticeRow): string {
  const total = r.errors + r.warnings + r.infos;
  // Sort key for "Findings": errors weigh most, then warnings.
  const findingKey = r.errors * 1e6 + r.warnings * 1e3 + r.infos;
  const badges =
    [
      r.errors ? `<span class="sev error">${r.errors} error${r.errors === 1 ? '' : 's'}</span>` : '',
      r.warnings ? `<span class="sev warning">${r.warnings} warning${r.warnings === 1 ? '' : 's'}</span>` : '',
      r.infos ? `<span class="sev info">${r.infos} info</span>` : '',
    ]
      .filter(Boolean)
      .join('<br>') || '<span class="none">none</span>';
  const details = r.findings.length
    ? `<details><summary><ul class="rules">${r.rules.map((id) => `<li>${esc(ruleName(id))}</li>`).join('')}</ul></summary><ol>${r.findings.map((f) => `<li><span class="sev ${f.severity}">${f.severity}</span> <strong>${esc(ruleName(f.ruleId))}</strong>: ${esc(f.message)}<blockquote>${esc(clipText(f.excerpt, 400))}${f.field ? ` <span class="field">(${esc(f.field)})</span>` : ''}</blockquote></li>`).join('')}</ol></details>`
    : '';
  const days =
    r.regime === 'framework-call-off'
      ? `<span class="muted" title="framework call-off: not judged">call-off</span>`
      : r.days !== undefined
        ? String(r.days)
        : '–';
  const daysKey = r.regime === 'framework-call-off' ? 9999 : (r.days ?? 99999);
  return `<tr>
<td data-v="${esc((r.title ?? r.ocid).toLowerCase())}">${noticeLink(r)}<div class="ocid">${esc(r.ocid)} · ${esc(REGIME_NAMES[r.regime] ?? r.regime)}${r.sme ? ' · marked suitable for SMEs' : ''}</div></td>
<td data-v="${esc((r.buyer ?? '').toLowerCase())}">${esc(r.buyer ?? '–')}</td>
<td class="num" data-v="${r.value ?? -1}">${r.value !== undefined ? esc(shortGBP(r.value)) : '–'}</td>
<td class="num${r.period ? (r.period.statutory ? ' bad' : ' warn') : ''}" data-v="${daysKey}">${days}</td>
<td class="num${r.turnoverOver ? ' bad' : ''}" data-v="${r.turnoverMultiple ?? -1}">${r.turnoverMultiple !== undefined ? esc(fmtMultiple(r.turnoverMultiple)) + ' ×' : '–'}</td>
<td class="badges" data-v="${findingKey}">${total ? badges : '<span class="none">none</span>'}</td>
<td class="num new-checks" data-v="${r.newChecks}">${r.newChecks ? String(r.newChecks) : '–'}</td>
<td>${details}</td>
</tr>`;
}

function clipText(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

const CSS = `
:root{--text:#1d2433;--muted:#5b6577;--line:#e3e7ee;--bg:#f6f7f9;--error:${COLORS.error};--warning:${COLORS.warning};--info:${COLORS.info};--ok:${COLORS.ok}}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--text);background:var(--bg)}
header{background:#1d2433;color:#fff;padding:28px 40px 22px}
header h1{margin:2px 0 6px;font-size:28px;line-height:1.2}
header .kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:#b9c2d3}
header .meta{margin:0;color:#cfd6e3;font-size:13px}
main{max-width:1200px;margin:0 auto;padding:24px 40px 40px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:20px 24px;margin:0 0 20px}
section.headline{border-left:6px solid var(--error)}
section.headline .big{font-size:20px;margin:0 0 8px}
section.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;background:none;border:0;padding:0}
.card{background:#fff;border:1px solid var(--line);border-top:5px solid var(--ok);border-radius:8px;padding:14px 16px}
.card.error{border-top-color:var(--error)}.card.warning{border-top-color:var(--warning)}
.card .figure{font-size:26px;white-space:nowrap;font-weight:700;line-height:1.1}
.card .label{font-weight:600;margin:4px 0}
.card .detail{color:var(--muted);font-size:13px}
h2{font-size:19px;margin:0 0 6px}
.lead{color:var(--muted);margin:0 0 12px;max-width:78ch}
.note{color:var(--muted);font-size:13px;margin:8px 0 0}
figure{margin:0}
table{border-collapse:collapse;width:100%;font-size:14px}
#notices{table-layout:fixed}
#notices td{overflow-wrap:anywhere}
td.badges .sev{margin:0 0 3px}
ul.rules{display:inline;margin:0;padding:0;list-style:none}
ul.rules li{display:inline}
ul.rules li+li::before{content:" · ";color:var(--muted)}
details summary::marker{color:var(--muted)}
th,td{text-align:left;vertical-align:top;padding:7px 8px;border-bottom:1px solid var(--line)}
th{background:#f0f2f6;font-weight:600;position:sticky;top:0}
td.num,th.num{text-align:right;white-space:nowrap}
table.compact{margin-top:12px}
.tablewrap{overflow-x:auto}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
.sev{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap}
.sev.error{background:var(--error)}.sev.warning{background:var(--warning)}.sev.info{background:var(--info)}
td.bad{color:var(--error);font-weight:700}td.warn{color:var(--warning);font-weight:700}
.none,.muted{color:var(--muted)}
.ocid{color:var(--muted);font-size:12px}
details summary{cursor:pointer;color:#2e4a7d}
details ol{margin:6px 0 0;padding-left:20px}
details li{margin:0 0 8px}
blockquote{margin:4px 0 0;padding:4px 10px;border-left:3px solid var(--line);color:#3a4354;font-size:13px;background:#fafbfc}
.field{color:var(--muted);font-size:12px}
a{color:#1f4fa3}
code{font-size:12px;background:#f0f2f6;padding:1px 4px;border-radius:3px}
footer{text-align:center;color:var(--muted);font-size:12px;padding:0 0 30px}
.method ul{margin:0;padding-left:20px;color:#3a4354}
@media (max-width:800px){section.cards{grid-template-columns:1fr 1fr}main{padding:16px}}
@media print{th{position:static}details{open:true}}
`;

/** Sorts the notices table by a column; numbers by value, text alphabetically. */
const SCRIPT = `
(function(){
  var table=document.getElementById('notices'); if(!table) return;
  var heads=table.tHead.rows[0].cells;
  Array.prototype.forEach.call(heads,function(th,col){
    var btn=th.querySelector('button'); if(!btn) return;
    btn.addEventListener('click',function(){
      var dir=th.getAttribute('aria-sort')==='descending'?'ascending':'descending';
      if(th.getAttribute('aria-sort')==='none'&&th.dataset.type==='text') dir='ascending';
      Array.prototype.forEach.call(heads,function(h){if(h.hasAttribute('aria-sort')) h.setAttribute('aria-sort','none');});
      th.setAttribute('aria-sort',dir);
      var num=th.dataset.type==='num', body=table.tBodies[0];
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[col].getAttribute('data-v')||'', y=b.cells[col].getAttribute('data-v')||'';
        var c=num?(parseFloat(x)-parseFloat(y)):x.localeCompare(y);
        return dir==='ascending'?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
})();
`;
