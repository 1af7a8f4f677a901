import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../src/graph/import/run';
import { graphVersion } from '../../src/graph/curation/version';
import { dataOf, gql, testDb } from '../helpers/graphql';
import { fixturePrefix } from '../helpers/fixtures';
import { cli } from '../helpers/cli';

describe('bulk import', () => {
  const db = testDb();
  const p = fixturePrefix(db);
  let dir: string;
  const file = async (name: string, text: string) => {
    const f = path.join(dir, name);
    await mkdir(path.dirname(f), { recursive: true });
    await writeFile(f, text);
    return f;
  };
  const count = async () =>
    (await db.query<{ n: number }>('MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN count(n) AS n', { p: `${p}-` }))[0]!.n;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pg-import-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const yamlDoc = () => `
sources:
  - { id: ${p}-survey, title: "Survey ${p}", publisher: "Hub", date: "2024-02" }
countries:
  - { id: ${p}-land, name: "Testland", iso2: "TL", citations: [{ source: ${p}-survey, excerpt: "Testland is a country." }] }
cities:
  - { id: ${p}-alpha, name: "Alpha", kind: CITY, country: ${p}-land, citations: [{ source: ${p}-survey, excerpt: "Alpha, a city of Testland." }] }
  - { id: ${p}-beta, name: "Beta", kind: TOWN, country: ${p}-land, citations: [{ source: ${p}-survey, excerpt: "Beta, a town of Testland." }] }
practices:
  - { id: ${p}-forum, name: "Youth forum", category: YOUTH_ENGAGEMENT, citations: [{ source: ${p}-survey, excerpt: "a youth forum" }] }
relationships:
  - { type: IN_COUNTRY, from: ${p}-alpha, to: ${p}-land, citations: [{ source: ${p}-survey, excerpt: "Alpha, a city of Testland." }] }
  - { type: adopted, from: ${p}-beta, to: ${p}-forum, status: PILOT, date: "2023", citations: [{ source: ${p}-survey, excerpt: "Beta piloted a youth forum in 2023." }] }
  - { type: INSPIRED, from: ${p}-alpha, to: ${p}-beta, practice: ${p}-forum, date: "2023-06", citations: [{ source: ${p}-survey, excerpt: "Beta learned from Alpha." }] }
`;

  it('imports a YAML document in one go, and a second run reports everything unchanged', async () => {
    const f = await file('doc.yaml', yamlDoc());
    const first = await importFiles(db, [f]);
    expect(first.nodes).toEqual({ created: 5, updated: 0, unchanged: 0 });
    expect(first.relationships).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(first.byLabel.City).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const second = await importFiles(db, [f]);
    expect(second.nodes).toEqual({ created: 0, updated: 0, unchanged: 5 });
    expect(second.relationships).toEqual({ created: 0, updated: 0, unchanged: 3 });
    const { city } = dataOf(
      await gql<{ city: { updatedBy: string; adoptions: { status: string }[]; influencedBy: { source: { id: string } }[] } }>(
        `{ city(id: "${p}-beta") { updatedBy adoptions { status } influencedBy { source { id } } } }`,
      ),
    );
    expect(city).toEqual({ updatedBy: 'import', adoptions: [{ status: 'PILOTING' }], influencedBy: [{ source: { id: `${p}-alpha` } }] });
  });

  it('round-trips CSV nodes and edges, joining the citations of repeated rows', async () => {
    const nodes = await file(
      'nodes.csv',
      [
        'label,id,name,kind,category,country,lat,lon,citation_source,citation_excerpt',
        `city,${p}-gamma,"Gamma, upon Sea",MUNICIPALITY,,${p}-land,41.5,20.25,${p}-survey,"Gamma, by the sea."`,
        `City,${p}-gamma,,,,,,,${p}-survey,"Gamma joined in 2024."`,
        `Practice,${p}-desk,"Help desk",,OTHER,,,,${p}-survey,"a help desk"`,
      ].join('\n'),
    );
    const edges = await file(
      'edges.csv',
      [
        'type,from,to,status,date,citation_source,citation_excerpt',
        `ADOPTED,${p}-gamma,${p}-desk,IMPLEMENTED,2024-01,${p}-survey,"Gamma runs a help desk."`,
        `in_country,${p}-gamma,${p}-land,,,${p}-survey,"Gamma, by the sea."`,
      ].join('\n'),
    );
    const r = await importFiles(db, [nodes, edges]);
    expect(r.nodes.created).toBe(2);
    expect(r.relationships.created).toBe(2);
    const { city } = dataOf(
      await gql<{ city: Record<string, unknown> }>(
        `{ city(id: "${p}-gamma") { name kind lat lon country { id } citations { excerpt } adoptions { status date practice { id name } } } }`,
      ),
    );
    expect(city).toEqual({
      name: 'Gamma, upon Sea',
      kind: 'MUNICIPALITY',
      lat: 41.5,
      lon: 20.25,
      country: { id: `${p}-land` },
      citations: [{ excerpt: 'Gamma, by the sea.' }, { excerpt: 'Gamma joined in 2024.' }],
      adoptions: [{ status: 'IMPLEMENTED', date: '2024-01', practice: { id: `${p}-desk`, name: 'Help desk' } }],
    });
    expect((await importFiles(db, [nodes, edges])).nodes).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('writes nothing when one row is bad, and names the file, row and field', async () => {
    const before = await count();
    const nodes = await file(
      'bad-nodes.csv',
      [
        'label,id,name,kind,citation_source,citation_excerpt',
        `City,${p}-delta,Delta,CITY,${p}-survey,"Delta is a city."`,
        `City,${p}-epsilon,Epsilon,METROPOLIS,${p}-survey,"Epsilon is a city."`,
      ].join('\n'),
    );
    await expect(importFiles(db, [await file('more.yaml', yamlDoc().replace(/-alpha/g, '-zeta')), nodes])).rejects.toMatchObject({
      message: expect.stringMatching(/bad-nodes\.csv row 3 .*field "kind"/),
      extensions: { code: 'BAD_USER_INPUT', field: 'kind', row: 3 },
    });
    // A reference to a node that does not exist is only found while writing: still nothing stays.
    const edges = await file(
      'bad-edges.csv',
      ['type,from,to,citation_source,citation_excerpt', `ATTENDED,${p}-delta,${p}-no-such-event,${p}-survey,"Delta attended."`].join('\n'),
    );
    const ok = await file(
      'ok-nodes.csv',
      ['label,id,name,kind,citation_source,citation_excerpt', `City,${p}-delta,Delta,CITY,${p}-survey,"Delta is a city."`].join('\n'),
    );
    await expect(importFiles(db, [ok, edges])).rejects.toMatchObject({
      message: expect.stringMatching(/bad-edges\.csv row 2: field "to": no node with id/),
      extensions: { code: 'NOT_FOUND', field: 'to', row: 2 },
    });
    expect(await count()).toBe(before);
  });

  it('refuses the same fact stated twice in one run, naming both places', async () => {
    const a = await file(
      'a.yaml',
      `practices:\n  - { id: ${p}-twice, name: "Twice", category: OTHER, citations: [{ source: ${p}-survey, excerpt: "once" }] }\n`,
    );
    await expect(importFiles(db, [a, a])).rejects.toMatchObject({
      message: expect.stringMatching(/a\.yaml \(practices\) entry 1: field "id": .* is also stated at \S*a\.yaml \(practices\) entry 1/),
    });
  });

  it('dry-runs: checks everything against the graph, reports what would change, writes nothing', async () => {
    const before = await count();
    const f = await file(
      'dry.yaml',
      `cities:\n  - { id: ${p}-eta, name: "Eta", kind: CITY, country: ${p}-land, citations: [{ source: ${p}-survey, excerpt: "Eta is a city." }] }\n`,
    );
    const r = await importFiles(db, [f], { dryRun: true });
    expect(r).toMatchObject({ dryRun: true, nodes: { created: 1, updated: 0, unchanged: 0 } });
    expect(await count()).toBe(before);
  });

  it('reports progress on large files, written in slices of one transaction', async () => {
    const rows = ['label,id,name,category,citation_source,citation_excerpt'];
    for (let i = 0; i < 1_200; i += 1) rows.push(`Practice,${p}-bulk-${i},Bulk practice ${i},OTHER,${p}-survey,"bulk practice ${i}"`);
    const lines: string[] = [];
    const r = await importFiles(db, [await file('bulk.csv', rows.join('\n'))], { sliceSize: 500, progress: (l) => lines.push(l) });
    expect(r.nodes.created).toBe(1_200);
    expect(lines.some((l) => /bulk\.csv: 1200 rows, 1200 nodes$/.test(l))).toBe(true);
    expect(lines).toEqual(expect.arrayContaining(['written 500 / 1200', 'written 1000 / 1200', 'written 1200 / 1200']));
  });

  it('writes nothing, not even earlier chunks, when the last row of the last chunk is bad', async () => {
    const before = await count();
    const version = await db.read((tx) => graphVersion(tx));
    const rows = ['label,id,name,category,citation_source,citation_excerpt'];
    for (let i = 0; i < 700; i += 1) rows.push(`Practice,${p}-chunk-${i},Chunk practice ${i},OTHER,${p}-survey,"chunk practice ${i}"`);
    const edges = ['type,from,to,status,citation_source,citation_excerpt'];
    for (let i = 0; i < 699; i += 1) edges.push(`ADOPTED,${p}-alpha,${p}-chunk-${i},PLANNED,${p}-survey,"Alpha plans practice ${i}."`);
    edges.push(`ADOPTED,${p}-alpha,${p}-no-such-practice,PLANNED,${p}-survey,"Alpha plans a practice nobody stated."`);
    const lines: string[] = [];
    await expect(
      importFiles(db, [await file('chunks.csv', rows.join('\n')), await file('chunk-edges.csv', edges.join('\n'))], {
        sliceSize: 200,
        progress: (l) => lines.push(l),
      }),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/chunk-edges\.csv row 701: field "to": no node with id/),
      extensions: { code: 'NOT_FOUND', field: 'to', row: 701 },
    });
    expect(await count()).toBe(before);
    expect(await db.read((tx) => graphVersion(tx))).toBe(version);
    const [adopted] = await db.query<{ n: number }>('MATCH (:City {id: $id})-[r:ADOPTED]->() RETURN count(r) AS n', { id: `${p}-alpha` });
    expect(adopted?.n).toBe(0);
  });

  it('re-imports without repeating citations or touching audit stamps, and adds only what is new', async () => {
    const f = await file('again.yaml', yamlDoc());
    await importFiles(db, [f]);
    const state = () =>
      db.query<{ id: string; sources: string[]; excerpts: string[]; updatedAt: string }>(
        `MATCH (n:Entity) WHERE n.id STARTS WITH $p RETURN n.id AS id, n.citationSources AS sources, n.citationExcerpts AS excerpts, n.updatedAt AS updatedAt
         UNION ALL
         MATCH (a:Entity)-[r]->(:Entity) WHERE a.id STARTS WITH $p
         RETURN a.id + '-' + type(r) AS id, r.citationSources AS sources, r.citationExcerpts AS excerpts, r.updatedAt AS updatedAt`,
        { p: `${p}-` },
      );
    const sorted = (rows: { id: string }[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const version = await db.read((tx) => graphVersion(tx));
    const first = sorted(await state());
    const again = await importFiles(db, [f]);
    expect(again.relationships).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(sorted(await state())).toEqual(first);
    expect(await db.read((tx) => graphVersion(tx))).toBe(version);

    // A relationship between nodes already in the graph gains one citation; a new node links to an old one.
    const more = await file(
      'more-evidence.yaml',
      `cities:
  - { id: ${p}-theta, name: "Theta", kind: CITY, country: ${p}-land, citations: [{ source: ${p}-survey, excerpt: "Theta is a city." }] }
relationships:
  - { type: INSPIRED, from: ${p}-alpha, to: ${p}-beta, practice: ${p}-forum, date: "2023-06", citations: [{ source: ${p}-survey, excerpt: "Beta learned from Alpha." }, { source: ${p}-survey, excerpt: "Alpha's forum was the model." }] }
  - { type: IN_COUNTRY, from: ${p}-theta, to: ${p}-land, citations: [{ source: ${p}-survey, excerpt: "Theta is a city." }] }
`,
    );
    const r = await importFiles(db, [more]);
    expect(r.relationships).toEqual({ created: 1, updated: 1, unchanged: 0 });
    expect(await db.read((tx) => graphVersion(tx))).toBeGreaterThan(version);
    const [inspired] = await db.query<{ excerpts: string[]; n: number }>(
      `MATCH (:City {id: $a})-[r:INSPIRED]->(:City {id: $b}) RETURN r.citationExcerpts AS excerpts, count(*) AS n`,
      { a: `${p}-alpha`, b: `${p}-beta` },
    );
    expect(inspired).toEqual({ excerpts: ['Beta learned from Alpha.', "Alpha's forum was the model."], n: 1 });
    expect((await importFiles(db, [more])).relationships).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('runs as a CLI: counts on stdout, idempotent, and a clean error with exit code 1', async () => {
    const seedDir = path.join(dir, 'folder');
    await file('folder/sources.yaml', `- { id: ${p}-folder-src, title: "Folder source" }\n`);
    await file(
      'folder/challenges.yaml',
      `- { id: ${p}-rumours, name: "Rumours", citations: [{ source: ${p}-folder-src, excerpt: "rumours spread" }] }\n`,
    );
    const first = await cli(['import', seedDir, '--json', '--by', 'hub-staff']);
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ dryRun: false, nodes: { created: 2, updated: 0, unchanged: 0 } });
    const second = await cli(['import', seedDir]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^nodes\s+0\s+0\s+2$/m);
    const bad = await cli(['import', '--dry-run', path.join(dir, 'bad-nodes.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/error: .*bad-nodes\.csv row 3 .*field "kind"/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const [who] = await db.query<{ by: string }>('MATCH (n:Challenge {id: $id}) RETURN n.updatedBy AS by', { id: `${p}-rumours` });
    expect(who?.by).toBe('hub-staff');
  });
});
