import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { executeCompiled } from './run';

/**
 * Answers compilable query operations (src/compile/compile.ts) with one Cypher statement and
 * no graphql-js execution. `responseForOperation` runs after parsing, validation and every
 * didResolveOperation hook (the query limits, the cache policy), and before execution; a null
 * answer lets Apollo execute the operation through the resolvers as before.
 * https://www.apollographql.com/docs/apollo-server/integrations/plugins-event-reference#responseforoperation
 */
export function compiledReadsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue }) {
          const result = await executeCompiled({ schema, document, operation, variables: request.variables, context: contextValue });
          if (!result) return null;
          return { body: { kind: 'single', singleResult: { data: result.data } }, http: { status: undefined, headers: new HeaderMap() } };
        },
      };
    },
  };
}
