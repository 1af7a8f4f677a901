import type http from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { noteErrorCode } from '../observe/request-log';

/*
 * The last handlers of the app, in every mode: whatever a route or Express itself throws
 * (a malformed percent-escape such as GET /export/%E0%A4%A, a body that cannot be read…)
 * is answered as JSON with a code and a plain message — never Express's HTML page, whose
 * development version carries a stack trace with absolute paths.
 * Shapes: `{ errors: [{ message, extensions: { code } }] }` under /graphql (what GraphQL
 * clients read), `{ error: { code, message } }` elsewhere (as /export answers).
 */

const isGraphql = (path: string): boolean => path === '/graphql' || path.startsWith('/graphql/');

function send(res: Parameters<RequestHandler>[1], path: string, status: number, code: string, message: string): void {
  noteErrorCode(res, code);
  res.status(status).set('Cache-Control', 'no-store');
  if (isGraphql(path)) res.json({ errors: [{ message, extensions: { code } }] });
  else res.json({ error: { code, message } });
}

/** 404 for any path no route answered. */
export function notFoundHandler(): RequestHandler {
  return (req, res) => {
    send(
      res,
      req.path,
      404,
      'NOT_FOUND',
      `Nothing here. The API is at /graphql; exports at /export/{graphml|gexf|csv|kumu}; the explorer at /.`,
    );
  };
}

/** Client errors keep their 4xx status with a generic message; anything else is a logged 500. */
export function jsonErrorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) {
      next(err); // Express closes the connection; nothing more can be said.
      return;
    }
    const e = err as { status?: unknown; statusCode?: unknown; expose?: unknown; type?: unknown };
    const raw = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
    const status = raw >= 400 && raw < 600 ? raw : 500;
    if (status >= 500) {
      log.error({ err, method: req.method, path: req.path.slice(0, 200) }, 'unhandled error in a route');
      send(
        res,
        req.path,
        500,
        'INTERNAL_SERVER_ERROR',
        'Internal server error. It has been logged; try again, or report it with the time of the request.',
      );
      return;
    }
    const message =
      err instanceof URIError || /decode/i.test(String((err as Error)?.message))
        ? 'The request path is not valid percent-encoded UTF-8.'
        : status === 413
          ? 'The request is too large.'
          : status === 415
            ? 'This media type is not supported here; send application/json.'
            : 'The request could not be understood.';
    send(res, req.path, status, status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', message);
  };
}

/**
 * Requests Node refuses before Express sees them — a header or URL over the 16 KB limit
 * (431), a malformed request line (400) — get a small JSON body instead of an empty one.
 */
export function installClientErrorHandler(server: http.Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || (err.code === 'ECONNRESET' && !socket.readable)) {
      socket.destroy();
      return;
    }
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const body = JSON.stringify({
      error: tooLarge
        ? { code: 'BAD_REQUEST', message: 'The URL or headers are larger than 16 KB. Send long queries with POST, in the body.' }
        : { code: 'BAD_REQUEST', message: 'The request could not be parsed as HTTP.' },
    });
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
