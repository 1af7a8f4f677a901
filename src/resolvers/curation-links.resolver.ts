import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { AppError } from '../errors';
import { writeRelationship } from '../graph/curation/write';
import { toRelationshipInput } from '../graph/curation/validation';
import { AdoptionInput, AttendanceInput, InfluenceInput, MembershipInput } from '../model/curation.input';
import { AdoptionPayload, AttendancePayload, InfluencePayload, MembershipPayload, RelationshipPayload } from '../model/curation.payload';
import { RelationshipInput, RelationshipType } from '../model/link.input';
import { SourceInput } from '../model/node.input';
import { checkSources, SOURCES_ARG } from './curation.resolver';

type Plain = Record<string, unknown>;

/**
 * Relationship upserts (editor). The typed ones (upsertAdoption…) name their ends as the
 * object types do and are mapped onto RelationshipInput; errors about `from` / `to` are
 * renamed back to the typed input's field names.
 */
async function upsertLink(ctx: Context, type: RelationshipType, plain: Plain, sources: SourceInput[] | null, ends: [string, string]) {
  try {
    const input = await toRelationshipInput({ ...plain, type });
    return await writeRelationship(ctx.db, input, checkSources(sources), { name: ctx.viewer.name });
  } catch (err) {
    throw renameEnds(err, ends);
  }
}

function renameEnds(err: unknown, [from, to]: [string, string]): unknown {
  if (!(err instanceof AppError)) return err;
  const field = err.extensions.field;
  const renamed = field === 'from' ? from : field === 'to' ? to : undefined;
  if (!renamed) return err;
  return new AppError(err.code, err.message.replace(`field "${field}"`, `field "${renamed}"`), { ...err.extensions, field: renamed });
}

/** Without the class prototype: toRelationshipInput refuses fields it does not know. */
const fields = (input: object, names: string[]): Plain =>
  Object.fromEntries(names.map((n) => [n, (input as Plain)[n] ?? null]).filter(([, v]) => v !== null));
const citationsOf = (input: { citations: { source: string; excerpt: string; for?: string[] | null }[] }) =>
  input.citations.map((c) => ({ source: c.source, excerpt: c.excerpt, ...(c.for?.length ? { for: c.for } : {}) }));

@Resolver()
export class CurationLinksResolver {
  @Authorized('editor')
  @Mutation(() => AdoptionPayload, {
    description:
      'States that a city, group, organisation or country took up a practice (editor); the status and date are replaced, citations added.',
  })
  upsertAdoption(
    @Arg('input', () => AdoptionInput) input: AdoptionInput,
    @Arg('sources', () => [SourceInput], SOURCES_ARG) sources: SourceInput[] | null,
    @Ctx() ctx: Context,
  ) {
    const plain = { from: input.city, to: input.practice, ...fields(input, ['status', 'date']), citations: citationsOf(input) };
    return upsertLink(ctx, RelationshipType.ADOPTED, plain, sources, ['city', 'practice']);
  }

  @Authorized('editor')
  @Mutation(() => InfluencePayload, {
    description:
      'States that an actor (city, organisation, group, leader, event, hub) inspired, supported or led to an action of another (editor). Kind, practice and via tell two influences between the same pair apart.',
  })
  upsertInfluence(
    @Arg('input', () => InfluenceInput) input: InfluenceInput,
    @Arg('sources', () => [SourceInput], SOURCES_ARG) sources: SourceInput[] | null,
    @Ctx() ctx: Context,
  ) {
    const plain = {
      from: input.source,
      to: input.target,
      ...fields(input, ['kind', 'date', 'practice', 'via', 'description']),
      citations: citationsOf(input),
    };
    return upsertLink(ctx, RelationshipType.INSPIRED, plain, sources, ['source', 'target']);
  }

  @Authorized('editor')
  @Mutation(() => AttendancePayload, {
    description: 'States that a city, leader, organisation, group or hub took part in an event (editor).',
  })
  upsertAttendance(
    @Arg('input', () => AttendanceInput) input: AttendanceInput,
    @Arg('sources', () => [SourceInput], SOURCES_ARG) sources: SourceInput[] | null,
    @Ctx() ctx: Context,
  ) {
    const plain = { from: input.attendee, to: input.event, ...fields(input, ['role']), citations: citationsOf(input) };
    return upsertLink(ctx, RelationshipType.ATTENDED, plain, sources, ['attendee', 'event']);
  }

  @Authorized('editor')
  @Mutation(() => MembershipPayload, {
    description:
      'States that a city, group or organisation is a member of a network or group (editor), with `since` or, where the text gives only an order, `after`.',
  })
  upsertMembership(
    @Arg('input', () => MembershipInput) input: MembershipInput,
    @Arg('sources', () => [SourceInput], SOURCES_ARG) sources: SourceInput[] | null,
    @Ctx() ctx: Context,
  ) {
    const plain = { from: input.city, to: input.organisation, ...fields(input, ['since', 'after']), citations: citationsOf(input) };
    return upsertLink(ctx, RelationshipType.MEMBER_OF, plain, sources, ['city', 'organisation']);
  }

  @Authorized('editor')
  @Mutation(() => RelationshipPayload, {
    description: 'Any relationship type (editor); which properties a type takes is checked, and which labels it joins.',
  })
  async upsertRelationship(
    @Arg('input', () => RelationshipInput) input: RelationshipInput,
    @Arg('sources', () => [SourceInput], SOURCES_ARG) sources: SourceInput[] | null,
    @Ctx() ctx: Context,
  ) {
    const written = await writeRelationship(ctx.db, input, checkSources(sources), { name: ctx.viewer.name });
    return { outcome: written.outcome, relationship: written.link };
  }
}
