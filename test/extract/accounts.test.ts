import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../linter/core/parse/markdown.js';
import { accountsFacts } from '../../linter/core/extract/requirements/accounts.js';

const history = (md: string) => accountsFacts(parseMarkdown('t.md', md)).history.map((h) => [h.years, h.passage.text]);

describe('accounts history demands', () => {
  it('takes a consequence that restates the demand before it as the same demand (round 6 dev half)', () => {
    expect(
      history(
        'Suppliers must provide full accounts for each of the last three financial years. Suppliers unable to provide three years of accounts will not be shortlisted.',
      ),
    ).toEqual([[3, 'Suppliers must provide full accounts for each of the last three financial years.']]);
  });

  it("takes a portal question block's guidance that restates the question as the same demand (round 17 dev half)", () => {
    expect(
      history(
        [
          'Question: Please upload your filed accounts for each of the last three financial years.',
          'Response type: File upload',
          'Scoring: Pass/Fail',
          'Guidance: Bidders that cannot provide three years of accounts will fail this question.',
        ].join('\n\n'),
      ),
    ).toEqual([[3, 'Question: Please upload your filed accounts for each of the last three financial years.']]);
  });

  it('keeps two demands in one paragraph that ask different periods', () => {
    expect(
      history(
        'Suppliers must provide accounts for the last three years. Suppliers must also show four years of trading, or their application will be rejected.',
      ).map(([y]) => y),
    ).toEqual([3, 4]);
  });
});
