import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { RootContent, PhrasingContent, ListItem, TableRow } from 'mdast';

/**
 * Markdown as plain text for a terminal (`--explain`): headings underlined, links as "text (url)",
 * tables as aligned columns, HTML dropped (the docs carry generator comments and <sub> notes whose
 * text is kept), so nothing shows markup a reader has to decode.
 */
export function markdownToTerminal(markdown: string, width = 100): string {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const out: string[] = [];
  for (const node of tree.children) {
    const block = renderBlock(node, width);
    if (block !== undefined) out.push(block);
  }
  return out.join('\n\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

function inline(nodes: PhrasingContent[]): string {
  return nodes
    .map((n): string => {
      switch (n.type) {
        case 'text':
          return n.value;
        case 'inlineCode':
          return n.value;
        case 'emphasis':
        case 'strong':
        case 'delete':
          return inline(n.children);
        case 'link': {
          const text = inline(n.children);
          return text === n.url ? n.url : `${text} (${n.url})`;
        }
        case 'break':
          return '\n';
        case 'html':
          return stripTags(n.value);
        default:
          return 'children' in n
            ? inline((n as { children: PhrasingContent[] }).children)
            : 'value' in n
              ? String((n as { value: unknown }).value)
              : '';
      }
    })
    .join('');
}

/** The text of an HTML fragment: comments and tags dropped. A scan with indexOf, linear on any input. */
function stripTags(html: string): string {
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) return out + html.slice(i);
    out += html.slice(i, lt);
    const comment = html.startsWith('<!--', lt);
    const tag = comment || /[a-z/]/i.test(html[lt + 1] ?? '');
    if (!tag) {
      out += '<';
      i = lt + 1;
      continue;
    }
    const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 1);
    if (end < 0) return out;
    i = end + (comment ? 3 : 1);
  }
  return out;
}

function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width - indent.length) {
        lines.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(indent + line);
  }
  return lines.join('\n');
}

function listItem(item: ListItem, marker: string, width: number): string {
  const body = item.children
    .map((c) => renderBlock(c, width - marker.length) ?? '')
    .filter(Boolean)
    .join('\n');
  const pad = ' '.repeat(marker.length);
  return body
    .split('\n')
    .map((l, i) => (i === 0 ? marker + l.trimStart() : pad + l))
    .join('\n');
}

function rowCells(row: TableRow): string[] {
  return row.children.map((c) => inline(c.children).trim());
}

function renderBlock(node: RootContent, width: number): string | undefined {
  switch (node.type) {
    case 'heading': {
      const text = inline(node.children).trim();
      return node.depth <= 2 ? `${text}\n${(node.depth === 1 ? '=' : '-').repeat(text.length)}` : text;
    }
    case 'paragraph': {
      const text = inline(node.children).trim();
      return text ? wrap(text, width) : undefined;
    }
    case 'list':
      return node.children
        .map((item, i) => listItem(item, node.ordered ? `${(node.start ?? 1) + i}. ` : '- ', width))
        .join('\n');
    case 'code':
      return node.value
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n');
    case 'blockquote':
      return node.children
        .map((c) => renderBlock(c, width - 2) ?? '')
        .join('\n')
        .split('\n')
        .map((l) => `| ${l}`)
        .join('\n');
    case 'table': {
      const rows = node.children.map(rowCells);
      const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
      const line = (r: string[]) =>
        r
          .map((cell, c) => cell.padEnd(widths[c]!))
          .join('  ')
          .trimEnd();
      return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
    }
    case 'html': {
      const text = stripTags(node.value).trim();
      return text ? wrap(text, width) : undefined;
    }
    case 'thematicBreak':
      return '-'.repeat(Math.min(width, 40));
    default:
      return undefined;
  }
}
