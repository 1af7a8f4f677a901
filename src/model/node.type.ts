import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { NodeLabel } from '../domain/labels';

/** A pointer to a source document and the verbatim excerpt that states the fact. */
@ObjectType('Citation', { description: 'Where a fact comes from: a source document and a verbatim excerpt of it.' })
export class Citation {
  @Field(() => String, { description: 'Copied verbatim from the source document.' })
  excerpt!: string;

  /** The statements (properties) this excerpt is the evidence for; resolved by CitationResolver (`[]` when absent). */
  fields?: string[];

  /** Resolved by CitationResolver through the node loader. */
  sourceId!: string;
}

@ObjectType('Statement', {
  description:
    'One stated property of a node or relationship with the citations that support it (like a Wikidata statement and its references).',
})
export class Statement {
  @Field(() => String, { description: 'The property, as named in the schema: "launched", "date", "since"…' })
  property!: string;

  @Field(() => String, { nullable: true, description: 'Its value as text (ids for references, partial dates as written).' })
  value!: string | null;

  @Field(() => [Citation], { description: 'The excerpts stated for this property; empty when only the whole fact is cited.' })
  citations!: Citation[];
}

/** The shape every node object has when it leaves the graph layer. */
export interface NodeObject {
  __typename: NodeLabel;
  id: string;
  name: string;
  description?: string | null;
  citations: Citation[];
  statements?: Statement[];
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

  @Field(() => [Citation], {
    description: 'Every citation of the node: the union of the whole-node citations and those of each statement.',
  })
  citations!: Citation[];

  @Field(() => [Statement], { description: 'Each stated property with its own evidence.' })
  statements!: Statement[];

  @Field(() => String, { nullable: true, description: 'When the node was first written (ISO 8601).' })
  createdAt?: string | null;

  @Field(() => String, { nullable: true, description: 'When the node last changed (ISO 8601).' })
  updatedAt?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the API key (or "seed") that last changed it.' })
  updatedBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where this node stands in the relationship list it came from (`hubs`, `cities`…): pass it as `after` for the nodes that follow (null elsewhere; connections have edge cursors).',
  })
  cursor?: string | null;
}
