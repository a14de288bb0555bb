// Issue 16, item 7: invisible characters made a £1.2m turnover demand on a £100k contract lint
// clean, and a zero-width space inside "£100,000" read as £100. Text is now cleaned before facts are
// extracted, the columns still point at the original, and the report says what was removed.
import { describe, expect, it } from 'vitest';
import { parseBytes } from '../../linter/core/parse/index.js';
import { lintDocument } from '../../linter/core/lint.js';
import { locate } from '../../linter/core/text/locate.js';
import { cleanText, noChanges } from '../../linter/core/text/clean.js';
import { LOOKALIKES } from '../../linter/core/text/lookalikes.js';
import { cli, cleanup, tempDir } from '../cli/helpers.js';

const tender = (turnover: string, value = '£100,000') => `# Cleaning services

The estimated total value of the contract is ${value} over one year.

Bidders must have a minimum annual ${turnover} of £1,200,000.
`;

const lint = async (text: string, name = 'x.md') => {
  const [doc] = await parseBytes(name, new TextEncoder().encode(text));
  return { doc: doc!, findings: lintDocument(doc!).findings };
};

describe('evasions are read as what a person sees', () => {
  it.each([
    ['a zero-width space', 'turn\u200bover'],
    ['a zero-width non-joiner', 'turn\u200cover'],
    ['a zero-width joiner', 'turn\u200dover'],
    ['a word joiner', 'turn\u2060over'],
    ['a BOM inside the word', 'turn\ufeffover'],
    ['a right-to-left override', 'turn\u202eover\u202c'],
    ['a Cyrillic о', 'turn\u043ever'],
    ['a Cyrillic е', 'turnov\u0435r'],
    ['a Greek ο', 'turn\u03bfver'],
    ['fullwidth letters', '\uff54\uff55\uff52\uff4e\uff4f\uff56\uff45\uff52'],
  ])('%s in "turnover"', async (_, word) => {
    const { findings } = await lint(tender(word));
    expect(findings.map((f) => f.ruleId)).toContain('turnover-multiple');
  });

  it.each([
    ['a fullwidth pound sign', tender('turnover').replace('£1,200,000', '\uffe11,200,000')],
    ['fullwidth digits', tender('turnover').replace('£1,200,000', '£\uff11,\uff12\uff10\uff10,\uff10\uff10\uff10')],
  ])('%s in the amount', async (_, text) => {
    const { findings } = await lint(text);
    expect(findings.map((f) => f.ruleId)).toContain('turnover-multiple');
  });

  it('a zero-width space inside "£100,000" reads as £100,000, not £100', async () => {
    const { findings } = await lint(tender('turnover', '£100\u200b,000'));
    const turnover = findings.find((f) => f.ruleId === 'turnover-multiple')!;
    expect(turnover.message).toContain('£100,000');
    expect(turnover.message).toContain('12 x');
    expect(turnover.message).not.toContain('12000');
  });
});

describe('locations after cleaning', () => {
  it('columns after removed characters point at the original line', async () => {
    const line = 'Bidders must have a minimum annual turn\u200b\u200bover of \uffe11,200,000 from year\u202e one.';
    const { doc } = await lint(`${line}\n`, 'x.txt');
    const block = doc.blocks[0]!;
    const at = block.text.indexOf('£1,200,000');
    expect(block.text).toContain('annual turnover of £1,200,000 from year one.');
    const loc = locate(block, at, at + '£1,200,000'.length);
    expect(loc.column).toBe(line.indexOf('\uffe1') + 1);
    expect(loc.endColumn).toBe(line.indexOf('\uffe1') + '£1,200,000'.length + 1);
    const one = block.text.indexOf('one');
    expect(locate(block, one, one + 3).column).toBe(line.indexOf('one') + 1);
  });

  it('double spaces and tabs inside a line keep later columns right too', async () => {
    const line = 'Bidders  must\t\thave a minimum annual turnover of £1,200,000.';
    const { doc } = await lint(`${line}\n`, 'x.txt');
    const block = doc.blocks[0]!;
    const at = block.text.indexOf('£');
    expect(locate(block, at, at + 1).column).toBe(line.indexOf('£') + 1);
  });
});

describe('the report says what was removed or folded', () => {
  it('counts each kind on the document', async () => {
    const { doc } = await lint(tender('turn\u200bov\u0435r').replace('£1,200,000', '\uffe11,200,000\u202e'));
    expect(doc.normalised).toEqual({ invisible: 1, bidi: 1, fullwidth: 1, lookalikes: 1 });
  });

  it('says nothing for clean text, soft hyphens and NBSP', async () => {
    const { doc } = await lint(tender('turn\u00adover').replace('£100,000', '£100,000\u00a0'));
    expect(doc.normalised).toBeUndefined();
  });

  it('puts the counts in the JSON report', () => {
    const dir = tempDir({ 'a.md': tender('turn\u200bover') });
    try {
      const r = cli(['-f', 'json', 'a.md'], dir);
      expect(JSON.parse(r.stdout).files[0].normalised).toEqual({ invisible: 1, bidi: 0, fullwidth: 0, lookalikes: 0 });
    } finally {
      cleanup(dir);
    }
  });
});

describe('the vocabulary', () => {
  it.each(Object.entries(LOOKALIKES))('%s reads as %s inside a Latin word', (foreign, latin) => {
    expect(cleanText(`ab${foreign}cd`).text).toBe(`ab${latin}cd`);
  });

  it('leaves words wholly in Cyrillic or Greek alone', () => {
    expect(cleanText('Москва и Αθήνα').text).toBe('Москва и Αθήνα');
  });

  it('folds ligatures and fullwidth forms, not superscripts or fractions', () => {
    const changes = noChanges();
    expect(cleanText('\ufb01nancial ＡＢＣ 10⁶ ½', changes).text).toBe('financial ABC 10⁶ ½');
    expect(changes.fullwidth).toBe(4);
  });
});
