import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/*
 * graphql ships both CJS and ESM builds. type-graphql loads the CJS one; without this alias
 * vitest would hand our own modules the ESM one, and a scalar made from one copy is not
 * an instance of the other's GraphQLScalarType ("dual package hazard").
 */
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');
const shared = { resolve: { alias: { graphql: graphqlCjs } } };

/*
 * Three tiers by infrastructure (STYLE.md §6): unit needs nothing; integration and e2e
 * share one real Neo4j that test/setup/neo4j.ts starts (or TEST_NEO4J_URI). Files that
 * touch the database run one at a time: Community Neo4j has a single user database, and
 * the tests that write clean up their own fixtures.
 */
const dbProject = (name: string) => ({
  ...shared,
  test: {
    name,
    include: [`test/${name}/**/*.test.ts`],
    globalSetup: ['test/setup/neo4j.ts'],
    setupFiles: ['reflect-metadata'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

export default defineConfig({
  test: {
    reporters: ['default', './test/setup/summary-reporter.ts'],
    projects: [
      { ...shared, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], setupFiles: ['reflect-metadata'] } },
      dbProject('integration'),
      dbProject('e2e'),
    ],
  },
});
