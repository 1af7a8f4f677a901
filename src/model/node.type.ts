import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { NodeLabel } from '../domain/relationships';

/** A pointer to a source document and the verbatim excerpt that states the fact. */
@ObjectType('Citation', { description: 'Where a fact comes from: a source document and a verbatim excerpt of it.' })
export class Citation {
  @Field(() => String, { description: 'Copied verbatim from the source document.' })
  excerpt!: string;

  /** Resolved by CitationResolver through the node loader. */
  sourceId!: string;
}

/** The shape every node object has when it leaves the graph layer. */
export interface NodeObject {
  __typename: NodeLabel;
  id: string;
  name: string;
  description?: string | null;
  citations: Citation[];
  createdAt?: string | null;
  updatedAt?: string | null;
  updatedBy?: string | null;
  [prop: string]: unknown;
}

@InterfaceType('Node', {
  description: 'Anything in the graph: every node has a stable slug id, a name and its citations.',
  resolveType: (value: NodeObject) => value.__typename,
})
export abstract class NodeType {
  @Field(() => ID, { description: 'Stable, human-readable slug, unique across the whole graph.' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [Citation])
  citations!: Citation[];

  @Field(() => String, { nullable: true, description: 'When the node was first written (ISO 8601).' })
  createdAt?: string | null;

  @Field(() => String, { nullable: true, description: 'When the node last changed (ISO 8601).' })
  updatedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the API key (or "seed") that last changed it.' })
  updatedBy?: string | null;
}
