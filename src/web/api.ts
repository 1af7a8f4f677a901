import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** A failed request, with the server's stable error code (or NETWORK when it wasn't reached). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const printed = new WeakMap<object, string>();
const textOf = (doc: TypedDocumentNode<unknown, never>): string => {
  let text = printed.get(doc);
  if (!text) printed.set(doc, (text = print(doc)));
  return text;
};

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends one named operation (a generated TypedDocumentNode) to /graphql and returns its typed
 * data. Errors become ApiError with the server's code; an aborted request rejects with the
 * AbortError so a view that was left can ignore it.
 */
export async function request<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  signal?: AbortSignal,
): Promise<TData> {
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: textOf(document as TypedDocumentNode<unknown, never>), variables }),
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError('The server could not be reached. Check that it is running, then try again.', 'NETWORK');
  }
  let body: GraphQLResponse<TData>;
  try {
    body = (await res.json()) as GraphQLResponse<TData>;
  } catch {
    throw new ApiError(`The server answered ${res.status} without a readable response.`, 'BAD_RESPONSE');
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!body.data) throw new ApiError('The server answered without data.', 'BAD_RESPONSE');
  return body.data;
}

/** True for the rejection of a request whose view was left (not worth showing). */
export const isAbort = (err: unknown): boolean => (err as Error)?.name === 'AbortError';

const CACHE_MS = 60_000;
const cache = new Map<string, { at: number; data: Promise<unknown> }>();

/**
 * Like `request`, but the same operation with the same variables within a minute is answered
 * from memory (moving between a city's card, peers and network tabs shouldn't refetch).
 * Failures and aborted requests are not kept.
 */
export function cachedRequest<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): Promise<TData> {
  const key = `${textOf(document as TypedDocumentNode<unknown, never>)}\n${JSON.stringify(variables)}`;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.data as Promise<TData>;
  const data = request(document, variables);
  cache.set(key, { at: Date.now(), data });
  data.catch(() => cache.delete(key));
  return data;
}
