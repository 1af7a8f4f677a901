/*
 * npm run bench — three systems over the SAME Neo4j and data, requests interleaved:
 *   (a) one hand-written Cypher statement per question through neo4j-driver (the floor),
 *   (b) @neo4j/graphql 7 on @apollo/server 5 (typeDefs in systems/library-typedefs.ts),
 *   (c) this API (src/server.ts),
 * each a child process on a free port, asked over HTTP by this process. Per question and
 * graph size: p50/p99 latency at concurrency 1, throughput at 32 connections (autocannon),
 * peak server RSS under that load and Cypher statements per request; then the bulk import
 * (`prevention-graph import`'s importFiles and the seed loader against raw UNWIND). Prints a Markdown table.
 * Nothing here is a test: it asserts nothing and is not part of `npm test`.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { loadSeed } from '../../src/graph/seed';
import { bumpGraphVersion } from '../../src/graph/curation/version';
import { Db } from '../../src/neo4j/db';
import { freePort } from '../../src/neo4j/ports';
import { migrate } from '../../src/neo4j/migrations';
import { generate, isLoaded, load, SIZES, type GraphSize } from './data';
import { benchImport, type ImportResult } from './import';
import { QUESTIONS, type QuestionName } from './questions';
import { scriptNeo4j } from '../script-neo4j';
import { fmt, median, quantile, rng } from './stats';
import {
  ask,
  liveHeap,
  rssMiB,
  startSystem,
  statements,
  stopSystem,
  SYSTEM_TITLES,
  SYSTEMS,
  type RunningSystem,
  type SystemName,
} from './systems';

const HELP = `npm run bench [-- options]

Compares raw Cypher, @neo4j/graphql 7 and this API on the same Neo4j, requests interleaved.

Options:
  --sizes LIST      graph sizes: seed,10k (default); add 100k for 100k cities / 1M influence
                    relationships (paths and reach only; loading takes a few minutes)
  --big             same as adding 100k to --sizes
  --samples N       requests per system and question for p50/p99 at concurrency 1 (default 40)
  --duration S      seconds of each autocannon run at 32 connections (default 5)
  --rounds N        interleaved autocannon rounds per question (default 2; the median is kept)
  --warmup N        requests per system and question before the latency samples (default 1000,
                    8 at a time), with parameters other than the measured ones (0: none)
  --only LIST       questions to run (${QUESTIONS.map((q) => q.name).join(',')},import)
  --import-rounds N rounds of the bulk import: raw UNWIND, importFiles and the seed loader,
                    who goes first rotating (default 3; median and min–max are reported)
  --json FILE       also write every figure as JSON
  -h, --help        this text

Uses NEO4J_URI (+ NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE) when set — synthetic data
(ids b10k-…, b100k-…, imp…-) is left there for the next run — else starts a throwaway local
Neo4j in a temporary folder and removes it at the end.

This API keeps answers per graph version (ANSWER_CACHE_MB, 16 MiB), and the questions repeat
their parameters (50 cities, 10 path pairs, 20 reach starts), so under load (c) mostly answers
from memory. ANSWER_CACHE_MB=0 npm run bench … measures every request computed.`;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Distinct warm-up parameter sets drawn per question where the graph has them (cities, prefixes, reach starts). */
const WARM_DISTINCT = 1000;
/** Warm-up requests in flight at once per system. */
const WARM_CONCURRENCY = 8;

/** How (c) runs: its answer cache (src/answer-cache.ts) on or off, as the children inherit the environment. */
const answerCache = (): string => {
  const mb = loadConfig(process.env).answerCacheMb;
  return mb > 0 ? `answers kept per graph version, ${mb} MiB` : 'answer cache off, ANSWER_CACHE_MB=0';
};

interface Cell {
  p50: number;
  p99: number;
  p25: number;
  p75: number;
  rps: number;
  rpsRange: [number, number];
  rss: number;
  /** Heap left after a full collection once the load rounds are over. */
  live: number;
  statements: number;
  error?: string;
}
type Row = { size: string; question: QuestionName; cells: Partial<Record<SystemName, Cell>> };

/* ---------- parameters drawn from the graph ---------- */

type Params = Record<string, unknown>[];

/**
 * The parameters measured, and others for warming up: each server answers some of the same
 * questions before it is timed (V8 optimises its hot code, Neo4j plans the statements), but
 * not the measured ones, so that this API's answer cache does not already hold them.
 */
interface QuestionParams {
  measured: Record<QuestionName, Params>;
  warm: Record<QuestionName, Params>;
}

async function paramsFor(db: Db, size: string, prefix: string | null): Promise<QuestionParams> {
  const r = rng(42);
  const cityFilter = prefix
    ? 'c.id STARTS WITH $prefix'
    : "NOT c.id STARTS WITH 'b10k-' AND NOT c.id STARTS WITH 'b100k-' AND NOT c.id STARTS WITH 'imp'";
  const cities = (
    await db.query<{ id: string; name: string; out: number }>(
      `MATCH (c:City) WHERE ${cityFilter} RETURN c.id AS id, c.name AS name, COUNT { (c)-[:INSPIRED]->() } AS out`,
      { prefix },
    )
  ).sort((a, b) => a.id.localeCompare(b.id));
  const sample = <T>(xs: T[], n: number): T[] => Array.from({ length: Math.min(n, xs.length) }, () => xs[Math.floor(r() * xs.length)]!);
  const some = sample(cities, 50);
  const chosen = new Set(some.map((c) => c.id));
  const others = cities.filter((c) => !chosen.has(c.id));
  // Warm-up parameters: as many distinct ones as the graph offers (up to WARM_DISTINCT), so that the
  // warm-up runs each system's whole path (for this API: a computed answer, not a kept one).
  const warmCities = sample(others.length ? others : cities, WARM_DISTINCT);
  const prefixes = new Set(some.map((c) => c.name.slice(0, 3)));
  const warmPrefixes = [...new Set(warmCities.flatMap((c) => [c.name.slice(0, 3), c.name.slice(0, 4)]))].filter(
    (x) => !prefixes.has(x.slice(0, 3)),
  );
  const withOut = cities.filter((c) => c.out > 0);
  const reach = sample(withOut, 20).map((c) => ({ id: c.id }));
  const reachIds = new Set(reach.map((x) => x.id));
  const warmReach = sample(
    withOut.filter((c) => !reachIds.has(c.id)),
    WARM_DISTINCT,
  ).map((c) => ({ id: c.id }));
  let pairs: { from: string; to: string }[];
  let warmPairs: { from: string; to: string }[];
  if (!prefix) {
    pairs = [
      { from: 'nairobi-regional-workshop', to: 'nansana' },
      { from: 'kumanovo', to: 'danilovgrad' },
      { from: 'strong-cities-network', to: 'highland-park' },
    ];
    warmPairs = pairs.map(({ from, to }) => ({ from: to, to: from }));
  } else {
    // Pairs three INSPIRED hops apart whose raw time-respecting query finds a path.
    pairs = [];
    for (const c of sample(withOut, 120)) {
      if (pairs.length >= 20) break;
      const far = await db.query<{ to: string }>(
        'MATCH (a:City {id: $id})-[:INSPIRED]->(:City)-[:INSPIRED]->(:City)-[:INSPIRED]->(b:City) WHERE b <> a RETURN b.id AS to LIMIT 5',
        { id: c.id },
      );
      const to = far[Math.floor(r() * far.length)]?.to;
      if (to && !pairs.some((x) => x.from === c.id && x.to === to)) pairs.push({ from: c.id, to });
    }
    warmPairs = pairs.splice(10);
  }
  log(`  ${size}: ${cities.length} cities; ${pairs.length} path pairs, ${reach.length} reach starts`);
  return {
    measured: {
      catalogue: [{}],
      cityCard: some.map((c) => ({ id: c.id })),
      search: some.map((c) => ({ prefix: c.name.slice(0, 3) })),
      influencePaths: pairs,
      influenceReach: reach,
      dashboard: [{}],
    },
    warm: {
      catalogue: [{}],
      cityCard: warmCities.map((c) => ({ id: c.id })),
      search: warmPrefixes.map((x) => ({ prefix: x })),
      influencePaths: warmPairs,
      influenceReach: warmReach,
      dashboard: [{}],
    },
  };
}

/* ---------- measuring ---------- */

/** All orders of `xs` (3 systems: 6). */
function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

/**
 * `n` requests of `q` with the warm-up parameters in turn, WARM_CONCURRENCY at a time (the order of
 * the code a server runs is what warms it, not the pace). Errors are ignored: a warm-up asks.
 */
async function warmUp(s: RunningSystem, q: QuestionName, warm: Params, n: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      await ask(s, q, warm[i % warm.length]!).catch(() => undefined);
    }
  };
  await Promise.all(Array.from({ length: WARM_CONCURRENCY }, worker));
}

async function timeOne(s: RunningSystem, q: QuestionName, p: Record<string, unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await ask(s, q, p);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

async function throughput(
  s: RunningSystem,
  q: QuestionName,
  params: Params,
  duration: number,
): Promise<{ rps: number; rss: number; errors: number }> {
  let i = 0;
  let peak = rssMiB(s);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(s))), 100);
  const first = s.request(q, params[0]!);
  const result = await autocannon({
    url: first.url,
    connections: 32,
    duration,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        setupRequest: (req) => ({ ...req, body: s.request(q, params[i++ % params.length]!).body }),
      },
    ],
  });
  clearInterval(sampler);
  if (process.env.BENCH_DEBUG)
    log(
      `    ${JSON.stringify({ total: result.requests.total, ok: result['2xx'], non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts, p50: result.latency.p50 })}`,
    );
  // Completed requests over the run (per-second averages read 0 for a server slower than 1 req/s).
  return { rps: result.requests.total / result.duration, rss: peak, errors: result.errors + result.non2xx + result.timeouts };
}

async function measureSize(
  size: string,
  systems: RunningSystem[],
  params: QuestionParams,
  questions: QuestionName[],
  opts: { samples: number; duration: number; rounds: number; warmup: number },
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const q of questions) {
    const ps = params.measured[q];
    if (!ps.length) {
      log(`  ${size} ${q}: no parameters found, skipped`);
      continue;
    }
    const row: Row = { size, question: q, cells: {} };
    const live: RunningSystem[] = [];
    for (const s of systems) {
      try {
        await ask(s, q, ps[0]!); // warm-up: plans, caches, and a check that it answers
        await ask(s, q, ps[ps.length - 1]!);
        live.push(s);
      } catch (err) {
        log(`  ${size} ${q}: ${(err as Error).message}`);
        row.cells[s.name] = {
          p50: NaN,
          p99: NaN,
          p25: NaN,
          p75: NaN,
          rps: NaN,
          rpsRange: [NaN, NaN],
          rss: NaN,
          live: NaN,
          statements: NaN,
          error: (err as Error).message,
        };
      }
    }
    const warm = params.warm[q].length ? params.warm[q] : ps;
    if (opts.warmup > 0) {
      const distinct = Math.min(opts.warmup, new Set(warm.map((p) => JSON.stringify(p))).size);
      log(`  ${size} ${q}: warming up, ${opts.warmup} requests per system with ${distinct} other parameter sets …`);
      for (const s of live) await warmUp(s, q, warm, opts.warmup);
    }
    const times = new Map<SystemName, number[]>(live.map((s) => [s.name, []]));
    log(`  ${size} ${q}: latency, ${opts.samples} interleaved requests per system …`);
    // Every order of the systems in turn, so that each follows each other one equally often: a
    // request right after a heavy one can meet Neo4j collecting its garbage. (Rotating a, b, c
    // put this API after the library two times in three, and raw after this API.)
    const orders = permutations(live);
    for (let i = 0; i < opts.samples; i += 1) {
      for (const s of orders[i % orders.length]!) times.get(s.name)!.push(await timeOne(s, q, ps[i % ps.length]!));
    }
    const stmts = new Map<SystemName, number>();
    for (const s of live) {
      await statements(s, true);
      const n = Math.min(ps.length, 5);
      for (let i = 0; i < n; i += 1) await ask(s, q, ps[i]!);
      stmts.set(s.name, (await statements(s)) / n);
    }
    const rps = new Map<SystemName, number[]>(live.map((s) => [s.name, []]));
    const rss = new Map<SystemName, number>();
    for (let round = 0; round < opts.rounds; round += 1) {
      for (let k = 0; k < live.length; k += 1) {
        const s = live[(round + k) % live.length]!;
        log(
          `  ${size} ${q}: throughput round ${round + 1}/${opts.rounds}, ${SYSTEM_TITLES[s.name]} (${opts.duration} s at 32 connections) …`,
        );
        const t = await throughput(s, q, ps, opts.duration);
        if (t.errors) log(`    ${t.errors} failed requests`);
        rps.get(s.name)!.push(t.rps);
        rss.set(s.name, Math.max(rss.get(s.name) ?? 0, t.rss));
      }
    }
    const heaps = new Map<SystemName, number>();
    for (const s of live) heaps.set(s.name, await liveHeap(s));
    for (const s of live) {
      const ts = times.get(s.name)!;
      const rs = rps.get(s.name)!;
      row.cells[s.name] = {
        p50: median(ts),
        p99: quantile(ts, 0.99),
        p25: quantile(ts, 0.25),
        p75: quantile(ts, 0.75),
        rps: median(rs),
        rpsRange: [Math.min(...rs), Math.max(...rs)],
        rss: rss.get(s.name)!,
        live: heaps.get(s.name)!,
        statements: stmts.get(s.name)!,
      };
    }
    const c = row.cells;
    log(
      `    p50 ms raw ${fmt(c.raw?.p50 ?? NaN)} · library ${fmt(c.library?.p50 ?? NaN)} · api ${fmt(c.api?.p50 ?? NaN)}; req/s ${fmt(c.raw?.rps ?? NaN)} · ${fmt(c.library?.rps ?? NaN)} · ${fmt(c.api?.rps ?? NaN)}`,
    );
    rows.push(row);
  }
  return rows;
}

/* ---------- the report ---------- */

const ratio = (a: number | undefined, b: number | undefined) =>
  a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b) && b > 0 ? fmt(a / b) : '–';

function table(rows: Row[], imports: ImportResult[]): string {
  const out = !rows.length
    ? []
    : [
        '| size | question | p50 ms a / b / c (c: p25–p75) | p99 ms a / b / c | p50 c÷a | req/s at 32 a / b / c (c: min–max of rounds) | req/s c÷b | RSS MiB b / c | live heap MiB b / c | statements a / b / c |',
        '|---|---|---|---|---:|---|---:|---|---|---|',
      ];
  for (const r of rows) {
    const { raw: a, library: b, api: c } = r.cells;
    const three = (f: (x: Cell) => number) => [a, b, c].map((x) => (x ? fmt(f(x)) : '–')).join(' / ');
    out.push(
      `| ${r.size} | ${r.question} | ${three((x) => x.p50)} (${c ? `${fmt(c.p25)}–${fmt(c.p75)}` : '–'}) | ${three((x) => x.p99)} | ${ratio(c?.p50, a?.p50)} | ${three((x) => x.rps)} (${c ? `${fmt(c.rpsRange[0])}–${fmt(c.rpsRange[1])}` : '–'}) | ${ratio(c?.rps, b?.rps)} | ${[b, c].map((x) => (x ? fmt(x.rss, 0) : '–')).join(' / ')} | ${[b, c].map((x) => (x ? fmt(x.live, 0) : '–')).join(' / ')} | ${three((x) => x.statements)} |`,
    );
  }
  if (imports.some((i) => i.seconds.length)) {
    out.push(
      '',
      '| bulk import (10k nodes + 40k relationships) | runs (s) | median (s) | speed vs raw (median) | speed vs raw per round: median (min–max) |',
      '|---|---|---:|---:|---|',
    );
    const raw = imports.find((i) => i.system === 'raw');
    for (const i of imports) {
      // Round r's raw time over its own time: each pair ran back to back, so load swings cancel more.
      const perRound = raw ? i.seconds.map((s, r) => (raw.seconds[r] ?? NaN) / s).filter(Number.isFinite) : [];
      out.push(
        `| ${i.title} | ${i.seconds.map((s) => fmt(s)).join(', ')} | ${fmt(median(i.seconds))} | ${raw ? fmt(median(raw.seconds) / median(i.seconds)) : '–'} | ${perRound.length ? `${fmt(median(perRound))} (${fmt(Math.min(...perRound))}–${fmt(Math.max(...perRound))})` : '–'} |`,
      );
    }
  }
  return out.join('\n');
}

/* ---------- main ---------- */

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: 'seed,10k' },
      big: { type: 'boolean', default: false },
      samples: { type: 'string', default: '40' },
      duration: { type: 'string', default: '5' },
      rounds: { type: 'string', default: '2' },
      warmup: { type: 'string', default: '1000' },
      only: { type: 'string' },
      'import-rounds': { type: 'string', default: '3' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const sizes = values.sizes.split(',').map((s) => s.trim());
  if (values.big && !sizes.includes('100k')) sizes.push('100k');
  for (const s of sizes) if (s !== 'seed' && !(s in SIZES)) throw new Error(`Unknown size "${s}": use seed, 10k or 100k.`);
  const only = values.only?.split(',').map((s) => s.trim());
  const wanted = (name: string) => !only || only.includes(name);
  const opts = {
    samples: Number(values.samples),
    duration: Number(values.duration),
    rounds: Number(values.rounds),
    warmup: Number(values.warmup),
  };

  const big = sizes.includes('100k');
  const neo4j = await scriptNeo4j({ boltPort: await freePort(), heap: big ? '2g' : '1g', pageCache: big ? '2g' : '1g' }, log);
  if (neo4j.external) log(`Using ${neo4j.conn.uri}.`);
  const conn = neo4j.conn;
  // Loading and the import run long transactions; the servers keep their own limits.
  const db = Db.connect(conn, undefined, { txTimeoutMs: 3_600_000 });
  const env = { NEO4J_URI: conn.uri, NEO4J_USERNAME: conn.username, NEO4J_PASSWORD: conn.password ?? '', NEO4J_DATABASE: conn.database };
  const systems: RunningSystem[] = [];
  const rows: Row[] = [];
  let imports: ImportResult[] = [];
  const stop = async () => {
    for (const s of systems) await stopSystem(s);
    await db.close();
    await neo4j.stop();
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    await migrate(db);
    log('Loading the seed …');
    await loadSeed(db, path.join(PROJECT_ROOT, 'seed'));
    // --only import needs no servers: the import runs in this process.
    const anyQuestion = QUESTIONS.some((q) => wanted(q.name));
    if (anyQuestion) {
      log('Starting the three servers …');
      for (const name of SYSTEMS) systems.push(await startSystem(name, env));
    }
    for (const size of sizes) {
      const spec: GraphSize | undefined = size === 'seed' ? undefined : SIZES[size as keyof typeof SIZES];
      if (spec) {
        if (await isLoaded(db.driver, db.database, spec)) log(`The ${size} graph is already loaded.`);
        else {
          log(`Generating and loading the ${size} graph (${spec.cities} cities, ${spec.influence} influence relationships) …`);
          await load(db.driver, db.database, generate(spec), log);
          await db.write((tx) => bumpGraphVersion(tx, new Date().toISOString()));
        }
      }
      const questions = QUESTIONS.map((q) => q.name).filter(
        (q) => wanted(q) && (size !== '100k' || q === 'influencePaths' || q === 'influenceReach'),
      );
      if (!questions.length) continue;
      log(`Measuring at ${size} …`);
      rows.push(...(await measureSize(size, systems, await paramsFor(db, size, spec?.prefix ?? null), questions, opts)));
    }
    if (wanted('import')) imports = await benchImport(db, log, Number(values['import-rounds']));
    const report = table(rows, imports);
    process.stdout.write(`\n${report}\n\n`);
    process.stdout.write(
      `a = raw Cypher through neo4j-driver behind a bare express route; b = @neo4j/graphql 7 on @apollo/server 5; c = this API (${answerCache()}). ${opts.samples} interleaved requests per system for latency, after ${opts.warmup} warm-up requests with other parameters; ${opts.rounds} × ${opts.duration} s autocannon runs at 32 connections (median req/s); RSS = peak resident memory of the server process during its load runs; live heap = its JavaScript heap after a full garbage collection once they are over (what it holds, without the garbage not yet collected).\n`,
    );
    if (values.json) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(values.json, JSON.stringify({ rows, imports, opts }, null, 2));
    }
  } finally {
    await stop();
  }
}

await main();
