import { describe, expect, inject, it } from 'vitest';
import { Db } from '../../src/neo4j/db';

describe('Neo4j transaction timeout', () => {
  it('stops a transaction that runs past txTimeoutMs with DATABASE_TIMEOUT', async () => {
    const db = Db.connect(inject('neo4j'), undefined, { txTimeoutMs: 300 });
    try {
      // A deliberately long computation: ~10^9 rows would take minutes.
      await expect(db.query('UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 8 RETURN count(x) AS n')).rejects.toMatchObject({
        extensions: { code: 'DATABASE_TIMEOUT' },
        message: expect.stringMatching(/took too long/),
      });
      // The same Db answers quick queries afterwards.
      expect(await db.query<{ one: number }>('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });
});
