import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseCsv } from 'csv-parse/sync';
import { main } from '../../src/main';
import { print } from 'graphql';
import { DiffusionDocument, InfluencePathsDocument, InfluenceReachDocument, TopInfluencersDocument } from '../../src/generated/graphql';
import { testDb } from '../helpers/graphql';
import { startTestServer, testServer } from '../helpers/server';

describe('exports over HTTP and from the command line', () => {
  const db = testDb();
  const server = testServer({ db });
  let counts: { nodes: number; edges: number };

  beforeAll(async () => {
    counts = (
      await db.query<{ nodes: number; edges: number }>(
        `CALL () { MATCH (n:Entity) WHERE NOT n:Source RETURN count(n) AS nodes }
       CALL () { MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT a:Source AND NOT b:Source RETURN count(r) AS edges }
       RETURN nodes, edges`,
      )
    )[0]!;
  });

  const get = (p: string) => fetch(`${server.url}${p}`);

  it('serves the whole graph as GraphML and GEXF attachments that parse back to the graph', async () => {
    const res = await get('/export/graphml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="prevention-graph-all.graphml"');
    const g = parseGraphml(MultiDirectedGraph, await res.text());
    expect([g.order, g.size]).toEqual([counts.nodes, counts.edges]);

    const gexf = await get('/export/gexf?asOf=2023');
    expect(gexf.headers.get('content-disposition')).toBe('attachment; filename="prevention-graph-all-as-of-2023.gexf"');
    const early = parseGexf(MultiDirectedGraph, await gexf.text());
    expect(early.hasNode('nairobi-regional-workshop')).toBe(true);
    expect(early.hasNode('arusha-working-group-meeting')).toBe(false); // May 2024
  });

  it('serves CSV one part at a time, and subgraphs by scope', async () => {
    const edges = await get('/export/csv?part=edges&scope=practice&id=neighbourhood-watch');
    expect(edges.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(edges.headers.get('content-disposition')).toContain('prevention-graph-practice-neighbourhood-watch-edges.csv');
    const rows = parseCsv(await edges.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => `${r.source}>${r.target}`)).toContain('cape-town>nansana');

    const kumu = (await (await get('/export/kumu?scope=reach&id=kumanovo&maxHops=1')).json()) as {
      elements: { id: string }[];
      connections: { from: string }[];
    };
    expect(kumu.elements.map((e) => e.id).sort()).toEqual(['danilovgrad', 'elbasan', 'kumanovo', 'kumanovo-national-roundtable']);
    expect(kumu.connections.every((c) => c.from === 'kumanovo')).toBe(true);
  });

  it('answers bad parameters with 400 and unknown ids with 404, naming the parameter', async () => {
    const cases: [string, number, string][] = [
      ['/export/pdf', 400, 'format'],
      ['/export/csv', 400, 'part'],
      ['/export/graphml?scope=everything', 400, 'scope'],
      ['/export/graphml?scope=reach', 400, 'id'],
      ['/export/graphml?scope=reach&id=kumanovo&maxHops=9', 400, 'maxHops'],
      ['/export/graphml?asOf=May%202022', 400, 'asOf'],
      ['/export/graphml?scope=region&id=a&id=b', 400, 'id'],
      ['/export/graphml?scope=practice&id=atlantis', 404, 'id'],
    ];
    for (const [url, status, field] of cases) {
      const res = await get(url);
      expect(res.status, url).toBe(status);
      const body = (await res.json()) as { error: { code: string; field: string; message: string } };
      expect(body.error.field, url).toBe(field);
      expect(body.error.message).not.toMatch(/MATCH|at .*\.ts/);
    }
  });

  it('requires a key for exports when the server requires one for GraphQL', async () => {
    const locked = await startTestServer({
      db,
      env: { REQUIRE_API_KEY: 'true', API_KEYS: 'researcher:reader:export-test-key-0123456789' },
    });
    try {
      const anonymous = await fetch(`${locked.url}/export/kumu`);
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
      const keyed = await fetch(`${locked.url}/export/kumu`, { headers: { authorization: 'Bearer export-test-key-0123456789' } });
      expect(keyed.status).toBe(200);
    } finally {
      await locked.close();
    }
  });

  it('answers the named diffusion operations over HTTP, within the server’s limits', async () => {
    const ops: [unknown, Record<string, unknown>][] = [
      [InfluencePathsDocument, { from: 'nairobi-regional-workshop', to: 'nansana', first: 50, maxHops: 6 }],
      [InfluenceReachDocument, { id: 'strong-cities-network', maxHops: 3 }],
      [DiffusionDocument, { category: 'COMMUNITY_ENGAGEMENT' }],
      [TopInfluencersDocument, { first: 100 }],
    ];
    for (const [doc, variables] of ops) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(doc as never), variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(res.status).toBe(200);
    }
  });

  it('writes files with `prevention-graph export`', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pg-export-'));
    const conn = inject('neo4j');
    const saved = { ...process.env };
    Object.assign(process.env, {
      NEO4J_URI: conn.uri,
      NEO4J_USERNAME: conn.username,
      NEO4J_PASSWORD: conn.password,
      NEO4J_DATABASE: conn.database,
    });
    try {
      expect(await main(['export', '--format', 'csv', '--out', `${dir}/`])).toBe(0);
      const nodes = parseCsv(await readFile(path.join(dir, 'nodes.csv'), 'utf8'), { columns: true }) as unknown[];
      const edges = parseCsv(await readFile(path.join(dir, 'edges.csv'), 'utf8'), { columns: true }) as unknown[];
      expect([nodes.length, edges.length]).toEqual([counts.nodes, counts.edges]);
      const out = path.join(dir, 'hp.gexf');
      expect(
        await main(['export', '--format', 'gexf', '--out', out, '--reach', 'highland-park', '--direction', 'upstream', '--as-of', '2024']),
      ).toBe(0);
      expect(parseGexf(MultiDirectedGraph, await readFile(out, 'utf8')).hasNode('oslo-workshop')).toBe(true);
      expect(await main(['export', '--format', 'pdf'])).toBe(1);
      expect(await main(['export', '--format', 'csv', '--practice', 'x', '--region', 'y'])).toBe(1);
    } finally {
      process.env = saved;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
