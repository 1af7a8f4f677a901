import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { StatsAdoptionSeriesDocument, StatsNetworkDocument, StatsOverviewDocument } from '../../src/generated/graphql';
import { PROJECT_ROOT } from '../../src/config';
import { EventKind, PracticeCategory } from '../../src/model/enums';
import { dataOf, expectError, gql, testDb } from '../helpers/graphql';
import { cite, fixturePrefix, writeFixture } from '../helpers/fixtures';
import { deleteNodes } from '../../src/graph/curation/delete';

/*
 * The dashboard figures must equal what one computes from the seed files alone. DB test files
 * run one at a time, and the one fixture written here is deleted within its test, so only the
 * seed is in the graph for the others.
 */
type Entry = Record<string, string | undefined>;
const SEED = path.join(PROJECT_ROOT, 'seed');
const read = (file: string): (Entry & { id: string })[] => parse(readFileSync(path.join(SEED, file), 'utf8')) ?? [];
const NODE_FILES = {
  sources: 'Source',
  regions: 'Region',
  countries: 'Country',
  cities: 'City',
  hubs: 'Hub',
  leaders: 'Leader',
  organisations: 'Organisation',
  practices: 'Practice',
  events: 'Event',
  challenges: 'Challenge',
  groups: 'Group',
};
const nodes = Object.entries(NODE_FILES).flatMap(([file, label]) => read(`${file}.yaml`).map((e) => ({ ...e, label })));
const rels = readdirSync(path.join(SEED, 'relationships')).flatMap((f) =>
  read(`relationships/${f}`).map((r): Entry => ({ ...r, type: f.replace('.yaml', '').toUpperCase() })),
);
const relsOf = (type: string) => rels.filter((r) => r.type === type);

const countryOf = new Map(relsOf('IN_COUNTRY').map((r) => [r.from!, r.to!]));
const regionOf = new Map(relsOf('IN_REGION').map((r) => [r.from!, r.to!]));
const cities = nodes.filter((n) => n.label === 'City').map((n) => n.id);
const tally = <T>(items: T[], keys: T[] = []): Map<T, number> => {
  const m = new Map<T, number>(keys.map((k) => [k, 0]));
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
};
const asMap = (buckets: { key: string; count: number }[]) => new Map(buckets.map((b) => [b.key, b.count]));
const ids = (label: string) => nodes.filter((n) => n.label === label).map((n) => n.id);
const year = (date: string | undefined) => (date ? Number(date.slice(0, 4)) : null);

describe('stats on the seed', () => {
  it('counts cities by region, hub and country, practices and adoptions by category, events by kind and year, as the seed files say', async () => {
    const s = dataOf(await gql(StatsOverviewDocument)).stats;

    expect(asMap(s.citiesByRegion)).toEqual(
      tally(
        cities.map((c) => regionOf.get(countryOf.get(c)!)!),
        ids('Region'),
      ),
    );
    expect(asMap(s.citiesByCountry)).toEqual(
      tally(
        cities.map((c) => countryOf.get(c)!),
        ids('Country'),
      ),
    );
    const covered = (area: string | undefined, hub: string) => relsOf('COVERED_BY').some((e) => e.from === area && e.to === hub);
    const underHub = (hub: string) =>
      cities.filter((c) => covered(c, hub) || covered(countryOf.get(c), hub) || covered(regionOf.get(countryOf.get(c)!), hub));
    expect(asMap(s.citiesByHub)).toEqual(new Map(ids('Hub').map((h) => [h, underHub(h).length])));

    const practices = read('practices.yaml');
    const categoryOf = new Map(practices.map((p) => [p.id, p.category!]));
    expect(asMap(s.practicesByCategory)).toEqual(
      tally(
        practices.map((p) => p.category!),
        Object.values(PracticeCategory),
      ),
    );
    expect(asMap(s.adoptionsByCategory)).toEqual(
      tally(
        relsOf('ADOPTED').map((a) => categoryOf.get(a.to!)!),
        Object.values(PracticeCategory),
      ),
    );
    const events = read('events.yaml');
    expect(asMap(s.eventsByKind)).toEqual(
      tally(
        events.map((e) => e.kind!),
        Object.values(EventKind),
      ),
    );

    const years = tally(events.map((e) => year(e.date)));
    const dated = [...years.keys()].filter((y): y is number => y !== null);
    const expectedYears = [];
    for (let y = Math.min(...dated); y <= Math.max(...dated); y += 1) expectedYears.push({ year: y, count: years.get(y) ?? 0 });
    expect(s.eventsByYear).toEqual([...expectedYears, { year: null, count: years.get(null) }]);

    // Shaped for charts: largest first, labelled with names and readable enum labels.
    for (const panel of [s.citiesByRegion, s.citiesByHub, s.citiesByCountry, s.eventsByKind]) {
      expect(panel.map((b) => b.count)).toEqual([...panel.map((b) => b.count)].sort((a, b) => b - a));
    }
    expect(s.citiesByCountry.find((b) => b.key === 'uganda')?.label).toBe('Uganda');
    expect(s.eventsByKind.find((b) => b.key === 'LEARNING_VISIT')?.label).toBe('Learning visit');
  });

  it('computes each panel once per graph version: a repeated dashboard costs one statement, and a write shows at once', async () => {
    const panels =
      'citiesByRegion { key count } citiesByHub { count } citiesByCountry { key count } eventsByYear { year } eventsByKind { count }';
    const first = await gql(`{ stats { ${panels} } }`);
    const before = dataOf(first).stats as { citiesByCountry: { key: string; count: number }[] };
    // Cold: the version check and at most one statement per panel; warm: the version check only.
    expect(first.queries).toBeLessThanOrEqual(6);
    const again = await gql(`{ a: stats { ${panels} } b: stats { citiesByRegion { count } network { nodes } } }`);
    dataOf(again);
    expect(again.queries).toBeLessThanOrEqual(2); // the network summary may be cold
    const warm = await gql(`{ a: stats { ${panels} } b: stats { citiesByRegion { count } network { nodes } } }`);
    expect(warm.queries).toBe(1);
    expect(dataOf(warm)).toEqual(dataOf(again));
    // The adoption series takes any practice id: computed per request, not kept.
    const series = await gql('{ stats { adoptionSeries { total } } }');
    dataOf(series);
    expect(series.queries).toBe(1);

    // A committed write moves the graph version: the next dashboard counts it.
    const db = testDb();
    const prefix = fixturePrefix(db);
    const country = 'uganda';
    const was = before.citiesByCountry.find((b) => b.key === country)!.count;
    await writeFixture(
      db,
      [
        ['Source', { id: `${prefix}-src`, title: `Test source ${prefix}` }],
        ['City', { id: `${prefix}-town`, name: `Testtown ${prefix}`, kind: 'CITY', citations: cite(prefix) }],
      ],
      [{ type: 'IN_COUNTRY', from: `${prefix}-town`, to: country, citations: cite(prefix) }],
    );
    type ByCountry = { stats: { citiesByCountry: { key: string; count: number }[] } };
    try {
      const after = dataOf(await gql<ByCountry>('{ stats { citiesByCountry { key count } } }')).stats.citiesByCountry;
      expect(after.find((b) => b.key === country)?.count).toBe(was + 1);
    } finally {
      await db.write((tx) => deleteNodes(tx, [`${prefix}-town`, `${prefix}-src`], { name: 'test' }));
    }
    const restored = dataOf(await gql<ByCountry>('{ stats { citiesByCountry { key count } } }')).stats.citiesByCountry;
    expect(restored.find((b) => b.key === country)?.count).toBe(was);
  });

  it('draws the adoption series per year for all practices, a category and one practice, with undated adoptions apart', async () => {
    const adopted = relsOf('ADOPTED');
    const categoryOf = new Map(read('practices.yaml').map((p) => [p.id, p.category]));
    const cases = [
      { vars: {}, picked: adopted },
      {
        vars: { category: 'MULTI_ACTOR_MECHANISM' as const },
        picked: adopted.filter((a) => categoryOf.get(a.to!) === 'MULTI_ACTOR_MECHANISM'),
      },
      { vars: { practiceId: 'youth-dialogue' }, picked: adopted.filter((a) => a.to === 'youth-dialogue') },
      { vars: { statuses: ['IMPLEMENTED' as const] }, picked: adopted.filter((a) => a.status === 'IMPLEMENTED') },
    ];
    for (const { vars, picked } of cases) {
      const series = dataOf(await gql(StatsAdoptionSeriesDocument, vars)).stats.adoptionSeries;
      const byYear = tally(picked.map((a) => year(a.date)));
      const dated = [...byYear.keys()].filter((y): y is number => y !== null).sort();
      let cumulative = 0;
      const points = [];
      for (let y = dated[0]!; dated.length && y <= dated.at(-1)!; y += 1) {
        cumulative += byYear.get(y) ?? 0;
        points.push({ period: String(y), count: byYear.get(y) ?? 0, cumulative });
      }
      expect(series, JSON.stringify(vars)).toEqual({ points, undated: byYear.get(null) ?? 0, total: picked.length });
    }
    const none = dataOf(await gql(StatsAdoptionSeriesDocument, { practiceId: 'expert-pool' })).stats.adoptionSeries;
    expect(none).toEqual({ points: [], undated: 0, total: 0 });
    expect(expectError(await gql(StatsAdoptionSeriesDocument, { practiceId: 'no-such-practice' }), 'NOT_FOUND').extensions?.field).toBe(
      'practiceId',
    );
  });

  it('summarises the network: nodes and edges per type, density and components, as the seed files say', async () => {
    const net = dataOf(await gql(StatsNetworkDocument)).stats.network;
    expect(net.nodes).toBe(nodes.length);
    expect(net.edges).toBe(rels.length);
    expect(new Map(net.nodesByType.map((t) => [t.type, t.count]))).toEqual(
      tally(
        nodes.map((n) => n.label),
        Object.values(NODE_FILES),
      ),
    );
    expect(new Map(net.edgesByType.filter((t) => t.count).map((t) => [t.type, t.count]))).toEqual(tally(rels.map((r) => r.type)));

    // Components by breadth-first search over an undirected adjacency list.
    const adjacent = new Map(nodes.map((n) => [n.id, new Set<string>()]));
    for (const r of rels) {
      adjacent.get(r.from!)!.add(r.to!);
      adjacent.get(r.to!)!.add(r.from!);
    }
    const seen = new Set<string>();
    const sizes: number[] = [];
    for (const start of adjacent.keys()) {
      if (seen.has(start)) continue;
      const queue = [start];
      seen.add(start);
      for (let i = 0; i < queue.length; i += 1) {
        for (const next of adjacent.get(queue[i]!)!) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
      sizes.push(queue.length);
    }
    const pairs = new Set(rels.filter((r) => r.from !== r.to).map((r) => [r.from, r.to].sort().join('→')));
    const n = nodes.length;
    expect(net.components).toBe(sizes.length);
    expect(net.largestComponent).toBe(Math.max(...sizes));
    expect(net.isolated).toBe([...adjacent.values()].filter((a) => a.size === 0).length);
    expect(net.density).toBeCloseTo(pairs.size / ((n * (n - 1)) / 2), 10);
  });
});
