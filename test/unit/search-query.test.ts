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
    expect(q).not.toMatch(/["\\:^[\]{}=]/);
    expect(toLuceneQuery('   ')).toBeUndefined();
    expect(toLuceneQuery('!!!')).toBeUndefined();
  });
});
