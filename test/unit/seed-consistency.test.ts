import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { readSeedDir } from '../../src/graph/seed';
import { REL_TYPES } from '../../src/domain/relationships';
import { type NodeLabel } from '../../src/domain/labels';

describe('seed consistency', async () => {
  const batch = await readSeedDir(path.join(PROJECT_ROOT, 'seed'));
  const labelOf = new Map<string, NodeLabel>(batch.nodes.flatMap((g) => g.writes.map((w) => [w.input.id, g.label] as const)));
  const rels = batch.relationships.map((w) => w.input);

  it('uses each id once across all node files', () => {
    const ids = batch.nodes.flatMap((g) => g.writes.map((w) => w.input.id));
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('joins only existing nodes of the labels each relationship type allows', () => {
    const bad = rels.filter((r) => {
      const spec = REL_TYPES[r.type as keyof typeof REL_TYPES];
      return (
        !(spec.from as readonly string[]).includes(labelOf.get(r.from) ?? '') ||
        !(spec.to as readonly string[]).includes(labelOf.get(r.to) ?? '')
      );
    });
    expect(bad.map((r) => `${r.type} ${r.from} -> ${r.to}`)).toEqual([]);
  });

  it("agrees with itself: a city's country is its IN_COUNTRY target, a country's region its IN_REGION target", () => {
    const inCountry = new Map(rels.filter((r) => r.type === 'IN_COUNTRY').map((r) => [r.from, r.to]));
    const inRegion = new Map(rels.filter((r) => r.type === 'IN_REGION').map((r) => [r.from, r.to]));
    for (const g of batch.nodes) {
      for (const { input } of g.writes) {
        const x = input as { id: string; country?: string; region?: string };
        if (g.label === 'City') expect(inCountry.get(x.id), x.id).toBe(x.country);
        if (g.label === 'Country') expect(inRegion.get(x.id), x.id).toBe(x.region);
      }
    }
  });

  it('places every city on the map', () => {
    const cities = batch.nodes.find((g) => g.label === 'City')!.writes.map((w) => w.input as { id: string; lat?: number; lon?: number });
    expect(cities.filter((c) => typeof c.lat !== 'number' || typeof c.lon !== 'number').map((c) => c.id)).toEqual([]);
  });
});
