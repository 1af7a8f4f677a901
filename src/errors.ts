import { GraphQLError } from 'graphql';

/** Stable error codes a client can switch on (`extensions.code`). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_TIMEOUT'
  | 'QUERY_TOO_COMPLEX'
  | 'INTERNAL_SERVER_ERROR';

/**
 * The one error family of the project. `field` names the offending argument or input
 * field (dotted path) so that a client can put the message next to the right control.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: { field?: string; id?: string; [k: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
    this.name = 'AppError';
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const badInput = (field: string, message: string): AppError => new AppError('BAD_USER_INPUT', message, { field });
export const notFound = (id: string, what = 'node', field?: string): AppError =>
  new AppError('NOT_FOUND', `No ${what} with id "${id}".`, field ? { id, field } : { id });

export const databaseUnavailable = (): AppError =>
  new AppError(
    'DATABASE_UNAVAILABLE',
    'The graph database is not reachable right now. Try again shortly; if it persists, check that Neo4j is running (prevention-graph db status).',
  );

export const databaseTimeout = (): AppError =>
  new AppError('DATABASE_TIMEOUT', 'The query took too long and was stopped. Narrow it (fewer hops, a smaller page) and try again.');

/** The Neo4j status code of a driver error ("Neo.ClientError…", "ServiceUnavailable", "N/A"…), or ''. */
export function neo4jCode(err: unknown): string {
  const code = (err as { code?: unknown } | null | undefined)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Timeouts: the server stopped the transaction (its own timeout, or a termination while it
 * waited for a lock), or the driver gave up waiting for a connection from its pool.
 * The driver reports Terminated and LockClientStopped as client errors although the server
 * sends them as transient ones; both spellings are listed.
 */
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** The database (or the route to it) is not there: connection refused or lost, wrong credentials, no such database, no leader. */
function isUnavailableCode(code: string): boolean {
  return (
    code === 'ServiceUnavailable' ||
    code === 'SessionExpired' ||
    code.startsWith('Neo.TransientError.General.DatabaseUnavailable') ||
    code === 'Neo.ClientError.Database.DatabaseNotFound' ||
    code.startsWith('Neo.ClientError.Security.') ||
    code.startsWith('Neo.ClientError.Cluster.') ||
    code.startsWith('Neo.TransientError.Cluster.')
  );
}

/** Writes that collided with other writes (deadlocks, lock waits) and still failed after the retries in Db.write. */
const CONTENTION_CODES = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  'Neo.TransientError.Transaction.Outdated',
  'Neo.TransientError.Transaction.ConstraintsChanged',
]);

/** The driver's message for a pool that had no connection to lend in time (its code is "N/A"). */
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out/;

/** Errors worth another attempt of the whole transaction function: the server said "transient" (deadlock, lock wait…). */
export function isTransientDbError(err: unknown): boolean {
  const code = neo4jCode(err);
  return code.startsWith('Neo.TransientError.') && !TIMEOUT_CODES.has(code) && !isUnavailableCode(code);
}

/** Errors that mean the database cannot be reached (used by the circuit breaker in Db). */
export function isUnavailableDbError(err: unknown): boolean {
  return isUnavailableCode(neo4jCode(err));
}

/**
 * Maps a neo4j-driver error (or anything else thrown below the resolvers) to an AppError.
 * Every error that comes from the driver gets a code; unknown errors (bugs) return
 * undefined and become INTERNAL_SERVER_ERROR with no internals (see formatError in server.ts).
 */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  const code = neo4jCode(err);
  const message = String((err as { message?: unknown } | null | undefined)?.message ?? '');
  if (!code) return undefined;
  if (TIMEOUT_CODES.has(code) || (code === 'N/A' && ACQUISITION_TIMEOUT.test(message))) return databaseTimeout();
  if (isUnavailableCode(code)) return databaseUnavailable();
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'This write conflicts with an existing node (ids are unique across the graph).');
  }
  if (CONTENTION_CODES.has(code)) {
    return new AppError('CONFLICT', 'Other writes to the same facts kept this one from completing. Try again.');
  }
  if (code.startsWith('Neo.TransientError.General.') && /Memory/i.test(code)) {
    return new AppError(
      'QUERY_TOO_COMPLEX',
      'This request needs more memory than the database allows for one query. Ask for less (a smaller page, fewer hops).',
    );
  }
  if (code.startsWith('Neo.TransientError.')) return databaseUnavailable();
  // Statement, schema and request errors are bugs of ours; DatabaseError is the server's own failure.
  // They keep the masked INTERNAL_SERVER_ERROR (logged in full by formatError).
  return undefined;
}
