import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import type { Context } from './context';

/**
 * HTTP caching of GraphQL reads, decided in one place instead of `@cacheControl` directives
 * scattered over code-first types (type-graphql would need the directive declared in the SDL
 * and on every type; a forgotten type silently makes every response uncacheable).
 *
 * Apollo's cache-control plugin computes a response's policy as the minimum over its fields;
 * we give every field the default below, then this policy lowers it where the data must not
 * be shared:
 * - mutations are never cached (`no-store`);
 * - root fields listed in UNCACHED_FIELDS (admin or fast-changing data) are never cached;
 * - a request made with an API key is cached PRIVATE only (a browser may keep it, a CDN not),
 *   so a shared cache never hands data that needed a key to someone without one.
 * A response with errors is never cached. The graph changes only through curated writes, so
 * a minute of staleness is acceptable for catalogue, peer and stats reads; dashboards polling
 * every few seconds get their answers from the cache in between.
 * See https://www.apollographql.com/docs/apollo-server/performance/caching
 */
export const CACHE_POLICY = {
  /** Seconds a read may be cached (Cache-Control: max-age). */
  readMaxAge: 60,
  /** Root query fields never cached: admin data, and feeds whose point is freshness. */
  uncachedFields: new Set(['apiKeys', 'changes', 'viewer']),
} as const;

/**
 * Lowers the request's overall policy where the rules above say so. It restricts the
 * overall policy (never a field's hint), so it works whatever order Apollo runs the
 * plugins' field hooks in (it reverses them).
 */
function cachePolicyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, overallCachePolicy }) {
          if (operation?.operation === 'mutation') overallCachePolicy.restrict({ maxAge: 0 });
        },
        async executionDidStart({ overallCachePolicy }) {
          return {
            // Root fields only; restricting before execution would make Apollo skip field hints.
            willResolveField({ info, contextValue }) {
              if (info.path.prev) return;
              if (CACHE_POLICY.uncachedFields.has(info.fieldName)) overallCachePolicy.restrict({ maxAge: 0 });
              if (contextValue.viewer.role !== null) overallCachePolicy.restrict({ scope: 'PRIVATE' });
            },
          };
        },
      };
    },
  };
}

/** Apollo's cache-control plugin with the project's default, plus the policy above (in that order). */
export function cacheControlPlugins(): ApolloServerPlugin<Context>[] {
  return [ApolloServerPluginCacheControl({ defaultMaxAge: CACHE_POLICY.readMaxAge }), cachePolicyPlugin()];
}
