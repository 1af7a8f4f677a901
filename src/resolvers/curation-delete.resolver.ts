import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { badInput } from '../errors';
import { relationshipKey } from '../graph/curation/upsert';
import { removeNode, removeRelationship } from '../graph/curation/write';
import { Change, ChangeAction, ChangeKind } from '../model/audit.type';
import { RelationshipRefInput } from '../model/curation.input';
import { SLUG } from '../domain/ids';

/** Deletions (admin). Each leaves a tombstone that `changes` lists. */
@Resolver()
export class CurationDeleteResolver {
  @Authorized('admin')
  @Mutation(() => Change, {
    description:
      "Deletes a node and the relationships attached to it (admin). NOT_FOUND when there is none; CONFLICT while other facts cite it or name it in a property (an event's place, a city's country, an influence's practice).",
  })
  async deleteNode(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Change> {
    if (id.length > 120 || !SLUG.test(id)) throw badInput('id', 'id must be a lower-case slug, as every node id is.');
    const at = new Date().toISOString();
    const { label, detached } = await removeNode(ctx.db, id, { name: ctx.viewer.name, now: at });
    ctx.loaders.node.clear(id);
    return { action: ChangeAction.DELETED, kind: ChangeKind.NODE, label, id, at, by: ctx.viewer.name, detached };
  }

  @Authorized('admin')
  @Mutation(() => Change, { description: 'Deletes one relationship (admin); NOT_FOUND when there is none.' })
  async deleteRelationship(@Arg('input', () => RelationshipRefInput) input: RelationshipRefInput, @Ctx() ctx: Context): Promise<Change> {
    const type = input.type;
    const at = new Date().toISOString();
    await removeRelationship(
      ctx.db,
      { type, from: input.from, to: input.to, key: relationshipKey(type, input) },
      { name: ctx.viewer.name, now: at },
    );
    return {
      action: ChangeAction.DELETED,
      kind: ChangeKind.RELATIONSHIP,
      label: type,
      from: input.from,
      to: input.to,
      at,
      by: ctx.viewer.name,
    };
  }
}
