/** Inline SVG charts, drawn when the report is built: no script, no external resource, text escaped. */

/** Text or attribute value made safe for HTML and SVG. */
export function esc(s: string | number | undefined | null): string {
  return String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export const COLORS = {
  error: '#b42318',
  warning: '#c4660a',
  info: '#2e6cb8',
  ok: '#3b7d4f',
  neutral: '#8a94a6',
  grid: '#e3e7ee',
  text: '#1d2433',
  muted: '#5b6577',
};

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';

/** Shortens a label to fit, with an ellipsis; the full text stays in a tooltip. */
function clip(s: string, max: number): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

function niceMax(n: number): number {
  if (n <= 5) return Math.max(1, n);
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

function ticks(max: number): number[] {
  const step = max <= 5 ? 1 : max / 5;
  const out: number[] = [];
  for (let v = 0; v <= max + 1e-9; v += step) out.push(Math.round(v));
  return [...new Set(out)];
}

export interface StackedRow {
  label: string;
  /** One value per series, in series order. */
  values: number[];
  /** Shown after the bar instead of the sum. */
  note?: string;
}

/** Horizontal stacked bars, one row per label (rules, buyers). */
export function stackedBars(opts: {
  title: string;
  rows: StackedRow[];
  series: Array<{ name: string; color: string }>;
  labelWidth?: number;
  width?: number;
}): string {
  const { rows, series } = opts;
  const width = opts.width ?? 760;
  const labelW = opts.labelWidth ?? 260;
  const rowH = 26;
  const top = 30;
  const plotW = width - labelW - 90;
  const height = top + rows.length * rowH + 30;
  const max = niceMax(Math.max(1, ...rows.map((r) => r.values.reduce((a, b) => a + b, 0))));
  const x = (v: number) => labelW + (v / max) * plotW;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(opts.title)}" ${FONT} font-size="13">`,
  );
  parts.push(`<title>${esc(opts.title)}</title>`);
  // Legend
  let lx = labelW;
  for (const s of series) {
    parts.push(
      `<rect x="${lx}" y="6" width="12" height="12" rx="2" fill="${s.color}"/><text x="${lx + 17}" y="16" fill="${COLORS.text}">${esc(s.name)}</text>`,
    );
    lx += 24 + s.name.length * 7.5;
  }
  for (const t of ticks(max)) {
    parts.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="${top - 4}" y2="${top + rows.length * rowH}" stroke="${COLORS.grid}"/>`,
    );
    parts.push(
      `<text x="${x(t)}" y="${top + rows.length * rowH + 16}" text-anchor="middle" fill="${COLORS.muted}" font-size="11">${t}</text>`,
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    const sum = r.values.reduce((a, b) => a + b, 0);
    parts.push(
      `<g><title>${esc(`${r.label}: ${series.map((s, j) => `${r.values[j] ?? 0} ${s.name.toLowerCase()}`).join(', ')}`)}</title>`,
    );
    parts.push(
      `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end" fill="${COLORS.text}">${esc(clip(r.label, Math.floor(labelW / 7.6)))}</text>`,
    );
    let acc = 0;
    r.values.forEach((v, j) => {
      if (v <= 0) return;
      parts.push(
        `<rect x="${x(acc).toFixed(1)}" y="${y + 4}" width="${Math.max(1, x(acc + v) - x(acc)).toFixed(1)}" height="${rowH - 8}" fill="${series[j]!.color}"/>`,
      );
      acc += v;
    });
    parts.push(
      `<text x="${(x(sum) + 6).toFixed(1)}" y="${y + 17}" fill="${COLORS.text}" font-weight="600">${esc(r.note ?? String(sum))}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

export interface HistogramBar {
  label: string;
  count: number;
  color: string;
  tooltip: string;
}

/** Vertical bars over ordered bins, with labelled reference lines at bin edges (the statutory and recommended minimums, the 2 x benchmark). */
export function histogram(opts: {
  title: string;
  bars: HistogramBar[];
  xTitle: string;
  yTitle: string;
  lines: Array<{ atEdge: number; label: string; color: string; dash?: boolean }>;
  width?: number;
}): string {
  const width = opts.width ?? 760;
  const height = 300;
  const left = 48,
    right = 16,
    top = 44,
    bottom = 58;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const n = opts.bars.length;
  const bw = plotW / n;
  const max = niceMax(Math.max(1, ...opts.bars.map((b) => b.count)));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(opts.title)}" ${FONT} font-size="12">`,
  );
  parts.push(`<title>${esc(opts.title)}</title>`);
  for (const t of ticks(max)) {
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(t)}" y2="${y(t)}" stroke="${COLORS.grid}"/>`);
    parts.push(
      `<text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" fill="${COLORS.muted}" font-size="11">${t}</text>`,
    );
  }
  opts.bars.forEach((b, i) => {
    const x0 = left + i * bw;
    const h = top + plotH - y(b.count);
    parts.push(`<g><title>${esc(b.tooltip)}</title>`);
    if (b.count > 0)
      parts.push(
        `<rect x="${(x0 + 2).toFixed(1)}" y="${y(b.count).toFixed(1)}" width="${(bw - 4).toFixed(1)}" height="${h.toFixed(1)}" fill="${b.color}" rx="2"/>`,
      );
    if (b.count > 0)
      parts.push(
        `<text x="${(x0 + bw / 2).toFixed(1)}" y="${(y(b.count) - 4).toFixed(1)}" text-anchor="middle" fill="${COLORS.text}" font-weight="600">${b.count}</text>`,
      );
    parts.push(
      `<text x="${(x0 + bw / 2).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle" fill="${COLORS.muted}" font-size="11">${esc(b.label)}</text></g>`,
    );
  });
  parts.push(
    `<line x1="${left}" x2="${width - right}" y1="${top + plotH}" y2="${top + plotH}" stroke="${COLORS.muted}"/>`,
  );
  parts.push(
    `<text x="${left + plotW / 2}" y="${height - 8}" text-anchor="middle" fill="${COLORS.text}">${esc(opts.xTitle)}</text>`,
  );
  parts.push(
    `<text transform="translate(13 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="${COLORS.text}">${esc(opts.yTitle)}</text>`,
  );
  opts.lines.forEach((l, k) => {
    const lx = left + l.atEdge * bw;
    parts.push(
      `<line x1="${lx}" x2="${lx}" y1="${top - 6 - k * 16}" y2="${top + plotH}" stroke="${l.color}" stroke-width="2"${l.dash ? ' stroke-dasharray="5 4"' : ''}/>`,
    );
    const anchor = lx > width - 200 ? 'end' : 'start';
    parts.push(
      `<text x="${lx + (anchor === 'start' ? 5 : -5)}" y="${top - 8 - k * 16}" text-anchor="${anchor}" fill="${l.color}" font-weight="600">${esc(l.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** Horizontal bars with a value label (the largest contracts not divided into lots). */
export function valueBars(opts: {
  title: string;
  rows: Array<{ label: string; sub?: string; value: number; shown: string; color: string }>;
  width?: number;
}): string {
  const width = opts.width ?? 760;
  const labelW = 300;
  const rowH = 34;
  const top = 8;
  const plotW = width - labelW - 110;
  const height = top + opts.rows.length * rowH + 8;
  const max = Math.max(1, ...opts.rows.map((r) => r.value));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${esc(opts.title)}" ${FONT} font-size="13">`,
  );
  parts.push(`<title>${esc(opts.title)}</title>`);
  opts.rows.forEach((r, i) => {
    const y = top + i * rowH;
    const w = Math.max(2, (r.value / max) * plotW);
    parts.push(`<g><title>${esc(`${r.label}${r.sub ? ` (${r.sub})` : ''}: ${r.shown}`)}</title>`);
    parts.push(
      `<text x="${labelW - 8}" y="${y + 14}" text-anchor="end" fill="${COLORS.text}">${esc(clip(r.label, 40))}</text>`,
    );
    if (r.sub)
      parts.push(
        `<text x="${labelW - 8}" y="${y + 28}" text-anchor="end" fill="${COLORS.muted}" font-size="11">${esc(clip(r.sub, 44))}</text>`,
      );
    parts.push(
      `<rect x="${labelW}" y="${y + 6}" width="${w.toFixed(1)}" height="${rowH - 14}" fill="${r.color}" rx="2"/>`,
    );
    parts.push(
      `<text x="${(labelW + w + 6).toFixed(1)}" y="${y + 21}" fill="${COLORS.text}" font-weight="600">${esc(r.shown)}</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('');
}
