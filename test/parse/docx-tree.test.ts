import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { parseDocx } from '../../linter/core/parse/docx.js';
import { docxTree, type DocxModel, type DocxNode } from '../../linter/core/parse/docx-tree.js';
import { blocksFromTree } from '../../linter/core/parse/html-blocks.js';
import { htmlToBlocks } from '../../linter/core/parse/html.js';
import { everyDocx } from '../helpers/cli.js';

// The oracle is mammoth's own HTML, read by the HTML input's parser (parse5 through rehype):
// docx-tree.ts must give the walker the blocks that HTML gives, on real files and on models built
// to reach each of mammoth's tree rules.
const images = mammoth.images.imgElement(async () => ({ src: '' }));
const fromHtml = (html: string) => htmlToBlocks('x.docx', html, 'docx', { positions: false }).blocks;
const fromModel = (model: DocxModel) => blocksFromTree('x.docx', docxTree(model), 'docx', { positions: false }).blocks;

const EVAL = join(import.meta.dirname, '../../fixtures/eval/dev');
const base = readFileSync(everyDocx()[0]!);

/** mammoth's HTML for a hand-built model: any DOCX is read, and transformDocument swaps in the model. */
async function mammothBlocks(model: DocxModel) {
  const { value } = await mammoth.convertToHtml(
    { buffer: base },
    {
      convertImage: images,
      transformDocument: () => model,
    },
  );
  return fromHtml(value);
}

const text = (value: string): DocxNode => ({ type: 'text', value });
const run = (value: string, props: Partial<DocxNode> = {}): DocxNode => ({
  type: 'run',
  children: [text(value)],
  styleId: null,
  styleName: null,
  isBold: false,
  isItalic: false,
  isStrikethrough: false,
  verticalAlignment: 'baseline',
  ...({ isUnderline: false, isAllCaps: false, isSmallCaps: false, highlight: null } as object),
  ...props,
});
const para = (children: DocxNode[] | string, props: Partial<DocxNode> = {}): DocxNode => ({
  type: 'paragraph',
  children: typeof children === 'string' ? [run(children)] : children,
  styleId: null,
  styleName: null,
  numbering: null,
  ...props,
});
const item = (t: string, level: number, isOrdered = false, props: Partial<DocxNode> = {}) =>
  para(t, {
    numbering: { level: String(level), isOrdered },
    styleId: 'ListParagraph',
    styleName: 'List Paragraph',
    ...props,
  });
const cell = (t: string, props: Partial<DocxNode> = {}): DocxNode => ({
  type: 'tableCell',
  children: [para(t)],
  colSpan: 1,
  rowSpan: 1,
  ...props,
});
const row = (cells: DocxNode[], isHeader = false): DocxNode => ({ type: 'tableRow', children: cells, isHeader });
const table = (rows: DocxNode[]): DocxNode => ({ type: 'table', children: rows, styleId: null, styleName: null });
const doc = (children: DocxNode[], notes: Record<string, DocxNode> = {}): DocxModel => ({
  type: 'document',
  children,
  notes: { resolve: (ref) => notes[`${ref.noteType}-${ref.noteId}`]! },
  ...({ comments: [] } as object),
});

const cases: Array<[string, DocxModel]> = [
  [
    'headings by style id and by name, in any case, before a numbered style',
    doc([
      para('Lots', { styleId: 'Heading1', styleName: 'Heading 1' }),
      para('Value', { styleId: 'Custom', styleName: 'heading 2' }),
      para('Term', { styleId: 'Heading', styleName: 'Heading' }),
      para('1.1 Numbered heading', { styleId: 'Heading2', numbering: { level: '0', isOrdered: true } }),
      para('Body text', { styleName: 'Normal' }),
    ]),
  ],
  [
    'lists: one list across items, a nested item in its parent, an ordered list after a bullet one',
    doc([
      para('Bidders must:'),
      item('hold insurance', 0),
      item('employer liability £5m', 1),
      item('public liability £2m', 1, true),
      item('have a policy', 0),
      item('first step', 0, true),
      item('deep', 4),
      item('too deep for the map', 5),
      para('After the list.'),
      item('a nested item with no parent', 2),
    ]),
  ],
  [
    'a numbered paragraph in a note-text style is a paragraph; an empty paragraph is dropped',
    doc([
      item('numbered note text', 0, false, { styleName: 'footnote text' }),
      para([]),
      para([run('')]),
      item('after the empty ones', 0),
    ]),
  ],
  [
    'runs: bold, italic, strikethrough, superscript and Strong around text, tabs and line breaks',
    doc([
      para([
        run('Minimum ', { isBold: true }),
        run('turnover', { isBold: true, isItalic: true }),
        { type: 'tab' },
        run('£1m', { isStrikethrough: true, verticalAlignment: 'superscript' }),
        { type: 'break', breakType: 'line' },
        run('per year', { styleName: 'Strong' }),
        { type: 'break', breakType: 'page' },
        run(' in total'),
      ]),
    ]),
  ],
  [
    'hyperlinks, bookmarks between list items, checkboxes and images',
    doc([
      para([
        { type: 'hyperlink', href: 'https://example.org', children: [run('the portal')] },
        { type: 'hyperlink', href: 'https://example.org', children: [run(' again')] },
        { type: 'hyperlink', anchor: 'sec2', children: [run(' section 2')] },
      ]),
      item('first', 0),
      para([{ type: 'bookmarkStart', name: 'b1' }]),
      item('nested after a bookmark', 1),
      para([{ type: 'checkbox', checked: true }, run(' I confirm')]),
      para([{ type: 'image', altText: 'logo' }]),
    ]),
  ],
  [
    'tables: header rows as th, cells with spans and several paragraphs, a table in a cell, empty cells',
    doc([
      table([
        row([cell('Lot'), cell('Value')], true),
        row([cell('Lot 1'), cell('£100,000', { colSpan: 2 })]),
        row([
          { type: 'tableCell', children: [para('First'), para('Second')], colSpan: 1, rowSpan: 2 },
          { type: 'tableCell', children: [], colSpan: 1, rowSpan: 1 },
        ]),
        row([
          {
            type: 'tableCell',
            children: [table([row([cell('inner head')], true), row([cell('inner body')])])],
            colSpan: 1,
            rowSpan: 1,
          },
        ]),
      ]),
      table([row([cell('only header')], true)]),
      table([row([cell('no header')])]),
    ]),
  ],
  [
    'notes: numbered references, the note list after the body, the back link joined to the last paragraph',
    doc(
      [
        para([run('Turnover'), { type: 'noteReference', noteType: 'footnote', noteId: '1' }, run(' applies.')]),
        para([run('See'), { type: 'noteReference', noteType: 'endnote', noteId: '2' }]),
      ],
      {
        'footnote-1': { type: 'note', noteType: 'footnote', noteId: '1', body: [para('Two years of accounts.')] },
        'endnote-2': {
          type: 'note',
          noteType: 'endnote',
          noteId: '2',
          body: [para('First.'), table([row([cell('in a note')])])],
        },
      },
    ),
  ],
];

describe('docxTree: the tree mammoth HTML would give, built from its document model', () => {
  it.each(cases)('%s', async (_name, model) => {
    const want = await mammothBlocks(model);
    expect(want.length).toBeGreaterThan(0);
    expect(fromModel(model)).toEqual(want);
  });

  it('gives the walker the same blocks as mammoth HTML on every DOCX fixture, corpus file and evaluation document', async () => {
    const files = [
      ...everyDocx(),
      ...readdirSync(EVAL)
        .filter((f) => f.endsWith('.docx'))
        .map((f) => join(EVAL, f)),
    ];
    expect(files.length).toBeGreaterThan(100);
    for (const f of files) {
      const bytes = readFileSync(f);
      const { value } = await mammoth.convertToHtml({ buffer: bytes }, { convertImage: images });
      const got = await parseDocx(f, new Uint8Array(bytes));
      expect(got.blocks, f).toEqual(fromHtml(value));
    }
  });
});
