/*
 * Synthetic graphs for `npm run bench`, written with raw UNWIND batches (the benchmark
 * measures reads; loading only has to be fast). Every node and relationship has the
 * shape the curation path writes — `Entity` plus its label, citations as two parallel
 * lists, ISO bounds for partial dates, the relationship `key`, audit stamps — so that all
 * three systems read exactly what a real import would have produced.
 */
import type { Driver } from 'neo4j-driver';
import { bounds } from '../../src/domain/partial-date';
import { DEFAULT_INFLUENCE_KIND } from '../../src/domain/influence-kinds';
import { rng } from './stats';

export interface GraphSize {
  /** Id prefix of everything this graph writes (`b10k-`…), so that sizes can coexist. */
  prefix: string;
  cities: number;
  /** INSPIRED + HOSTED + ATTENDED + ORGANISED relationships, the influence the questions walk. */
  influence: number;
  events: number;
  attendeesPerEvent: number;
}

export const SIZES = {
  '10k': { prefix: 'b10k-', cities: 10_000, influence: 100_000, events: 1_000, attendeesPerEvent: 20 },
  '100k': { prefix: 'b100k-', cities: 100_000, influence: 1_000_000, events: 10_000, attendeesPerEvent: 20 },
} as const satisfies Record<string, GraphSize>;

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'sen',
  'to',
  'vu',
  'bel',
  'dor',
  'fin',
  'gra',
  'hal',
  'is',
  'jen',
  'kor',
  'lan',
  'mar',
  'nor',
  'pol',
  'quin',
  'ros',
  'sta',
  'tur',
  'ur',
  'val',
  'wes',
  'yar',
  'zed',
  'ob',
  'ek',
];
const CITY_KINDS = ['CITY', 'TOWN', 'MUNICIPALITY', 'DISTRICT', 'COUNTY'];
const EVENT_KINDS = ['WORKSHOP', 'LEARNING_VISIT', 'ROUNDTABLE', 'SUMMIT', 'TRAINING', 'FORUM'];
const CATEGORIES = ['MULTI_ACTOR_MECHANISM', 'EARLY_WARNING', 'YOUTH_ENGAGEMENT', 'CAPACITY_BUILDING', 'COMMUNITY_ENGAGEMENT', 'OTHER'];
const STATUSES = ['PLANNED', 'PILOTING', 'IMPLEMENTED', 'IMPLEMENTED'];

type Props = Record<string, unknown>;
export interface NodeRow {
  label: string;
  props: Props;
}
export interface RelRow {
  type: string;
  from: string;
  to: string;
  props: Props;
}

/** Generates the graph deterministically; nodes first, then relationships by type. */
export function generate(size: GraphSize): { nodes: NodeRow[]; rels: RelRow[] } {
  const r = rng(size.cities);
  const pick = (n: number) => Math.floor(r() * n);
  const skewed = (n: number) => Math.floor(n * r() ** 3); // a few cities inspire many
  const word = () => {
    const w = Array.from({ length: 2 + pick(2) }, () => SYLLABLES[pick(SYLLABLES.length)]).join('');
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const date = (): string | null => {
    const x = r();
    const y = 2015 + pick(10);
    return x < 0.1 ? null : x < 0.3 ? String(y) : `${y}-${String(1 + pick(12)).padStart(2, '0')}`;
  };
  const p = size.prefix;
  const now = '2026-01-01T00:00:00.000Z';
  const audit = { createdAt: now, updatedAt: now, updatedBy: 'bench' };
  const src = `${p}source`;
  const cite = (what: string) => ({ citationSources: [src], citationExcerpts: [`Synthetic evidence: ${what}.`] });
  const withDate = (d: string | null): Props => (d ? { date: d, dateStart: bounds(d).start, dateEnd: bounds(d).end } : {});
  const node = (label: string, id: string, props: Props): NodeRow => ({
    label,
    props: { id, ...props, ...(label === 'Source' ? {} : cite(id)), ...audit },
  });
  const rel = (type: string, from: string, to: string, props: Props = {}, key = ''): RelRow => ({
    type,
    from,
    to,
    props: { key, ...props, ...cite(`${from} ${type} ${to}`), ...audit },
  });

  const regions = 8;
  const countries = Math.max(20, Math.round(size.cities / 100));
  const practices = 40;
  const orgs = Math.max(10, Math.round(size.cities / 200));
  const leaders = Math.round(size.cities / 5);
  const nodes: NodeRow[] = [node('Source', src, { title: 'Synthetic benchmark source', name: 'Synthetic benchmark source' })];
  for (let i = 0; i < regions; i += 1) nodes.push(node('Region', `${p}region-${i}`, { name: `${word()} Region` }));
  for (let i = 0; i < countries; i += 1)
    nodes.push(node('Country', `${p}country-${i}`, { name: `${word()}land`, iso2: 'XX', region: `${p}region-${i % regions}` }));
  for (let i = 0; i < practices; i += 1)
    nodes.push(
      node('Practice', `${p}practice-${i}`, {
        name: `${word()} practice`,
        category: CATEGORIES[i % CATEGORIES.length],
        description: 'synthetic practice',
      }),
    );
  for (let i = 0; i < orgs; i += 1) nodes.push(node('Organisation', `${p}org-${i}`, { name: `${word()} Foundation`, kind: 'NGO' }));
  for (let i = 0; i < size.cities; i += 1) {
    nodes.push(
      node('City', `${p}city-${i}`, {
        name: `${word()} ${word()}`,
        kind: CITY_KINDS[i % CITY_KINDS.length],
        country: `${p}country-${i % countries}`,
        description: 'synthetic city',
        lat: (r() - 0.5) * 120,
        lon: (r() - 0.5) * 300,
      }),
    );
  }
  for (let i = 0; i < leaders; i += 1) nodes.push(node('Leader', `${p}leader-${i}`, { name: `${word()} ${word()}`, title: 'Mayor' }));
  for (let i = 0; i < size.events; i += 1)
    nodes.push(
      node('Event', `${p}event-${i}`, {
        name: `${word()} ${EVENT_KINDS[i % EVENT_KINDS.length]!.toLowerCase()}`,
        kind: EVENT_KINDS[i % EVENT_KINDS.length],
        place: `${p}city-${pick(size.cities)}`,
        ...withDate(date()),
      }),
    );

  const rels: RelRow[] = [];
  for (let i = 0; i < countries; i += 1) rels.push(rel('IN_REGION', `${p}country-${i}`, `${p}region-${i % regions}`));
  for (let i = 0; i < size.cities; i += 1) {
    const city = `${p}city-${i}`;
    rels.push(rel('IN_COUNTRY', city, `${p}country-${i % countries}`));
    const adopted = new Set([pick(practices), pick(practices)]);
    for (const a of adopted)
      rels.push(rel('ADOPTED', city, `${p}practice-${a}`, { status: STATUSES[pick(STATUSES.length)], ...withDate(date()) }));
  }
  for (let i = 0; i < leaders; i += 1)
    rels.push(
      rel(
        'LEADS',
        `${p}leader-${i}`,
        `${p}city-${i * 5}`,
        { role: 'mayor', since: '2020', sinceStart: '2020-01-01', sinceEnd: '2020-12-31' },
        'role=mayor',
      ),
    );
  for (let e = 0; e < size.events; e += 1) {
    const event = `${p}event-${e}`;
    rels.push(rel('HOSTED', `${p}city-${pick(size.cities)}`, event));
    rels.push(rel('ORGANISED', `${p}org-${pick(orgs)}`, event));
    const seen = new Set<number>();
    while (seen.size < size.attendeesPerEvent) seen.add(pick(size.cities));
    for (const a of seen) rels.push(rel('ATTENDED', `${p}city-${a}`, event, { role: 'participant' }));
  }
  const inspired = size.influence - size.events * (2 + size.attendeesPerEvent);
  const keys = new Set<string>();
  while (keys.size < inspired) {
    const from = skewed(size.cities);
    const to = pick(size.cities);
    const practice = r() < 0.7 ? `${p}practice-${pick(practices)}` : null;
    const via = r() < 0.1 ? `${p}event-${pick(size.events)}` : null;
    const k = `${from}>${to}|${practice}|${via}`;
    if (from === to || keys.has(k)) continue;
    keys.add(k);
    rels.push(
      rel(
        'INSPIRED',
        `${p}city-${from}`,
        `${p}city-${to}`,
        // The kind and the key as the curation path writes them (else the API's data migration
        // would stamp every one of them, in one transaction, when the benchmark starts it).
        { kind: DEFAULT_INFLUENCE_KIND, practice, via, ...withDate(date()) },
        `kind=${DEFAULT_INFLUENCE_KIND}|practice=${practice ?? ''}|via=${via ?? ''}`,
      ),
    );
  }
  return { nodes, rels };
}

const BATCH = 10_000;

/** Writes a generated graph with CREATE in UNWIND batches of 10k, reporting progress. */
export async function load(
  driver: Driver,
  database: string,
  g: { nodes: NodeRow[]; rels: RelRow[] },
  progress: (line: string) => void,
): Promise<void> {
  const started = Date.now();
  const secs = () => ((Date.now() - started) / 1000).toFixed(0);
  const labels = [...new Set(g.nodes.map((n) => n.label))];
  for (const label of labels) {
    const rows = g.nodes.filter((n) => n.label === label).map((n) => n.props);
    for (let i = 0; i < rows.length; i += BATCH) {
      await driver.executeQuery(
        `UNWIND $rows AS row CREATE (n:Entity:${label}) SET n = row`,
        { rows: rows.slice(i, i + BATCH) },
        { database },
      );
    }
  }
  progress(`    ${g.nodes.length} nodes (${secs()} s)`);
  const types = [...new Set(g.rels.map((r) => r.type))];
  let done = 0;
  for (const type of types) {
    const rows = g.rels.filter((r) => r.type === type);
    for (let i = 0; i < rows.length; i += BATCH) {
      await driver.executeQuery(
        `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:${type}]->(b) SET r = row.props`,
        { rows: rows.slice(i, i + BATCH) },
        { database },
      );
      done += Math.min(BATCH, rows.length - i);
      if (done % 100_000 < BATCH || done === g.rels.length) progress(`    relationships ${done}/${g.rels.length} (${secs()} s)`);
    }
  }
}

/** True when a graph of this size is already there (a rerun against NEO4J_URI skips loading). */
export async function isLoaded(driver: Driver, database: string, size: GraphSize): Promise<boolean> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity {id: $id}) RETURN count(n) AS n',
    { id: `${size.prefix}city-${size.cities - 1}` },
    { database },
  );
  return Number(records[0]?.get('n')) > 0;
}
