import type { ApolloServer } from '@apollo/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Logger } from 'pino';
import { createContext, type Context } from '../context';
import type { Db } from '../neo4j/db';
import {
  CityCardDocument,
  CityNetworkDocument,
  WebDiffusionDocument,
  WebPeerCitiesDocument,
  InfluenceReachDocument,
  WebInfluencePathsDocument,
  WebSearchDocument,
  WebWhoCanHelpDocument,
} from '../generated/graphql';

/**
 * Runs the explorer's heaviest operations once, in process, before the server takes requests.
 * The first peer search after a start used to take many times longer than the next (Neo4j
 * plans the evidence query — seconds for the peer shortlist and the paths and reach statements on
 * a freshly started Neo4j — and fills its page cache; Node compiles the resolvers): paying that
 * at start-up means the first person to ask waits no longer than the second. Failures are
 * logged and ignored — warming is an optimisation, never a reason not to serve.
 */
export async function warmUp(apollo: ApolloServer<Context>, db: Db, log: Logger): Promise<number> {
  const started = Date.now();
  const rows = await db.query<{ city: string | null; practice: string | null; name: string | null }>(
    `OPTIONAL MATCH (c:City)-[r:ADOPTED]->(p:Practice) WHERE r.status IN ['PLANNED', 'PILOTING']
     WITH c, p ORDER BY c.id LIMIT 1
     RETURN c.id AS city, p.id AS practice, c.name AS name`,
  );
  const { city, practice, name } = rows[0] ?? { city: null, practice: null, name: null };
  if (!city || !practice) return 0; // an empty graph: nothing worth warming
  const run = async <R, V extends Record<string, unknown>>(doc: TypedDocumentNode<R, V>, variables: V) => {
    const res = await apollo.executeOperation({ query: doc, variables }, { contextValue: createContext(db, { log }) });
    if (res.body.kind === 'single' && res.body.singleResult.errors?.length)
      log.warn({ errors: res.body.singleResult.errors }, 'warm-up operation failed');
  };
  // One at a time: the machine may be small, and each one warms the next.
  for (const step of [
    // The variables the page sends (src/web/peers.ts): no practice (the city's own needs), then one.
    () => run(WebPeerCitiesDocument, { cityId: city, practiceId: null, needs: null, first: 40 }),
    () => run(WebPeerCitiesDocument, { cityId: city, practiceId: practice, needs: null, first: 40 }),
    () => run(WebWhoCanHelpDocument, { practiceId: practice, first: 5 }),
    () => run(WebSearchDocument, { text: (name ?? city).slice(0, 4), first: 8 }),
    () => run(CityCardDocument, { id: city }),
    () => run(CityNetworkDocument, { id: city }),
    () => run(WebDiffusionDocument, { practiceId: practice }),
    // Paths and reach are long statements: Neo4j takes seconds to plan each the first time.
    () => run(WebInfluencePathsDocument, { from: city, to: city, maxHops: 4, timeRespecting: true, first: 10 }),
    () => run(WebInfluencePathsDocument, { from: city, to: city, maxHops: 4, timeRespecting: false, first: 10 }),
    () => run(InfluenceReachDocument, { id: city }),
  ]) {
    try {
      await step();
    } catch (err) {
      log.warn({ err }, 'warm-up operation failed');
    }
  }
  return Date.now() - started;
}
