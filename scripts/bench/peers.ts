/*
 * npm run bench:peers — the peer finder's cost as the graph grows: the narrowed finder
 * (src/graph/peers/find.ts findPeers, what requests use) against the former full scoring
 * (findPeersFullScan: reads and scores every city), same questions, requests interleaved,
 * in this process over one Neo4j. Sizes: the seed alone, then the seed plus a generated graph
 * of 10k (and 100k) cities with hubs, challenges, events, partnerships (scripts/bench/
 * peer-graph.ts). Reports p50 (p25–p75) latency over N requests, statements per request,
 * cities considered and read in full, and Neo4j's db hits (PROFILE) of one request. Asserts
 * nothing; not part of `npm test`.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../src/config';
import { bumpGraphVersion } from '../../src/graph/curation/version';
import { findPeers, findPeersFullScan, type PeerQuery, type PeerResult } from '../../src/graph/peers/find';
import { peerEvidenceStatement } from '../../src/graph/peers/evidence';
import { shortlistStatement } from '../../src/graph/peers/shortlist';
import { loadSeed } from '../../src/graph/seed';
import { Db } from '../../src/neo4j/db';
import { migrate } from '../../src/neo4j/migrations';
import { freePort } from '../../src/neo4j/ports';
import { scriptNeo4j } from '../script-neo4j';
import { isLoaded, load, type GraphSize } from './data';
import { generatePeerGraph } from './peer-graph';
import { fmt, quantile } from './stats';

const HELP = `npm run bench:peers [-- options]

  --sizes LIST        seed,10k,100k (default seed,10k); each size adds its generated graph to the seed
  --samples N         requests per question and path (default 20)
  --full-samples N    requests of the full scoring at 100k (default 3: it takes seconds each)
  --only LIST         questions: ${['lsc', 'own', 'generated', 'whoCanHelp'].join(',')}

Without NEO4J_URI a throwaway Neo4j is started (and removed). Prints a Markdown table.`;

const SIZES: Record<string, GraphSize> = {
  '10k': { prefix: 'p10k-', cities: 10_000, influence: 100_000, events: 1_000, attendeesPerEvent: 20 },
  '100k': { prefix: 'p100k-', cities: 100_000, influence: 1_000_000, events: 10_000, attendeesPerEvent: 20 },
};

const log = (line: string) => process.stderr.write(`${line}\n`);

interface Question {
  name: string;
  title: string;
  query: (prefix: string | null) => PeerQuery | null;
}

const base = { cityField: 'cityId', practiceId: null, needs: [], first: 10, experiencedOnly: false };
const QUESTIONS: Question[] = [
  {
    name: 'lsc',
    title: 'peerCities(danilovgrad, local-safety-council)',
    query: () => ({ ...base, cityId: 'danilovgrad', practiceId: 'local-safety-council' }),
  },
  { name: 'own', title: 'peerCities(nansana), its own needs', query: () => ({ ...base, cityId: 'nansana' }) },
  {
    name: 'generated',
    title: 'peerCities(generated city, practice-3)',
    query: (prefix) => (prefix ? { ...base, cityId: `${prefix}city-4321`, practiceId: `${prefix}practice-3` } : null),
  },
  {
    name: 'whoCanHelp',
    title: 'whoCanHelp(local-safety-council)',
    query: () => ({ ...base, cityId: null, practiceId: 'local-safety-council', experiencedOnly: true }),
  },
];

interface Path {
  ms: number[];
  result?: PeerResult;
  dbHits?: number;
}

/** Neo4j's db hits of one statement, from PROFILE. */
async function dbHits(db: Db, stmt: { text: string; params: Record<string, unknown> }): Promise<number> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: 'READ' });
  try {
    const res = await session.run(`PROFILE ${stmt.text}`, stmt.params);
    const sum = (p: { dbHits: number; children: unknown[] } | false | undefined): number =>
      p ? p.dbHits + p.children.reduce<number>((s, c) => s + sum(c as { dbHits: number; children: unknown[] }), 0) : 0;
    return sum(res.summary.profile);
  } finally {
    await session.close();
  }
}

async function measure(db: Db, q: PeerQuery, samples: number, fullSamples: number) {
  const narrowed: Path = { ms: [] };
  const full: Path = { ms: [] };
  let failed: string | null = null;
  // Warm-up (plans cached), then interleaved.
  await findPeers(db, q);
  try {
    await findPeersFullScan(db, q);
  } catch (e) {
    failed = (e as Error).message.slice(0, 80);
  }
  for (let i = 0; i < samples; i += 1) {
    let t = performance.now();
    narrowed.result = await findPeers(db, q);
    narrowed.ms.push(performance.now() - t);
    if (i < fullSamples && !failed) {
      t = performance.now();
      full.result = await findPeersFullScan(db, q);
      full.ms.push(performance.now() - t);
    }
  }
  const same = full.result ? JSON.stringify(narrowed.result!.peers) === JSON.stringify(full.result.peers) : null;
  const args = { cityId: q.cityId, practiceId: q.practiceId, needs: q.needs, experiencedOnly: q.experiencedOnly };
  narrowed.dbHits = await dbHits(db, shortlistStatement({ ...args, limit: q.first + 10, includePlace: false }));
  if (!failed) full.dbHits = await dbHits(db, peerEvidenceStatement(args));
  return { narrowed, full, same, failed };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'seed,10k' },
      samples: { type: 'string', default: '20' },
      'full-samples': { type: 'string', default: '3' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${HELP}\n`);
  const sizes = values.sizes.split(',').map((s) => s.trim());
  for (const s of sizes) if (s !== 'seed' && !(s in SIZES)) throw new Error(`Unknown size "${s}": use seed, 10k or 100k.`);
  const only = values.only?.split(',').map((s) => s.trim());
  const samples = Number(values.samples);
  const big = sizes.includes('100k');
  const neo4j = await scriptNeo4j({ boltPort: await freePort(), heap: big ? '2g' : '1g', pageCache: big ? '2g' : '1g' }, log);
  if (neo4j.external) log(`Using ${neo4j.conn.uri}.`);
  const db = Db.connect(neo4j.conn, undefined, { txTimeoutMs: 3_600_000 });
  const out = [
    '| graph (cities) | question | p50 ms narrowed (p25–p75) | p50 ms full scoring (n) | full ÷ narrowed | statements narrowed / full | cities read in full: narrowed (considered) / full | db hits narrowed / full | same answer |',
    '|---|---|---|---|---:|---|---|---|---|',
  ];
  try {
    await migrate(db);
    log('Loading the seed …');
    await loadSeed(db, path.join(PROJECT_ROOT, 'seed'));
    for (const size of sizes) {
      const spec = SIZES[size];
      if (spec && (await isLoaded(db.driver, db.database, spec))) log(`The ${size} peer graph is already loaded.`);
      else if (spec) {
        log(`Generating and loading the ${size} peer graph …`);
        await load(db.driver, db.database, generatePeerGraph(spec), log);
        await db.write((tx) => bumpGraphVersion(tx, new Date().toISOString()));
      }
      const cities = (await db.query<{ n: number }>('MATCH (c:City) RETURN count(c) AS n'))[0]?.n ?? 0;
      for (const question of QUESTIONS) {
        if (only && !only.includes(question.name)) continue;
        const q = question.query(spec?.prefix ?? null);
        if (!q) continue;
        log(`${size}: ${question.title} …`);
        const fullSamples = size === '100k' ? Math.min(samples, Number(values['full-samples'])) : samples;
        const { narrowed: a, full: b, same, failed } = await measure(db, q, samples, fullSamples);
        const p50 = (xs: number[]) => quantile(xs, 0.5);
        const ra = a.result!.cost;
        const rb = b.result?.cost;
        const fullMs = failed ? `failed: ${failed}` : `${fmt(p50(b.ms))} (${b.ms.length})`;
        out.push(
          `| ${size} (${cities.toLocaleString('en-GB')}) | ${question.title} | ${fmt(p50(a.ms))} (${fmt(quantile(a.ms, 0.25))}–${fmt(quantile(a.ms, 0.75))}) | ${fullMs} | ${fmt(p50(b.ms) / p50(a.ms))} | ${ra.statements} / ${rb?.statements ?? '–'} | ${ra.read} (${ra.considered}) / ${rb?.read ?? '–'} | ${a.dbHits!.toLocaleString('en-GB')} / ${b.dbHits?.toLocaleString('en-GB') ?? '–'} | ${same === null ? '–' : same ? 'yes' : 'NO'} |`,
        );
        log(out.at(-1)!);
      }
    }
    process.stdout.write(`\n${out.join('\n')}\n\n`);
    process.stdout.write(
      `Narrowed = findPeers (what requests use), full = findPeersFullScan (the former path, kept as the test oracle); ${samples} interleaved requests per path (full scoring at 100k: ${values['full-samples']}), in process, first = 10. db hits: PROFILE of the first statement of one request.\n`,
    );
  } finally {
    await db.close();
    await neo4j.stop();
  }
}

await main();
