import { describe, expect, it } from 'vitest';
import { DiffusionDocument, InfluencePathsDocument, InfluenceReachDocument } from '../../src/generated/graphql';
import { cite, fixturePrefix, writeFixture } from '../helpers/fixtures';
import { dataOf, expectError, gql, testDb } from '../helpers/graphql';

describe('diffusion tracing on the seed', () => {
  const db = testDb();
  const prefix = fixturePrefix(db);

  it('traces Nairobi workshop (May 2022) → Cape Town → Nansana through the December 2023 learning visit, with evidence on every hop', async () => {
    const { influencePaths } = dataOf(await gql(InfluencePathsDocument, { from: 'nairobi-regional-workshop', to: 'nansana' }));
    expect(influencePaths.length).toBeGreaterThanOrEqual(2);
    const [shortest, viaEvent] = influencePaths;
    expect(shortest!.hops.map((h) => h.to.id)).toEqual(['cape-town', 'nansana']);
    expect(shortest!.hops.map((h) => h.date)).toEqual(['2022-05', '2023-12']);
    expect(shortest!.hops[1]!.via).toMatchObject({ id: 'cape-town-learning-visit', date: '2023-12' });
    expect(viaEvent!.hops.map((h) => [h.kind, h.to.id])).toEqual([
      ['INSPIRED', 'cape-town'],
      ['HOSTED', 'cape-town-learning-visit'],
      ['INSPIRED', 'nansana'],
    ]);
    for (const path of influencePaths) {
      expect(path.length).toBe(path.hops.length);
      path.hops.forEach((hop, i) => {
        expect(hop.citations.length, `${hop.kind} ${hop.from.id}→${hop.to.id}`).toBeGreaterThan(0);
        expect(hop.citations.every((c) => c.excerpt.length > 10 && c.source?.id)).toBe(true);
        if (i > 0) expect(hop.from.id).toBe(path.hops[i - 1]!.to.id);
      });
    }
  });

  it('finds Danilovgrad and Elbasan downstream of Kumanovo, and the Oslo workshop upstream of Highland Park', async () => {
    const down = dataOf(await gql(InfluenceReachDocument, { id: 'kumanovo', direction: 'DOWNSTREAM' })).influenceReach;
    for (const id of ['danilovgrad', 'elbasan']) {
      const r = down.find((x) => x.actor.id === id)!;
      expect(r, id).toBeDefined();
      expect(r.depth).toBe(1);
      expect(r.path.hops[0]).toMatchObject({ kind: 'INSPIRED', from: { id: 'kumanovo' }, to: { id } });
      expect(r.path.hops[0]!.citations[0]!.excerpt).toMatch(/Kumanovo city experts/);
    }
    const up = dataOf(await gql(InfluenceReachDocument, { id: 'highland-park', direction: 'UPSTREAM' })).influenceReach;
    const oslo = up.find((x) => x.actor.id === 'oslo-workshop')!;
    expect(oslo.depth).toBe(1);
    expect(oslo.path.hops.at(-1)!.to.id).toBe('highland-park');
    // Two hops up: who hosted, organised or attended the workshop.
    expect(up.filter((x) => x.depth === 2).map((x) => x.actor.id)).toContain('strong-cities-network');
  });

  it('excludes a path that goes back in time when time-respecting, and includes it when not', async () => {
    const c = cite(prefix);
    await writeFixture(
      db,
      [
        ['Source', { id: `${prefix}-src`, title: 'Test source' }],
        ['Country', { id: `${prefix}-land`, name: 'Testland', citations: c }],
        ...['a', 'b', 'c'].map((x): ['City', Record<string, unknown>] => [
          'City',
          { id: `${prefix}-${x}`, name: `City ${x}`, kind: 'CITY', country: `${prefix}-land`, lat: 0, lon: 0, citations: c },
        ]),
      ],
      [
        { type: 'INSPIRED', from: `${prefix}-a`, to: `${prefix}-b`, date: '2024-03', citations: c },
        { type: 'INSPIRED', from: `${prefix}-b`, to: `${prefix}-c`, date: '2020', citations: c },
      ],
    );
    const vars = { from: `${prefix}-a`, to: `${prefix}-c` };
    expect(dataOf(await gql(InfluencePathsDocument, vars)).influencePaths).toEqual([]);
    const loose = dataOf(await gql(InfluencePathsDocument, { ...vars, timeRespecting: false })).influencePaths;
    expect(loose.map((p) => p.hops.map((h) => h.date))).toEqual([['2024-03', '2020']]);
  });

  it('shows the graph as it stood at asOf', async () => {
    const before = dataOf(await gql(InfluencePathsDocument, { from: 'nairobi-regional-workshop', to: 'nansana', asOf: '2023-06' }));
    expect(before.influencePaths).toEqual([]);
    const reach = dataOf(await gql(InfluenceReachDocument, { id: 'cape-town', asOf: '2023-06' })).influenceReach.map((r) => r.actor.id);
    expect(reach).not.toContain('nansana');
    expect(reach).not.toContain('cape-town-learning-visit');
    expect(dataOf(await gql(InfluenceReachDocument, { id: 'cape-town', asOf: '2024' })).influenceReach.map((r) => r.actor.id)).toContain(
      'nansana',
    );
    const cascade = dataOf(await gql(DiffusionDocument, { category: 'MULTI_ACTOR_MECHANISM', asOf: '2022' })).diffusion;
    const adopters = cascade.adopters.map((a) => a.adopter.id);
    expect(adopters).toContain('kumanovo'); // 2019
    expect(adopters).not.toContain('danilovgrad'); // decided in 2023
    expect(cascade.edges.every((e) => !e.date || e.date <= '2022')).toBe(true);
  });

  it('gives the cascade of a practice: adopters in time order, who learned from whom, lag, roots, reach', async () => {
    const d = dataOf(await gql(DiffusionDocument, { practiceId: 'youth-dialogue' })).diffusion;
    expect(d.practices.map((p) => p.id)).toEqual(['youth-dialogue']);
    expect(d.adopters.map((a) => [a.adopter.id, a.date])).toEqual([
      ['zanzibar', '2024-02'],
      ['masaka', null],
    ]);
    const fromVisit = d.edges.find((e) => e.from.id === 'mombasa-learning-visit' && e.to.id === 'zanzibar')!;
    expect(fromVisit.lag).toEqual({ minMonths: 3, maxMonths: 3 }); // November 2023 → February 2024
    expect(d.edges.find((e) => e.from.id === 'mombasa')!.via?.id).toBe('mombasa-learning-visit');
    expect(d.roots.map((r) => r.id)).toEqual(expect.arrayContaining(['mombasa', 'masaka']));
    // Mombasa passed it on through its learning visit: the visit is a channel, not where it started.
    expect(d.roots.map((r) => r.id)).not.toContain('mombasa-learning-visit');
    expect(d.adopters.find((a) => a.adopter.id === 'zanzibar')!.generation).toBe(1);
    expect(d.countries.map((c) => c.id).sort()).toEqual(['tanzania', 'uganda']);
    expect(d.regions.map((r) => r.id)).toEqual(['east-southern-africa']);
    expect(d.adopters.every((a) => a.citations.length > 0)).toBe(true);
  });

  it('refuses unbounded or ambiguous requests, naming the argument, and unknown ids', async () => {
    const base = { from: 'kumanovo', to: 'elbasan' };
    expect(expectError(await gql(InfluencePathsDocument, { ...base, maxHops: 7 }), 'BAD_USER_INPUT').extensions?.field).toBe('maxHops');
    expect(expectError(await gql(InfluencePathsDocument, { ...base, first: 51 }), 'BAD_USER_INPUT').extensions?.field).toBe('first');
    expect(expectError(await gql(InfluenceReachDocument, { id: 'kumanovo', maxHops: 0 }), 'BAD_USER_INPUT').extensions?.field).toBe(
      'maxHops',
    );
    expect(expectError(await gql(InfluencePathsDocument, { ...base, from: 'atlantis' }), 'NOT_FOUND').extensions).toMatchObject({
      field: 'from',
      id: 'atlantis',
    });
    expect(expectError(await gql(InfluenceReachDocument, { id: 'neighbourhood-watch' }), 'NOT_FOUND').extensions?.field).toBe('id');
    expect(expectError(await gql(DiffusionDocument, {}), 'BAD_USER_INPUT').extensions?.field).toBe('practiceId');
    expect(expectError(await gql(DiffusionDocument, { practiceId: 'atlantis' }), 'NOT_FOUND').extensions?.field).toBe('practiceId');
  });

  it('costs a bounded number of round trips, whatever the number of paths or actors reached', async () => {
    const c = cite(prefix);
    const hub = `${prefix}-hub`;
    const spokes = Array.from({ length: 40 }, (_, i) => `${prefix}-spoke-${i}`);
    await writeFixture(
      db,
      [
        ['Source', { id: `${prefix}-src`, title: 'Test source' }],
        ['Country', { id: `${prefix}-land`, name: 'Testland', citations: c }],
        ...[hub, `${prefix}-sink`, ...spokes].map((id): ['City', Record<string, unknown>] => [
          'City',
          { id, name: id, kind: 'CITY', country: `${prefix}-land`, lat: 0, lon: 0, citations: c },
        ]),
      ],
      spokes.flatMap((s) => [
        { type: 'INSPIRED', from: hub, to: s, date: '2021', citations: c },
        { type: 'INSPIRED', from: s, to: `${prefix}-sink`, date: '2022', citations: c },
      ]),
    );
    // Paths are one statement (right after a write as later), then one for the practices and
    // events the selection names: a fixed count, whatever was found.
    const cold = await gql(InfluencePathsDocument, { from: hub, to: `${prefix}-sink`, first: 1 });
    expect(cold.queries).toBeLessThanOrEqual(2);
    const few = await gql(InfluencePathsDocument, { from: hub, to: `${prefix}-sink`, first: 2 });
    const many = await gql(InfluencePathsDocument, { from: hub, to: `${prefix}-sink`, first: 40 });
    expect(dataOf(few).influencePaths).toHaveLength(2);
    expect(dataOf(many).influencePaths).toHaveLength(40);
    expect(many.queries).toBe(few.queries);
    expect(many.queries).toBe(cold.queries);
    const reach = await gql(InfluenceReachDocument, { id: hub, maxHops: 2 });
    expect(dataOf(reach).influenceReach).toHaveLength(41);
    expect(reach.queries).toBeLessThanOrEqual(2);
    // A page that the first level fills stops the walk there (inside the one statement), and is the start of the full answer.
    const page = await gql(InfluenceReachDocument, { id: hub, maxHops: 2, first: 10 });
    expect(dataOf(page).influenceReach).toEqual(dataOf(reach).influenceReach.slice(0, 10));
    expect(page.queries).toBeLessThanOrEqual(reach.queries);
  });
});
