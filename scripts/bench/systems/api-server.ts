/*
 * System (c): this API, started the way `serve` starts it (src/server.ts) but on a free
 * port against the benchmark's Neo4j. Prints {"url"} when listening.
 */
import 'reflect-metadata';
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
installBenchRoutes(server.app);
announce(server.url);
const stop = () => void server.close().then(() => db.close()).finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
