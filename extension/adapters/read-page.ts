import { BlockSink, TextBuilder } from '../../linter/core/parse/blocks.js';
import type { BlockKind } from '../../linter/core/model/document.js';
import type { StatedFacts } from '../../linter/core/model/facts.js';
import { classifyLabel, combineDates, readField } from './fields.js';
import type { FieldPair, PageRead, PortalAdapter } from './types.js';

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'NAV',
  'SVG',
  'BUTTON',
  'SELECT',
  'IFRAME',
  'OBJECT',
  'TEXTAREA',
  'INPUT',
  'HEAD',
  'TENDERLINT-ROOT',
  'TENDERLINT-FLAG',
  'TENDERLINT-DOC',
]);
const SKIP_CLASS = /\b(?:govuk-visually-hidden|govuk-summary-list__actions|govuk-skip-link|tenderlint-ui)\b/;
const FLOW = new Set([
  'P',
  'LI',
  'DT',
  'DD',
  'TD',
  'TH',
  'CAPTION',
  'FIGCAPTION',
  'SUMMARY',
  'LEGEND',
  'LABEL',
  'PRE',
  'BLOCKQUOTE',
]);
const CONTAINER = new Set([
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'FORM',
  'FIELDSET',
  'DETAILS',
  'FIGURE',
  'ADDRESS',
  'BODY',
  'HTML',
  'CENTER',
  'HR',
]);
const HEADING = /^H([1-6])$/;

export function skipped(el: Element): boolean {
  return (
    SKIP.has(el.tagName.toUpperCase()) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    SKIP_CLASS.test(el.getAttribute('class') ?? '')
  );
}

function isBlock(el: Element): boolean {
  const t = el.tagName.toUpperCase();
  return FLOW.has(t) || CONTAINER.has(t) || HEADING.test(t);
}

/** The text a person sees in an element, spaces folded; for reading labels. */
export function textOf(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += (n as Text).data;
    else if (n.nodeType === 1 && !skipped(n as Element)) {
      if ((n as Element).tagName.toUpperCase() === 'BR') out += ' ';
      n.childNodes.forEach(walk);
    }
  };
  walk(el);
  return out.replace(/[\s\u00a0]+/g, ' ').trim();
}

const DOC_LINK = /\.(?:pdf|docx)(?:$|[?#])/i;

/**
 * The page as the linter's TenderDocument: headings, paragraphs, list items and table cells in
 * reading order (through the linter's own BlockSink/TextBuilder), labelled fields as stated facts
 * that point at the block showing them, and a map from each block back to its element.
 */
export function readPage(
  doc: Document,
  adapter: PortalAdapter,
  href: string | undefined = doc.location?.href,
): PageRead {
  const url = href ? new URL(href) : undefined;
  const root = adapter.root(doc);
  const pairs = adapter.fields(root);
  const stated: StatedFacts = {};
  const fieldOf = new Map<Element, string[]>();
  const dates: { start?: FieldPair; end?: FieldPair } = {};
  for (const pair of pairs) {
    const kind = classifyLabel(pair.label);
    if (!kind) continue;
    if (kind === 'contractStart') dates.start ??= pair;
    if (kind === 'contractEnd') dates.end ??= pair;
    // The first value for a fact wins (a notice lists the overall value before each lot's).
    const probe: StatedFacts = {};
    const keys = readField(kind, pair.label, textOf(pair.value), probe).filter((k) => stated[k] === undefined);
    if (!keys.length) continue;
    for (const k of keys) (stated as Record<string, unknown>)[k] = probe[k];
    fieldOf.set(pair.value, [...(fieldOf.get(pair.value) ?? []), ...keys]);
  }
  if (dates.start && dates.end) {
    // The term is shown by the end date's field: that is where its length is settled.
    for (const k of combineDates(textOf(dates.start.value), textOf(dates.end.value), stated))
      fieldOf.set(dates.end.value, [...(fieldOf.get(dates.end.value) ?? []), k]);
  }

  const sink = new BlockSink();
  const nodes: Element[] = [];
  const fields: Record<string, number> = {};

  const add = (kind: BlockKind, el: Element, text: TextBuilder, extra: { depth?: number } = {}) => {
    const keys = fieldOf.get(el);
    const block = sink.add(kind, text.text(), keys ? { field: keys[0] } : {}, extra);
    if (!block) return;
    nodes[block.index] = el;
    for (const k of keys ?? []) fields[k] = block.index;
  };

  const inline = (el: Element, out: TextBuilder, nested: Element[]) => {
    el.childNodes.forEach((n) => {
      if (n.nodeType === 3) out.add((n as Text).data);
      else if (n.nodeType === 1) {
        const child = n as Element;
        if (skipped(child)) return;
        if (child.tagName.toUpperCase() === 'BR') out.space();
        else if (isBlock(child) || fieldOf.has(child)) nested.push(child);
        else inline(child, out, nested);
      }
    });
  };

  const flow = (el: Element, kind: BlockKind, extra: { depth?: number } = {}) => {
    const t = new TextBuilder();
    const nested: Element[] = [];
    inline(el, t, nested);
    add(kind, el, t, extra);
    for (const n of nested) visit(n);
  };

  const visit = (el: Element): void => {
    if (skipped(el)) return;
    const tag = el.tagName.toUpperCase();
    const h = HEADING.exec(tag);
    if (h) return flow(el, 'heading', { depth: Number(h[1]) });
    if (FLOW.has(tag) || fieldOf.has(el)) return flow(el, tag === 'LI' ? 'list-item' : 'paragraph');
    const children = Array.from(el.childNodes);
    const onlyInline = children.every(
      (c) => c.nodeType !== 1 || (!isBlock(c as Element) && !fieldOf.has(c as Element)),
    );
    const hasText = children.some((c) => (c.nodeType === 3 ? (c as Text).data.trim() : c.nodeType === 1));
    if (onlyInline && hasText && !['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL'].includes(tag))
      return flow(el, 'paragraph');
    for (const c of children) {
      if (c.nodeType === 1) visit(c as Element);
      else if (c.nodeType === 3 && (c as Text).data.trim()) {
        // Loose text in a container with block children: a paragraph of its own, shown by the container.
        const t = new TextBuilder();
        t.add((c as Text).data);
        add('paragraph', el, t);
      }
    }
  };
  visit(root);

  const notice = adapter.notice(doc, url);
  const documents = Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]')).filter((a) =>
    DOC_LINK.test(a.getAttribute('href') ?? ''),
  );
  return {
    doc: {
      path: href ?? notice.id,
      format: 'html',
      blocks: sink.blocks,
      stated: { ...stated },
      fields,
      notes: [],
      notice: { ...notice, ...(href ? { url: href } : {}) },
    },
    stated,
    nodes,
    documents,
  };
}

/** Label/value pairs from description lists: GOV.UK summary lists and plain dl/dt/dd. */
export function pairsFromDl(root: Element): FieldPair[] {
  const out: FieldPair[] = [];
  for (const dt of Array.from(root.querySelectorAll('dt'))) {
    let dd = dt.nextElementSibling;
    while (dd && dd.tagName.toUpperCase() !== 'DD' && dd.tagName.toUpperCase() !== 'DT') dd = dd.nextElementSibling;
    if (dd && dd.tagName.toUpperCase() === 'DD') out.push({ label: textOf(dt), value: dd });
  }
  return out;
}

/** Label/value pairs from two-column table rows (a th or first td as the label). */
export function pairsFromTables(root: Element): FieldPair[] {
  const out: FieldPair[] = [];
  for (const tr of Array.from(root.querySelectorAll('tr'))) {
    const cells = Array.from(tr.children).filter((c) => /^T[HD]$/i.test(c.tagName));
    if (cells.length !== 2) continue;
    const label = textOf(cells[0]!);
    if (label.length > 0 && label.length <= 90) out.push({ label, value: cells[1]! });
  }
  return out;
}

/** Label/value pairs written as a heading or strong label followed by the value (h3/h4 + p). */
export function pairsFromHeadings(root: Element): FieldPair[] {
  const out: FieldPair[] = [];
  for (const h of Array.from(root.querySelectorAll('h3, h4, h5, strong.label, span.label'))) {
    const next = h.nextElementSibling;
    if (next && /^(?:P|DIV|SPAN)$/i.test(next.tagName)) out.push({ label: textOf(h), value: next });
  }
  return out;
}
