import { describe, expect, it } from 'vitest';
import v8 from 'node:v8';
import vm from 'node:vm';
import { AnswerCache, KeptAnswer, stringifyAnswer, VersionGate } from '../../src/answer-cache';
import { loadConfig, ConfigError } from '../../src/config';
import type { Db } from '../../src/neo4j/db';

/** A version read the test finishes by hand. */
function manualReads() {
  const calls: { resolve: (v: number) => void; reject: (e: Error) => void }[] = [];
  const read = () => new Promise<number>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, gate: new VersionGate(read) };
}
const db = {} as Db;
const tick = () => new Promise((r) => setImmediate(r));

describe('reads of the graph version shared between requests', () => {
  it('never hands a request a read that started before it arrived, and shares the next one among all who wait', async () => {
    const { calls, gate } = manualReads();
    const first = gate.read(db);
    expect(calls).toHaveLength(1);
    // A write commits now, then three requests arrive while the first read is under way.
    const later = [gate.read(db), gate.read(db), gate.read(db)];
    expect(calls).toHaveLength(1); // they wait for the next read, not this one
    calls[0]!.resolve(7);
    expect(await first).toBe(7);
    await tick();
    expect(calls).toHaveLength(2); // one read for the three of them
    calls[1]!.resolve(8);
    expect(await Promise.all(later)).toEqual([8, 8, 8]);
    expect(gate.reads).toBe(2);
  });

  it('starts afresh after a failed read, and passes the failure to who asked', async () => {
    const { calls, gate } = manualReads();
    const first = gate.read(db);
    const second = gate.read(db);
    calls[0]!.reject(new Error('Neo4j is down'));
    await expect(first).rejects.toThrow('Neo4j is down');
    await tick();
    calls[1]!.resolve(3);
    expect(await second).toBe(3);
    const third = gate.read(db);
    expect(calls).toHaveLength(3);
    calls[2]!.resolve(3);
    expect(await third).toBe(3);
  });
});

describe('a graph version read used again for ANSWER_CACHE_LAG_MS', () => {
  const clock = () => {
    let t = 1_000;
    return { now: () => t, advance: (ms: number) => (t += ms) };
  };

  it('reads again once the lag is over, and at once after a write of this process', async () => {
    const c = clock();
    let version = 5;
    const gate = new VersionGate(async () => version, 1_000, c.now);
    expect(await gate.read(db)).toBe(5);
    version = 6; // written by another process
    c.advance(400);
    expect(await gate.read(db)).toBe(5); // within the lag
    c.advance(600);
    expect(await gate.read(db)).toBe(6);
    version = 7;
    gate.forget(); // this process committed a write
    expect(await gate.read(db)).toBe(7);
    expect(gate.reads).toBe(3);
  });

  it('reads the next version in the background after a response, once the one it knows is past half its life', async () => {
    const c = clock();
    let version = 1;
    const gate = new VersionGate(async () => version, 1_000, c.now);
    expect(await gate.read(db)).toBe(1);
    version = 2;
    c.advance(400);
    gate.refreshSoon(db); // a response given: not yet half its life
    await tick();
    expect(gate.reads).toBe(1);
    c.advance(200);
    expect(await gate.read(db)).toBe(1); // answered at once
    gate.refreshSoon(db);
    expect(gate.reads).toBe(1); // not while this turn of the event loop runs
    await tick();
    expect(gate.reads).toBe(2);
    await tick();
    c.advance(450); // 1.05 s after the first read, 0.45 s after the one in the background
    expect(await gate.read(db)).toBe(2);
    expect(gate.reads).toBe(2);
  });

  it('does not remember a read begun before a write of this process', async () => {
    const c = clock();
    const { calls } = manualReads();
    const gate = new VersionGate(() => new Promise<number>((resolve, reject) => calls.push({ resolve, reject })), 1_000, c.now);
    const before = gate.read(db);
    gate.forget(); // the write commits while that read is under way
    calls[0]!.resolve(1);
    expect(await before).toBe(1);
    const after = gate.read(db);
    expect(calls).toHaveLength(2); // not answered from the read before the write
    calls[1]!.resolve(2);
    expect(await after).toBe(2);
    expect(await gate.read(db)).toBe(2); // remembered now
    expect(calls).toHaveLength(2);
  });
});

const text = (answer: unknown) => JSON.stringify(answer);

describe('answers kept per graph version', () => {
  it('answers the same question at the same version, and forgets everything when the version moves', () => {
    const cache = new AnswerCache(1 << 20);
    cache.begin('q', 1)(text({ city: { name: 'Kumanovo' } }));
    expect(cache.get('q', 1)).toBe(text({ city: { name: 'Kumanovo' } }));
    expect(cache.get('q', 2)).toBeUndefined();
    expect(cache.entries).toBe(0);
    // An answer computed on a version older than the one held is not kept.
    cache.begin('q', 1)(text({ city: { name: 'old' } }));
    expect(cache.get('q', 2)).toBeUndefined();
  });

  it('keeps no answer that was not keepable (errors, stale panels)', () => {
    const cache = new AnswerCache(1 << 20);
    const settle = cache.begin('q', 1);
    expect(cache.pending('q', 1)).toBeDefined();
    settle(null);
    expect(cache.pending('q', 1)).toBeUndefined();
    expect(cache.get('q', 1)).toBeUndefined();
  });

  it('stays within its byte budget, dropping the least recently used answers first', () => {
    const cache = new AnswerCache(64 * 1024);
    const answer = (i: number) => ({ city: { id: `city-${i}`, name: 'x'.repeat(1000) } });
    for (let i = 0; i < 10; i++) cache.begin(`q${i}`, 1)(text(answer(i)));
    expect(cache.get('q0', 1)).toBeDefined(); // q0 is now the most recently used
    for (let i = 10; i < 200; i++) {
      cache.begin(`q${i}`, 1)(text(answer(i)));
      expect(cache.size).toBeLessThanOrEqual(64 * 1024);
    }
    expect(cache.entries).toBeGreaterThan(10);
    expect(cache.get('q1', 1)).toBeUndefined();
    expect(cache.get('q199', 1)).toBe(text(answer(199)));
    // One answer bigger than a quarter of the budget is not kept (it would empty the cache).
    cache.begin('huge', 1)(text({ text: 'x'.repeat(20_000) }));
    expect(cache.get('huge', 1)).toBeUndefined();
    expect(cache.get('q199', 1)).toBeDefined();
  });

  it('holds no more memory than its budget says, with answers shaped like city cards', () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    /** As graphql-js makes each object of a result: without a prototype (V8 then keeps it as a dictionary). */
    const made = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(made)
        : value && typeof value === 'object'
          ? Object.assign(Object.create(null) as object, Object.fromEntries(Object.entries(value).map(([k, v]) => [k, made(v)])))
          : value;
    /** A card of small objects and short texts (what the API answers), different for each i. */
    const card = (i: number) => ({
      city: {
        id: `city-${i}`,
        name: `City ${i}`,
        leaders: Array.from({ length: 10 }, (_, j) => ({
          role: 'MAYOR',
          since: `20${j}`,
          leader: { id: `l-${i}-${j}`, name: `Leader ${i} ${j}`, title: null },
          citations: [{ excerpt: `said ${i} ${j}`, source: { id: `s-${j}` } }],
        })),
        attended: Array.from({ length: 20 }, (_, j) => ({ event: { id: `e-${i}-${j}`, name: `Event ${j}`, date: '2023' } })),
      },
    });
    const budget = 8 * 2 ** 20;
    const cache = new AnswerCache(budget);
    const before = heap();
    for (let i = 0; i < 20_000; i++) cache.begin(`q${i}`, 1)(JSON.stringify(made(card(i))));
    expect(cache.size).toBeGreaterThan(budget * 0.9);
    const held = heap() - before;
    // Kept as objects (before), the same answers held 3.4 times the budget; as JSON text, 0.57.
    expect(held).toBeLessThan(budget * 1.25);
    expect(JSON.parse(cache.get('q19999', 1)!)).toEqual(card(19_999));
  });

  it('is sized by ANSWER_CACHE_MB (16 MiB unless told; 0 turns it off) and lags by ANSWER_CACHE_LAG_MS (1 s)', () => {
    expect(loadConfig({}).answerCacheMb).toBe(16);
    expect(loadConfig({}).answerCacheLagMs).toBe(1_000);
    expect(loadConfig({ ANSWER_CACHE_LAG_MS: '0' }).answerCacheLagMs).toBe(0);
    expect(loadConfig({ ANSWER_CACHE_MB: '0' }).answerCacheMb).toBe(0);
    expect(new AnswerCache(0).enabled).toBe(false);
    expect(() => loadConfig({ ANSWER_CACHE_MB: 'lots' })).toThrow(ConfigError);
  });
});

describe("an answer's text (Apollo's stringifyResult)", () => {
  it("is Apollo's own for computed answers and errors, and a kept answer's text as it is", () => {
    const data = { city: { name: 'Čair', adoptions: [{ status: 'ADOPTED' }] } };
    expect(stringifyAnswer({ data })).toBe(`${JSON.stringify({ data })}\n`);
    const errors = [{ message: 'No city "x".', extensions: { code: 'NOT_FOUND' } }];
    expect(stringifyAnswer({ errors, data: null })).toBe(`${JSON.stringify({ errors, data: null })}\n`);
    const kept = new KeptAnswer(JSON.stringify(data));
    expect(stringifyAnswer({ data: kept as unknown as Record<string, unknown> })).toBe(`${JSON.stringify({ data })}\n`);
    // Serialised any other way (beside errors, by a plugin), it is still the answer.
    expect(JSON.parse(JSON.stringify({ errors, data: kept }))).toEqual({ errors, data });
  });
});
