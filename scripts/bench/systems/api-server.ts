/*
 * System (c): this API, started the way `serve` starts it (src/server.ts) but on a free
 * port against the benchmark's Neo4j. Prints {"url"} when listening.
 */
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { Db } from '../../../src/neo4j/db';
import { startServer } from '../../../src/server';
import { announce, connection, countStatements, installBenchRoutes } from './child';

countStatements();
const config = loadConfig({ ...process.env, PORT: '0', NODE_ENV: 'production', LOG_LEVEL: 'error' });
const log = createLogger('error');
const db = Db.connect(connection(), log, { txTimeoutMs: config.limits.txTimeoutMs });
const server = await startServer({ config, db, log });
// The API answers unknown paths with 404 before any route added now: /__bench gets its own port.
const benchApp = express();
installBenchRoutes(benchApp);
const bench = http.createServer(benchApp);
bench.listen(0, '127.0.0.1', () => announce(server.url, `http://127.0.0.1:${(bench.address() as AddressInfo).port}`));
const stop = () =>
  void server
    .close()
    .then(() => db.close())
    .finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
