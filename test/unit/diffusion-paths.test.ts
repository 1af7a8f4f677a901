import { describe, expect, it } from 'vitest';
import { indexHops, type Actor, type Hop, type InfluenceGraph } from '../../src/graph/influence/graph';
import { type HopKind } from '../../src/domain/influence';
import { findInfluencePaths } from '../../src/graph/influence/paths';
import { influenceReach } from '../../src/graph/influence/reach';
import { knownAsOf, lagBetween, spanOf } from '../../src/graph/influence/time';

/** A tiny influence graph: `a>b@2023-05` is an INSPIRED hop from a to b dated May 2023. */
function graph(spec: string[], events: Record<string, string> = {}): InfluenceGraph {
  const actors = new Map<string, Actor>();
  const actor = (id: string): void => {
    if (!actors.has(id))
      actors.set(id, {
        id,
        name: id.toUpperCase(),
        label: events[id] ? 'Event' : 'City',
        span: spanOf(events[id]),
        country: null,
        region: null,
        hubs: [],
      });
  };
  const hops: Hop[] = spec.map((s) => {
    const m = /^(\w+)>(\w+)(?:@([\d-]+))?(?::(\w+))?$/.exec(s)!;
    const [, from, to, date, kind] = m;
    actor(from!);
    actor(to!);
    return {
      kind: (kind ?? 'INSPIRED') as HopKind,
      from: from!,
      to: to!,
      date: date ?? null,
      span: spanOf(date),
      practice: null,
      via: null,
      citations: [{ sourceId: 'doc', excerpt: s }],
    };
  });
  return indexHops(1, actors, hops);
}

const ids = (paths: Hop[][]) => paths.map((p) => [p[0]!.from, ...p.map((h) => h.to)].join('>'));
const opts = { maxHops: 4, first: 10, timeRespecting: true, asOf: null };

describe('influence paths', () => {
  it('returns simple paths shortest first, within maxHops and first', () => {
    const g = graph(['a>b', 'b>c', 'c>d', 'a>d', 'a>c', 'b>d']);
    expect(ids(findInfluencePaths(g, 'a', 'd', opts))).toEqual(['a>d', 'a>b>d', 'a>c>d', 'a>b>c>d']);
    expect(ids(findInfluencePaths(g, 'a', 'd', { ...opts, maxHops: 2 }))).toEqual(['a>d', 'a>b>d', 'a>c>d']);
    expect(findInfluencePaths(g, 'a', 'd', { ...opts, first: 2 })).toHaveLength(2);
    expect(findInfluencePaths(g, 'd', 'a', opts)).toEqual([]);
  });

  it('never goes back in time when time-respecting, and does when not', () => {
    const g = graph(['a>b@2024', 'b>c@2020']);
    expect(findInfluencePaths(g, 'a', 'c', opts)).toEqual([]);
    expect(ids(findInfluencePaths(g, 'a', 'c', { ...opts, timeRespecting: false }))).toEqual(['a>b>c']);
  });

  it('respects the precision of partial dates: same year is "unknown order", undated hops pass', () => {
    expect(findInfluencePaths(graph(['a>b@2023-05', 'b>c@2023']), 'a', 'c', opts)).toHaveLength(1);
    expect(findInfluencePaths(graph(['a>b@2023-05', 'b>c', 'c>d@2023-06']), 'a', 'd', opts)).toHaveLength(1);
    expect(findInfluencePaths(graph(['a>b@2023-05', 'b>c@2022-12-31']), 'a', 'c', opts)).toEqual([]);
  });

  it('compares every hop with all earlier ones, not only the previous', () => {
    // 2023 is "unknown order" against both neighbours, but 2023-02 is certainly before 2023-05.
    expect(findInfluencePaths(graph(['a>b@2023-05', 'b>c@2023', 'c>d@2023-02']), 'a', 'd', opts)).toEqual([]);
  });

  it('as of a date, leaves out hops and events certainly after it', () => {
    const g = graph(['a>e@2023-12:HOSTED', 'e>c@2023-12', 'a>c@2022'], { e: '2023-12' });
    expect(ids(findInfluencePaths(g, 'a', 'c', { ...opts, asOf: spanOf('2023') }))).toEqual(['a>c', 'a>e>c']);
    expect(ids(findInfluencePaths(g, 'a', 'c', { ...opts, asOf: spanOf('2023-06') }))).toEqual(['a>c']);
  });

  it('stops at the search budget instead of running away', () => {
    const spec: string[] = [];
    for (let i = 0; i < 30; i += 1) spec.push(`s>m${i}`, ...Array.from({ length: 30 }, (_, j) => `m${i}>n${j}`), `m${i}>t`);
    for (let j = 0; j < 30; j += 1) spec.push(`n${j}>t`);
    const found = findInfluencePaths(graph(spec), 's', 't', { ...opts, first: 50, budget: 100 });
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(50);
  });
});

describe('influence reach', () => {
  it('reports each actor once at its smallest depth, with the path from the start', () => {
    const g = graph(['s>a', 'a>b', 's>b', 'b>c']);
    const down = influenceReach(g, 's', { direction: 'DOWNSTREAM', maxHops: 3, timeRespecting: true, asOf: null });
    expect(down.map((r) => [r.id, r.depth])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 2],
    ]);
    expect(ids([down.find((r) => r.id === 'c')!.path])).toEqual(['s>b>c']);
    const up = influenceReach(g, 'c', { direction: 'UPSTREAM', maxHops: 2, timeRespecting: true, asOf: null });
    expect(up.map((r) => [r.id, r.depth])).toEqual([
      ['b', 1],
      ['a', 2],
      ['s', 2],
    ]);
    expect(ids([up.find((r) => r.id === 'a')!.path])).toEqual(['a>b>c']);
  });

  it('keeps a longer but earlier way in, when the short one leaves no room in time', () => {
    // s reaches b directly only in 2025, too late for b>c (2022); through a it is 2021.
    const g = graph(['s>a@2020', 'a>b@2021', 's>b@2025', 'b>c@2022']);
    const down = influenceReach(g, 's', { direction: 'DOWNSTREAM', maxHops: 3, timeRespecting: true, asOf: null });
    expect(down.find((r) => r.id === 'b')!.depth).toBe(1);
    expect(ids([down.find((r) => r.id === 'c')!.path])).toEqual(['s>a>b>c']);
    // The same upstream: b reached s directly in 2020, too early to follow c>b (2023); through a it is 2024.
    const g2 = graph(['a>s@2025', 'b>a@2024', 'b>s@2020', 'c>b@2023']);
    const up = influenceReach(g2, 's', { direction: 'UPSTREAM', maxHops: 3, timeRespecting: true, asOf: null });
    expect(up.find((r) => r.id === 'b')!.depth).toBe(1);
    expect(ids([up.find((r) => r.id === 'c')!.path])).toEqual(['c>b>a>s']);
    expect(influenceReach(g2, 's', { direction: 'UPSTREAM', maxHops: 2, timeRespecting: true, asOf: null }).map((r) => r.id)).not.toContain(
      'c',
    );
  });
});

describe('time rules', () => {
  it('counts undated facts as known and dated ones until certainly after', () => {
    expect(knownAsOf(null, spanOf('2020'))).toBe(true);
    expect(knownAsOf(spanOf('2023'), spanOf('2023-01'))).toBe(true);
    expect(knownAsOf(spanOf('2023-02'), spanOf('2023-01'))).toBe(false);
  });

  it('gives lags as month ranges that keep the dates’ precision', () => {
    expect(lagBetween(spanOf('2022-05'), spanOf('2023'))).toEqual({ minMonths: 8, maxMonths: 19 });
    expect(lagBetween(spanOf('2023-11'), spanOf('2024-02-15'))).toEqual({ minMonths: 3, maxMonths: 3 });
    expect(lagBetween(null, spanOf('2024'))).toBeNull();
  });
});
