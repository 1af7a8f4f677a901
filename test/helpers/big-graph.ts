import type { Db } from '../../src/neo4j/db';

/**
 * A country with `cities` cities under the id prefix `prefix` (`<prefix>-country`,
 * `<prefix>-city-00001`…), written with UNWIND batches so that 10,000 cities take a couple
 * of seconds. Names sort like ids ("City 00001").
 */
export async function buildCountryWithCities(db: Db, prefix: string, cities: number, batch = 2_500): Promise<string> {
  const country = `${prefix}-country`;
  await db.write((tx) =>
    tx.run('CREATE (:Country:Entity {id: $id, name: "Bigland", citationSources: [], citationExcerpts: []})', { id: country }),
  );
  for (let from = 1; from <= cities; from += batch) {
    const to = Math.min(cities, from + batch - 1);
    await db.write((tx) =>
      tx.run(
        `MATCH (c:Country:Entity {id: $country})
         UNWIND range(toInteger($from), toInteger($to)) AS i
         WITH c, i, right('0000' + toString(i), 5) AS n
         CREATE (:City:Entity {id: $prefix + '-city-' + n, name: 'City ' + n, kind: 'CITY', citationSources: ['s'], citationExcerpts: ['x']})-[:IN_COUNTRY]->(c)`,
        { country, prefix, from, to },
      ),
    );
  }
  return country;
}

/** Deletes every node whose id starts with `prefix`, in batches. */
export async function deleteByPrefix(db: Db, prefix: string): Promise<void> {
  for (;;) {
    const [row] = await db.write((tx) =>
      tx.run<{ n: number }>('MATCH (x:Entity) WHERE x.id STARTS WITH $prefix WITH x LIMIT 5000 DETACH DELETE x RETURN count(*) AS n', {
        prefix: `${prefix}-`,
      }),
    );
    if (!row || row.n === 0) return;
  }
}
