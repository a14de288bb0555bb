import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import mammoth from 'mammoth';
import { decodeEntities, parseGeneratedHtml } from '../../linter/core/parse/generated-html.js';
import { htmlToBlocks } from '../../linter/core/parse/html.js';
import { everyDocx } from '../helpers/cli.js';

const shape = (html: string | ReturnType<typeof parseGeneratedHtml>) =>
  htmlToBlocks('x.docx', html, 'docx', { positions: false }).blocks.map((b) => ({
    kind: b.kind,
    text: b.text,
    headingPath: b.headingPath,
    location: b.location,
    row: b.row,
  }));

describe('parseGeneratedHtml (mammoth output only)', () => {
  it('builds elements, void elements and text with entities decoded', () => {
    const tree = parseGeneratedHtml(
      '<h1>Lots &amp; value</h1><p>£1&#44;000 <br />&lt;img&gt; <a href="a?b=1&amp;c=2">link</a></p><img src="x.png" /><p>&#x2019;end</p>',
    );
    expect(tree.children.map((c) => (c.type === 'element' ? c.tagName : c.type))).toEqual(['h1', 'p', 'img', 'p']);
    expect(shape(tree).map((b) => b.text)).toEqual(['Lots & value', '£1,000 <img> link', '’end']);
  });

  it('decodes only real entities', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&#163;&#xA3;&unknown;&')).toBe('&<>"\'££&unknown;&');
  });

  it('gives the walker the same blocks as parse5 on every DOCX we have', async () => {
    const files = everyDocx();
    expect(files.length).toBeGreaterThan(15);
    for (const f of files) {
      const { value } = await mammoth.convertToHtml({ buffer: readFileSync(f) });
      expect(shape(parseGeneratedHtml(value)), f).toEqual(shape(value));
    }
  });
});
