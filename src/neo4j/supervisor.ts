import { readFile } from 'node:fs/promises';
import { ProvisioningError, type LocalNeo4jHandle } from './local-server';

export interface SupervisorOptions {
  /**
   * Starts the server again, on the same Bolt port (the driver keeps its address). When `signal`
   * aborts (stop() during a restart), it stops whatever it started and rejects.
   */
  restart: (signal: AbortSignal) => Promise<LocalNeo4jHandle>;
  /** Human-readable progress (serve prints it). */
  log: (line: string) => void;
  /** Called before each restart attempt, with why (for metrics). */
  onRestart?: (reason: string) => void;
  /** Give up after this many failed or short-lived restarts in a row (default 5). */
  maxAttempts?: number;
  /** First back-off; doubles per attempt, at most 30 s (default 1 s). */
  backoffMs?: number;
  /** A server that stays up this long resets the count (default 60 s). */
  healthyAfterMs?: number;
}

const LOG_LINES = 20;

/** The last lines of a log file, for the message a person reads when we give up. */
async function tail(file: string, lines = LOG_LINES): Promise<string> {
  try {
    const text = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
    return text.length ? text.slice(-lines).join('\n') : '(nothing was logged)';
  } catch {
    return '(no log file)';
  }
}

/** Waits `ms`, or less when `signal` aborts first. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Keeps the local Neo4j that `serve` started running: when it dies, it is started again
 * after a back-off (1 s, 2 s, 4 s… at most 30 s) with a log line saying why, on the same
 * port and home, so the API's driver reconnects by itself and /readyz returns to 200.
 * After `maxAttempts` failed or short-lived restarts in a row, `failed` rejects with the
 * reason and the last lines of the Neo4j log, and serve exits non-zero.
 */
export class Neo4jSupervisor {
  private current: LocalNeo4jHandle;
  /** Aborted by stop(): ends a back-off wait and cancels a restart in flight. */
  private readonly stopping = new AbortController();
  /** The watch loop; settles once no restart is in flight any more. */
  private readonly watching: Promise<void>;
  private attempts = 0;
  private upSince = Date.now();
  private fail: (err: Error) => void = () => {};
  /** Rejects when the supervisor gives up; never resolves. */
  readonly failed: Promise<never>;
  restarts = 0;

  constructor(
    handle: LocalNeo4jHandle,
    private readonly opts: SupervisorOptions,
  ) {
    this.current = handle;
    this.failed = new Promise<never>((_, reject) => (this.fail = reject));
    this.failed.catch(() => undefined); // observed by whoever races it
    this.watching = this.watch();
  }

  get handle(): LocalNeo4jHandle {
    return this.current;
  }

  private async watch(): Promise<void> {
    const max = this.opts.maxAttempts ?? 5;
    const healthyAfter = this.opts.healthyAfterMs ?? 60_000;
    const { signal } = this.stopping;
    const stopped = new Promise<undefined>((r) => signal.addEventListener('abort', () => r(undefined), { once: true }));
    for (;;) {
      const reason = signal.aborted ? undefined : await Promise.race([this.current.died, stopped]);
      if (reason === undefined) return;
      if (Date.now() - this.upSince >= healthyAfter) this.attempts = 0;
      let why = `Neo4j (pid ${this.current.pid}) ${reason}`;
      for (;;) {
        this.attempts += 1;
        if (this.attempts > max) {
          const last = await tail(this.current.logFile);
          this.fail(
            new ProvisioningError(
              `${why}; gave up after ${max} restarts in a row. Last lines of ${this.current.logFile}:\n${last}`,
              'Fix the cause in that log and run `npm start` again, or set NEO4J_URI to use an existing Neo4j.',
            ),
          );
          return;
        }
        const wait = Math.min(30_000, (this.opts.backoffMs ?? 1_000) * 2 ** (this.attempts - 1));
        this.opts.log(`${why}: restarting it in ${(wait / 1000).toFixed(wait < 1000 ? 1 : 0)} s (attempt ${this.attempts} of ${max}).`);
        this.opts.onRestart?.(reason);
        await sleep(wait, signal);
        if (signal.aborted) return;
        try {
          // Kept even when stop() comes just after it resolved: stop() waits for this loop, then stops it.
          this.current = await this.opts.restart(signal);
          this.restarts += 1;
          this.upSince = Date.now();
          this.opts.log(`Neo4j is back (pid ${this.current.pid}); the API reconnects by itself.`);
          break;
        } catch (err) {
          if (signal.aborted) return;
          const hint = err instanceof ProvisioningError ? ` ${err.hint}` : '';
          why = `Restarting Neo4j failed: ${(err as Error).message.split('\n')[0]}${hint}`;
        }
      }
    }
  }

  /**
   * Stops watching and stops the server; no restart follows. A restart in flight is cancelled
   * and the Neo4j it already spawned is stopped too (no orphan JVM after Ctrl-C mid-restart).
   */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.watching;
    await this.current.stop();
  }
}
