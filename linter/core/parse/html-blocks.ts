// The HTML walker alone, without an HTML parser: a DOCX never needs rehype-parse, whose loading
// (parse5, unified) cost about as much as loading mammoth in every parse process that read a DOCX.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Location, SourceComment, TenderDocument } from '../model/document.js';
import { BlockSink, TextBuilder, joinCells } from './blocks.js';
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'svg',
  'button',
  'select',
  'iframe',
  'object',
]);
const HEADING = /^h([1-6])$/;
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'header',
  'footer',
  'blockquote',
  'dd',
  'dt',
  'figure',
  'figcaption',
  'form',
  'fieldset',
  'address',
  'details',
  'summary',
  'pre',
  'body',
  'html',
  'ul',
  'ol',
  'dl',
  'caption',
  'legend',
  'label',
  'center',
]);

export interface HtmlOptions {
  /** Report line and column in this HTML (true for HTML input; false for mammoth's HTML from a DOCX). */
  positions: boolean;
}

function hidden(el: Element): boolean {
  const p = el.properties ?? {};
  return (p.hidden !== undefined && p.hidden !== false) || String(p.ariaHidden) === 'true';
}

/**
 * The one HTML-to-blocks walker: HTML input (parsed by rehype, html.ts) and DOCX (mammoth's HTML,
 * turned into a tree by docx-tree.ts) both come here. Headings,
 * paragraphs, list items and table rows become blocks; table cells are kept as blocks of their own.
 */
export function blocksFromTree(
  path: string,
  tree: Root,
  format: 'html' | 'docx',
  options: HtmlOptions,
): TenderDocument {
  const sink = new BlockSink();

  const loc = (node: { position?: { start: { line: number; column: number } } | undefined }): Location | undefined =>
    options.positions && node.position
      ? { line: node.position.start.line, column: node.position.start.column }
      : undefined;

  const blockLocation = (el: Element): Location => {
    if (options.positions) return loc(el) ?? {};
    // DOCX has no lines: number the blocks and name the heading they sit under.
    const heading = sink.headingPath().at(-1);
    return { block: sink.readingBlocks + 1, ...(heading ? { heading } : {}) };
  };

  /** Inline text of an element, stopping at nested blocks (which the caller visits separately). */
  const inline = (nodes: ElementContent[], out: TextBuilder, nested: Element[]) => {
    for (const n of nodes) {
      if (n.type === 'text') out.add(n.value, loc(n));
      else if (n.type === 'element') {
        if (SKIP.has(n.tagName) || hidden(n)) continue;
        if (n.tagName === 'br') out.space();
        else if (
          n.tagName === 'ul' ||
          n.tagName === 'ol' ||
          n.tagName === 'table' ||
          HEADING.test(n.tagName) ||
          (n.tagName === 'p' && out.text())
        ) {
          nested.push(n);
        } else if (BLOCKS.has(n.tagName) || n.tagName === 'li' || n.tagName === 'tr') {
          nested.push(n);
        } else inline(n.children, out, nested);
      }
    }
  };

  const flow = (el: Element, kind: 'paragraph' | 'list-item' | 'heading', extra: { depth?: number } = {}) => {
    const t = new TextBuilder();
    const nested: Element[] = [];
    const location = blockLocation(el);
    inline(el.children, t, nested);
    sink.add(kind, t.text(), location, { segments: options.positions ? t.segments : undefined, ...extra });
    for (const n of nested) visit(n);
  };

  // A cell holding several paragraphs, a list or a table is a layout box, not a datum: its content
  // reads as paragraphs and list items of their own, so a rule quotes the item, not the whole row.
  const isLayoutCell = (cell: Element) => {
    const blocks = cell.children.filter(
      (c): c is Element =>
        c.type === 'element' &&
        (c.tagName === 'p' ||
          c.tagName === 'ul' ||
          c.tagName === 'ol' ||
          c.tagName === 'table' ||
          HEADING.test(c.tagName) ||
          c.tagName === 'div'),
    );
    return blocks.some((b) => b.tagName !== 'p') || blocks.length > 1;
  };

  const row = (tr: Element) => {
    const cellEls = tr.children.filter(
      (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
    );
    if (cellEls.some(isLayoutCell)) {
      for (const cell of cellEls) cell.children.forEach(visit);
      return;
    }
    const location = blockLocation(tr);
    const cells = cellEls.map((cell) => {
      const t = new TextBuilder();
      const nested: Element[] = [];
      inline(cell.children, t, nested);
      // Paragraphs inside cells (mammoth writes <td><p>..</p></td>) are part of the cell's text.
      for (const n of nested) {
        t.space();
        inline(n.children, t, []);
      }
      return t;
    });
    const { text, segments } = joinCells(cells);
    const rowBlock = sink.add('table-row', text, location, { segments: options.positions ? segments : undefined });
    if (!rowBlock) return;
    cells.forEach((c, i) => {
      sink.add('table-cell', c.text(), options.positions ? (loc(cellEls[i]!) ?? location) : location, {
        segments: options.positions ? c.segments : undefined,
        row: rowBlock.index,
      });
    });
  };

  const visit = (node: Root | RootContent | ElementContent): void => {
    if (node.type === 'root') return node.children.forEach(visit);
    if (node.type !== 'element') {
      if (node.type === 'text' && node.value.trim()) {
        // Loose text directly in a container is a paragraph of its own.
        const t = new TextBuilder();
        t.add(node.value, loc(node));
        sink.add(
          'paragraph',
          t.text(),
          loc(node) ?? blockLocation({ type: 'element', tagName: 'p', properties: {}, children: [] }),
          { segments: options.positions ? t.segments : undefined },
        );
      }
      return;
    }
    const el = node;
    if (SKIP.has(el.tagName) || hidden(el)) return;
    const h = HEADING.exec(el.tagName);
    if (h) return flow(el, 'heading', { depth: Number(h[1]) });
    if (
      el.tagName === 'p' ||
      el.tagName === 'pre' ||
      el.tagName === 'dt' ||
      el.tagName === 'dd' ||
      el.tagName === 'caption' ||
      el.tagName === 'figcaption' ||
      el.tagName === 'summary' ||
      el.tagName === 'legend' ||
      el.tagName === 'label'
    )
      return flow(el, 'paragraph');
    if (el.tagName === 'li') return flow(el, 'list-item');
    if (el.tagName === 'tr') return row(el);
    if (el.tagName === 'template') return;
    // Containers: a div holding only inline content reads as a paragraph.
    const onlyInline = el.children.every(
      (c) =>
        c.type !== 'element' ||
        !(
          BLOCKS.has(c.tagName) ||
          HEADING.test(c.tagName) ||
          ['p', 'li', 'tr', 'table', 'ul', 'ol', 'tbody', 'thead', 'tfoot'].includes(c.tagName)
        ),
    );
    if (
      onlyInline &&
      el.tagName !== 'table' &&
      el.tagName !== 'tbody' &&
      el.tagName !== 'thead' &&
      el.tagName !== 'tfoot' &&
      el.children.some((c) => (c.type === 'text' ? c.value.trim() : c.type === 'element'))
    ) {
      return flow(el, 'paragraph');
    }
    el.children.forEach(visit);
  };

  visit(tree);
  return {
    path,
    format,
    blocks: sink.blocks,
    stated: {},
    notes: [],
    ...(options.positions ? { comments: htmlComments(tree) } : {}),
    ...sink.normalised(),
  };
}

/** Every comment node with its line (HTML input only: DOCX has no lines), for suppression directives. */
function htmlComments(tree: Root): SourceComment[] {
  const out: SourceComment[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'comment' && node.position) {
      const { start, end } = node.position;
      out.push({ text: node.value, line: start.line, column: start.column, endLine: end.line });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return out;
}
