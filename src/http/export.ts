import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { AppError, badInput, toAppError, type ErrorCode } from '../errors';
import { FORMATS, isExportFormat, writeExport } from '../graph/export/formats';
import { loadExportGraph } from '../graph/export/load';
import { exportStem, parseScope, type ScopeParams } from '../graph/export/scope';
import { perGraphVersion } from '../graph/versioned';
import { noteErrorCode } from '../observe/request-log';
import type { RouteInstaller } from './route';

/**
 * GET /export/{graphml|gexf|csv|kumu}?scope=all|practice|reach|region&id=…&asOf=…
 * (reach also takes direction=downstream|upstream and maxHops=1..6; csv takes
 * part=nodes|edges, one file per request). Answers the file as an attachment, or a JSON
 * `{ error: { code, message, field } }` with 400 / 401 / 404 / 503 — never internals.
 * Same API-key rule as /graphql: anonymous reads unless the server requires a key.
 */
const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  DATABASE_UNAVAILABLE: 503,
  DATABASE_TIMEOUT: 504,
};

const PARAMS = ['scope', 'id', 'direction', 'maxHops', 'asOf', 'part'] as const;

function queryParams(req: Request): ScopeParams & { part?: string } {
  const out: Record<string, string> = {};
  for (const name of PARAMS) {
    const v = req.query[name];
    if (v === undefined) continue;
    if (typeof v !== 'string') throw badInput(name, `"${name}" must be given once, as plain text.`);
    out[name] = v;
  }
  return out;
}

function sendError(res: Response, err: unknown, log: Logger): void {
  const app = toAppError(err);
  if (!app) log.error({ err }, 'export failed');
  const e =
    app ??
    new AppError('INTERNAL_SERVER_ERROR', 'The export failed. It has been logged; try again, or report it with the time of the request.');
  noteErrorCode(res, e.code);
  const { http: _http, ...extensions } = e.extensions as Record<string, unknown>;
  res.status(STATUS[e.code] ?? 500).json({ error: { ...extensions, message: e.message } });
}

/** Adds GET /export/:format to the app (called by startServer). */
export const installExportRoutes: RouteInstaller = (app, { db, log, auth }) => {
  app.get('/export/:format', async (req, res) => {
    try {
      await auth.viewerOf(req.headers.authorization);
      const format = req.params.format;
      if (!isExportFormat(format)) throw badInput('format', `Unknown export format "${format}"; use one of ${FORMATS.join(', ')}.`);
      const params = queryParams(req);
      if (format === 'csv' && params.part !== 'nodes' && params.part !== 'edges') {
        throw badInput('part', 'CSV comes as two files: add part=nodes or part=edges.');
      }
      const request = parseScope(params);
      // Identical exports asked for while one is being written share it (per graph version).
      const { value: files } = await perGraphVersion(
        db,
        `export:${format}:${JSON.stringify(request)}`,
        async () => writeExport(format, await loadExportGraph(db, request)),
        { keep: false },
      );
      const file = format === 'csv' ? files.find((f) => f.suffix === `-${params.part}.csv`)! : files[0]!;
      res
        .status(200)
        .set({
          'Content-Type': file.contentType,
          'Content-Disposition': `attachment; filename="${exportStem(request)}${file.suffix}"`,
          'Cache-Control': 'no-store',
        })
        .send(file.text);
    } catch (err) {
      sendError(res, err, log);
    }
  });
};
