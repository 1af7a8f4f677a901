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

export interface RelationshipWrite {
  input: RelationshipInput;
  ctx?: EntryContext;
}

const CITATION_PROPS = ['citationSources', 'citationExcerpts', 'citationFields'] as const;

/** `<p>Start` / `<p>End` for each partial-date property among `props`. */
const boundNames = (props: readonly string[]): string[] =>
  (DATE_PROPS as readonly string[]).filter((p) => props.includes(p)).flatMap((p) => [`${p}Start`, `${p}End`]);

/** Every property a write of this label sets (a fixed list, so statements name them one by one). */
const NODE_WRITE_PROPS = Object.fromEntries(
  (Object.keys(NODE_PROPS) as NodeLabel[]).map((label) => [
    label,
    [...NODE_PROPS[label], ...boundNames(NODE_PROPS[label]), ...(label === 'Source' ? [] : CITATION_PROPS)],
  ]),
) as unknown as Record<NodeLabel, readonly string[]>;

/** Every property a write of this type sets besides its key. */
const REL_WRITE_PROPS = Object.fromEntries(
  (Object.keys(REL_TYPES) as RelType[]).map((type) => [
    type,
    [...REL_TYPES[type].props, ...boundNames(REL_TYPES[type].props), ...CITATION_PROPS],
  ]),
) as unknown as Record<RelType, readonly string[]>;

/*
 * The statements. Labels, types and property names come from the constants above (never from
 * input); values are parameters. Rows are lists in the order of NODE_WRITE_PROPS /
 * REL_WRITE_PROPS, which is compact on the wire. Properties are SET one by one rather than
 * with `+= map`: a map could hold `id` or `key`, which the MERGE reads, so the planner would
 * put an Eager (materialise every row first) in front of the writes.
 */
const cached = <K extends string>(make: (k: K) => string) => {
  const memo = new Map<K, string>();
  return (k: K): string => memo.get(k) ?? (memo.set(k, make(k)), memo.get(k)!);
};

const mergeNodes = cached<NodeLabel>(
  (label) => `UNWIND $rows AS row
     MERGE (n:Entity {id: row[0]})
     ON CREATE SET n.createdAt = $now
     SET n:${label}, ${NODE_WRITE_PROPS[label].map((p, i) => `n.${p} = row[${i + 1}]`).join(', ')}, n.updatedAt = $now, n.updatedBy = $actor`,
);

/** Relationships with at least one end created in this transaction: no other can exist yet. */
const createRelationships = cached<RelType>(
  (type) => `UNWIND $rows AS row
     MATCH (a:Entity {id: row[0]})
     MATCH (b:Entity {id: row[1]})
     CREATE (a)-[:${type} {key: row[2], ${REL_WRITE_PROPS[type].map((p, i) => `${p}: row[${i + 3}]`).join(', ')}, createdAt: $now, updatedAt: $now, updatedBy: $actor}]->(b)`,
);

const mergeRelationships = cached<RelType>(
  (type) => `UNWIND $rows AS row
     MATCH (a:Entity {id: row[0]})
     MATCH (b:Entity {id: row[1]})
     MERGE (a)-[r:${type} {key: row[2]}]->(b)
     ON CREATE SET r.createdAt = $now
     SET ${REL_WRITE_PROPS[type].map((p, i) => `r.${p} = row[${i + 3}]`).join(', ')}, r.updatedAt = $now, r.updatedBy = $actor`,
);

// Both ends are found first so that the relationship is looked for from the end with fewer
// of them (Expand(Into)); as one pattern, the planner starts from the far end, and a country
// has thousands of IN_COUNTRY to go through for each row.
const storedRelationships = cached<RelType>(
  (type) => `UNWIND $rows AS row
     MATCH (a:Entity {id: row[1]}), (b:Entity {id: row[2]})
     OPTIONAL MATCH (a)-[r:${type} {key: row[3]}]->(b)
     WITH row, r WHERE r IS NOT NULL
     RETURN row[0] AS i, properties(r) AS props`,
);

/** The labels (and, for `withProps`, the stored properties) of the nodes with these ids. */
async function storedNodes(tx: Tx, ids: string[], withProps: boolean): Promise<Map<string, { label?: NodeLabel; props?: Props }>> {
  if (!ids.length) return new Map();
  const rows = await tx.run<{ id: string; labels: string[]; props: Props | null }>(
    `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN id, labels(n) AS labels, ${withProps ? 'properties(n)' : 'null'} AS props`,
    { ids },
  );
  return new Map(rows.map((r) => [r.id, { label: r.labels.find(isNodeLabel), props: r.props ?? undefined }]));
}

export interface WriteOptions {
  /** Rows per statement (default 10 000); `progress` is told after each. */
  chunkSize?: number;
  /** Writes handled so far (including unchanged ones) and in all. */
  progress?: (done: number, total: number) => void;
}

interface PreparedNodes {
  label: NodeLabel;
  outcomes: Outcome[];
  /** One per write, in order: the row to write, or undefined when nothing changes. */
  rows: (unknown[] | undefined)[];
}

interface PreparedRelationship {
  i: number;
  type: RelType;
  key: string;
  props: Props;
  input: RelationshipInput;
  ctx: EntryContext;
  /** Both ends were in the graph before this write, so the relationship may be too. */
  mayExist: boolean;
}

/**
 * Writes nodes (groups of one label) and relationships in the caller's transaction, and
 * returns one outcome per write, in order. One statement reads the stored state of the nodes
 * written, one the labels of the other ids named (citations, ends, references), one per type
 * the relationships that may already exist (those whose two ends were already in the graph);
 * every row is checked against that before any write of its kind; one statement per label or
 * type and chunk writes what changed, and one entry bumps the graph version.
 */
export async function upsertBatch(
  tx: Tx,
  nodes: { label: NodeLabel; writes: NodeWrite[] }[],
  relationships: RelationshipWrite[],
  actor: WriteActor,
  opts: WriteOptions = {},
): Promise<{ nodes: Outcome[][]; relationships: Outcome[] }> {
  // Ids written: twice with one label is a repeat, with two labels a conflict (as if the first had been stored).
  const written = new Map<string, NodeLabel>();
  for (const { label, writes } of nodes) {
    const mine = new Set<string>();
    for (const { input, ctx = {} } of writes) {
      const other = written.get(input.id);
      if (mine.has(input.id)) throw inputError(ctx, 'id', `"${input.id}" appears twice in the same batch`);
      if (other && other !== label) throw conflict(input.id, other, ctx);
      mine.add(input.id);
      written.set(input.id, label);
    }
  }
  const stored = await storedNodes(tx, [...written.keys()], true);

  const named = new Set<string>();
  const name = (id: unknown) => {
    if (typeof id === 'string' && !written.has(id)) named.add(id);
  };
  for (const { label, writes } of nodes) {
    const refs = Object.keys(NODE_REFS[label] ?? {});
    for (const { input } of writes) {
      if ('citations' in input) for (const c of input.citations ?? []) name(c.source);
      for (const p of refs) name((input as unknown as Props)[p]);
    }
  }
  for (const { input } of relationships) {
    name(input.from);
    name(input.to);
    for (const c of input.citations) name(c.source);
    for (const p of Object.keys(RELATIONSHIP_REFS)) name((input as unknown as Props)[p]);
  }
  const others = await storedNodes(tx, [...named], false);
  // What each id is once this batch is written; "in the graph before" is `stored` and `others`.
  const known = new Map<string, NodeLabel>();
  for (const [id, { label }] of others) if (label) known.set(id, label);
  for (const [id, label] of written) known.set(id, label);
  const existedBefore = (id: string) => stored.has(id) || others.has(id);

  // The writes go out in chunks without waiting for each other (Bolt pipelines them in the
  // transaction), so that Neo4j writes one chunk while Node prepares and packs the next.
  // A failure anywhere — a statement, or a check on a later row — rolls the transaction back.
  const chunk = Math.max(1, opts.chunkSize ?? 10_000);
  const total = nodes.reduce((n, g) => n + g.writes.length, 0) + relationships.length;
  const now = actor.now ?? new Date().toISOString();
  const params = { now, actor: actor.name };
  let done = 0;
  let wrote = false;
  let pipeline: Promise<void> = Promise.resolve();
  const send = (rows: (unknown[] | undefined)[], cypher: string) => {
    for (let i = 0; i < rows.length; i += chunk) {
      const changed = rows.slice(i, i + chunk).filter((r): r is unknown[] => r !== undefined);
      const n = Math.min(chunk, rows.length - i);
      const sent = changed.length ? tx.run(cypher, { rows: changed, ...params }) : undefined;
      if (sent) wrote = true;
      pipeline = pipeline.then(async () => {
        await sent;
        done += n;
        opts.progress?.(done, total);
      });
      pipeline.catch(() => undefined); // awaited below; a rollback must not also be an unhandled rejection
    }
  };

  const preparedNodes = nodes.map(({ label, writes }) => prepareNodes(label, writes, stored, known));
  for (const { label, rows } of preparedNodes) send(rows, mergeNodes(label));
  const preparedRels = prepareRelationships(relationships, known, existedBefore);

  // Relationships that may exist: their stored properties, per type.
  const storedRels = new Map<number, Props>();
  for (const type of new Set(preparedRels.filter((p) => p.mayExist).map((p) => p.type))) {
    const rows = preparedRels.filter((p) => p.mayExist && p.type === type).map((p) => [p.i, p.input.from, p.input.to, p.key]);
    for (const r of await tx.run<{ i: number; props: Props }>(storedRelationships(type), { rows })) storedRels.set(r.i, r.props);
  }
  const relOutcomes: Outcome[] = new Array(relationships.length);
  const relRows = new Map<string, (unknown[] | undefined)[]>();
  for (const p of preparedRels) {
    const old = storedRels.get(p.i);
    const next: Props = { ...p.props, ...mergeCitations(old, p.input.citations) };
    const changed = changedKeys(old, next);
    relOutcomes[p.i] = !changed ? 'unchanged' : old ? 'updated' : 'created';
    const group = `${p.mayExist ? 'merge' : 'create'} ${p.type}`;
    if (!relRows.has(group)) relRows.set(group, []);
    relRows
      .get(group)!
      .push(changed ? [p.input.from, p.input.to, p.key, ...REL_WRITE_PROPS[p.type].map((k) => next[k] ?? null)] : undefined);
  }
  for (const [group, rows] of relRows) {
    const [how, type] = group.split(' ') as ['merge' | 'create', RelType];
    send(rows, how === 'create' ? createRelationships(type) : mergeRelationships(type));
  }
  await pipeline;
  if (wrote) await bumpGraphVersion(tx, now, actor.name);
  return { nodes: preparedNodes.map((p) => p.outcomes), relationships: relOutcomes };
}

function conflict(id: string, label: NodeLabel | undefined, ctx: EntryContext): AppError {
  return new AppError(
    'CONFLICT',
    `${ctx.file ? `${ctx.file}: ` : ''}id "${id}" already belongs to a ${label}; ids are unique across the graph.`,
    {
      field: 'id',
      id,
    },
  );
}

function prepareNodes(
  label: NodeLabel,
  writes: NodeWrite[],
  stored: Map<string, { label?: NodeLabel; props?: Props }>,
  known: Map<string, NodeLabel>,
): PreparedNodes {
  const prepared: PreparedNodes = { label, outcomes: [], rows: [] };
  const refs = Object.entries(NODE_REFS[label] ?? {});
  for (const { input, ctx = {} } of writes) {
    const c = { ...ctx, id: input.id };
    const old = stored.get(input.id);
    if (old && old.label !== label) throw conflict(input.id, old.label, c);
    const citations = 'citations' in input ? input.citations : undefined;
    if (label !== 'Source') checkCitations(known, citations, c);
    for (const [p, refLabel] of refs) {
      const v = (input as unknown as Props)[p];
      if (typeof v === 'string') checkRef(known, v, [refLabel], p, c);
    }
    const attrs: Props = {};
    for (const p of NODE_PROPS[label]) attrs[p] = (input as unknown as Props)[p] ?? null;
    if (label === 'Source') attrs.name = (input as unknown as Props).title;
    const next: Props = { ...withDateBounds(attrs), ...(label === 'Source' ? {} : mergeCitations(old?.props, citations ?? [])) };
    if (!changedKeys(old?.props, next)) {
      prepared.outcomes.push('unchanged');
      prepared.rows.push(undefined);
      continue;
    }
    prepared.outcomes.push(old ? 'updated' : 'created');
    prepared.rows.push([input.id, ...NODE_WRITE_PROPS[label].map((k) => next[k] ?? null)]);
  }
  return prepared;
}

function prepareRelationships(
  writes: RelationshipWrite[],
  known: Map<string, NodeLabel>,
  existedBefore: (id: string) => boolean,
): PreparedRelationship[] {
  const seen = new Set<string>();
  return writes.map(({ input, ctx = {} }, i) => {
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
    const key = relationshipKey(type, input);
    const props = relationshipProps(type, input, ctx);
    const k = `${type}|${input.from}>${input.to}#${key}`;
    if (seen.has(k)) throw inputError(ctx, 'to', `the same ${type} relationship appears twice in the batch`);
    seen.add(k);
    return { i, type, key, props, input, ctx, mayExist: existedBefore(input.from) && existedBefore(input.to) };
  });
}

/** The identity of a relationship besides its ends, e.g. INSPIRED per practice and event. */
export function relationshipKey(type: RelType, input: Partial<Pick<RelationshipInput, 'role' | 'practice' | 'via' | 'kind'>>): string {
  const values = input as Props;
  let key = '';
  for (const k of REL_TYPES[type].key) {
    const v = k === 'kind' && type === 'INSPIRED' ? (input.kind ?? DEFAULT_INFLUENCE_KIND) : values[k];
    key += `${key ? '|' : ''}${k}=${v ?? ''}`;
  }
  return key;
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
