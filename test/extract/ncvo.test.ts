import { describe, expect, it } from 'vitest';
import { NCVO, shareBelow, whoItShutsOut } from '../../linter/core/extract/ncvo.js';

describe('NCVO income bands', () => {
  it('claims only what the published band edges support', () => {
    expect(shareBelow(50_000)).toBeUndefined();
    expect(shareBelow(100_000)).toEqual({ share: 80, edge: 100_000, qualifier: 'about' });
    expect(shareBelow(450_000)).toEqual({ share: 80, edge: 100_000, qualifier: 'at least' });
    expect(shareBelow(1_000_000)).toEqual({ share: 97, edge: 1_000_000, qualifier: 'about' });
    expect(shareBelow(5_000_000)).toEqual({ share: 97, edge: 1_000_000, qualifier: 'at least' });
  });

  it('says a £1,000,000 turnover excludes about 97% of voluntary organisations, with the source', () => {
    expect(whoItShutsOut(1_000_000)).toBe(
      'About 97% of UK voluntary organisations have a lower income than £1,000,000 (NCVO UK Civil Society Almanac, 2018/19 income bands).',
    );
    expect(whoItShutsOut(250_000)).toContain(
      'At least 80% of UK voluntary organisations have a lower income than £250,000 (80% have less than £100,000;',
    );
    expect(whoItShutsOut(99_999)).toBe('');
  });

  it('keeps the bands contiguous and cites NCVO', () => {
    NCVO.bands.forEach((b, i) => i > 0 && expect(b.from).toBe(NCVO.bands[i - 1]!.to));
    expect(NCVO.citation.url).toContain('ncvo.org.uk');
  });
});
