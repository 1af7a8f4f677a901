import { databaseUnavailable } from '../errors';

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
    private readonly ping: (timeoutMs: number) => Promise<boolean>,
    private readonly events: BreakerEvents = {},
    private readonly probeEveryMs = 1_000,
    private readonly pingTimeoutMs = 900,
  ) {}

  get isOpen(): boolean {
    return this.openedAt !== undefined;
  }

  /** Throws DATABASE_UNAVAILABLE while the breaker is open (costs nothing). */
  check(): void {
    if (this.openedAt !== undefined) throw databaseUnavailable();
  }

  /** Pings now (one ping at a time however many ask) and opens or closes the breaker by its answer. */
  confirm(): Promise<boolean> {
    this.checking ??= this.ping(this.pingTimeoutMs)
      .then((ok) => {
        if (ok) this.close();
        else this.open('the database did not answer a ping');
        return ok;
      })
      .finally(() => {
        this.checking = undefined;
      });
    return this.checking;
  }

  /** Something looked wrong (a timeout, a lost connection): check in the background. */
  suspect(): void {
    void this.confirm();
  }

  /** Records a readiness result obtained elsewhere (/readyz). */
  record(ok: boolean, reason = 'the readiness check failed'): void {
    if (ok) this.close();
    else this.open(reason);
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
