/*
 * Bulk import: 10k nodes + 40k relationships, written (c) by `prevention-graph import`'s
 * importFiles (validation, references, idempotence, citations, audit, one transaction), (d) by
 * the seed loader from the same data as a seed-format folder, and (a) by raw UNWIND batches
 * doing the same MERGEs with citations and audit properties in one transaction. Runs
 * alternate, each on fresh ids, and everything is removed afterwards.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importFiles } from '../../src/graph/import/run';
import { loadSeed } from '../../src/graph/seed';
import { bounds } from '../../src/domain/partial-date';
import type { Db } from '../../src/neo4j/db';
import { rng } from './stats';

export interface ImportResult {
  system: 'raw' | 'api' | 'seed';
  title: string;
  seconds: number[];
}

type Props = Record<string, unknown>;

/** The import document (FORMATS.md's YAML/JSON shape) for one run. */
export function documentFor(prefix: string): { doc: Record<string, Props[]>; nodes: number; rels: number } {
  const r = rng(7);
  const pick = (n: number) => Math.floor(r() * n);
  const src = `${prefix}source`;
  const c = (what: string) => [{ source: src, excerpt: `Imported evidence: ${what}.` }];
  const date = () => `${2016 + pick(8)}-${String(1 + pick(12)).padStart(2, '0')}`;
  const countries = Array.from({ length: 20 }, (_, i) => ({
    id: `${prefix}country-${i}`,
    name: `Country ${i}`,
    iso2: 'XX',
    citations: c(`country ${i}`),
  }));
  const practices = Array.from({ length: 40 }, (_, i) => ({
    id: `${prefix}practice-${i}`,
    name: `Practice ${i}`,
    category: 'OTHER',
    citations: c(`practice ${i}`),
  }));
  const events = Array.from({ length: 500 }, (_, i) => ({
    id: `${prefix}event-${i}`,
    name: `Event ${i}`,
    kind: 'WORKSHOP',
    date: date(),
    citations: c(`event ${i}`),
  }));
  const nCities = 10_000 - 1 - countries.length - practices.length - events.length;
  const cities = Array.from({ length: nCities }, (_, i) => ({
    id: `${prefix}city-${i}`,
    name: `City ${i}`,
    kind: 'CITY',
    country: `${prefix}country-${i % 20}`,
    citations: c(`city ${i}`),
  }));
  const relationships: Props[] = [];
  for (let i = 0; i < nCities; i += 1) {
    relationships.push({
      type: 'IN_COUNTRY',
      from: `${prefix}city-${i}`,
      to: `${prefix}country-${i % 20}`,
      citations: c(`city ${i} in its country`),
    });
    relationships.push({
      type: 'ADOPTED',
      from: `${prefix}city-${i}`,
      to: `${prefix}practice-${pick(40)}`,
      status: 'IMPLEMENTED',
      date: date(),
      citations: c(`city ${i} adopted`),
    });
  }
  for (let e = 0; e < events.length; e += 1) {
    const seen = new Set<number>();
    while (seen.size < 20) seen.add(pick(nCities));
    for (const a of seen)
      relationships.push({
        type: 'ATTENDED',
        from: `${prefix}city-${a}`,
        to: `${prefix}event-${e}`,
        role: 'participant',
        citations: c(`attendance ${a} ${e}`),
      });
  }
  const keys = new Set<string>();
  while (relationships.length < 40_000) {
    const from = pick(nCities);
    const to = pick(nCities);
    const practice = `${prefix}practice-${pick(40)}`;
    if (from === to || keys.has(`${from}>${to}|${practice}`)) continue;
    keys.add(`${from}>${to}|${practice}`);
    relationships.push({
      type: 'INSPIRED',
      from: `${prefix}city-${from}`,
      to: `${prefix}city-${to}`,
      practice,
      date: date(),
      citations: c(`influence ${from} ${to}`),
    });
  }
  const doc = { sources: [{ id: src, title: 'Imported benchmark source' }], countries, practices, events, cities, relationships };
  return { doc, nodes: 1 + countries.length + practices.length + events.length + cities.length, rels: relationships.length };
}

/*
 * What the importer must store, stated by hand: the relationship key (INSPIRED is one fact per
 * kind, practice and event, and a missing kind is stored as the default), the parallel
 * citation lists (citationFields says which statements a citation supports; "" = the whole
 * fact) and a GraphChange entry for the graph version (src/graph/curation/version.ts).
 */
const KEYS: Record<string, string[]> = { INSPIRED: ['kind', 'practice', 'via'], LEADS: ['role'] };
const DEFAULTS: Record<string, Props> = { INSPIRED: { kind: 'INSPIRED' } };
const NODE_LABEL: Record<string, string> = {
  sources: 'Source',
  countries: 'Country',
  practices: 'Practice',
  events: 'Event',
  cities: 'City',
};

/** The floor: the same MERGEs, citations and audit stamps as raw UNWIND statements in one transaction. */
export async function rawImport(db: Db, doc: Record<string, Props[]>): Promise<void> {
  const now = new Date().toISOString();
  const cite = (x: Props) => {
    const cs = (x.citations as { source: string; excerpt: string }[] | undefined) ?? [];
    return { citationSources: cs.map((c) => c.source), citationExcerpts: cs.map((c) => c.excerpt), citationFields: cs.map(() => '') };
  };
  const withBounds = (x: Props) => (typeof x.date === 'string' ? { dateStart: bounds(x.date).start, dateEnd: bounds(x.date).end } : {});
  await db.write(async (tx) => {
    for (const [section, label] of Object.entries(NODE_LABEL)) {
      const rows = (doc[section] ?? []).map(({ citations: _c, ...x }) => ({
        id: x.id,
        props: { ...x, ...withBounds(x), ...cite({ citations: _c }), ...(label === 'Source' ? { name: x.title } : {}) },
      }));
      for (let i = 0; i < rows.length; i += 10_000) {
        await tx.run(
          `UNWIND $rows AS row MERGE (n:Entity {id: row.id}) ON CREATE SET n.createdAt = $now
           SET n:${label}, n += row.props, n.updatedAt = $now, n.updatedBy = 'import'`,
          { rows: rows.slice(i, i + 10_000), now },
        );
      }
    }
    const rels = doc.relationships ?? [];
    for (const type of new Set(rels.map((x) => x.type as string))) {
      const rows = rels
        .filter((x) => x.type === type)
        .map(({ type: _t, from, to, citations, ...given }) => {
          const x = { ...DEFAULTS[type as string], ...given };
          return {
            from,
            to,
            key: (KEYS[type as string] ?? []).map((k) => `${k}=${(x[k] as string) ?? ''}`).join('|'),
            props: { ...x, ...withBounds(x), ...cite({ citations }) },
          };
        });
      for (let i = 0; i < rows.length; i += 10_000) {
        await tx.run(
          `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
           MERGE (a)-[r:${type} {key: row.key}]->(b) ON CREATE SET r.createdAt = $now
           SET r += row.props, r.updatedAt = $now, r.updatedBy = 'import'`,
          { rows: rows.slice(i, i + 10_000), now },
        );
      }
    }
    await tx.run("CREATE (:GraphChange {at: $now, by: 'import'})", { now });
  });
}

async function removeRun(db: Db, prefix: string): Promise<void> {
  let removed = 1;
  while (removed > 0) {
    const rows = await db.write((tx) =>
      tx.run<{ n: number }>('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS n', {
        prefix,
      }),
    );
    removed = rows[0]?.n ?? 0;
  }
}

/** The same document as a seed-format folder: `<section>.json` node files and `relationships/<type>.json`. */
async function writeSeedFolder(dir: string, doc: Record<string, Props[]>): Promise<void> {
  await mkdir(path.join(dir, 'relationships'), { recursive: true });
  for (const [section, entries] of Object.entries(doc)) {
    if (section !== 'relationships') await writeFile(path.join(dir, `${section}.json`), JSON.stringify(entries));
  }
  const byType = new Map<string, Props[]>();
  for (const { type, ...rest } of doc.relationships ?? []) byType.set(String(type), [...(byType.get(String(type)) ?? []), rest]);
  for (const [type, entries] of byType)
    await writeFile(path.join(dir, 'relationships', `${type.toLowerCase()}.json`), JSON.stringify(entries));
}

const LETTER = { raw: 'r', api: 'c', seed: 's' } as const;

/**
 * Rounds of (a) raw UNWIND, (c) importFiles on a JSON document and (d) the seed loader on the
 * same data as a seed-format folder, each on fresh ids and removed again before the next run;
 * who goes first rotates by round (a multiple of 3 rounds gives each system each place equally).
 */
export async function benchImport(db: Db, log: (line: string) => void, rounds = 2): Promise<ImportResult[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pg-bench-import-'));
  const raw: ImportResult = { system: 'raw', title: '(a) raw UNWIND MERGE, one transaction', seconds: [] };
  const api: ImportResult = { system: 'api', title: '(c) prevention-graph import (importFiles)', seconds: [] };
  const seed: ImportResult = { system: 'seed', title: '(d) seed loader (loadSeed), same data as a seed folder', seconds: [] };
  const systems = [raw, api, seed];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const order = systems.map((_, i) => systems[(i + round - 1) % systems.length]!);
      for (const which of order) {
        const prefix = `imp${round}${LETTER[which.system]}-`;
        const { doc, nodes, rels } = documentFor(prefix);
        const file = path.join(dir, `${prefix}import.json`);
        const folder = path.join(dir, `${prefix}seed`);
        if (which.system === 'seed') await writeSeedFolder(folder, doc);
        else await writeFile(file, JSON.stringify(doc));
        log(`Import round ${round}/${rounds}: ${which.title}, ${nodes} nodes + ${rels} relationships …`);
        const t = Date.now();
        if (which.system === 'raw') await rawImport(db, doc);
        else if (which.system === 'api') await importFiles(db, [file], { actor: { name: 'import' } });
        else await loadSeed(db, folder, { name: 'import' });
        which.seconds.push((Date.now() - t) / 1000);
        log(`    ${((Date.now() - t) / 1000).toFixed(1)} s`);
        // Untimed: every run starts from the same graph, not one grown by the runs before it.
        await removeRun(db, prefix);
      }
    }
  } finally {
    log('Removing the imported nodes …');
    for (let round = 1; round <= rounds; round += 1) for (const s of Object.values(LETTER)) await removeRun(db, `imp${round}${s}-`);
    await rm(dir, { recursive: true, force: true });
  }
  return systems;
}
