import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { listChanges } from '../graph/curation/audit';
import { DateTimeScalar } from '../model/audit-datetime';
import { Change, ChangeAction, ChangeKind } from '../model/audit.type';
import { FirstArg, MAX_PAGE_SIZE } from '../model/connection';
import { NodeType, type NodeObject } from '../model/node.type';

@Resolver(() => Change)
export class AuditResolver {
  @Query(() => [Change], {
    description: `What changed after \`since\` (and before \`before\`), newest first: nodes and relationships by their latest write, and deletions. At most ${MAX_PAGE_SIZE}; page back with \`before\` = the oldest \`at\` seen.`,
    complexity: ({ args, childComplexity }) => 1 + childComplexity * Math.min(Number(args.first ?? 50), MAX_PAGE_SIZE),
  })
  async changes(
    @Arg('since', () => DateTimeScalar) since: string,
    @Arg('before', () => DateTimeScalar, { nullable: true }) before: string | null,
    @FirstArg(50) { first }: { first: number },
    @Ctx() ctx: Context,
  ): Promise<Change[]> {
    return listChanges(ctx.db, { since, before, first });
  }

  @FieldResolver(() => NodeType, { nullable: true, description: 'The node as it is now (nodes that still exist).' })
  node(@Root() change: Change, @Ctx() ctx: Context): Promise<NodeObject | null> | null {
    return change.kind === ChangeKind.NODE && change.action !== ChangeAction.DELETED && change.id ? ctx.loaders.node.load(change.id) : null;
  }
}
