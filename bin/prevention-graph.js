#!/usr/bin/env node
// Runs the TypeScript sources through tsx (esbuild), the same transform vitest uses, so the
// CLI, the server and the tests see identical code (see README: "Why tsx at run time").
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
// Everything a command opens is closed by now. One thing cannot be: a socket the Neo4j driver is
// still shaking hands on (its Bolt handshake has no timeout once TCP connects, e.g. to a process
// that took Neo4j's port), which `driver.close()` leaves open. It must not keep the process alive:
// with nothing else pending the process exits now; otherwise it exits in two seconds, output flushed.
setTimeout(() => process.exit(), 2_000).unref();
