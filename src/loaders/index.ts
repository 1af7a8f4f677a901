import DataLoader from 'dataloader';
import type { NodeObject } from '../model/node.type';
import type { Db } from '../neo4j/db';
import { encodeKeyCursor, type KeysetPage } from '../model/list-page';
import { nodesByIds } from '../graph/catalogue/nodes';
import {
  fromProjection,
  groupLinks,
  linksCypher,
  linksParams,
  projection,
  type Direction,
  type LinkShape,
  type PagedLink,
  type Props,
  type Row,
} from '../graph/catalogue/links';
import { groupPlaces, placesCypher, placesParams, type PagedNode, type PlaceKind } from '../graph/catalogue/places';
import type { RelType } from '../domain/relationships';
import { toNode } from '../graph/records';
import { evidenceCypher, toEvidence, type RelEvidence } from '../graph/influence/local';

/** One kind of read a level asks for (a relationship list, a derived place list, nodes by id) and the ids it needs. */
interface Part {
  /** A statement returning `part, id, row`, its parameters prefixed with `p` (ids in `$<p>ids`). */
  cypher(p: string, part: number): string;
  params(p: string): Record<string, unknown>;
  ids: string[];
  waiting: Map<string, { resolve(v: unknown): void; reject(e: unknown): void }[]>;
  /** The answer for one id from its rows. */
  finish(id: string, rows: Row[]): unknown;
}

/** The name of a list in its cursors (a cursor of one list is refused by another). */
export const linkListName = (type: RelType, direction: Direction): string => `${type}:${direction}`;
export const placeListName = (kind: PlaceKind): string => `place:${kind}`;

/**
 * Per-request loaders. Every relationship list, derived place list and node lookup that
 * the resolvers of one level of the query ask for in the same tick is sent to Neo4j as ONE
 * statement (a `CALL { … UNION ALL … }` of one branch per kind of read, each branch
 * batching the ids of all parents), so a request costs one round trip per level of its
 * selection, whatever the number of fields, types and parents. Each branch reads only the
 * properties the selection needs and one page per parent.
 */
export class Loaders {
  /** Whole nodes by id, for capabilities that work on complete nodes (peers, diffusion, curation). */
  readonly node: DataLoader<string, NodeObject | null>;
  private pending = new Map<string, Part>();
  private scheduled = false;
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(private readonly db: Db) {
    this.node = new DataLoader((ids) => nodesByIds(db, ids), { maxBatchSize: 5000 });
  }

  /** One page of the relationships of one type at a node, with the properties `shape` names. */
  links(type: RelType, direction: Direction, id: string, page: KeysetPage, shape: LinkShape): Promise<PagedLink[]> {
    const list = linkListName(type, direction);
    return this.enqueue(JSON.stringify(['links', type, direction, page, shape]), id, () => ({
      cypher: (p, part) => linksCypher(type, direction, p, part),
      params: (p) => linksParams([], page, shape, p),
      finish: (one, rows) => groupLinks(type, [one], rows, shape, (k) => encodeKeyCursor(list, k))[0],
    })) as Promise<PagedLink[]>;
  }

  /** One page of derived geography (a city's region, the hubs covering it, a hub's cities…). */
  places(kind: PlaceKind, id: string, page: KeysetPage, props: Props): Promise<PagedNode[]> {
    const list = placeListName(kind);
    return this.enqueue(JSON.stringify(['places', kind, page, props]), id, () => ({
      cypher: (p, part) => placesCypher(kind, p, part),
      params: (p) => placesParams([], page, props, p),
      finish: (one, rows) => groupPlaces([one], rows, props, (k) => encodeKeyCursor(list, k))[0],
    })) as Promise<PagedNode[]>;
  }

  /** A node by id with the properties `props` names (null when there is none). */
  nodeWith(id: string, props: Props): Promise<NodeObject | null> {
    return this.enqueue(JSON.stringify(['node', props]), id, () => ({
      cypher: (p, part) =>
        `UNWIND $${p}ids AS id MATCH (m:Entity {id: id}) RETURN ${part} AS part, id, [labels(m), ${projection('m', `${p}props`)}] AS row`,
      params: (p) => ({ [`${p}props`]: props }),
      finish: (_one, rows) => (rows[0] ? toNode({ ...fromProjection(rows[0].row[1], props), __labels: rows[0].row[0] as string[] }) : null),
    })) as Promise<NodeObject | null>;
  }

  /**
   * The evidence of a relationship by element id (the hops of influence paths and reach
   * carry these): its citations and description, read only for the hops an answer shows.
   */
  evidence(elementId: string): Promise<RelEvidence | null> {
    return this.enqueue('evidence', elementId, () => ({
      cypher: (p, part) => `CALL () { ${evidenceCypher(`${p}ids`)} } RETURN ${part} AS part, eid AS id, row`,
      params: () => ({}),
      finish: (_one, rows) => (rows[0] ? toEvidence(rows[0].row) : null),
    })) as Promise<RelEvidence | null>;
  }

  /** Work shared by every field of the request that asks for it (whole-graph panels asked under many aliases). */
  once<T>(key: string, work: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) this.memo.set(key, (p = work()));
    return p;
  }

  /** Remembers nodes a list query already fetched whole, so that nested lookups of them are free. */
  prime(nodes: NodeObject[]): void {
    for (const n of nodes) this.node.prime(n.id, n);
  }

  private enqueue(key: string, id: string, make: () => Omit<Part, 'ids' | 'waiting'>): Promise<unknown> {
    let part = this.pending.get(key);
    if (!part) this.pending.set(key, (part = { ...make(), ids: [], waiting: new Map() }));
    let waiting = part.waiting.get(id);
    if (!waiting) {
      part.ids.push(id);
      part.waiting.set(id, (waiting = []));
    }
    const promise = new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    if (!this.scheduled) {
      this.scheduled = true;
      // Like DataLoader: after the promise jobs of this tick, so that every resolver of the
      // level has asked before the statement is sent.
      void Promise.resolve().then(() => process.nextTick(() => void this.flush()));
    }
    return promise;
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const parts = [...this.pending.values()];
    this.pending = new Map();
    if (!parts.length) return;
    const params: Record<string, unknown> = {};
    const branches = parts.map((part, i) => {
      const p = `p${i}_`;
      Object.assign(params, part.params(p), { [`${p}ids`]: part.ids });
      return part.cypher(p, i);
    });
    const cypher = branches.length === 1 ? branches[0]! : `CALL () {\n${branches.join('\n UNION ALL\n')}\n}\nRETURN part, id, row`;
    try {
      const rows = await this.db.query<Row & { part: number }>(cypher, params);
      const byPart = parts.map(() => new Map<string, Row[]>());
      for (const r of rows) {
        const m = byPart[r.part];
        if (!m) continue;
        const list = m.get(r.id);
        if (list) list.push(r);
        else m.set(r.id, [r]);
      }
      parts.forEach((part, i) => {
        for (const id of part.ids) {
          const result = part.finish(id, byPart[i]?.get(id) ?? []);
          for (const w of part.waiting.get(id) ?? []) w.resolve(result);
        }
      });
    } catch (err) {
      for (const part of parts) for (const ws of part.waiting.values()) for (const w of ws) w.reject(err);
    }
  }
}
