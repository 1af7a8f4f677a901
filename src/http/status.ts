import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context';

/*
 * GraphQL over HTTP, "application/json" responses: "the server SHOULD use the 200 status
 * code for every response to a well-formed GraphQL-over-HTTP request, independent of any
 * GraphQL request error or GraphQL field error raised" — clients of the legacy media type
 * cannot tell a GraphQL error from a transport failure by status. For
 * "application/graphql-response+json" the spec asks for 4xx on the same errors, and Apollo
 * already answers 400 there. https://graphql.github.io/graphql-over-http/draft/#sec-application-json
 *
 * Apollo answers 400 for document parse and validation errors and for variables that do not
 * fit their types under both media types; this plugin turns those into 200 when the
 * response is application/json. Other 4xx (a bad API key, an oversized query) keep theirs.
 */

const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

interface Range {
  type: string;
  q: number;
}

function parseAccept(accept: string): Range[] {
  return accept.split(',').map((part) => {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) : 1;
    return { type: type.trim(), q: Number.isFinite(value) ? value : 0 };
  });
}

/** q of the most specific range that matches `type` (exact, then type/*, then * / *). */
function quality(ranges: Range[], type: string): number {
  const major = `${type.split('/')[0]}/*`;
  for (const candidate of [type, major, '*/*']) {
    const hit = ranges.filter((r) => r.type === candidate);
    if (hit.length) return Math.max(...hit.map((r) => r.q));
  }
  return 0;
}

/** True when Apollo answers with application/json (no Accept, or it prefers JSON; ties go to JSON, as in Apollo). */
export function answersPlainJson(accept: string | undefined): boolean {
  if (!accept) return true;
  const ranges = parseAccept(accept);
  const json = quality(ranges, JSON_TYPE);
  const gql = quality(ranges, GRAPHQL_RESPONSE_TYPE);
  return json > 0 && json >= gql;
}

const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']);
const isVariableError = (e: { message: string; extensions?: Record<string, unknown> }): boolean =>
  e.extensions?.code === 'BAD_USER_INPUT' && /^Variable "\$/.test(e.message);

export function jsonStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.http.status !== 400 || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.length || response.body.singleResult.data !== undefined) return;
          if (!errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)) || isVariableError(e))) return;
          if (!answersPlainJson(request.http?.headers.get('accept'))) return;
          response.http.status = 200;
        },
      };
    },
  };
}
