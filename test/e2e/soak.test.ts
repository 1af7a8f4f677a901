import { describe, expect, it } from 'vitest';
import { graphVersion } from '../../src/graph/curation/version';
import { fixturePrefix } from '../helpers/fixtures';
import { testDb } from '../helpers/graphql';
import { Load, codes, percentile } from '../helpers/load';
import { testServer } from '../helpers/server';

/*
 * A short soak (SOAK_SECONDS, default 60): readers back to back and editors writing to the
 * same few cities and influences at once, through HTTP. Before issue 11, writes failed
 * under read load with DeadlockDetected on the one node every write locked; now every
 * answer must be a success. `npm run soak` runs the long version with a report.
 */
const SECONDS = Number(process.env.SOAK_SECONDS ?? 60);

describe(`a ${SECONDS} s soak: readers and writers at once`, () => {
  const db = testDb();
  const prefix = fixturePrefix(db);
  const server = testServer({ db, env: { API_KEYS: 'soak:editor:soak-editor-key-0123456789' } });

  it(
    'answers every read and every write without an error',
    async () => {
      const load = new Load({ url: server.url, readers: 8, writers: 4, writeEveryMs: 100, apiKey: 'soak-editor-key-0123456789', prefix });
      await load.prepare();
      const versionBefore = await db.read((tx) => graphVersion(tx));
      load.start();
      await new Promise((r) => setTimeout(r, SECONDS * 1_000));
      await load.stop();

      const reads = load.samples.filter((s) => s.kind === 'read');
      const writes = load.samples.filter((s) => s.kind === 'write');
      const summary = {
        reads: reads.length,
        writes: writes.length,
        codes: codes(load.samples),
        p50: Math.round(
          percentile(
            load.samples.map((s) => s.ms),
            50,
          ),
        ),
        p99: Math.round(
          percentile(
            load.samples.map((s) => s.ms),
            99,
          ),
        ),
      };
      console.info(`[soak] ${JSON.stringify(summary)}`);
      expect(summary.codes).toEqual({ OK: load.samples.length });
      expect(writes.length).toBeGreaterThan(SECONDS / 2); // writes all along, even on a busy machine
      expect(reads.length).toBeGreaterThan(writes.length);
      // Every write moved the graph version (caches notice), without any node shared by all writes.
      expect(await db.read((tx) => graphVersion(tx))).toBeGreaterThanOrEqual(versionBefore + writes.length);
      const meta = await db.query<{ n: number }>('MATCH (m:GraphMeta) RETURN count(m) AS n');
      expect(meta[0]!.n).toBe(0);
    },
    SECONDS * 1_000 + 120_000,
  ); // the soak itself, plus its preparation and draining on a busy machine
});
