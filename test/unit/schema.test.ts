import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema as buildFromSdl } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import { schemaSdl } from '../../src/schema';

describe('schema/schema.graphql', () => {
  it('is exactly what the code emits (run `npm run codegen` after changing types)', async () => {
    const committed = await readFile(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8');
    expect(committed.replace(/^#.*\n\n/, '')).toBe(await schemaSdl());
  });

  it('exposes citations on every node type through the Node interface', async () => {
    const schema = buildFromSdl(await schemaSdl());
    const node = schema.getType('Node');
    const implementations = schema
      .getPossibleTypes(node as never)
      .map((t) => t.name)
      .sort();
    expect(implementations).toEqual([
      'Challenge',
      'City',
      'Country',
      'Event',
      'Group',
      'Hub',
      'Leader',
      'Organisation',
      'Practice',
      'Region',
      'Source',
    ]);
    for (const name of implementations) {
      const type = schema.getType(name) as { getFields(): Record<string, unknown> };
      expect(Object.keys(type.getFields()), name).toContain('citations');
    }
  });
});
