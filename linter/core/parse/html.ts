import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root } from 'hast';
import type { TenderDocument } from '../model/document.js';
import { blocksFromTree, type HtmlOptions } from './html-blocks.js';

export type { HtmlOptions } from './html-blocks.js';

const processor = unified().use(rehypeParse, { fragment: false });

/** HTML (parsed here with rehype) or a tree already parsed, to blocks (html-blocks.ts). */
export function htmlToBlocks(
  path: string,
  html: string | Root,
  format: 'html' | 'docx',
  options: HtmlOptions,
): TenderDocument {
  return blocksFromTree(path, typeof html === 'string' ? processor.parse(html) : html, format, options);
}

export function parseHtml(path: string, html: string): TenderDocument {
  return htmlToBlocks(path, html, 'html', { positions: true });
}
