import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';
import { executeCompiled, isDatabaseError } from './run';
import { databaseErrorResponse } from '../answer-cache';

/**
 * Answers compilable query operations (src/compile/compile.ts) with one Cypher statement and
 * no graphql-js execution. `responseForOperation` runs after parsing, validation and every
 * didResolveOperation hook (the query limits, the cache policy), and before execution; a null
 * answer lets Apollo execute the operation through the resolvers as before — also when the
 * compiled path fails unexpectedly (logged), so that it can never cost a client an answer.
 * https://www.apollographql.com/docs/apollo-server/integrations/plugins-event-reference#responseforoperation
 */
export function compiledReadsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document, operation, request, contextValue, logger }) {
          let result;
          try {
            result = await executeCompiled({ schema, document, operation, variables: request.variables, context: contextValue });
          } catch (err) {
            // Neo4j cannot answer: the code at once, as the resolvers would answer it.
            if (isDatabaseError(err)) return databaseErrorResponse(err);
            logger.error(`compiled read failed, answering through the resolvers: ${String((err as Error)?.stack ?? err)}`);
            return null;
          }
          if (!result) return null;
          return { body: { kind: 'single', singleResult: { data: result.data } }, http: { status: undefined, headers: new HeaderMap() } };
        },
      };
    },
  };
}
