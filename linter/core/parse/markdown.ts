import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parse as parseYaml } from 'yaml';
import type { Nodes, Parents, Root, Table } from 'mdast';
import type { SourceComment, TenderDocument } from '../model/document.js';
import { BlockSink, TextBuilder, joinCells } from './blocks.js';
import { ParseError } from './errors.js';
import { commentsIn } from './comments.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Inline text of a node; soft line breaks become spaces, each source line gets its own segment. */
function inline(node: Nodes, out: TextBuilder, lines: string[]): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const start = node.position?.start;
    const pieces = node.value.split('\n');
    pieces.forEach((piece, i) => {
      if (i > 0) out.space();
      if (!start) return out.add(piece);
      const line = start.line + i;
      let column = start.column;
      if (i > 0) {
        const src = lines[line - 1] ?? '';
        const found = src.indexOf(piece.slice(0, 12));
        column = found >= 0 ? found + 1 : 1;
      }
      out.add(piece, { line, column });
    });
    return;
  }
  if (node.type === 'break') return out.space();
  if (node.type === 'image' || node.type === 'html' || node.type === 'footnoteReference') return;
  if ('children' in node) for (const child of node.children) inline(child, out, lines);
}

function position(node: Nodes) {
  const p = node.position?.start;
  return p ? { line: p.line, column: p.column } : {};
}

export function parseMarkdown(path: string, source: string): TenderDocument {
  const tree = processor.parse(source);
  const lines = source.split(/\r?\n/);
  const sink = new BlockSink();
  let stated: Record<string, unknown> = {};
  const notes: string[] = [];

  const textOf = (node: Nodes) => {
    const b = new TextBuilder();
    inline(node, b, lines);
    return b;
  };

  const table = (node: Table) => {
    for (const row of node.children) {
      const cells = row.children.map((cell) => textOf(cell));
      const { text, segments } = joinCells(cells);
      const rowBlock = sink.add('table-row', text, position(row), { segments });
      if (!rowBlock) continue;
      cells.forEach((c, i) => {
        sink.add('table-cell', c.text(), position(row.children[i]!), { segments: c.segments, row: rowBlock.index });
      });
    }
  };

  const walk = (node: Parents) => {
    for (const child of node.children as Nodes[]) {
      switch (child.type) {
        case 'yaml': {
          try {
            const data = parseYaml(child.value);
            if (data && typeof data === 'object') stated = data as Record<string, unknown>;
          } catch (e) {
            throw new ParseError(
              'bad-front-matter',
              `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`,
            );
          }
          break;
        }
        case 'heading': {
          const t = textOf(child);
          sink.add('heading', t.text(), position(child), { depth: child.depth, segments: t.segments });
          break;
        }
        case 'paragraph':
        case 'code': {
          const t = child.type === 'code' ? codeText(child.value, child.position?.start.line) : textOf(child);
          sink.add('paragraph', t.text(), position(child), { segments: t.segments });
          break;
        }
        case 'list':
          for (const item of child.children) {
            // The item's own paragraphs form one block; nested lists become their own items.
            const t = new TextBuilder();
            for (const part of item.children) {
              if (part.type === 'list') continue;
              t.space();
              inline(part, t, lines);
            }
            sink.add('list-item', t.text(), position(item), { segments: t.segments });
            walk({ type: 'root', children: item.children.filter((c) => c.type === 'list') });
          }
          break;
        case 'table':
          table(child);
          break;
        // A footnote's text is part of the tender ("[^2]: Every laundry ... must be certified to BS EN 14065"), read where it is written.
        case 'blockquote':
        case 'footnoteDefinition':
          walk(child);
          break;
        default:
          break;
      }
    }
  };
  walk(tree);
  return {
    path,
    format: 'markdown',
    blocks: sink.blocks,
    stated,
    notes,
    comments: markdownComments(tree),
    ...sink.normalised(),
  };
}

/** HTML comments anywhere in the tree (block or inline), with their lines: suppression directives live there. */
function markdownComments(tree: Root): SourceComment[] {
  const out: SourceComment[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html' && node.position)
      out.push(...commentsIn(node.value, node.position.start.line, node.position.start.column));
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return out;
}

function codeText(value: string, line: number | undefined): TextBuilder {
  const b = new TextBuilder();
  value.split('\n').forEach((l, i) => {
    b.space();
    b.add(l, line ? { line: line + 1 + i, column: 1 } : undefined);
  });
  return b;
}
