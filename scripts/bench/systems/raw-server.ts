/*
 * System (a), the floor: one hand-written Cypher statement per question through
 * neo4j-driver, behind the thinnest HTTP server (POST /q/<question> with the parameters as
 * JSON), so that all three systems are measured through the same HTTP client.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import neo4j from 'neo4j-driver';
import { QUESTIONS } from '../questions';
import { announce, connection, countStatements, installBenchRoutes } from './child';

countStatements();
const conn = connection();
const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.username, conn.password), { disableLosslessIntegers: true });
const app = express();
installBenchRoutes(app);
app.post('/q/:name', express.json(), async (req, res) => {
  const q = QUESTIONS.find((x) => x.name === req.params.name);
  if (!q) {
    res.status(404).json({ error: `no question ${req.params.name}` });
    return;
  }
  try {
    const { records } = await driver.executeQuery(q.raw, req.body ?? {}, { database: conn.database, routing: neo4j.routing.READ });
    res.json({ data: records.map((r) => r.toObject()) });
  } catch (err) {
    res.status(500).json({ errors: [{ message: (err as Error).message }] });
  }
});
const server = http.createServer(app);
server.listen(0, '127.0.0.1', () => announce(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
const stop = () => void driver.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
