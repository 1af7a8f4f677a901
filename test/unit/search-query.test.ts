import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../src/graph/catalogue/nodes';

describe('toLuceneQuery', () => {
  it('turns typed text into prefix and fuzzy terms, folded to ASCII', () => {
    expect(toLuceneQuery('Nans')).toBe('(name:nans^8 OR name:nans*^4 OR nans^2 OR nans*)');
    expect(toLuceneQuery('Čair')).toBe('(name:cair^8 OR name:cair*^4 OR cair^2 OR cair*)');
    expect(toLuceneQuery('cape town')).toBe(
      '(name:cape^8 OR name:cape*^4 OR cape^2 OR cape*) AND (name:town^8 OR name:town*^4 OR town^2 OR town*)',
    );
    expect(toLuceneQuery('Kumanovo')).toContain('kumanovo~1');
  });

  it('leaves no Lucene syntax from the user in the query', () => {
    const q = toLuceneQuery('name:"x" OR 1=1) AND *:* \\ ~ ^2 [a TO z] {}');
    expect(q).toBeDefined();
    // Only our own operators remain: words, AND/OR, parentheses, boosts, prefix and fuzzy marks.
    const tokens = q!.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    for (const t of tokens) expect(t).toMatch(/^(AND|OR|(name:)?[\p{Ll}\p{N}]+(\^\d|\*|\*\^\d|~1)?)$/u);
    expect(toLuceneQuery('   ')).toBeUndefined();
    expect(toLuceneQuery('!!!')).toBeUndefined();
  });
});
