import type { Element, ElementContent, Root } from 'hast';

/**
 * A tree from HTML that tenderlint's own dependency wrote (mammoth's output for a DOCX): well
 * formed, every element closed, attributes quoted, only the five XML entities and numeric ones.
 * A full HTML5 parser (parse5) cost a quarter of a 100-page DOCX's lint time for markup that needs
 * none of its error recovery. Untrusted HTML (HTML input, portal pages) still goes through
 * rehype-parse; both trees go to the same walker (html-blocks.ts).
 */
const VOID = new Set(['br', 'img', 'hr', 'col', 'wbr', 'input', 'meta', 'link']);
const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const TAG =
  /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>$/;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return ENTITY[name] ?? all;
  });
}

export function parseGeneratedHtml(html: string): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Array<Root | Element> = [root];
  const text = (value: string) => {
    if (value)
      (stack[stack.length - 1]!.children as ElementContent[]).push({ type: 'text', value: decodeEntities(value) });
  };
  // A scan for "<" rather than one regex over the whole string: this runs on every DOCX.
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    text(html.slice(at, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt);
    if (gt < 0) {
      text(html.slice(lt));
      at = html.length;
      break;
    }
    const m = TAG.exec(html.slice(lt, gt + 1));
    at = gt + 1;
    if (!m || m.index !== 0 || !m[2]) {
      text(html.slice(lt, gt + 1));
      continue;
    }
    const name = m[2].toLowerCase();
    if (m[1]) {
      // Close up to the matching element; a stray end tag closes nothing.
      const i = stack.findLastIndex((e) => e.type === 'element' && e.tagName === name);
      if (i > 0) stack.length = i;
      continue;
    }
    const properties: Record<string, string> = {};
    if (m[3]) for (const a of m[3].matchAll(ATTR)) properties[a[1]!] = decodeEntities(a[2] ?? a[3] ?? '');
    const el: Element = { type: 'element', tagName: name, properties, children: [] };
    (stack[stack.length - 1]!.children as ElementContent[]).push(el);
    if (!VOID.has(name) && !m[4]) stack.push(el);
  }
  text(html.slice(at));
  return root;
}
