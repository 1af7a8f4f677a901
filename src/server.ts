import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import compression from 'compression';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { ConfigError, PROJECT_ROOT, type Config } from './config';
import { createContext, type Context } from './context';
import { toAppError } from './errors';
import { getSchema } from './schema';
import { violations, type ValidationErrorLike } from './model/violations';
import { Authenticator } from './auth/authenticator';
import { aliasGuard, limitsPlugin } from './limits/plugin';
import { bodyErrorHandler } from './limits/body';
import type { Db } from './neo4j/db';
import { installExportRoutes } from './http/export';
import { expressServer } from './http/express-server';
import { limitHeapGrowth } from './heap';
import type { RouteInstaller } from './http/route';
import { warmUp } from './http/warm-up';
import { cacheControlPlugins } from './cache-control';
import { installClientErrorHandler, jsonErrorHandler, notFoundHandler } from './http/errors';
import { installOpsRoutes } from './http/ops';
import { jsonStatusPlugin } from './http/status';
import { recordOf, requestLog, requestLogPlugin } from './observe/request-log';
import { compiledReadsPlugin } from './compile/plugin';
import { AnswerCache, answerCachePlugin, stringifyAnswer, VersionGate } from './answer-cache';
import { readGraphVersion } from './graph/versioned';

/** Codes whose message is meant for the client as it is. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Messages that quote a client's value (an unknown 1 MB id…) stay short and printable. */
const MAX_MESSAGE = 1_000;
const clip = (message: string): string =>
  message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE / 2)}… (cut: ${message.length} characters)` : message;

/**
 * The one error normaliser: coded AppErrors pass through, validation errors name their
 * field, anything else is logged and masked. Never a stack trace or Cypher to the client.
 */
export function formatError(log: Logger | undefined) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    const app = toAppError(original);
    if (app) {
      // `http` sets the response status (see limits/plugin.ts); it is not for the client.
      const { http: _http, ...extensions } = app.extensions;
      return { ...base, message: clip(app.message), extensions };
    }
    const ext = (formatted.extensions ?? {}) as Record<string, unknown>;
    const validation = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions?.validationErrors;
    if (validation?.length) {
      const v = violations(validation)[0];
      return {
        ...base,
        message: v ? `Invalid value for "${v.field}": ${v.message}.` : 'Argument validation failed.',
        extensions: { code: 'BAD_USER_INPUT', ...(v ? { field: v.field } : {}) },
      };
    }
    const code = typeof ext.code === 'string' ? ext.code : 'INTERNAL_SERVER_ERROR';
    if (CLIENT_CODES.has(code)) return { ...base, message: clip(formatted.message), extensions: { code } };
    // Apollo's own request errors without a code (e.g. an APQ hash that does not match) carry a 4xx status.
    const status = (original as { extensions?: { http?: { status?: number } } })?.extensions?.http?.status ?? 0;
    if (status >= 400 && status < 500) return { ...base, message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
    if (code === 'INTERNAL_SERVER_ERROR') log?.error({ err: original }, 'unexpected error in a GraphQL operation');
    return {
      ...base,
      message: 'Internal server error. It has been logged; try again, or report it with the time of the request.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

export interface ServerOptions {
  config: Config;
  db: Db;
  log: Logger;
  /** The answers kept per graph version (a new one of config.answerCacheMb when not given). */
  answers?: AnswerCache;
  /** Extra plugins (the complexity limits and cache control add themselves here). */
  plugins?: ApolloServerPlugin<Context>[];
  /** Run the explorer's heaviest operations once before listening (src/http/warm-up.ts). */
  warm?: boolean;
}

export interface RunningServer {
  /** Resolves (with the milliseconds it took) when the warm-up is over; at once without one. */
  warmed: Promise<number>;
  url: string;
  port: number;
  app: express.Express;
  close(): Promise<void>;
}

const ROUTES: readonly RouteInstaller[] = [installExportRoutes];

/** An Accept-Encoding naming something compression may choose (it negotiates q-values itself). */
const ENCODINGS = /\b(gzip|br|deflate)\b|\*/i;

/** Starts Apollo Server 5 on express 5 with health routes and the web page. */
export async function startServer({ config, db, log, plugins = [], warm = false, answers }: ServerOptions): Promise<RunningServer> {
  limitHeapGrowth(config.heapGrowingPercent);
  const app = express();
  app.disable('x-powered-by');
  // gzip or brotli (quality 4: cheap enough for per-request JSON) for everything over 1 KB that the
  // client accepts: GraphQL answers, exports and the page's assets. Catalogue pages shrink about 10×.
  // A client that accepts no encoding (no Accept-Encoding, or identity) skips it altogether: the
  // middleware's negotiation and its wrapping of every write cost 0.05–0.1 ms a request for nothing.
  const compress = compression();
  app.use((req, res, next) => {
    if (ENCODINGS.test(req.headers['accept-encoding'] ?? '')) {
      compress(req, res, next);
      return;
    }
    res.vary('Accept-Encoding');
    next();
  });
  const httpServer = expressServer(app);
  const auth = new Authenticator(db, { apiKeys: config.apiKeys, requireApiKey: config.requireApiKey });
  installClientErrorHandler(httpServer);

  app.use(requestLog(log));
  // While the explorer's queries warm up (see below), /readyz says so: a load balancer waits.
  let warming = warm;
  installOpsRoutes(app, db, () => warming);

  // Answers kept per graph version; writes this process commits make it read the version again at once.
  const answerCache =
    answers ?? new AnswerCache(config.answerCacheMb * 2 ** 20, new VersionGate(readGraphVersion, config.answerCacheLagMs));
  const unwatch = answerCache.gate.watch(db);

  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    csrfPrevention: true,
    // The CLI handles SIGINT/SIGTERM itself so that it can also stop the local Neo4j.
    stopOnTerminationSignals: false,
    // Apollo's own messages go to the same structured log as ours.
    logger: log,
    introspection: config.introspection,
    // Without introspection, "did you mean …" suggestions would leak the schema anyway.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    // Bounds parsing work before any limit below can look at the document.
    parseOptions: { maxTokens: 20_000 },
    includeStacktraceInErrorResponses: false,
    formatError: formatError(log),
    // Apollo's text for a result, but kept answers are written as the text they are kept as.
    stringifyResult: stringifyAnswer,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      limitsPlugin(config.limits),
      config.env === 'production'
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, embed: true }),
      ...cacheControlPlugins(),
      jsonStatusPlugin(),
      requestLogPlugin(),
      // Before the compiled reads: a kept answer is given without running anything.
      answerCachePlugin(answerCache),
      compiledReadsPlugin(),
      ...plugins,
    ],
  });
  await apollo.start();

  for (const install of ROUTES) install(app, { db, config, log, auth });

  app.use(
    '/graphql',
    express.json({ limit: config.limits.bodyLimit }),
    aliasGuard(config.limits.maxAliases),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(db, { viewer: await auth.viewerOf(req.headers.authorization), auth, log, record: recordOf(res) }),
    }),
    bodyErrorHandler(config.limits.bodyLimit),
  );

  const webDir = path.join(PROJECT_ROOT, 'dist', 'web');
  if (existsSync(webDir)) {
    // index.html is revalidated on every load: after a rebuild it names new hashed assets.
    const noCacheHtml = (res: express.Response, file: string) =>
      void (file.endsWith('.html') && res.setHeader('Cache-Control', 'no-cache'));
    app.use(express.static(webDir, { index: 'index.html', maxAge: '1h', setHeaders: noCacheHtml }));
  }
  // Last, in every mode: JSON for unknown paths and for any error a route or Express raises.
  app.use(notFoundHandler());
  app.use(jsonErrorHandler(log));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new ConfigError(
            `Port ${config.port} on ${config.host} is already in use. Stop what runs there, or set PORT to another port (PORT=0 picks a free one).`,
          ),
        );
      } else reject(err);
    });
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  // Warm after listening, so /healthz answers at once; requests meanwhile are served, only slower.
  const warmed = warm
    ? warmUp(apollo, db, log)
        .catch((err: unknown) => (log.warn({ err }, 'warm-up failed'), 0))
        .then((ms) => {
          warming = false;
          log.info({ ms }, "warmed the explorer's queries");
          return ms;
        })
    : Promise.resolve(0);
  return {
    url,
    port,
    app,
    warmed,
    async close() {
      unwatch();
      await apollo.stop();
    },
  };
}
