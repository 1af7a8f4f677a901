import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../src/graph/catalogue';

describe('toLuceneQuery', () => {
  it('turns typed text into prefix and fuzzy terms, folded to ASCII', () => {
    expect(toLuceneQuery('Nans')).toBe('(nans^4 OR nans*)');
    expect(toLuceneQuery('Čair')).toBe('(cair^4 OR cair*)');
    expect(toLuceneQuery('cape town')).toBe('(cape^4 OR cape*) AND (town^4 OR town*)');
    expect(toLuceneQuery('Kumanovo')).toBe('(kumanovo^4 OR kumanovo*^2 OR kumanovo~1)');
  });

  it('leaves no Lucene syntax from the user in the query', () => {
    const q = toLuceneQuery('name:"x" OR 1=1) AND *:* \\ ~ ^2 [a TO z] {}');
    expect(q).toBeDefined();
    // Only our own operators remain: words, AND/OR, parentheses, boosts, prefix and fuzzy marks.
    const tokens = q!.replace(/[()]/g, ' ').split(/\s+/).filter(Boolean);
    for (const t of tokens) expect(t).toMatch(/^(AND|OR|[\p{Ll}\p{N}]+(\^4|\*|\*\^2|~1)?)$/u);
    expect(toLuceneQuery('   ')).toBeUndefined();
    expect(toLuceneQuery('!!!')).toBeUndefined();
  });
});
