/*
 * npm run bench:diffusion — times the diffusion capabilities against the equivalent raw
 * Cypher run through the driver in the same process, on the seed and on a synthetic graph
 * (10,000 cities, 100,000 influence relationships) written through the normal curation
 * path. Prints medians and ratios; asserts nothing (timings are not tests).
 *
 * Uses NEO4J_URI (+ NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE) when set — the
 * synthetic nodes (ids "syn-…") are deleted afterwards — else starts a throwaway local
 * Neo4j in a temporary folder and removes it at the end.
 */
import 'reflect-metadata';
import path from 'node:path';
import { execute, type DocumentNode } from 'graphql';
import { PROJECT_ROOT } from '../src/config';
import { createContext } from '../src/context';
import { DiffusionDocument, InfluencePathsDocument, InfluenceReachDocument, TopInfluencersDocument } from '../src/generated/graphql';
import { CASCADE_CYPHER } from '../src/graph/influence/diffusion';
import { writeExport } from '../src/graph/export/formats';
import { loadExportGraph } from '../src/graph/export/load';
import { influenceGraph } from '../src/graph/influence/cache';
import { influenceReach } from '../src/graph/influence/reach';
import { loadSeed } from '../src/graph/seed';
import { writeBatch, type Batch } from '../src/graph/curation/batch';
import { toNodeInput, toRelationshipInput } from '../src/graph/curation/validation';
import type { NodeLabel } from '../src/domain/labels';
import { Db } from '../src/neo4j/db';
import { migrate } from '../src/neo4j/migrations';
import { rng } from './bench/stats';
import { scriptNeo4j } from './script-neo4j';
import { getSchema } from '../src/schema';

const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/* ---------- the synthetic graph ---------- */

const CITIES = 10_000;
const EVENTS = 500;
const PRACTICES = 20;
const ATTENDEES = 30;
const INSPIRED = 100_000 - EVENTS * (2 + ATTENDEES); // hosted + organised + attended + inspired = 100,000

async function writeSynthetic(db: Db): Promise<void> {
  const r = rng(2024);
  const pick = (n: number) => Math.floor(r() * n);
  const skewed = (n: number) => Math.floor(n * r() ** 3); // a few cities inspire many
  const date = (): string | undefined => {
    const x = r();
    const y = 2015 + pick(10);
    return x < 0.1 ? undefined : x < 0.3 ? String(y) : `${y}-${String(1 + pick(12)).padStart(2, '0')}`;
  };
  const c = [{ source: 'syn-src', excerpt: 'synthetic fact for the benchmark' }];
  const nodes: [NodeLabel, Record<string, unknown>][] = [
    ['Source', { id: 'syn-src', title: 'Synthetic benchmark source' }],
    ['Region', { id: 'syn-region', name: 'Synthetic region', citations: c }],
    ...Array.from({ length: 20 }, (_, i): [NodeLabel, Record<string, unknown>] => [
      'Country',
      { id: `syn-country-${i}`, name: `Country ${i}`, iso2: 'XX', region: 'syn-region', citations: c },
    ]),
    ...Array.from({ length: PRACTICES }, (_, i): [NodeLabel, Record<string, unknown>] => [
      'Practice',
      { id: `syn-practice-${i}`, name: `Practice ${i}`, category: 'OTHER', description: 'synthetic', citations: c },
    ]),
    ...Array.from({ length: 10 }, (_, i): [NodeLabel, Record<string, unknown>] => [
      'Organisation',
      { id: `syn-org-${i}`, name: `Organisation ${i}`, kind: 'NGO', citations: c },
    ]),
    ...Array.from({ length: CITIES }, (_, i): [NodeLabel, Record<string, unknown>] => [
      'City',
      { id: `syn-city-${i}`, name: `City ${i}`, kind: 'CITY', country: `syn-country-${i % 20}`, lat: 0, lon: 0, citations: c },
    ]),
    ...Array.from({ length: EVENTS }, (_, i): [NodeLabel, Record<string, unknown>] => [
      'Event',
      { id: `syn-event-${i}`, name: `Event ${i}`, kind: 'WORKSHOP', date: date(), place: `syn-city-${pick(CITIES)}`, citations: c },
    ]),
  ];
  const rels: Record<string, unknown>[] = [];
  for (let i = 0; i < CITIES; i += 1) {
    rels.push({ type: 'IN_COUNTRY', from: `syn-city-${i}`, to: `syn-country-${i % 20}`, citations: c });
    rels.push({
      type: 'ADOPTED',
      from: `syn-city-${i}`,
      to: `syn-practice-${pick(PRACTICES)}`,
      status: 'IMPLEMENTED',
      date: date(),
      citations: c,
    });
  }
  for (let e = 0; e < EVENTS; e += 1) {
    rels.push({ type: 'HOSTED', from: `syn-city-${pick(CITIES)}`, to: `syn-event-${e}`, citations: c });
    rels.push({ type: 'ORGANISED', from: `syn-org-${pick(10)}`, to: `syn-event-${e}`, citations: c });
    const seen = new Set<number>();
    while (seen.size < ATTENDEES) seen.add(pick(CITIES));
    for (const a of seen) rels.push({ type: 'ATTENDED', from: `syn-city-${a}`, to: `syn-event-${e}`, citations: c });
  }
  const keys = new Set<string>();
  while (keys.size < INSPIRED) {
    const from = skewed(CITIES);
    const to = pick(CITIES);
    const practice = r() < 0.7 ? `syn-practice-${pick(PRACTICES)}` : undefined;
    const via = r() < 0.1 ? `syn-event-${pick(EVENTS)}` : undefined;
    const key = `${from}>${to}|${practice}|${via}`;
    if (from === to || keys.has(key)) continue;
    keys.add(key);
    rels.push({ type: 'INSPIRED', from: `syn-city-${from}`, to: `syn-city-${to}`, date: date(), practice, via, citations: c });
  }
  const started = Date.now();
  const NODE_BATCH = 2_500;
  for (let i = 0; i < nodes.length; i += NODE_BATCH) {
    const batch: Batch = { nodes: [], relationships: [] };
    for (const [label, plain] of nodes.slice(i, i + NODE_BATCH)) {
      let group = batch.nodes.find((g) => g.label === label);
      if (!group) batch.nodes.push((group = { label, writes: [] }));
      group.writes.push({ input: await toNodeInput(label, plain) });
    }
    await db.write((tx) => writeBatch(tx, batch, { name: 'bench' }));
    log(`  nodes ${Math.min(i + NODE_BATCH, nodes.length)}/${nodes.length} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  const REL_BATCH = 5_000;
  for (let i = 0; i < rels.length; i += REL_BATCH) {
    const batch: Batch = { nodes: [], relationships: [] };
    for (const plain of rels.slice(i, i + REL_BATCH)) batch.relationships.push({ input: await toRelationshipInput(plain) });
    await db.write((tx) => writeBatch(tx, batch, { name: 'bench' }));
    log(`  relationships ${Math.min(i + REL_BATCH, rels.length)}/${rels.length} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}

/* ---------- what is compared ---------- */

const HOPS = 'INSPIRED|HOSTED|ATTENDED|ORGANISED';
const RAW_TIMEOUT_MS = 60_000;
const RAW_PATHS = `
  MATCH p = (a:Entity {id: $from})-[:${HOPS}*1..4]->(b:Entity {id: $to})
  WITH p, [r IN relationships(p) | CASE type(r) WHEN 'INSPIRED' THEN [r.dateStart, r.dateEnd] ELSE [endNode(r).dateStart, endNode(r).dateEnd] END] AS spans
  WHERE all(i IN range(0, length(p)) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j]))
    AND all(i IN range(1, size(spans) - 1) WHERE spans[i][1] IS NULL OR all(j IN range(0, i - 1) WHERE spans[j][0] IS NULL OR spans[i][1] >= spans[j][0]))
  WITH p ORDER BY length(p) LIMIT 10
  RETURN [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, date: r.date, excerpts: r.citationExcerpts}] AS hops`;
const RAW_REACH = `
  MATCH p = (a:Entity {id: $id})-[:${HOPS}*1..3]->(b:Entity) WHERE b <> a
  WITH b, min(length(p)) AS depth ORDER BY depth, b.id LIMIT 100
  RETURN b.id AS id, b.name AS name, depth`;
const RAW_TOP = `MATCH (c:City) RETURN c.id AS id, c.name AS name, COUNT { (c)-[:INSPIRED]->() } AS degree ORDER BY degree DESC, id LIMIT 10`;
const RAW_DUMP = `CALL () { MATCH (n:Entity) WHERE NOT n:Source RETURN count(n) AS nodes, collect(n {.id, .name, .kind, .date}) AS ns }
  CALL () { MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a:Source AND NOT b:Source RETURN collect({s: a.id, t: b.id, type: type(r), date: r.date, ce: r.citationExcerpts}) AS rs }
  RETURN nodes, size(rs) AS edges`;

interface Case {
  name: string;
  ours: () => Promise<unknown>;
  raw: () => Promise<unknown>;
  note?: string;
}

async function gqlRunner(db: Db) {
  const schema = await getSchema();
  return async (doc: DocumentNode, variables: Record<string, unknown>) => {
    const ctx = createContext(db);
    const result = await execute({ schema, document: doc, variableValues: variables, contextValue: ctx });
    if (result.errors?.length) throw new Error(result.errors[0]!.message);
    return ctx.queries.count;
  };
}

async function timeIt(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const times: number[] = [];
  await fn(); // warm-up: plans, caches
  for (let i = 0; i < runs; i += 1) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(times);
}

async function runCases(label: string, cases: Case[], runs: number): Promise<string[]> {
  const rows: string[] = [];
  for (const c of cases) {
    log(`  ${label}: ${c.name} …`);
    const ours = await timeIt(c.ours, runs);
    const raw = await timeIt(c.raw, runs).catch((err: Error) => {
      log(`    raw Cypher failed: ${err.message.split('\n')[0]}`);
      return Number.NaN;
    });
    const rawText = Number.isNaN(raw) ? `> ${RAW_TIMEOUT_MS / 1000} s (stopped)` : raw.toFixed(1);
    const ratio = Number.isNaN(raw) ? '< ' + (ours / RAW_TIMEOUT_MS).toFixed(3) : (ours / raw).toFixed(2);
    rows.push(`| ${label} | ${c.name} | ${ours.toFixed(1)} | ${rawText} | ${ratio} | ${c.note ?? ''} |`);
    log(`    ours ${ours.toFixed(1)} ms, raw ${rawText}`);
  }
  return rows;
}

function cases(
  db: Db,
  gql: Awaited<ReturnType<typeof gqlRunner>>,
  p: { pairs: [string, string][]; reach: string[]; practice: string },
): Case[] {
  // A raw statement that runs away is stopped after a minute and reported as such.
  const raw = (cypher: string, params: Record<string, unknown>) =>
    db.driver.executeQuery(cypher, params, { database: db.database, routing: 'READ', transactionConfig: { timeout: RAW_TIMEOUT_MS } });
  const each = async (items: unknown[], fn: (x: never) => Promise<unknown>) => {
    for (const x of items) await fn(x as never);
  };
  return [
    {
      name: `influencePaths ×${p.pairs.length} (maxHops 4, first 10, time-respecting)`,
      ours: () => each(p.pairs, ([from, to]: [string, string]) => gql(InfluencePathsDocument, { from, to })),
      raw: () => each(p.pairs, ([from, to]: [string, string]) => raw(RAW_PATHS, { from, to })),
      note: 'raw: variable-length MATCH with the same simple-path and time rules (no ADOPTED_AFTER)',
    },
    {
      name: `influenceReach ×${p.reach.length} (downstream, maxHops 3, first 100)`,
      ours: () => each(p.reach, (id: string) => gql(InfluenceReachDocument, { id, timeRespecting: false })),
      raw: () => each(p.reach, (id: string) => raw(RAW_REACH, { id })),
      note: 'both untimed: min depth per actor; ours also returns one evidenced path per actor',
    },
    {
      name: `diffusion(${p.practice})`,
      ours: () => gql(DiffusionDocument, { practiceId: p.practice }),
      raw: () => raw(CASCADE_CYPHER, { practiceId: p.practice, category: null }),
      note: 'raw: the capability’s own cascade query, without assembly or node loading',
    },
    {
      name: 'topInfluencers(first 10, cached metrics)',
      ours: () => gql(TopInfluencersDocument, { first: 10, types: ['City'] }),
      raw: () => raw(RAW_TOP, {}),
      note: 'raw: out-degree ranking (Community Neo4j has no PageRank in Cypher)',
    },
    {
      name: 'export graphml (whole graph)',
      ours: async () => writeExport('graphml', await loadExportGraph(db, { scope: { kind: 'all' }, asOf: null })),
      raw: () => raw(RAW_DUMP, {}),
      note: 'raw: reads the same nodes and relationships, writes nothing',
    },
  ];
}

async function coldMetrics(db: Db, gql: Awaited<ReturnType<typeof gqlRunner>>): Promise<string> {
  // A write bumps GraphMeta.version: the next request reloads the projection and recomputes.
  await db.write((tx) => tx.run('MERGE (m:GraphMeta {id: "graph"}) SET m.version = coalesce(m.version, 0) + 1'));
  const t = Date.now();
  const queries = await gql(TopInfluencersDocument, { first: 10 });
  return `${Date.now() - t} ms (${queries} round trips: version check, projection reload, nodes)`;
}

async function main() {
  const neo4j = await scriptNeo4j({ boltPort: 27787, heap: '1g', pageCache: '512m' }, log);
  if (neo4j.external) log(`Using ${neo4j.conn.uri}; synthetic nodes (ids syn-…) are removed at the end.`);
  const db = Db.connect(neo4j.conn);
  try {
    await migrate(db);
    log('Loading the seed …');
    await loadSeed(db, path.join(PROJECT_ROOT, 'seed'));
    const gql = await gqlRunner(db);
    const rows = ['| graph | capability | ours (ms, median) | raw Cypher (ms, median) | ratio | note |', '|---|---|---:|---:|---:|---|'];
    rows.push(
      ...(await runCases(
        'seed',
        cases(db, gql, {
          pairs: [
            ['nairobi-regional-workshop', 'nansana'],
            ['kumanovo', 'danilovgrad'],
            ['strong-cities-network', 'highland-park'],
          ],
          reach: ['kumanovo', 'cape-town', 'strong-cities-network'],
          practice: 'neighbourhood-watch',
        }),
        9,
      )),
    );
    const seedCold = await coldMetrics(db, gql);
    log(`Writing the synthetic graph (${CITIES} cities, ${INSPIRED + EVENTS * (2 + ATTENDEES)} influence relationships) …`);
    const t = Date.now();
    await writeSynthetic(db);
    const loadTime = `${((Date.now() - t) / 1000).toFixed(0)} s`;
    const synCold = await coldMetrics(db, gql);
    // Pairs that are connected: a random city and one it reaches three or four hops away.
    const r = rng(7);
    const g = await influenceGraph(db);
    const pairs: [string, string][] = [];
    while (pairs.length < 5) {
      const from = `syn-city-${Math.floor(r() * CITIES)}`;
      const far = influenceReach(g, from, { direction: 'DOWNSTREAM', maxHops: 4, timeRespecting: true, asOf: null }).filter(
        (x) => x.depth >= 3 && x.id.startsWith('syn-city'),
      );
      if (far.length) pairs.push([from, far[Math.floor(r() * far.length)]!.id]);
    }
    const reach = Array.from({ length: 5 }, () => `syn-city-${Math.floor(r() * CITIES)}`);
    rows.push(...(await runCases('synthetic', cases(db, gql, { pairs, reach, practice: 'syn-practice-0' }), 5)));
    process.stdout.write(`\n${rows.join('\n')}\n\n`);
    process.stdout.write(
      `Metrics from cold (projection reload + PageRank, betweenness, Louvain): seed ${seedCold}; synthetic ${synCold}.\n`,
    );
    process.stdout.write(`Synthetic graph written through the curation path in ${loadTime}.\n`);
  } finally {
    if (!neo4j.external) {
      await db.close();
      await neo4j.stop();
    } else {
      log('Removing the synthetic nodes …');
      let removed = 1;
      while (removed > 0) {
        const res = await db.write((tx) =>
          tx.run<{ n: number }>('MATCH (n:Entity) WHERE n.id STARTS WITH "syn-" WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n'),
        );
        removed = res[0]?.n ?? 0;
      }
      await db.write((tx) => tx.run('MERGE (m:GraphMeta {id: "graph"}) SET m.version = coalesce(m.version, 0) + 1'));
      await db.close();
    }
  }
}

await main();
