/**
 * Finds a passage's text inside an element and wraps exactly that range in <mark> elements, one per
 * text node it crosses. Only text nodes are split and moved: the page's own markup and the passage's
 * characters are never parsed, so text that looks like HTML stays text.
 */
const SPACE = /[\s\u00a0]/;

interface Flat {
  text: string;
  /** For each character of `text`: the text node and offset it came from. */
  at: Array<[Text, number]>;
}

function flatten(el: Element, skip: (e: Element) => boolean): Flat {
  let text = '';
  const at: Array<[Text, number]> = [];
  let lastSpace = true;
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      const t = n as Text;
      const data = t.data;
      for (let i = 0; i < data.length; i++) {
        const ch = data[i]!;
        if (ch === '\u00ad') continue;
        if (SPACE.test(ch)) {
          if (lastSpace) continue;
          text += ' ';
          lastSpace = true;
        } else {
          text += ch;
          lastSpace = false;
        }
        at.push([t, i]);
      }
    } else if (n.nodeType === 1 && !skip(n as Element)) {
      if ((n as Element).tagName.toUpperCase() === 'BR' && !lastSpace) {
        // A line break reads as a space; it has no text node to map to, so it maps to the next character.
        text += ' ';
        lastSpace = true;
        at.push(at.at(-1)!);
      }
      n.childNodes.forEach(walk);
    }
  };
  walk(el);
  return { text, at };
}

export function normalise(s: string): string {
  return s
    .replace(/\u00ad/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Where the passage is in the element's text: exact, then ignoring case, then its first words. */
function findRange(flat: Flat, excerpt: string): [number, number] | undefined {
  const want = normalise(excerpt);
  if (!want) return undefined;
  let i = flat.text.indexOf(want);
  if (i < 0) i = flat.text.toLowerCase().indexOf(want.toLowerCase());
  if (i >= 0) return [i, i + want.length];
  // The linter repairs mojibake and joins cells with " | ": match the longest leading piece that is there.
  const head = want.split(' | ')[0]!.slice(0, 60);
  i = head.length >= 8 ? flat.text.indexOf(head) : -1;
  return i >= 0 ? [i, i + head.length] : undefined;
}

/** Text.splitText, spelled out (some DOM implementations used in tests lack it). */
function split(node: Text, at: number): Text {
  const rest = node.ownerDocument.createTextNode(node.data.slice(at));
  node.data = node.data.slice(0, at);
  node.parentNode!.insertBefore(rest, node.nextSibling);
  return rest;
}

export function highlight(
  el: Element,
  excerpt: string,
  make: () => HTMLElement,
  skip: (e: Element) => boolean,
): HTMLElement[] {
  const flat = flatten(el, skip);
  if (!flat.text.trim()) return [];
  const [start, end] = findRange(flat, excerpt) ?? [0, flat.text.length];
  // Character range -> [node, from, to] per text node, in document order.
  const pieces: Array<[Text, number, number]> = [];
  for (let k = start; k < end; k++) {
    const [node, off] = flat.at[k]!;
    const last = pieces.at(-1);
    if (last && last[0] === node) last[2] = off + 1;
    else pieces.push([node, off, off + 1]);
  }
  const marks: HTMLElement[] = [];
  for (const [node, from, to] of pieces) {
    let target = node;
    if (to < target.data.length) split(target, to);
    if (from > 0) target = split(target, from);
    const mark = make();
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
    marks.push(mark);
  }
  return marks;
}
