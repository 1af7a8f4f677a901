import { afterAll, inject } from 'vitest';
import { execute, parse, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createContext, ANONYMOUS, type Context, type Viewer } from '../../src/context';
import type { Authenticator } from '../../src/auth/authenticator';
import { Db } from '../../src/neo4j/db';
import { getSchema } from '../../src/schema';
import { formatError } from '../../src/server';
import { executeCompiled } from '../../src/compile/run';

let db: Db | undefined;

/** The test run's Neo4j (started by test/setup/neo4j.ts), one driver per test file. */
export function testDb(): Db {
  if (!db) {
    db = Db.connect(inject('neo4j'));
    afterAll(async () => {
      await db?.close();
      db = undefined;
    });
  }
  return db;
}

export interface GqlResult<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
  /** Cypher round trips the operation cost. */
  queries: number;
  context: Context;
}

/**
 * Runs an operation in process against the real schema and database, with errors
 * formatted exactly as the server formats them.
 */
export async function gql<T = Record<string, unknown>, V extends Record<string, unknown> = Record<string, unknown>>(
  document: string | DocumentNode | TypedDocumentNode<T, V>,
  variables?: V,
  viewer: Viewer = ANONYMOUS,
  auth?: Authenticator,
): Promise<GqlResult<T>> {
  const context = createContext(testDb(), { viewer, auth });
  const result = await execute({
    schema: await getSchema(),
    document: typeof document === 'string' ? parse(document) : document,
    variableValues: variables,
    contextValue: context,
  });
  // Internal errors are masked for clients; a test shows the original to whoever debugs it.
  const fmt = formatError({ error: (o: { err: unknown }) => console.error(o.err) } as never);
  const errors = result.errors?.map((e) => fmt(e.toJSON(), e) as GqlResult<T>['errors'] extends (infer E)[] | undefined ? E : never);
  return { data: result.data as T | null | undefined, errors, queries: context.queries.count, context };
}

/**
 * Runs an operation as the server does: compiled into one statement when it can be
 * (src/compile), else through graphql-js — with one context, so `queries` counts both.
 */
export async function gqlServed<T = Record<string, unknown>, V extends Record<string, unknown> = Record<string, unknown>>(
  document: string | DocumentNode | TypedDocumentNode<T, V>,
  variables?: V,
): Promise<GqlResult<T> & { compiled: boolean }> {
  const doc = typeof document === 'string' ? parse(document) : document;
  const context = createContext(testDb());
  const compiled = await executeCompiled({ schema: await getSchema(), document: doc, variables, context });
  if (compiled) return { data: compiled.data as T, queries: context.queries.count, context, compiled: true };
  const result = await execute({ schema: await getSchema(), document: doc, variableValues: variables, contextValue: context });
  const fmt = formatError({ error: (o: { err: unknown }) => console.error(o.err) } as never);
  const errors = result.errors?.map((e) => fmt(e.toJSON(), e) as GqlResult<T>['errors'] extends (infer E)[] | undefined ? E : never);
  return { data: result.data as T | null | undefined, errors, queries: context.queries.count, context, compiled: false };
}

/** Fails the test unless the operation failed with `code`; returns that error. */
export function expectError<T>(result: GqlResult<T>, code: string) {
  const err = result.errors?.find((e) => e.extensions?.code === code);
  if (!err) throw new Error(`expected an error with code ${code}, got ${JSON.stringify(result.errors ?? result.data)}`);
  return err;
}

/** Fails the test when the operation returned errors; returns its data. */
export function dataOf<T>(result: GqlResult<T>): T {
  if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}
