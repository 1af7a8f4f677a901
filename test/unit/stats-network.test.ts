import { describe, expect, it } from 'vitest';
import { fillYears } from '../../src/graph/stats/counts';
import { componentSizes, summarise } from '../../src/graph/stats/network';
import { humanise } from '../../src/domain/humanise';

describe('stats helpers', () => {
  it('finds connected components ignoring direction, isolated nodes included', () => {
    // 0-1-2 chain, 3<-4 pair, 5 alone
    expect(
      componentSizes(6, [
        [0, 1],
        [2, 1],
        [4, 3],
      ]).sort(),
    ).toEqual([1, 2, 3]);
    expect(componentSizes(0, [])).toEqual([]);
  });

  it('summarises a small graph: counts per type (zeros kept), simple undirected density, components', () => {
    const s = summarise(
      ['City', 'City', 'Practice', 'Source'],
      [
        [0, 2, 'ADOPTED'],
        [1, 2, 'ADOPTED'],
        [0, 1, 'PARTNERED'],
        [1, 0, 'PARTNERED'], // same pair again: one pair for density
      ],
    );
    expect(s.nodes).toBe(4);
    expect(s.edges).toBe(4);
    expect(s.nodesByType.slice(0, 3)).toEqual([
      { type: 'City', count: 2 },
      { type: 'Practice', count: 1 },
      { type: 'Source', count: 1 },
    ]);
    expect(s.nodesByType.find((t) => t.type === 'Hub')).toEqual({ type: 'Hub', count: 0 });
    expect(s.edgesByType[0]).toEqual({ type: 'ADOPTED', count: 2 });
    expect(s.density).toBeCloseTo(3 / 6);
    expect([s.components, s.largestComponent, s.isolated]).toEqual([2, 3, 1]);
  });

  it('fills the years between the first and the last, and lists undated last', () => {
    expect(
      fillYears([
        { year: 2024, count: 2 },
        { year: null, count: 5 },
        { year: 2021, count: 1 },
      ]),
    ).toEqual([
      { year: 2021, count: 1 },
      { year: 2022, count: 0 },
      { year: 2023, count: 0 },
      { year: 2024, count: 2 },
      { year: null, count: 5 },
    ]);
    expect(fillYears([])).toEqual([]);
  });

  it('labels enum values for people', () => {
    expect(humanise('LEARNING_VISIT')).toBe('Learning visit');
    expect(humanise('MULTI_ACTOR_MECHANISM')).toBe('Multi-actor mechanism');
  });
});
