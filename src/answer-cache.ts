import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { Context } from './context';
import type { Db } from './neo4j/db';
import { rootFields } from './cache-control';
import { readGraphVersion } from './graph/versioned';
import { isDatabaseError } from './compile/run';
import type { AppError } from './errors';
import { answers as answerMetrics } from './observe/metrics';

/*
 * Answers of the graph's read questions, kept per graph version (issue 10).
 *
 * Dashboards ask the same few questions many times a minute, and a research page asks the same
 * influence paths again whenever someone opens it. An answer depends only on the question (the
 * operation, its variables, who asks) and on the graph, and every committed write moves the
 * graph version (graph/curation/version.ts) — so an answer is kept under the version it was
 * computed on, and a request first reads the version: the same question at the same version is
 * answered from memory, without running it again; after any write every kept answer is dropped.
 * Apollo's response-cache plugin does the same with time-to-live hints; here the version decides:
 * a client told that its write (through this process) succeeded never reads an answer from before
 * it, and writes by other processes show within ANSWER_CACHE_LAG_MS (below).
 *
 * - Only queries whose every root field is in CACHED_FIELDS (reads of the curated graph; not
 *   API keys, the change feed, or the cascade data sets, which are written without a version
 *   entry); answers with errors, and answers marked stale (`Context.staleAnswer`: whole-graph
 *   panels served from the previous version while the next is computed), are not kept.
 * - The key holds who asks (name and role), so an answer never crosses viewers.
 * - Identical questions arriving while the first is computed wait for it instead of repeating it.
 * - The version is read once for many requests: a version read less than ANSWER_CACHE_LAG_MS ago
 *   (default 1000) is used again unless this process committed a write since (VersionGate). And one
 *   read serves every request that arrived before it started: a request that finds a read under way
 *   (started before it arrived, so perhaps before a write it was told of) waits for the next, which
 *   all such requests share. That read also serves the request's whole-graph panels (the
 *   `graph-version` of its loaders).
 * - Memory is bounded: ANSWER_CACHE_MB (default 16; 0 turns the cache off), least recently
 *   used answers first out; answers are kept as JSON text, so the budget counts what they take.
 * A write made to Neo4j outside Prevention Graph (cypher-shell, Neo4j Browser) records no
 * version entry; kept answers (like the network panels) then show the graph before it until the
 * next write through the API, the importer or the seed loader.
 */

/** Root query fields whose answers are kept. */
export const CACHED_FIELDS: ReadonlySet<string> = new Set([
  'challenge',
  'challenges',
  'cities',
  'city',
  'countries',
  'country',
  'diffusion',
  'event',
  'events',
  'group',
  'groups',
  'hub',
  'hubs',
  'influencePaths',
  'influenceReach',
  'leader',
  'leaders',
  'node',
  'organisation',
  'organisations',
  'peerCities',
  'practice',
  'practices',
  'region',
  'regions',
  'search',
  'source',
  'sources',
  'stats',
  'topInfluencers',
  'whoCanHelp',
]);

type Data = Record<string, unknown>;

/**
 * An answer is kept as its JSON text, not as the object. The text's size is what the budget
 * counts; objects take far more: graphql-js makes each object of a result without a prototype,
 * which V8 keeps as a dictionary, and such answers held 3.4 times their count (unit test) — the
 * benchmark's server reached 500+ MiB with a full 32 MiB cache. A text is also nothing for the
 * garbage collector to trace. And it is what the response is made of: the text Apollo writes for
 * a computed answer is the one kept, and a kept answer is written as its text (`stringifyAnswer`),
 * neither parsed nor made again.
 */
interface Kept {
  json: string;
  bytes: number;
}

/**
 * A kept answer on its way to an HTTP client, as the `data` of Apollo's response: `stringifyAnswer`
 * writes its text as it is. Anything else that serialises it gets the answer (`toJSON`).
 */
export class KeptAnswer {
  constructor(readonly json: string) {}
  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

/** Computed answers to keep once Apollo has made their text: the data object → the cache's settle. */
const toKeep = new WeakMap<object, (json: string | null) => void>();

/**
 * Apollo's `stringifyResult` (src/server.ts): the same text as its default (`JSON.stringify` and a
 * newline), but a kept answer's text goes in as it is, and a computed answer to keep is kept as
 * the text made here — one JSON.stringify per computed answer, none per kept one.
 */
export function stringifyAnswer(value: FormattedExecutionResult): string {
  const data: unknown = value.data;
  if (data && value.errors === undefined && value.extensions === undefined) {
    if (data instanceof KeptAnswer) return `{"data":${data.json}}\n`;
    const keep = toKeep.get(data);
    if (keep) {
      toKeep.delete(data);
      const json = JSON.stringify(data);
      keep(json);
      return `{"data":${json}}\n`;
    }
  }
  return `${JSON.stringify(value)}\n`;
}

/**
 * Knows the graph version for the answer cache (see above). With `lagMs` > 0, a version read
 * less than `lagMs` ago is used without reading again, unless this process has committed a write
 * since: writes through this process show at once, writes by others (another API process, the
 * importer run from a shell) within `lagMs` — less than the HTTP cache's own max-age
 * (src/cache-control.ts) and than a Neo4j cluster's followers may lag. A version past half its
 * life is read again in the background after a response (`refreshSoon`), so a request waits for a
 * read only after a quiet spell.
 * With 0 every request reads.
 */
export class VersionGate {
  private running?: Promise<number>;
  private queued?: Promise<number>;
  private known?: { version: number; at: number };
  private generation = 0;
  private base?: Db;
  /** Reads of the version actually sent (tests). */
  reads = 0;

  constructor(
    private readonly readVersion: (db: Db) => Promise<number> = readGraphVersion,
    readonly lagMs = 0,
    private readonly now: () => number = Date.now,
  ) {}

  /** Follows the writes `db` commits (returns the unsubscribe); background reads go through it. */
  watch(db: Db): () => void {
    this.base = db;
    return db.onCommitted(() => this.forget());
  }

  /**
   * Called when a response has been given: once the known version is past half its life, the next
   * is read in the background, after this turn of the event loop (so, at concurrency 1, not while
   * the next request runs). A server kept busy then never waits for a version read.
   */
  refreshSoon(db: Db): void {
    const due = () => {
      if (!this.known || this.running || this.queued) return false;
      const age = this.now() - this.known.at;
      return age >= this.lagMs / 2 && age < this.lagMs;
    };
    if (!due()) return;
    setImmediate(() => {
      if (due()) this.launch(this.base ?? db).catch(() => undefined);
    });
  }

  /** A write committed: the version known so far is no longer to be used. */
  forget(): void {
    this.known = undefined;
    this.generation += 1;
  }

  read(db: Db): Promise<number> {
    if (this.known && this.now() - this.known.at < this.lagMs) return Promise.resolve(this.known.version);
    if (this.queued) return this.queued;
    if (!this.running) return this.launch(db);
    const after = this.running.then(
      () => undefined,
      () => undefined,
    );
    const queued = after.then(() => {
      this.queued = undefined;
      return this.launch(db);
    });
    this.queued = queued;
    return queued;
  }

  private launch(db: Db): Promise<number> {
    this.reads++;
    const at = this.now();
    const generation = this.generation;
    const p: Promise<number> = this.readVersion(db)
      .then((version) => {
        // A read begun before a write this process committed says nothing about after it.
        if (generation === this.generation && (!this.known || this.known.at <= at)) this.known = { version, at };
        return version;
      })
      .finally(() => {
        if (this.running === p) this.running = undefined;
      });
    this.running = p;
    return p;
  }
}

/** Answers by question, for one graph version at a time, within a byte budget. */
export class AnswerCache {
  private version = -1;
  private readonly kept = new Map<string, Kept>();
  private readonly computing = new Map<string, Promise<string | null>>();
  private bytes = 0;
  readonly gate: VersionGate;
  hits = 0;
  misses = 0;

  constructor(
    readonly budgetBytes: number,
    gate?: VersionGate,
  ) {
    this.gate = gate ?? new VersionGate();
  }

  get enabled(): boolean {
    return this.budgetBytes > 0;
  }

  /** Bytes held (estimated). */
  get size(): number {
    return this.bytes;
  }

  get entries(): number {
    return this.kept.size;
  }

  /** Moves to `version` (dropping everything of earlier ones); false when `version` is older than the one held. */
  private at(version: number): boolean {
    if (version < this.version) return false;
    if (version > this.version) {
      this.kept.clear();
      this.computing.clear();
      this.bytes = 0;
      this.version = version;
    }
    return true;
  }

  /** The kept answer's JSON text. */
  get(key: string, version: number): string | undefined {
    if (!this.at(version)) return undefined;
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    this.kept.delete(key);
    this.kept.set(key, kept);
    return kept.json;
  }

  /** The computation of this answer under way, if any (its JSON text when done). */
  pending(key: string, version: number): Promise<string | null> | undefined {
    return version === this.version ? this.computing.get(key) : undefined;
  }

  /** Registers a computation; call the returned function with the answer's JSON text (null: not keepable). */
  begin(key: string, version: number): (json: string | null) => void {
    let settle!: (json: string | null) => void;
    const promise = new Promise<string | null>((resolve) => (settle = resolve));
    if (this.at(version)) this.computing.set(key, promise);
    let done = false;
    return (json) => {
      if (done) return;
      done = true;
      if (this.computing.get(key) === promise) this.computing.delete(key);
      if (json !== null && version === this.version) this.keep(key, json);
      settle(json);
    };
  }

  private keep(key: string, json: string): void {
    // Two bytes a character: V8 stores a text with any character past Latin-1 (Čair) that way.
    const bytes = 2 * (key.length + json.length) + 64;
    if (bytes > this.budgetBytes / 4) return; // one huge answer must not empty the cache
    const old = this.kept.get(key);
    if (old) {
      this.bytes -= old.bytes;
      this.kept.delete(key);
    }
    this.kept.set(key, { json, bytes });
    this.bytes += bytes;
    for (const [k, v] of this.kept) {
      if (this.bytes <= this.budgetBytes) break;
      this.kept.delete(k);
      this.bytes -= v.bytes;
    }
  }
}

const answer = (singleResult: {
  data?: Data | null;
  errors?: { message: string; extensions: Record<string, unknown> }[];
}): GraphQLResponse => ({
  body: { kind: 'single', singleResult },
  http: { status: undefined, headers: new HeaderMap() },
});

/** Neo4j cannot answer: the code at once, as the resolvers would answer it (without a path). */
export const databaseErrorResponse = (err: AppError): GraphQLResponse =>
  answer({ data: null, errors: [{ message: err.message, extensions: { code: err.extensions.code } }] });

/** A waiting request gives up on another's computation after this long and computes its own. */
const WAIT_LIMIT_MS = 60_000;

/**
 * The cache as an Apollo plugin. Its `responseForOperation` must come before the compiled
 * reads' (src/compile/plugin.ts): Apollo takes the first answer a plugin gives.
 */
export function answerCachePlugin(cache: AnswerCache): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      if (!cache.enabled) return {};
      let settle: ((json: string | null) => void) | undefined;
      let versioned = false;
      return {
        async responseForOperation({ operation, document, request, queryHash, contextValue: ctx }) {
          if (operation.operation !== 'query') return null;
          for (const f of rootFields(operation, document)) if (!CACHED_FIELDS.has(f)) return null;
          let version: number;
          try {
            version = await ctx.loaders.once('graph-version', () => cache.gate.read(ctx.db));
          } catch (err) {
            if (isDatabaseError(err)) return databaseErrorResponse(err);
            throw err;
          }
          versioned = true;
          const key = JSON.stringify([ctx.viewer.name, ctx.viewer.role, queryHash, request.operationName ?? null, request.variables ?? {}]);
          let json = cache.get(key, version);
          if (json === undefined) {
            const pending = cache.pending(key, version);
            if (pending) {
              let timer: NodeJS.Timeout | undefined;
              const gaveUp = new Promise<null>((resolve) => (timer = setTimeout(resolve, WAIT_LIMIT_MS, null)));
              json = (await Promise.race([pending, gaveUp])) ?? undefined;
              clearTimeout(timer);
            }
          }
          if (json !== undefined) {
            cache.hits++;
            answerMetrics.inc({ outcome: 'hit' });
            // Over HTTP the text is written as it is; in process (executeOperation) the caller reads objects.
            return answer({ data: request.http ? (new KeptAnswer(json) as unknown as Data) : (JSON.parse(json) as Data) });
          }
          cache.misses++;
          answerMetrics.inc({ outcome: 'miss' });
          settle = cache.begin(key, version);
          return null;
        },
        async didEncounterErrors() {
          settle?.(null);
        },
        async willSendResponse({ response, contextValue: ctx }) {
          if (versioned) cache.gate.refreshSoon(ctx.db);
          if (!settle) return;
          const done = settle;
          const body = response.body;
          const data = body.kind === 'single' && !body.singleResult.errors && !ctx.staleAnswer ? body.singleResult.data : null;
          if (!data) {
            done(null);
            return;
          }
          // Kept with the text Apollo makes of it next (stringifyAnswer), so that it is stringified
          // once. An answer that does not get there (executeOperation; a 406 for its Accept header)
          // is stringified here after this turn: requests waiting for it must not wait in vain.
          toKeep.set(data, done);
          setImmediate(() => {
            if (toKeep.get(data) !== done) return;
            toKeep.delete(data);
            done(JSON.stringify(data));
          });
        },
      };
    },
  };
}
