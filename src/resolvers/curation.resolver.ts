import { Arg, Authorized, Ctx, Mutation, Resolver, type ClassType } from 'type-graphql';
import type { Context } from '../context';
import { badInput } from '../errors';
import type { NodeLabel } from '../domain/labels';
import { writeNode } from '../graph/curation/write';
import { NODE_INPUTS, type AnyNodeInput } from '../graph/curation/validation';
import { Challenge } from '../model/challenge.type';
import { City } from '../model/city.type';
import { Country } from '../model/country.type';
import { NodePayload } from '../model/curation.payload';
import { Event } from '../model/event.type';
import { Group } from '../model/group.type';
import { Hub } from '../model/hub.type';
import { Leader } from '../model/leader.type';
import { SourceInput } from '../model/node.input';
import { Organisation } from '../model/organisation.type';
import { Practice } from '../model/practice.type';
import { Region } from '../model/region.type';
import { Source } from '../model/source.type';

/** Sources a mutation may create alongside the fact that cites them. */
export const SOURCES_ARG = {
  nullable: true,
  description: 'New source documents to create (or update) in the same transaction, so that `citations` may cite them by id.',
} as const;

export function checkSources(sources: SourceInput[] | null | undefined): SourceInput[] {
  if ((sources?.length ?? 0) > 20) throw badInput('sources', 'At most 20 new sources per mutation.');
  return sources ?? [];
}

const DESCRIPTION =
  'Creates or updates (by id) one %s (editor). The input replaces its attributes; citations are added to those it has. ' +
  'Every citation names a source id: an existing one, or one given in `sources`. One transaction; UNCHANGED when the graph already said this.';

/**
 * `upsert<Label>(input, sources)` for one node type, made by a factory because the ten node
 * types differ only in their input and output classes.
 */
function nodeUpsertResolver<T extends object>(type: ClassType<T>, label: Exclude<NodeLabel, 'Source'>, field: string, extra = '') {
  const input = NODE_INPUTS[label];
  const Payload = NodePayload(type, label, field);

  @Resolver()
  class NodeUpsertResolver {
    @Authorized('editor')
    @Mutation(() => Payload, { name: `upsert${label}`, description: DESCRIPTION.replace('%s', label) + extra })
    async upsert(
      @Arg('input', () => input) value: AnyNodeInput,
      @Arg('sources', () => [SourceInput], SOURCES_ARG) sources: SourceInput[] | null,
      @Ctx() ctx: Context,
    ) {
      const written = await writeNode(ctx.db, label, value, checkSources(sources), { name: ctx.viewer.name });
      ctx.loaders.node.clear(written.node.id).prime(written.node.id, written.node);
      return written;
    }
  }
  Object.defineProperty(NodeUpsertResolver, 'name', { value: `${label}UpsertResolver` });
  return NodeUpsertResolver;
}

const IN_COUNTRY =
  ' With `country`, it also states IN_COUNTRY with the same citations (replacing a previous country); without it, the current country stays.';
const IN_REGION =
  ' With `region`, it also states IN_REGION with the same citations (replacing a previous region); without it, the current region stays.';

export const CURATION_NODE_RESOLVERS = [
  nodeUpsertResolver(City, 'City', 'city', IN_COUNTRY),
  nodeUpsertResolver(Country, 'Country', 'country', IN_REGION),
  nodeUpsertResolver(Region, 'Region', 'region'),
  nodeUpsertResolver(Hub, 'Hub', 'hub'),
  nodeUpsertResolver(Leader, 'Leader', 'leader'),
  nodeUpsertResolver(Organisation, 'Organisation', 'organisation'),
  nodeUpsertResolver(Practice, 'Practice', 'practice'),
  nodeUpsertResolver(Event, 'Event', 'event'),
  nodeUpsertResolver(Challenge, 'Challenge', 'challenge'),
  nodeUpsertResolver(Group, 'Group', 'group'),
] as const;

const SourcePayload = NodePayload(Source, 'Source', 'source');

@Resolver()
export class SourceUpsertResolver {
  @Authorized('editor')
  @Mutation(() => SourcePayload, {
    description: 'Creates or updates (by id) a source document (editor). Sources carry no citations: they are what others cite.',
  })
  async upsertSource(@Arg('input', () => SourceInput) input: SourceInput, @Ctx() ctx: Context) {
    const written = await writeNode(ctx.db, 'Source', input, [], { name: ctx.viewer.name });
    ctx.loaders.node.clear(written.node.id).prime(written.node.id, written.node);
    return written;
  }
}
