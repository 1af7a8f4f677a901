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
 * How long one request may take before the page gives up on it and says so (a "Try again"
 * button follows). Tests and slow links can change it: localStorage "pg.requestTimeoutMs".
 */
export function requestTimeoutMs(): number {
  const set = Number(globalThis.localStorage?.getItem('pg.requestTimeoutMs'));
  return Number.isFinite(set) && set > 0 ? set : 20_000;
}

/** Codes worth one automatic retry: the request may not have reached a working server. */
const TRANSIENT = new Set(['NETWORK', 'DATABASE_UNAVAILABLE', 'BAD_GATEWAY']);
const RETRY_AFTER_MS = 600;

/**
 * Sends one named operation (a generated TypedDocumentNode) to /graphql and returns its typed
 * data. Errors become ApiError with the server's code; a request that takes longer than
 * `requestTimeoutMs()` fails with TIMEOUT; one that never reached a working server is retried
 * once. An aborted request (the view was left, or the person pressed Cancel) rejects with the
 * AbortError so the view can ignore it.
 */
export async function request<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  signal?: AbortSignal,
): Promise<TData> {
  try {
    return await attempt(document, variables, signal);
  } catch (err) {
    if (!(err instanceof ApiError) || !TRANSIENT.has(err.code) || signal?.aborted) throw err;
    await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_MS));
    if (signal?.aborted) throw new DOMException('The request was cancelled.', 'AbortError');
    return attempt(document, variables, signal);
  }
}

async function attempt<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  signal?: AbortSignal,
): Promise<TData> {
  const timeout = AbortSignal.timeout(requestTimeoutMs());
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: textOf(document as TypedDocumentNode<unknown, never>), variables }),
      signal: both,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    if (timeout.aborted) throw timedOut();
    throw new ApiError('The server could not be reached. Check that it is running, then try again.', 'NETWORK');
  }
  if (res.status === 502 || res.status === 503 || res.status === 504)
    throw new ApiError(`The server is not answering right now (HTTP ${res.status}).`, 'BAD_GATEWAY');
  let body: GraphQLResponse<TData>;
  try {
    body = (await res.json()) as GraphQLResponse<TData>;
  } catch (err) {
    if (signal?.aborted) throw err;
    if (timeout.aborted) throw timedOut();
    throw new ApiError(`The server answered ${res.status} without a readable response.`, 'BAD_RESPONSE');
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  if (!body.data) throw new ApiError('The server answered without data.', 'BAD_RESPONSE');
  return body.data;
}

const timedOut = (): ApiError =>
  new ApiError(
    `The server did not answer within ${Math.round(requestTimeoutMs() / 1000)} seconds. It may be busy: try again in a moment.`,
    'TIMEOUT',
  );

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
