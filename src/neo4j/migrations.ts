import { LEGACY_ADOPTION_STATUSES } from '../domain/adoption-status';
import { DEFAULT_INFLUENCE_KIND } from '../domain/influence-kinds';
import { NODE_LABELS } from '../domain/labels';
import type { Db } from './db';

/**
 * Idempotent schema statements run at every start (IF NOT EXISTS). Every node carries the
 * `Entity` label besides its own, so that ids are unique across the whole graph and a node
 * can be fetched by id alone. See https://neo4j.com/docs/cypher-manual/5/constraints/.
 */
export function migrationStatements(): string[] {
  const stmts = [
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE',
    'CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE',
  ];
  for (const label of NODE_LABELS) {
    const l = label.toLowerCase();
    stmts.push(`CREATE CONSTRAINT ${l}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
    stmts.push(`CREATE INDEX ${l}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`);
  }
  stmts.push(
    'CREATE INDEX city_kind IF NOT EXISTS FOR (n:City) ON (n.kind)',
    'CREATE INDEX practice_category IF NOT EXISTS FOR (n:Practice) ON (n.category)',
    'CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind)',
    'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateStart, n.dateEnd)',
    'CREATE INDEX entity_updated IF NOT EXISTS FOR (n:Entity) ON (n.updatedAt)',
    'CREATE INDEX deletion_at IF NOT EXISTS FOR (d:Deletion) ON (d.at)',
    // The write log behind the graph version (src/graph/curation/version.ts), compacted oldest first.
    'CREATE INDEX graph_change_at IF NOT EXISTS FOR (c:GraphChange) ON (c.at)',
    'CREATE INDEX inspired_date IF NOT EXISTS FOR ()-[r:INSPIRED]-() ON (r.dateStart)',
    'CREATE INDEX adopted_date IF NOT EXISTS FOR ()-[r:ADOPTED]-() ON (r.dateStart)',
    // The peer finder's candidates (src/graph/peers/shortlist.ts): who passed a practice on, who lies near.
    'CREATE INDEX inspired_practice IF NOT EXISTS FOR ()-[r:INSPIRED]-() ON (r.practice)',
    'CREATE INDEX city_lat IF NOT EXISTS FOR (n:City) ON (n.lat)',
    // Adoption cascades imported for inference: their own labels, never Entity (not cited facts)
    'CREATE CONSTRAINT cascade_data_set_id IF NOT EXISTS FOR (d:CascadeDataSet) REQUIRE d.id IS UNIQUE',
    'CREATE INDEX cascade_adoption_set IF NOT EXISTS FOR (a:CascadeAdoption) ON (a.dataSet, a.row)',
    `CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
       FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.description, n.title]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  );
  return stmts;
}

/**
 * Data written by earlier versions, brought to the current vocabulary. Each statement is
 * idempotent (it matches only what is still old) and bumps the graph version when it changed
 * anything, so cached projections are rebuilt.
 */
export const DATA_MIGRATIONS: { name: string; cypher: string; params?: Record<string, unknown> }[] = [
  {
    name: 'adoption statuses of the three-status scale',
    cypher: `UNWIND keys($legacy) AS old
             MATCH ()-[r:ADOPTED {status: old}]->() SET r.status = $legacy[old] RETURN count(r) AS changed`,
    params: { legacy: LEGACY_ADOPTION_STATUSES },
  },
  {
    // INSPIRED gained a kind, which is part of its key: old ones are inspirations.
    name: 'influence kind',
    cypher: `MATCH ()-[r:INSPIRED]->() WHERE r.kind IS NULL
             SET r.kind = $kind, r.key = 'kind=' + $kind + '|' + coalesce(r.key, 'practice=|via=') RETURN count(r) AS changed`,
    params: { kind: DEFAULT_INFLUENCE_KIND },
  },
];

/** Applies the schema and waits until the indexes are online. */
export async function migrate(db: Db): Promise<void> {
  // The full-text index names its labels; one made before a label existed (Group) is rebuilt.
  const [existing] = await db.query<{ labels: string[] }>(
    "SHOW INDEXES YIELD name, labelsOrTypes WHERE name = 'entity_text' RETURN labelsOrTypes AS labels",
  );
  if (existing && NODE_LABELS.some((l) => !existing.labels.includes(l))) await db.write((tx) => tx.run('DROP INDEX entity_text IF EXISTS'));
  // Schema statements cannot share a transaction with each other's data: one each.
  for (const stmt of migrationStatements()) {
    await db.write((tx) => tx.run(stmt));
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(60)'));
  for (const m of DATA_MIGRATIONS) {
    await db.write(async (tx) => {
      const rows = await tx.run<{ changed: number }>(m.cypher, m.params ?? {});
      if ((rows[0]?.changed ?? 0) > 0) await tx.run('MERGE (m:GraphMeta {id: "graph"}) SET m.version = coalesce(m.version, 0) + 1');
    });
  }
}
