/*
 * System (b): @neo4j/graphql 7 on @apollo/server 5 and express 5, over the same Neo4j.
 * Started by scripts/bench/main.ts as a child process; prints {"url"} when listening.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import neo4j from 'neo4j-driver';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { announce, connection, countStatements, installBenchRoutes } from './child';
import { LIBRARY_TYPEDEFS } from './library-typedefs';

countStatements();
const conn = connection();
const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password));
const schema = await new Neo4jGraphQL({ typeDefs: LIBRARY_TYPEDEFS, driver }).getSchema();
const apollo = new ApolloServer({ schema });
await apollo.start();
const app = express();
installBenchRoutes(app);
app.use(
  '/graphql',
  express.json({ limit: '2mb' }),
  expressMiddleware(apollo, { context: async () => ({ sessionConfig: { database: conn.database } }) }),
);
const server = http.createServer(app);
server.listen(0, '127.0.0.1', () => announce(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
const stop = () =>
  void apollo
    .stop()
    .then(() => driver.close())
    .finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
