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

/**
 * Maps a neo4j-driver error (or anything else thrown below the resolvers) to an AppError.
 * Unknown errors become INTERNAL_SERVER_ERROR with no internals (see formatError in server.ts).
 */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; message?: string; name?: string };
  const code = typeof e?.code === 'string' ? e.code : '';
  // Driver-side connectivity codes and the server's "unavailable" family.
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) {
    return new AppError('DATABASE_UNAVAILABLE', 'The graph database is not reachable right now. Try again shortly; if it persists, check that Neo4j is running (prevention-graph db status).');
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' || code.startsWith('Neo.TransientError.Transaction.LockClientStopped')) {
    return new AppError('DATABASE_TIMEOUT', 'The query took too long and was stopped. Narrow it (fewer hops, a smaller page) and try again.');
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'This write conflicts with an existing node (ids are unique across the whole graph).');
  }
  return undefined;
}
