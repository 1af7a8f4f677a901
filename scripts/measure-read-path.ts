/*
 * npx tsx scripts/measure-read-path.ts [--compare DIR…] [--rounds N] [--runs N] [--keep]
 *
 * Measures the read path of this checkout — and of other checkouts of the project given with
 * --compare (e.g. a worktree of an older commit) — on the same Neo4j and data: for each
 * question, Cypher statements per request, bytes Neo4j sends per request (through a counting
 * TCP proxy in front of Bolt) and the median latency at concurrency 1. Checkouts run in
 * separate processes, alternating round by round, so that machine noise hits all of them.
 * Asserts nothing; the full benchmark (npm run bench) compares against @neo4j/graphql.
 *
 * Needs NEO4J_URI (+ NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE) of a throwaway Neo4j
 * with the seed loaded. Writes a synthetic catalogue (ids "rp-…": 2,000 cities in 20
 * countries, each with an adoption, 100 events with 20 attendees, every fact cited) with raw
 * UNWIND batches, and removes it afterwards unless --keep.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'graphql';

const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
if (process.argv.includes('--help')) {
  log(
    'Usage: npx tsx scripts/measure-read-path.ts [--compare DIR…] [--rounds N] [--runs N] [--keep]   (NEO4J_URI, NEO4J_PASSWORD required)',
  );
  process.exit(0);
}

const conn = () => ({
  uri: process.env.NEO4J_URI ?? '',
  username: process.env.NEO4J_USERNAME ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  database: process.env.NEO4J_DATABASE ?? 'neo4j',
});

/* The questions: the same GraphQL text for every checkout (their own named operations differ). */
const CITATIONS = 'citations { excerpt source { id title } }';
const QUESTIONS: { name: string; query: string; variables: Record<string, unknown> }[] = [
  {
    name: 'catalogue page (100 cities: country, region, adoptions, attended events)',
    query: `query($c: ID) { cities(first: 100, where: { country: $c }) { totalCount edges { cursor node { id name kind country { id name } region { id name }
      adoptions { status date practice { id name } } attended { role event { id name date } } } } } }`,
    variables: { c: 'rp-country-1' },
  },
  {
    name: 'city card (leaders, adoptions, events, influences, citations)',
    query: `query($id: ID!) { city(id: $id) { id name kind description lat lon ${CITATIONS} country { id name } region { id name } hubs { id name }
      leaders { role since leader { id name title } ${CITATIONS} } adoptions { status date practice { id name category } ${CITATIONS} }
      attended { role event { id name kind date } ${CITATIONS} } hosted { event { id name date } ${CITATIONS} }
      influencedBy { date source { __typename id name } practice { id name } via { id name } ${CITATIONS} }
      influenced { date target { id name } practice { id name } ${CITATIONS} } challenges { challenge { id name } ${CITATIONS} } } }`,
    variables: { id: 'kumanovo' },
  },
  {
    name: 'search by prefix',
    query: 'query($t: String!) { search(text: $t, first: 10) { __typename id name } }',
    variables: { t: 'nans' },
  },
];

/* ---------- worker: one checkout ---------- */

async function worker(root: string, runs: number): Promise<void> {
  const imp = (p: string) => import(pathToFileURL(path.join(root, p)).href);
  const { Db } = await imp('src/neo4j/db.ts');
  const { createContext } = await imp('src/context.ts');
  const { getSchema } = await imp('src/schema.ts');
  const { execute } = await import(pathToFileURL(path.join(root, 'node_modules/graphql/index.js')).href);
  const target = new URL(conn().uri.replace(/^neo4j/, 'bolt'));
  let bytes = 0;
  const proxy = net.createServer((client) => {
    const server = net.connect(Number(target.port || 7687), target.hostname);
    server.on('data', (d: Buffer) => {
      bytes += d.length;
    });
    client.pipe(server).pipe(client);
    client.on('error', () => server.destroy());
    server.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const port = (proxy.address() as net.AddressInfo).port;
  const db = Db.connect({ ...conn(), uri: `bolt://127.0.0.1:${port}` });
  const schema = await getSchema();
  const out: Record<string, { statements: number; bytes: number; ms: number }> = {};
  try {
    for (const q of QUESTIONS) {
      const document = parse(q.query);
      const once = async () => {
        const ctx = createContext(db);
        const before = bytes;
        const t = process.hrtime.bigint();
        const result = await execute({ schema, document, variableValues: q.variables, contextValue: ctx });
        const ms = Number(process.hrtime.bigint() - t) / 1e6;
        if (result.errors?.length) throw new Error(`${q.name}: ${result.errors[0].message}`);
        return { statements: ctx.queries.count as number, bytes: bytes - before, ms };
      };
      await once();
      await once(); // warm-up: plans, connections
      const samples = [];
      for (let i = 0; i < runs; i += 1) samples.push(await once());
      out[q.name] = {
        statements: median(samples.map((s) => s.statements)),
        bytes: median(samples.map((s) => s.bytes)),
        ms: median(samples.map((s) => s.ms)),
      };
    }
  } finally {
    await db.close();
    proxy.close();
  }
  process.stdout.write(JSON.stringify(out));
}

/* ---------- the synthetic catalogue ---------- */

async function writeSynthetic(db: {
  write<T>(w: (tx: { run(c: string, p?: Record<string, unknown>): Promise<unknown> }) => Promise<T>): Promise<T>;
}) {
  const c = { cs: ['rp-src'], ce: ['a synthetic fact for the read-path measurement, quoted as the documents are quoted'] };
  await db.write((tx) =>
    tx.run(
      `MERGE (s:Source:Entity {id: 'rp-src'}) SET s.title = 'Synthetic source'
       MERGE (r:Region:Entity {id: 'rp-region'}) SET r.name = 'Synthetic region', r.citationSources = $cs, r.citationExcerpts = $ce
       WITH r UNWIND range(0, 19) AS i
       MERGE (k:Country:Entity {id: 'rp-country-' + i}) SET k.name = 'Country ' + i, k.citationSources = $cs, k.citationExcerpts = $ce, k.description = 'A synthetic country with a description of some length, as real ones have.'
       MERGE (k)-[x:IN_REGION]->(r) SET x.citationSources = $cs, x.citationExcerpts = $ce
       WITH count(*) AS n UNWIND range(0, 9) AS i
       MERGE (p:Practice:Entity {id: 'rp-practice-' + i}) SET p.name = 'Practice ' + i, p.category = 'OTHER', p.citationSources = $cs, p.citationExcerpts = $ce, p.description = 'A practice description that takes a few lines in the documents and is long enough to matter.'`,
      c,
    ),
  );
  for (let from = 0; from < 2_000; from += 500) {
    await db.write((tx) =>
      tx.run(
        `UNWIND range($from, $from + 499) AS i
         MATCH (k:Country {id: 'rp-country-' + (i % 20)}), (p:Practice {id: 'rp-practice-' + (i % 10)})
         MERGE (c:City:Entity {id: 'rp-city-' + i}) SET c.name = 'City ' + i, c.kind = 'CITY', c.lat = 0.0, c.lon = 0.0, c.citationSources = $cs + $cs, c.citationExcerpts = $ce + $ce,
           c.description = 'A synthetic city whose description, like the real ones, runs to a couple of sentences about its prevention work and partners.'
         MERGE (c)-[a:IN_COUNTRY]->(k) SET a.citationSources = $cs, a.citationExcerpts = $ce
         MERGE (c)-[d:ADOPTED]->(p) SET d.status = 'IMPLEMENTED', d.date = '2021', d.citationSources = $cs, d.citationExcerpts = $ce`,
        { ...c, from },
      ),
    );
  }
  await db.write((tx) =>
    tx.run(
      `UNWIND range(0, 99) AS e
       MERGE (v:Event:Entity {id: 'rp-event-' + e}) SET v.name = 'Event ' + e, v.kind = 'WORKSHOP', v.date = '2022-0' + (1 + e % 9), v.citationSources = $cs, v.citationExcerpts = $ce,
         v.description = 'A synthetic workshop with a description of some length.'
       WITH v, e UNWIND range(0, 19) AS j
       MATCH (c:City {id: 'rp-city-' + ((e * 37 + j * 101) % 2000)})
       MERGE (c)-[x:ATTENDED]->(v) SET x.role = 'participant', x.citationSources = $cs, x.citationExcerpts = $ce`,
      c,
    ),
  );
}

/* ---------- main: alternate checkouts ---------- */

async function main(): Promise<void> {
  if (!conn().uri) throw new Error('Set NEO4J_URI (and NEO4J_PASSWORD) to a throwaway Neo4j with the seed loaded.');
  const roots = [process.cwd(), ...process.argv.flatMap((a, i) => (process.argv[i - 1] === '--compare' ? [path.resolve(a)] : []))];
  const rounds = Number(arg('--rounds') ?? 3);
  const runs = Number(arg('--runs') ?? 9);
  const { Db } = await import('../src/neo4j/db');
  const db = Db.connect(conn());
  try {
    log('Writing the synthetic catalogue (rp-…) …');
    await writeSynthetic(db);
    const results = new Map<string, Record<string, { statements: number; bytes: number; ms: number }>[]>();
    for (let r = 1; r <= rounds; r += 1) {
      for (const root of roots) {
        log(`round ${r}/${rounds}: ${root} …`);
        const json = await new Promise<string>((resolve, reject) => {
          const child = spawn(
            process.execPath,
            ['--import', 'tsx', path.join(process.cwd(), 'scripts/measure-read-path.ts'), '--worker', root, '--runs', String(runs)],
            {
              cwd: root,
              stdio: ['ignore', 'pipe', 'inherit'],
            },
          );
          let text = '';
          child.stdout.on('data', (d: Buffer) => (text += d.toString()));
          child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`worker for ${root} exited with ${code}`))));
        });
        const list = results.get(root) ?? [];
        list.push(JSON.parse(json));
        results.set(root, list);
      }
    }
    const rows = ['| question | checkout | statements | KB from Neo4j | p50 ms (min–max over rounds) |', '|---|---|---:|---:|---:|'];
    for (const q of QUESTIONS) {
      for (const root of roots) {
        const per = (results.get(root) ?? []).map((x) => x[q.name]!);
        const ms = per.map((p) => p.ms);
        rows.push(
          `| ${q.name} | ${path.basename(root)} | ${median(per.map((p) => p.statements))} | ${(median(per.map((p) => p.bytes)) / 1024).toFixed(1)} | ${median(ms).toFixed(1)} (${Math.min(...ms).toFixed(1)}–${Math.max(...ms).toFixed(1)}) |`,
        );
      }
    }
    process.stdout.write(`\n${rows.join('\n')}\n`);
  } finally {
    if (!process.argv.includes('--keep')) {
      log('Removing the synthetic catalogue …');
      for (;;) {
        const res = await db.write((tx) =>
          tx.run<{ n: number }>('MATCH (n:Entity) WHERE n.id STARTS WITH "rp-" WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n'),
        );
        if (!res[0]?.n) break;
      }
    }
    await db.close();
  }
}

if (process.argv.includes('--worker')) await worker(arg('--worker')!, Number(arg('--runs') ?? 9));
else await main();
