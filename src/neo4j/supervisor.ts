import { readFile } from 'node:fs/promises';
import { ProvisioningError, type LocalNeo4jHandle } from './local-server';

export interface SupervisorOptions {
  /** Starts the server again, on the same Bolt port (the driver keeps its address). */
  restart: () => Promise<LocalNeo4jHandle>;
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

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Keeps the local Neo4j that `serve` started running: when it dies, it is started again
 * after a back-off (1 s, 2 s, 4 s… at most 30 s) with a log line saying why, on the same
 * port and home, so the API's driver reconnects by itself and /readyz returns to 200.
 * After `maxAttempts` failed or short-lived restarts in a row, `failed` rejects with the
 * reason and the last lines of the Neo4j log, and serve exits non-zero.
 */
export class Neo4jSupervisor {
  private current: LocalNeo4jHandle;
  private stopping = false;
  private attempts = 0;
  private upSince = Date.now();
  private fail: (err: Error) => void = () => {};
  private wake: () => void = () => {};
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
    void this.watch();
  }

  get handle(): LocalNeo4jHandle {
    return this.current;
  }

  private async watch(): Promise<void> {
    const max = this.opts.maxAttempts ?? 5;
    const healthyAfter = this.opts.healthyAfterMs ?? 60_000;
    for (;;) {
      const reason = await Promise.race([this.current.died, new Promise<undefined>((r) => (this.wake = () => r(undefined)))]);
      if (this.stopping || reason === undefined) return;
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
        await sleep(wait);
        if (this.stopping) return;
        try {
          this.current = await this.opts.restart();
          this.restarts += 1;
          this.upSince = Date.now();
          this.opts.log(`Neo4j is back (pid ${this.current.pid}); the API reconnects by itself.`);
          break;
        } catch (err) {
          if (this.stopping) return;
          const hint = err instanceof ProvisioningError ? ` ${err.hint}` : '';
          why = `Restarting Neo4j failed: ${(err as Error).message.split('\n')[0]}${hint}`;
        }
      }
    }
  }

  /** Stops watching and stops the server (no restart follows). */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.current.stop();
  }
}
