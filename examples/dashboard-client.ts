/**
 * A typed dashboard client in ~40 lines: plain `fetch`, graphql's `print`, and the
 * TypedDocumentNode documents generated from schema/operations (npm run codegen), so the
 * variables and the result are checked by TypeScript. Queries go out as automatic persisted
 * queries over GET: a short URL that browsers and CDNs can cache for the `max-age` the API
 * sends; the full text is sent once, only when the server has not seen the hash yet.
 *
 *   npx tsx examples/dashboard-client.ts        (GRAPHQL_URL, API_KEY optional)
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { PeerCitiesDocument, StatsAdoptionSeriesDocument, StatsNetworkDocument, StatsOverviewDocument } from '../src/generated/graphql';

const ENDPOINT = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:4000/graphql';

type Reply<R> = { data?: R; errors?: { message: string; extensions?: { code?: string; field?: string } }[] };

/** Runs a named operation; throws with the API's coded message on errors. */
export async function request<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
  const query = print(document);
  const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
  const headers: Record<string, string> = {
    'apollo-require-preflight': 'true',
    ...(process.env.API_KEY ? { authorization: `Bearer ${process.env.API_KEY}` } : {}),
  };
  const url = new URL(ENDPOINT);
  url.searchParams.set('extensions', JSON.stringify(extensions));
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  let reply = (await (await fetch(url, { headers })).json()) as Reply<R>;
  if (reply.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
    const body = JSON.stringify({ query, variables, extensions });
    reply = (await (
      await fetch(ENDPOINT, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body })
    ).json()) as Reply<R>;
  }
  if (reply.errors?.length) {
    const e = reply.errors[0]!;
    throw new Error(`${e.extensions?.code ?? 'ERROR'}${e.extensions?.field ? ` (${e.extensions.field})` : ''}: ${e.message}`);
  }
  return reply.data as R;
}

async function main(): Promise<void> {
  const { stats } = await request(StatsOverviewDocument);
  console.table(stats.citiesByHub.map(({ label, count }) => ({ hub: label, cities: count })));
  console.table(stats.eventsByYear.map(({ year, count }) => ({ year: year ?? 'no date', events: count })));

  const series = await request(StatsAdoptionSeriesDocument, { category: 'MULTI_ACTOR_MECHANISM' });
  console.table(series.stats.adoptionSeries.points);

  const { network } = (await request(StatsNetworkDocument)).stats;
  console.log(
    `${network.nodes} nodes, ${network.edges} relationships, ${network.components} components, density ${network.density.toFixed(4)}`,
  );

  const { peerCities } = await request(PeerCitiesDocument, { cityId: 'nansana', practiceId: 'neighbourhood-watch', first: 3 });
  for (const peer of peerCities) {
    console.log(`\n${peer.city.name} (${peer.city.country?.name ?? '?'}) — score ${peer.score}`);
    for (const r of peer.reasons) console.log(`  ${r.weight.toFixed(2)}  ${r.text}  [${r.citations[0]?.source?.title ?? ''}]`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: Error) => {
    console.error(err.message);
    process.exitCode = 1;
  });
}
