import { AppError } from '../../errors';
import type { RelationshipInput } from '../../model/link.input';
import type { CitationInput } from '../../model/node.input';
import { ADOPTION_STATUSES } from '../../domain/adoption-status';
import { DEFAULT_INFLUENCE_KIND } from '../../domain/influence-kinds';
import { bounds } from '../../domain/partial-date';
import type { Tx } from '../../neo4j/db';
import { DATE_PROPS, REL_TYPES, type RelType } from '../../domain/relationships';
import { isNodeLabel, type NodeLabel } from '../../domain/labels';
import type { WriteOutcome } from '../../domain/changes';
import type { RawNode, RawRel } from '../records';
import { bumpGraphVersion } from './version';
import { describeContext, inputError, type AnyNodeInput, type EntryContext } from './validation';

/**
 * The one write path: seed loading, bulk import and GraphQL mutations all call these
 * functions inside a write transaction. Semantics:
 * - nodes are MERGEd on `id` (unique across the graph via the `Entity` label);
 * - attributes are replaced by what the input says; citations are added (a fact keeps
 *   every source that states it);
 * - nothing is written when nothing changes, so a second load reports "unchanged";
 * - every write stamps createdAt / updatedAt / updatedBy and bumps the graph version.
 */

export type Outcome = WriteOutcome;

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export const emptyCounts = (): WriteCounts => ({ created: 0, updated: 0, unchanged: 0 });

export function addOutcomes(counts: WriteCounts, outcomes: Outcome[]): WriteCounts {
  for (const o of outcomes) counts[o] += 1;
  return counts;
}

/** Who writes: the API key's name, or "seed" / "import" for the CLI. */
export interface WriteActor {
  name: string;
  now?: string;
}

/** Attributes (besides id and citations) each label stores. */
export const NODE_PROPS: Record<NodeLabel, readonly string[]> = {
  City: ['name', 'description', 'kind', 'lat', 'lon', 'country'],
  Country: ['name', 'description', 'iso2', 'region'],
  Region: ['name', 'description'],
  Hub: ['name', 'description', 'launched'],
  Leader: ['name', 'description', 'title'],
  Organisation: ['name', 'description', 'kind', 'country'],
  Practice: ['name', 'description', 'category'],
  Event: ['name', 'description', 'kind', 'date', 'place', 'country', 'region'],
  Group: ['name', 'description', 'kind', 'named', 'size', 'sizeAtLeast', 'country', 'region'],
  Challenge: ['name', 'description'],
  Source: ['name', 'title', 'publisher', 'date', 'file', 'url'],
};

/** Properties of other nodes an attribute refers to, with the label it must have. */
const NODE_REFS: Partial<Record<NodeLabel, Record<string, NodeLabel>>> = {
  Event: { place: 'City', country: 'Country', region: 'Region' },
  Group: { country: 'Country', region: 'Region' },
  Organisation: { country: 'Country' },
  City: { country: 'Country' },
  Country: { region: 'Region' },
};

/** Properties of relationships that name another node, with the labels it may have. */
const RELATIONSHIP_REFS: Record<string, readonly NodeLabel[]> = {
  practice: ['Practice'],
  via: ['Event'],
  // MEMBER_OF: the event it came after, or the fellow member whose joining it followed.
  after: ['Event', 'City', 'Group', 'Organisation'],
};

type Props = Record<string, unknown>;

/** Adds `<p>Start` / `<p>End` ISO bounds for every partial-date property, for range queries. */
function withDateBounds(props: Props): Props {
  const out: Props = { ...props };
  for (const p of DATE_PROPS) {
    if (!(p in props)) continue;
    const v = props[p];
    const b = typeof v === 'string' ? bounds(v) : undefined;
    out[`${p}Start`] = b?.start ?? null;
    out[`${p}End`] = b?.end ?? null;
  }
  return out;
}

/**
 * Adds citations to the stored ones. A third parallel list, `citationFields`, says which
 * statements each citation supports ("launched", "date place"; "" = the fact as a whole);
 * a citation stated again for more statements widens its list instead of repeating it.
 */
function mergeCitations(
  existing: Props | undefined,
  added: CitationInput[],
): { citationSources: string[]; citationExcerpts: string[]; citationFields: string[] } {
  const sources = [...((existing?.citationSources as string[] | undefined) ?? [])];
  const excerpts = [...((existing?.citationExcerpts as string[] | undefined) ?? [])];
  const fields = sources.map((_, i) => ((existing?.citationFields as string[] | undefined) ?? [])[i] ?? '');
  for (const c of added) {
    const i = sources.findIndex((s, j) => s === c.source && excerpts[j] === c.excerpt);
    const own = [...new Set(c.for ?? [])];
    if (i < 0) {
      sources.push(c.source);
      excerpts.push(c.excerpt);
      fields.push(own.join(' '));
    } else {
      const merged = new Set([...(fields[i] ?? '').split(' ').filter(Boolean), ...own]);
      fields[i] = [...merged].join(' ');
    }
  }
  return { citationSources: sources, citationExcerpts: excerpts, citationFields: fields };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const changedKeys = (existing: Props | undefined, next: Props): boolean =>
  !existing || Object.keys(next).some((k) => !same(existing[k], next[k]));

/** Looks up the labels of many ids in one round trip. */
async function labelsOf(tx: Tx, ids: string[]): Promise<Map<string, NodeLabel>> {
  if (!ids.length) return new Map();
  const rows = await tx.run<{ id: string; labels: string[] }>(
    'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, labels(n) AS labels',
    {
      ids: [...new Set(ids)],
    },
  );
  return new Map(rows.map((r) => [r.id, r.labels.find(isNodeLabel)!]));
}

/** Checks that every referenced id exists with the right label (NOT_FOUND / BAD_USER_INPUT). */
function checkRef(known: Map<string, NodeLabel>, id: string, allowed: readonly NodeLabel[], field: string, ctx: EntryContext): void {
  const label = known.get(id);
  if (!label) {
    const where = ctx.file ? `${describeContext({ ...ctx, id: undefined })}: ` : '';
    throw new AppError('NOT_FOUND', `${where}field "${field}": no node with id "${id}".`, {
      field,
      id,
      ...(ctx.file ? { file: ctx.file, entry: ctx.entry, row: ctx.row } : {}),
    });
  }
  if (!allowed.includes(label)) throw inputError(ctx, field, `"${id}" is a ${label}; expected ${allowed.join(' or ')}`);
}

function checkCitations(known: Map<string, NodeLabel>, citations: CitationInput[] | undefined, ctx: EntryContext): void {
  (citations ?? []).forEach((c, i) => checkRef(known, c.source, ['Source'], `citations.${i}.source`, ctx));
}

export interface NodeWrite {
  input: AnyNodeInput;
  ctx?: EntryContext;
}

/** Upserts nodes of one label; returns one outcome per input, in order. */
export async function upsertNodes(tx: Tx, label: NodeLabel, writes: NodeWrite[], actor: WriteActor): Promise<Outcome[]> {
  if (!writes.length) return [];
  const ids = writes.map((w) => w.input.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw inputError(writes[ids.lastIndexOf(dup)]!.ctx ?? {}, 'id', `"${dup}" appears twice in the same batch`);

  const existingRows = await tx.run<{ n: RawNode }>('UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n', { ids });
  const existing = new Map(existingRows.map(({ n }) => [String(n.id), n]));
  const refIds = writes.flatMap((w) => [
    ...(('citations' in w.input ? w.input.citations : undefined) ?? []).map((c) => c.source),
    ...Object.keys(NODE_REFS[label] ?? {})
      .map((p) => (w.input as unknown as Props)[p])
      .filter((v): v is string => typeof v === 'string'),
  ]);
  const known = await labelsOf(tx, refIds);

  const rows: { id: string; props: Props }[] = [];
  const outcomes: Outcome[] = writes.map(({ input, ctx = {} }) => {
    const c = { ...ctx, id: input.id };
    const old = existing.get(input.id);
    const oldLabel = old?.__labels?.find(isNodeLabel);
    if (old && oldLabel !== label) {
      throw new AppError(
        'CONFLICT',
        `${c.file ? `${c.file}: ` : ''}id "${input.id}" already belongs to a ${oldLabel}; ids are unique across the graph.`,
        {
          field: 'id',
          id: input.id,
        },
      );
    }
    const citations = 'citations' in input ? input.citations : undefined;
    if (label !== 'Source') checkCitations(known, citations, c);
    for (const [p, refLabel] of Object.entries(NODE_REFS[label] ?? {})) {
      const v = (input as unknown as Props)[p];
      if (typeof v === 'string') checkRef(known, v, [refLabel], p, c);
    }
    const attrs: Props = {};
    for (const p of NODE_PROPS[label]) attrs[p] = (input as unknown as Props)[p] ?? null;
    if (label === 'Source') attrs.name = (input as unknown as Props).title;
    const next = { ...withDateBounds(attrs), ...(label === 'Source' ? {} : mergeCitations(old, citations ?? [])) };
    if (!changedKeys(old, next)) return 'unchanged';
    rows.push({ id: input.id, props: next });
    return old ? 'updated' : 'created';
  });

  if (rows.length) {
    const now = actor.now ?? new Date().toISOString();
    await tx.run(
      `UNWIND $rows AS row
       MERGE (n:Entity {id: row.id})
       ON CREATE SET n.createdAt = $now
       SET n:$($label), n += row.props, n.updatedAt = $now, n.updatedBy = $actor`,
      { rows, now, actor: actor.name, label },
    );
    await bumpGraphVersion(tx, now, actor.name);
  }
  return outcomes;
}

export interface RelationshipWrite {
  input: RelationshipInput;
  ctx?: EntryContext;
}

/** The identity of a relationship besides its ends, e.g. INSPIRED per practice and event. */
export function relationshipKey(type: RelType, input: Partial<Pick<RelationshipInput, 'role' | 'practice' | 'via' | 'kind'>>): string {
  const values: Props = type === 'INSPIRED' ? { ...input, kind: input.kind ?? DEFAULT_INFLUENCE_KIND } : input;
  return REL_TYPES[type].key.map((k) => `${k}=${values[k] ?? ''}`).join('|');
}

const REL_PROP_FIELDS = ['role', 'since', 'until', 'date', 'status', 'kind', 'practice', 'via', 'after', 'description'] as const;

function relationshipProps(type: RelType, input: RelationshipInput, ctx: EntryContext): Props {
  const allowed: readonly string[] = REL_TYPES[type].props;
  const props: Props = {};
  for (const f of REL_PROP_FIELDS) {
    const v = input[f];
    if (v !== null && v !== undefined && !allowed.includes(f)) {
      throw inputError(ctx, f, `${type} takes ${allowed.length ? allowed.join(', ') : 'no properties'}, not "${f}"`);
    }
    if (allowed.includes(f)) props[f] = v ?? null;
  }
  if (type === 'ADOPTED' && !props.status) throw inputError(ctx, 'status', `ADOPTED needs a status: ${ADOPTION_STATUSES.join(', ')}`);
  // An influence without a kind is an inspiration; storing the default keeps one key per fact.
  if (type === 'INSPIRED' && !props.kind) props.kind = DEFAULT_INFLUENCE_KIND;
  return withDateBounds(props);
}

/** Upserts relationships (any mix of types); returns one outcome per input, in order. */
export async function upsertRelationships(tx: Tx, writes: RelationshipWrite[], actor: WriteActor): Promise<Outcome[]> {
  if (!writes.length) return [];
  const refIds = writes.flatMap(({ input }) => [
    input.from,
    input.to,
    ...input.citations.map((c) => c.source),
    ...Object.keys(RELATIONSHIP_REFS)
      .map((p) => (input as unknown as Props)[p])
      .filter((v): v is string => typeof v === 'string'),
  ]);
  const known = await labelsOf(tx, refIds);

  // Validate everything before the first write: an import is all or nothing.
  const prepared = writes.map(({ input, ctx = {} }, i) => {
    const type = input.type;
    const spec = REL_TYPES[type];
    checkRef(known, input.from, spec.from, 'from', ctx);
    checkRef(known, input.to, spec.to, 'to', ctx);
    if (input.from === input.to) throw inputError(ctx, 'to', 'a relationship cannot join a node to itself');
    for (const [p, refLabels] of Object.entries(RELATIONSHIP_REFS)) {
      const v = (input as unknown as Props)[p];
      if (typeof v === 'string') checkRef(known, v, refLabels, p, ctx);
    }
    if (input.after && input.after === input.from) throw inputError(ctx, 'after', 'a joining cannot come after itself');
    checkCitations(known, input.citations, ctx);
    return { i, type, key: relationshipKey(type, input), props: relationshipProps(type, input, ctx), input, ctx };
  });

  const outcomes: Outcome[] = new Array(writes.length);
  const now = actor.now ?? new Date().toISOString();
  for (const type of new Set(prepared.map((p) => p.type))) {
    const seen = new Set<string>();
    for (const p of prepared) {
      if (p.type !== type) continue;
      const k = `${p.input.from}>${p.input.to}#${p.key}`;
      if (seen.has(k)) throw inputError(p.ctx, 'to', `the same ${type} relationship appears twice in the batch`);
      seen.add(k);
    }
  }
  // Every type in one statement each way (a dynamic type, Neo4j 5.26): two round trips per
  // batch, and two query plans for the whole write path instead of two per type.
  const existingRows = await tx.run<{ i: number; r: RawRel | null }>(
    `UNWIND $rows AS row
     MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
     OPTIONAL MATCH (a)-[r {key: row.key}]->(b) WHERE type(r) = row.type
     RETURN row.i AS i, r`,
    { rows: prepared.map((p) => ({ i: p.i, type: p.type, from: p.input.from, to: p.input.to, key: p.key })) },
  );
  const existing = new Map(existingRows.map((r) => [r.i, r.r ?? undefined]));
  const rows: Props[] = [];
  for (const p of prepared) {
    const old = existing.get(p.i);
    const next = { ...p.props, ...mergeCitations(old, p.input.citations) };
    if (!changedKeys(old, next)) {
      outcomes[p.i] = 'unchanged';
      continue;
    }
    outcomes[p.i] = old ? 'updated' : 'created';
    rows.push({ type: p.type, from: p.input.from, to: p.input.to, key: p.key, props: next });
  }
  const wrote = rows.length > 0;
  if (wrote) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
       MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
       ON CREATE SET r.createdAt = $now
       SET r += row.props, r.updatedAt = $now, r.updatedBy = $actor`,
      { rows, now, actor: actor.name },
    );
  }
  if (wrote) await bumpGraphVersion(tx, now, actor.name);
  return outcomes;
}
