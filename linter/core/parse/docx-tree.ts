import type { Element, ElementContent, Root } from 'hast';

/**
 * mammoth's document model (what its `transformDocument` option is handed) turned straight into
 * the tree its HTML would parse to, without writing and re-reading that HTML. Writing HTML and
 * parsing it back was about a quarter of a large DOCX's parse: mammoth's HTML conversion works
 * through underscore-heavy path objects, a writer and a simplify pass, then a parser read
 * it all again. The walker gets the same blocks from this tree as from mammoth's HTML
 * (test/parse/docx-tree.test.ts compares them on every DOCX fixture and on models built for each
 * rule below), so DOCX reads exactly as before. A style map embedded in the DOCX by mammoth's own
 * embedStyleMap is not applied: Word and LibreOffice never write one.
 *
 * It follows mammoth's default style map and its two tree rules: an element is "fresh" (always a
 * new element) or not (merged into an equal element just before it, which is how list items join
 * one list and nested items join their parent item); empty elements are dropped unless they must
 * be written (table cells, rows, tables, void elements).
 */

/** The parts of mammoth's document model read here (lib/documents.js). */
export interface DocxNode {
  type: string;
  children?: DocxNode[];
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  numbering?: { level: string | number; isOrdered: boolean } | null;
  isBold?: boolean;
  isItalic?: boolean;
  isStrikethrough?: boolean;
  verticalAlignment?: string;
  breakType?: string;
  isHeader?: boolean;
  colSpan?: number;
  rowSpan?: number;
  altText?: string;
  checked?: boolean;
  noteType?: string;
  noteId?: string;
  body?: DocxNode[];
  href?: string;
  anchor?: string;
  targetFrame?: string | null;
  name?: string;
}
export interface DocxModel extends DocxNode {
  notes?: { resolve(reference: DocxNode): DocxNode };
}

/** An element of mammoth's HTML tree before it is simplified: `names` are the tags it merges with. */
interface Tag {
  name: string;
  names: readonly string[];
  attrs: Record<string, string>;
  fresh: boolean;
}
interface Node {
  tag: Tag;
  children: Child[];
}
type Child = Node | string | typeof FORCE;
/** Keeps its parent from being dropped as empty (mammoth's `forceWrite`). */
const FORCE = Symbol('force-write');

const tag = (
  name: string,
  fresh: boolean,
  attrs: Record<string, string> = {},
  names: readonly string[] = [name],
): Tag => ({
  name,
  names,
  attrs,
  fresh,
});
const el = (t: Tag, children: Child[]): Node => ({ tag: t, children });

/** One style-map path ("ul|ol > li > ol > li:fresh"), outermost first, as tags. */
type Path = readonly Tag[];
const wrap = (path: Path, children: Child[]): Child[] => {
  let out = children;
  for (let i = path.length - 1; i >= 0; i--) out = [el(path[i]!, out)];
  return out;
};

const LIST = ['ul', 'ol'] as const;
/** mammoth's "p:unordered-list(n)" and "p:ordered-list(n)" paths, levels 1-5. */
function listPath(level: number, ordered: boolean): Path {
  const path: Tag[] = [];
  for (let i = 0; i < level; i++) path.push(tag('ul', false, {}, LIST), tag('li', false));
  path[path.length - 2] = tag(ordered ? 'ol' : 'ul', false);
  path[path.length - 1] = tag('li', true);
  return path;
}
const LIST_PATHS = new Map<string, Path>();
for (let level = 1; level <= 5; level++)
  for (const ordered of [false, true]) LIST_PATHS.set(`${level - 1}:${ordered}`, listPath(level, ordered));

const HEADING_BY_ID: Record<string, string> = { Heading: 'h1' };
const HEADING_BY_NAME: Record<string, string> = { HEADING: 'h1' };
for (let n = 1; n <= 6; n++) {
  HEADING_BY_ID[`Heading${n}`] = `h${n}`;
  HEADING_BY_NAME[`HEADING ${n}`] = `h${n}`;
}
/** Note and comment text styles, which the map sends to a plain paragraph before any list rule. */
const NOTE_TEXT = /^(?:(?:FOOTNOTE|ENDNOTE|ANNOTATION) TEXT|FOOTNOTE|ENDNOTE)$/;
const P: Path = [tag('p', true)];

/** The first matching line of mammoth's default style map for a paragraph, in the map's order. */
function paragraphPath(p: DocxNode): Path {
  const byId = p.styleId ? HEADING_BY_ID[p.styleId] : undefined;
  const name = p.styleName?.toUpperCase();
  const heading = byId ?? (name ? HEADING_BY_NAME[name] : undefined);
  if (heading) return [tag(heading, true)];
  if (name && NOTE_TEXT.test(name)) return P;
  if (p.numbering) {
    const list = LIST_PATHS.get(`${p.numbering.level}:${p.numbering.isOrdered}`);
    if (list) return list;
  }
  return P;
}

/** Inline wrappers mammoth writes for a run, innermost first (its default map: s, sub, sup, em, strong). */
function runPath(r: DocxNode): Path {
  const inner: Tag[] = [];
  if (r.isStrikethrough) inner.push(tag('s', false));
  if (r.verticalAlignment === 'subscript') inner.push(tag('sub', false));
  if (r.verticalAlignment === 'superscript') inner.push(tag('sup', false));
  if (r.isItalic) inner.push(tag('em', false));
  if (r.isBold) inner.push(tag('strong', false));
  if (r.styleName?.toUpperCase() === 'STRONG') inner.push(tag('strong', false));
  return inner.reverse();
}

export function docxTree(document: DocxModel): Root {
  const notes: DocxNode[] = [];
  let noteNumber = 1;

  // `header`: inside a table's header rows, where cells are th (a table nested there starts afresh).
  const convertAll = (nodes: readonly DocxNode[] | undefined, header = false): Child[] => {
    const out: Child[] = [];
    for (const n of nodes ?? []) for (const c of convert(n, header)) out.push(c);
    return out;
  };

  const convert = (n: DocxNode, header = false): Child[] => {
    switch (n.type) {
      case 'paragraph':
        return wrap(paragraphPath(n), convertAll(n.children, header));
      case 'run':
        return wrap(runPath(n), convertAll(n.children, header));
      case 'text':
        return [n.value ?? ''];
      case 'tab':
        return ['\t'];
      case 'hyperlink': {
        const attrs: Record<string, string> = { href: n.anchor ? `#${n.anchor}` : (n.href ?? '') };
        if (n.targetFrame != null) attrs.target = n.targetFrame;
        return [el(tag('a', false, attrs), convertAll(n.children, header))];
      }
      case 'checkbox':
        return [
          el(tag('input', true, n.checked ? { type: 'checkbox', checked: 'checked' } : { type: 'checkbox' }), []),
        ];
      case 'bookmarkStart':
        return [el(tag('a', true, { id: n.name ?? '' }), [FORCE])];
      case 'noteReference': {
        notes.push(n);
        const id = `${n.noteType}-${n.noteId}`;
        const anchor = el(tag('a', true, { href: `#${id}`, id: `${n.noteType}-ref-${n.noteId}` }), [
          `[${noteNumber++}]`,
        ]);
        return [el(tag('sup', true), [anchor])];
      }
      case 'note': {
        const backLink = el(tag('p', false), [
          ' ',
          el(tag('a', true, { href: `#${n.noteType}-ref-${n.noteId}` }), ['\u2191']),
        ]);
        return [el(tag('li', true, { id: `${n.noteType}-${n.noteId}` }), [...convertAll(n.body), backLink])];
      }
      case 'image':
        return [el(tag('img', true, n.altText ? { alt: n.altText, src: '' } : { src: '' }), [])];
      case 'table':
        return [el(tag('table', true), tableChildren(n))];
      case 'tableRow':
        return [el(tag('tr', true), [FORCE, ...convertAll(n.children, header)])];
      case 'tableCell':
        return [cell(n, header)];
      case 'break':
        return n.breakType === 'line' ? [el(tag('br', true), [])] : [];
      default:
        // Comment references: mammoth's default map ignores them, so no comment list is written.
        return [];
    }
  };

  const cell = (n: DocxNode, header: boolean): Node => {
    const attrs: Record<string, string> = {};
    if (n.colSpan !== undefined && n.colSpan !== 1) attrs.colspan = String(n.colSpan);
    if (n.rowSpan !== undefined && n.rowSpan !== 1) attrs.rowspan = String(n.rowSpan);
    return el(tag(header ? 'th' : 'td', true, attrs), [FORCE, ...convertAll(n.children, header)]);
  };

  // Header rows are the leading rows marked as such; with none, rows sit in the table directly.
  const tableChildren = (t: DocxNode): Child[] => {
    const rows = t.children ?? [];
    let body = rows.findIndex((r) => !r.isHeader);
    if (body === -1) body = rows.length;
    if (body === 0) return [FORCE, ...convertAll(rows)];
    return [
      FORCE,
      el(tag('thead', true), convertAll(rows.slice(0, body), true)),
      el(tag('tbody', true), convertAll(rows.slice(body))),
    ];
  };

  const children = convertAll(document.children);
  const noteItems: Child[] = [];
  // Only the notes referenced from the body: a reference inside a note is numbered but not listed.
  for (const ref of notes.slice()) {
    const note = document.notes?.resolve(ref);
    if (note) for (const c of convert(note)) noteItems.push(c);
  }
  children.push(el(tag('ol', true), noteItems));

  return { type: 'root', children: toHast(collapse(removeEmpty(children))) };
}

const VOID = new Set(['br', 'hr', 'img', 'input']);

function removeEmpty(nodes: Child[]): Child[] {
  const out: Child[] = [];
  for (const n of nodes) {
    if (typeof n === 'string') {
      if (n.length) out.push(n);
    } else if (n === FORCE) out.push(n);
    else {
      const children = removeEmpty(n.children);
      if (children.length || VOID.has(n.tag.name)) out.push({ tag: n.tag, children });
    }
  }
  return out;
}

const sameAttrs = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

function append(children: Child[], child: Child): void {
  const last = children[children.length - 1];
  if (
    typeof child === 'object' &&
    !child.tag.fresh &&
    typeof last === 'object' &&
    child.tag.names.includes(last.tag.name) &&
    sameAttrs(child.tag.attrs, last.tag.attrs)
  ) {
    for (const grandChild of child.children) append(last.children, grandChild);
  } else children.push(child);
}

function collapse(nodes: Child[]): Child[] {
  const out: Child[] = [];
  for (const n of nodes) append(out, typeof n === 'object' ? { tag: n.tag, children: collapse(n.children) } : n);
  return out;
}

/** To hast, with adjacent text joined as an HTML parser would read it back. */
function toHast(nodes: Child[]): ElementContent[] {
  const out: ElementContent[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', value: text });
    text = '';
  };
  for (const n of nodes) {
    if (n === FORCE) continue;
    if (typeof n === 'string') text += n;
    else {
      flush();
      const element: Element = {
        type: 'element',
        tagName: n.tag.name,
        properties: { ...n.tag.attrs },
        children: toHast(n.children),
      };
      out.push(element);
    }
  }
  flush();
  return out;
}
