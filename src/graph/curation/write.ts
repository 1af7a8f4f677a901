import { AppError, notFound } from '../../errors';
import type { RelationshipInput } from '../../model/link.input';
import type { SourceInput } from '../../model/node.input';
import type { NodeObject } from '../../model/node.type';
import type { Db, Tx } from '../../neo4j/db';
import { relationshipKey, type Outcome, type WriteActor } from './upsert';
import { deleteNodes, deleteRelationships, type RelationshipRef } from './delete';
import { REL_TYPES, type RelType } from '../../domain/relationships';
import { type NodeLabel } from '../../domain/labels';
import type { LinkObject } from '../../model/link.type';
import { toLink, toNode, type RawNode, type RawRel } from '../records';
import { writeBatch, type Batch, type BatchReport } from './batch';
import { toRelationshipInput, type AnyNodeInput } from './validation';

/**
 * What one GraphQL mutation writes, each in ONE write transaction through the shared upsert
 * code (curation/batch.ts writeBatch → curation/upsert.ts): the new sources it cites, the fact, and what the
 * fact implies. The result is read back inside the same transaction, so the response shows
 * the committed state without depending on read-your-writes across sessions.
 */

/** Node properties that also stand as a relationship: a city's country, a country's region. */
const LINKED: Partial<Record<NodeLabel, { prop: 'country' | 'region'; type: RelType }>> = {
  City: { prop: 'country', type: 'IN_COUNTRY' },
  Country: { prop: 'region', type: 'IN_REGION' },
};

const sourceGroup = (sources: SourceInput[]): Batch['nodes'] =>
  sources.length ? [{ label: 'Source', writes: sources.map((input) => ({ input })) }] : [];

const outcomeOf = (report: BatchReport, key: string): Outcome => {
  const c = report.byLabel[key];
  return c?.created ? 'created' : c?.updated ? 'updated' : 'unchanged';
};

/**
 * Upserts a node (and the sources it cites). For a city with `country` (a country with
 * `region`) it also upserts IN_COUNTRY (IN_REGION) with the same citations and removes the
 * link to a previous country; without it, the current country is kept.
 */
export async function writeNode(
  db: Db,
  label: NodeLabel,
  input: AnyNodeInput,
  sources: SourceInput[],
  actor: WriteActor,
): Promise<{ outcome: Outcome; node: NodeObject }> {
  return db.write(async (tx) => {
    const linked = LINKED[label];
    const relationships: Batch['relationships'] = [];
    let stale: RelationshipRef[] = [];
    if (linked) {
      const values = input as unknown as Record<string, unknown>;
      const current = await tx.run<{ to: string; key: string }>(
        `MATCH (:Entity {id: $id})-[r:${linked.type}]->(m:Entity) RETURN m.id AS to, r.key AS key`,
        { id: input.id },
      );
      const wanted = values[linked.prop];
      if (typeof wanted === 'string') {
        const citations = 'citations' in input ? input.citations : [];
        relationships.push({
          input: await toRelationshipInput({ type: linked.type, from: input.id, to: wanted, citations: citations.map((c) => ({ ...c })) }),
        });
        stale = current.filter((c) => c.to !== wanted).map((c) => ({ type: linked.type, from: input.id, to: c.to, key: c.key }));
      } else if (current[0]) {
        values[linked.prop] = current[0].to;
      }
    }
    const batch: Batch = { nodes: [...sourceGroup(sources), { label, writes: [{ input }] }], relationships };
    const report = await writeBatch(tx, batch, actor);
    if (stale.length) await deleteRelationships(tx, stale, actor);
    let outcome = outcomeOf(report, label);
    if (outcome === 'unchanged' && (stale.length || (linked && outcomeOf(report, linked.type) !== 'unchanged'))) outcome = 'updated';
    return { outcome, node: await readNode(tx, input.id) };
  });
}

/** Upserts a relationship (and the sources it cites); returns it as its link object. */
export async function writeRelationship(
  db: Db,
  input: RelationshipInput,
  sources: SourceInput[],
  actor: WriteActor,
): Promise<{ outcome: Outcome; link: LinkObject }> {
  const type = input.type;
  return db.write(async (tx) => {
    const report = await writeBatch(tx, { nodes: sourceGroup(sources), relationships: [{ input }] }, actor);
    const link = await readLink(tx, { type, from: input.from, to: input.to, key: relationshipKey(type, input) });
    return { outcome: outcomeOf(report, type), link: link! };
  });
}

/** Deletes a node and its relationships; NOT_FOUND when absent, CONFLICT while others refer to it. */
export async function removeNode(db: Db, id: string, actor: WriteActor & { now: string }): Promise<{ label: string; detached: number }> {
  return db.write(async (tx) => {
    const rows = await tx.run<{ label: string; detached: number }>(
      "MATCH (n:Entity {id: $id}) RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label, COUNT { (n)--() } AS detached",
      { id },
    );
    if (!rows[0]) throw notFound(id, 'node', 'id');
    await deleteNodes(tx, [id], actor);
    return rows[0];
  });
}

/** Deletes one relationship; NOT_FOUND naming it when there is none. */
export async function removeRelationship(db: Db, ref: RelationshipRef, actor: WriteActor): Promise<void> {
  if (!(ref.type in REL_TYPES)) throw new AppError('BAD_USER_INPUT', `Unknown relationship type "${ref.type}".`, { field: 'type' });
  await db.write(async (tx) => {
    const deleted = await deleteRelationships(tx, [ref], actor);
    if (!deleted.length) {
      throw new AppError(
        'NOT_FOUND',
        `No ${ref.type} relationship from "${ref.from}" to "${ref.to}"${ref.key ? ` with ${ref.key.replace(/\|/g, ', ')}` : ''}.`,
        { id: ref.from, field: 'from' },
      );
    }
  });
}

async function readNode(tx: Tx, id: string): Promise<NodeObject> {
  const [row] = await tx.run<{ n: RawNode }>('MATCH (n:Entity {id: $id}) RETURN n', { id });
  return toNode(row!.n);
}

async function readLink(tx: Tx, ref: RelationshipRef): Promise<LinkObject | undefined> {
  const [row] = await tx.run<{ a: RawNode; r: RawRel; b: RawNode }>(
    `MATCH (a:Entity {id: $from})-[r:${ref.type} {key: $key}]->(b:Entity {id: $to}) RETURN a, r, b`,
    { from: ref.from, to: ref.to, key: ref.key },
  );
  return row && toLink(ref.type, row.a, row.r, row.b);
}
