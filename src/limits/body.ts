import type { ErrorRequestHandler } from 'express';

/**
 * Turns body-parser failures on /graphql (a body over BODY_LIMIT, malformed JSON, a bad
 * charset) into a GraphQL-shaped JSON error. Express's default handler would answer with
 * an HTML page that, outside production, includes a stack trace.
 */
export function bodyErrorHandler(limit: string): ErrorRequestHandler {
  return (err, _req, res, next) => {
    const e = err as { type?: string; status?: number; statusCode?: number };
    const status = e.status ?? e.statusCode;
    if (!e.type || typeof status !== 'number' || status < 400 || status >= 500) {
      next(err);
      return;
    }
    const message =
      e.type === 'entity.too.large'
        ? `The request body is larger than the limit of ${limit}. Send smaller documents (long texts belong in sources, not in queries).`
        : e.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : 'The request body could not be read.';
    res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
  };
}
