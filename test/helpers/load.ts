/**
 * A load generator for soak and fault tests (and `npm run soak`): readers that loop over a
 * mix of read operations, and writers that upsert a few cities and influences in turns, so
 * that writes collide on the same nodes. Every answer is recorded with its time and code.
 */

export interface Sample {
  kind: 'read' | 'write';
  op: string;
  /** ms since the load started */
  at: number;
  ms: number;
  status: number;
  /** 'OK' or the first error's extensions.code ('NETWORK' when no HTTP answer came). */
  code: string;
}

export interface LoadOptions {
  url: string;
  readers: number;
  writers: number;
  /** Pause of each writer between writes. */
  writeEveryMs: number;
  /** Editor key for the writers ("Bearer <key>"). */
  apiKey?: string;
  /** Ids the writers create start with this (test-owned fixtures). */
  prefix: string;
  /** A reader pauses this long between requests (0: back to back). */
  readPauseMs?: number;
  /** Give up on a request after this long (a hung request shows as code 'CLIENT_TIMEOUT'). */
  requestTimeoutMs?: number;
}

const READS: [string, string][] = [
  ['CityPage', 'query CityPage { cities(first: 20) { totalCount edges { node { id name country { name } } } } }'],
  ['CityCard', 'query CityCard { city(id: "kumanovo") { name leaders { role leader { name } } adoptions { status practice { name } } } }'],
  ['Search', 'query Search { search(text: "nans") { __typename id name } }'],
  ['Stats', 'query Stats { stats { citiesByRegion { key count } eventsByYear { year count } } }'],
  ['Reach', 'query Reach { influenceReach(id: "kumanovo", direction: DOWNSTREAM, maxHops: 2) { depth actor { id } } }'],
];

const SOURCE = 'wb-hub-factsheet';
const EXCERPT = 'load test fixture';

type Op = [string, string, Record<string, unknown>];

const cityOp = (prefix: string, k: number, n: number): Op => [
  'UpsertCity',
  'mutation UpsertCity($input: CityInput!) { upsertCity(input: $input) { outcome } }',
  {
    input: {
      id: `${prefix}-city-${k}`,
      name: `Load City ${k}`,
      kind: 'MUNICIPALITY',
      country: 'north-macedonia',
      description: `write ${n}`,
      citations: [{ source: SOURCE, excerpt: EXCERPT }],
    },
  },
];

const influenceOp = (prefix: string, k: number, n: number): Op => [
  'UpsertInfluence',
  'mutation UpsertInfluence($input: InfluenceInput!) { upsertInfluence(input: $input) { outcome } }',
  {
    input: {
      source: `${prefix}-city-${k}`,
      target: `${prefix}-city-${(k + 1) % 4}`,
      date: String(2000 + (n % 20)),
      citations: [{ source: SOURCE, excerpt: EXCERPT }],
    },
  },
];

/** Writes alternate between four cities (all in one country) and the influences between them. */
const writeOp = (prefix: string, n: number): Op =>
  n % 2 === 0 ? cityOp(prefix, (n / 2) % 4, n) : influenceOp(prefix, ((n - 1) / 2) % 4, n);

export class Load {
  readonly samples: Sample[] = [];
  private running = false;
  private loops: Promise<void>[] = [];
  private t0 = 0;
  private writes = 0;

  constructor(private readonly opts: LoadOptions) {}

  /** ms since start() */
  now(): number {
    return performance.now() - this.t0;
  }

  /** Creates the cities the influences join (before start, so that writes only update). */
  async prepare(): Promise<void> {
    for (let k = 0; k < 4; k++) {
      const [op, query, variables] = cityOp(this.opts.prefix, k, -1);
      // A cold server may need a few tries (query planning on a busy machine).
      for (let attempt = 1; ; attempt++) {
        const s = await this.request('write', op, query, variables);
        if (s.code === 'OK') break;
        if (attempt === 5) throw new Error(`Preparing the load failed: ${op} answered ${s.status} ${s.code}`);
        await sleep(1_000);
      }
    }
    this.reset();
  }

  /** Forgets the samples so far (after a warm-up). */
  reset(): void {
    this.samples.length = 0;
  }

  start(): void {
    this.running = true;
    this.t0 = performance.now();
    for (let i = 0; i < this.opts.readers; i++) this.loops.push(this.reader(i));
    for (let i = 0; i < this.opts.writers; i++) this.loops.push(this.writer());
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  private async reader(i: number): Promise<void> {
    let n = i;
    while (this.running) {
      const [op, query] = READS[n++ % READS.length]!;
      await this.request('read', op, query);
      if (this.opts.readPauseMs) await sleep(this.opts.readPauseMs);
    }
  }

  private async writer(): Promise<void> {
    while (this.running) {
      const [op, query, variables] = writeOp(this.opts.prefix, this.writes++);
      await this.request('write', op, query, variables);
      await sleep(this.opts.writeEveryMs);
    }
  }

  private async request(kind: Sample['kind'], op: string, query: string, variables?: Record<string, unknown>): Promise<Sample> {
    const at = this.now();
    const started = performance.now();
    let status = 0;
    let code = 'OK';
    try {
      const res = await fetch(`${this.opts.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(kind === 'write' && this.opts.apiKey ? { authorization: `Bearer ${this.opts.apiKey}` } : {}),
        },
        body: JSON.stringify({ query, variables, operationName: op }),
        signal: AbortSignal.timeout(this.opts.requestTimeoutMs ?? 120_000),
      });
      status = res.status;
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      if (body.errors?.length) code = body.errors[0]?.extensions?.code ?? 'UNCODED';
      else if (status !== 200) code = `HTTP_${status}`;
    } catch (err) {
      code = (err as Error).name === 'TimeoutError' ? 'CLIENT_TIMEOUT' : 'NETWORK';
    }
    const sample: Sample = { kind, op, at, ms: performance.now() - started, status, code };
    this.samples.push(sample);
    return sample;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Percentile (0–100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Counts of samples by code, e.g. { OK: 1200, DATABASE_TIMEOUT: 3 }. */
export function codes(samples: Sample[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of samples) out[s.code] = (out[s.code] ?? 0) + 1;
  return out;
}
