import { databaseUnavailable } from '../errors';

/** A ping's outcome: answered, failed with an error, or no answer within its time. */
export type PingResult = 'ok' | 'error' | 'timeout';

/** What the breaker reports to logs and metrics. */
export interface BreakerEvents {
  onOpen?(reason: string): void;
  onClose?(downMs: number): void;
}

/**
 * A circuit breaker for the database: once a ping fails, requests answer
 * DATABASE_UNAVAILABLE at once instead of each waiting for a connection to fail or time out,
 * and a background probe closes the breaker as soon as the database answers again.
 * Cf. https://martinfowler.com/bliki/CircuitBreaker.html — "half-open" is the probe here,
 * so no client request is ever used as the test.
 */
export class Breaker {
  private openedAt: number | undefined;
  private checking: Promise<boolean> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    /** A real round trip to the database within `timeoutMs`; never throws. */
    private readonly ping: (timeoutMs: number) => Promise<PingResult>,
    private readonly events: BreakerEvents = {},
    private readonly probeEveryMs = 1_000,
    private readonly pingTimeoutMs = 2_000,
    /** Silent pings in a row that open the breaker. */
    private readonly silentLimit = 3,
  ) {}

  /** Pings in a row that got no answer in time (a frozen server, or a very busy machine). */
  private silent = 0;
  private readonly goneListeners = new Set<() => void>();

  /**
   * Calls `listener` when a ping finds the database refusing or dropping connections (gone, not
   * merely silent), until the returned function is called: work still waiting on it cannot succeed.
   */
  onGone(listener: () => void): () => void {
    this.goneListeners.add(listener);
    return () => this.goneListeners.delete(listener);
  }

  get isOpen(): boolean {
    return this.openedAt !== undefined;
  }

  /** Throws DATABASE_UNAVAILABLE while the breaker is open (costs nothing). */
  check(): void {
    if (this.openedAt !== undefined) throw databaseUnavailable();
  }

  /**
   * Pings now (one ping at a time however many ask) and opens or closes the breaker by its
   * answer: an error (refused, lost) opens it at once; silence (2 s without an answer) only
   * the third time in a row, so that slow answers from an overloaded server do not fail
   * requests that would have succeeded. Resolves true when the database answered.
   */
  confirm(): Promise<boolean> {
    // After dispose the drivers are closed: a ping would only open a socket nobody closes.
    if (this.closed) return Promise.resolve(false);
    this.checking ??= this.ping(this.pingTimeoutMs)
      .then((result) => this.record(result))
      .finally(() => {
        this.checking = undefined;
      });
    return this.checking;
  }

  /** Something looked wrong (a timeout, a lost connection): check in the background. */
  suspect(): void {
    void this.confirm();
  }

  /** Records a ping's result (also those of /readyz); true when the database answered. */
  record(result: PingResult): boolean {
    if (result === 'ok') {
      this.silent = 0;
      this.close();
      return true;
    }
    if (result === 'error') {
      this.open('the database refused or dropped a connection');
      for (const listener of [...this.goneListeners]) listener();
    } else if (++this.silent >= this.silentLimit) this.open(`the database did not answer ${this.silentLimit} pings in a row`);
    else if (!this.isOpen) setTimeout(() => void this.confirm(), 50).unref();
    return false;
  }

  open(reason: string): void {
    if (this.closed || this.openedAt !== undefined) return;
    this.openedAt = Date.now();
    this.events.onOpen?.(reason);
    this.timer = setInterval(() => void this.confirm(), this.probeEveryMs);
    this.timer.unref();
  }

  private close(): void {
    if (this.openedAt === undefined) return;
    const down = Date.now() - this.openedAt;
    this.openedAt = undefined;
    clearInterval(this.timer);
    this.timer = undefined;
    this.events.onClose?.(down);
  }

  /** Stops probing for good (the driver is being closed). */
  dispose(): void {
    this.closed = true;
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
