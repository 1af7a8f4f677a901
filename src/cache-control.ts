import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Context } from './context';

/**
 * HTTP caching of GraphQL reads, decided in one place instead of `@cacheControl` directives
 * scattered over code-first types (type-graphql would need the directive declared in the SDL
 * and on every type; a forgotten type silently makes every response uncacheable).
 *
 * A read is cacheable for the default below; this policy lowers it where the data must not
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

/** Names of the root fields an operation selects, through fragments. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) names.add(sel.name.value);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet);
      else if (!seen.has(sel.name.value)) {
        seen.add(sel.name.value);
        walk(fragments.get(sel.name.value)?.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/**
 * The policy above, decided once per operation. Apollo's own cache-control plugin would give
 * every field the default and take the minimum, which comes to the same answer here (no type
 * or field declares a hint of its own) but hooks every field of every response — thousands for
 * a catalogue page — so it is turned off and the header is written as it writes it.
 */
function cachePolicyPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue, overallCachePolicy }) {
          if (!operation) return;
          const uncached =
            operation.operation !== 'query' || [...rootFields(operation, document)].some((f) => CACHE_POLICY.uncachedFields.has(f));
          overallCachePolicy.restrict({ maxAge: uncached ? 0 : CACHE_POLICY.readMaxAge });
          if (contextValue.viewer.role !== null) overallCachePolicy.restrict({ scope: 'PRIVATE' });
        },
        async willSendResponse({ response, overallCachePolicy }) {
          const policy = overallCachePolicy.policyIfCacheable();
          const cacheable = policy && response.body.kind === 'single' && !response.body.singleResult.errors;
          response.http.headers.set('cache-control', cacheable ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : 'no-store');
        },
      };
    },
  };
}

/** The policy above instead of Apollo's per-field cache-control plugin (which Apollo installs unless told not to). */
export function cacheControlPlugins(): ApolloServerPlugin<Context>[] {
  return [ApolloServerPluginCacheControlDisabled(), cachePolicyPlugin()];
}
