import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { ApiKeyCreated, ApiKeyInfo, ApiKeyRole } from '../auth/api-key.type';
import { listStoredKeys } from '../graph/keys';

/** Key management for admins; the CLI (`prevention-graph keys`) does the same from a shell. */
@Resolver()
export class KeysResolver {
  @Authorized('admin')
  @Query(() => [ApiKeyInfo], { description: 'Every API key by name and role (admin). Keys themselves are never shown again.' })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKeyInfo[]> {
    const stored = await listStoredKeys(ctx.db);
    const env = ctx.auth.envKeys.map((k) => ({ name: k.name, role: k.role, origin: 'environment' }));
    return [...env, ...stored.map((k) => ({ ...k, role: k.role, origin: 'stored' }))];
  }

  @Authorized('admin')
  @Mutation(() => ApiKeyCreated, { description: 'Makes an API key (admin). The response is the only place the key ever appears.' })
  async createApiKey(
    @Arg('name', () => String) name: string,
    @Arg('role', () => ApiKeyRole) role: ApiKeyRole,
    @Ctx() ctx: Context,
  ): Promise<ApiKeyCreated> {
    return ctx.auth.issue({ name, role, by: ctx.viewer.name });
  }

  @Authorized('admin')
  @Mutation(() => Boolean, { description: 'Revokes a stored API key (admin); NOT_FOUND when there is none of that name.' })
  async revokeApiKey(@Arg('name', () => String) name: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.auth.revoke(name);
    return true;
  }
}
