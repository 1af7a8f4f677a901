import DataLoader from 'dataloader';
import type { NodeObject } from '../model/node.type';
import type { Db } from '../neo4j/db';
import { nodesByIds } from '../graph/catalogue/nodes';
import { linksOf, type Direction } from '../graph/catalogue/links';
import { placesOf, type PlaceKind } from '../graph/catalogue/places';
import type { RelType } from '../domain/relationships';
import type { LinkObject } from '../model/link.type';

/**
 * Per-request loaders: every nested field asks them, and each distinct loader costs one
 * Cypher round trip per level of the query, whatever the number of parents.
 */
export class Loaders {
  readonly node: DataLoader<string, NodeObject | null>;
  private readonly linkLoaders = new Map<string, DataLoader<string, LinkObject[]>>();
  private readonly placeLoaders = new Map<PlaceKind, DataLoader<string, NodeObject[]>>();

  constructor(private readonly db: Db) {
    this.node = new DataLoader((ids) => nodesByIds(db, ids), { maxBatchSize: 5000 });
  }

  /** Relationships of one type leaving (`OUT`) or entering (`IN`) each node. */
  links(type: RelType, direction: Direction): DataLoader<string, LinkObject[]> {
    const key = `${type}:${direction}`;
    let loader = this.linkLoaders.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => linksOf(this.db, type, direction, ids), { maxBatchSize: 5000 });
      this.linkLoaders.set(key, loader);
    }
    return loader;
  }

  /** Derived geography (a city's region, the hubs covering it, a hub's cities…). */
  places(kind: PlaceKind): DataLoader<string, NodeObject[]> {
    let loader = this.placeLoaders.get(kind);
    if (!loader) {
      loader = new DataLoader((ids) => placesOf(this.db, kind, ids), { maxBatchSize: 5000 });
      this.placeLoaders.set(kind, loader);
    }
    return loader;
  }

  /** Remembers nodes a list query already fetched, so that nested lookups of them are free. */
  prime(nodes: NodeObject[]): void {
    for (const n of nodes) this.node.prime(n.id, n);
  }
}
