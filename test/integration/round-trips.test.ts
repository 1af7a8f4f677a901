import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { Db } from '../../src/neo4j/db';
import { disableNagle } from '../../src/neo4j/nodelay';

/*
 * What a read costs on the wire (src/neo4j/db.ts pipelineBegin, src/neo4j/nodelay.ts): the
 * API talks to Neo4j through a relay here that notes which side sends, so that a
 * transaction's round trips can be counted. A one-statement read is two of them — BEGIN with
 * its statement, then COMMIT — not three (the driver's executeRead waits for BEGIN's answer
 * by default). And a statement larger than the driver's 1,400-byte chunks leaves in one send,
 * not one per chunk (each send is a system call that, on loopback, also does the receiver's work).
 */

/** A TCP relay to `target` that records the turns of a conversation: 'c' when the client sends after the server did, 's' the other way. */
async function relay(target: { host: string; port: number }) {
  const turns: string[] = [];
  const note = (from: 'c' | 's') => {
    if (turns[turns.length - 1] !== from) turns.push(from);
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(target);
    client.on('data', (d) => {
      note('c');
      upstream.write(d);
    });
    upstream.on('data', (d) => {
      note('s');
      client.write(d);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    /** Counts turns from now on. */
    mark() {
      turns.length = 0;
    },
    turns: () => turns.join(''),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('round trips to Neo4j', () => {
  const conn = inject('neo4j');
  let wire: Awaited<ReturnType<typeof relay>>;
  let db: Db;

  beforeAll(async () => {
    const url = new URL(conn.uri);
    wire = await relay({ host: url.hostname, port: Number(url.port) });
    // One connection, so that each query reuses the warm one (no handshake in what is counted).
    db = Db.connect({ ...conn, uri: `bolt://127.0.0.1:${wire.port}` }, undefined, { breaker: false });
    await db.query('RETURN 1 AS one');
  });
  afterAll(async () => {
    await db?.close();
    await wire?.close();
  });

  it('reads with one statement in two round trips: BEGIN goes with the statement, COMMIT follows', async () => {
    wire.mark();
    expect(await db.query<{ n: number }>('UNWIND range(1, 3) AS n RETURN n')).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    // c: BEGIN + RUN + PULL, s: their answers, c: COMMIT, s: its answer (three round trips would be "cscscs").
    expect(wire.turns()).toBe('cscs');
  });

  it('writes the same way, and a transaction of two statements takes one more round trip', async () => {
    wire.mark();
    await db.write(async (tx) => {
      await tx.run('RETURN 1 AS one');
      await tx.run('RETURN 2 AS two');
    });
    expect(wire.turns()).toBe('cscscs');
  });

  it('formats no stack trace for the statements of a transaction or for its COMMIT', async () => {
    // The driver captures one for each (to attach to a server error), formatted through source
    // maps under tsx: ~0.2 ms apiece, for errors the API maps to coded ones anyway.
    const formatted: number[] = [];
    const before = Error.prepareStackTrace;
    Error.prepareStackTrace = (err, frames) => {
      formatted.push(frames.length);
      return before ? before(err, frames) : String(err);
    };
    try {
      await db.query('RETURN 1 AS one');
      await db.write(async (tx) => {
        await tx.run('RETURN 1 AS one');
        await tx.run('RETURN 2 AS two');
      });
    } finally {
      Error.prepareStackTrace = before;
    }
    expect(formatted.filter((frames) => frames > 0)).toEqual([]);
  });

  it('gathers what a socket is given within one tick into one send', async () => {
    disableNagle();
    const server = net.createServer((s) => s.resume());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const calls: string[] = [];
    const s = socket as unknown as { _write: (...a: unknown[]) => void; _writev: (...a: unknown[]) => void };
    const [write, writev] = [s._write, s._writev];
    s._write = function (...a: unknown[]) {
      calls.push('write');
      return write.apply(this, a);
    };
    s._writev = function (...a: unknown[]) {
      calls.push('writev');
      return writev.apply(this, a);
    };
    for (let i = 0; i < 6; i++) socket.write(Buffer.alloc(1_400));
    await new Promise((resolve) => setImmediate(resolve));
    socket.write(Buffer.alloc(6));
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls).toEqual(['writev', 'write']);
    socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
