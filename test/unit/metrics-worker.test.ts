import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { computeMetrics, type MetricsInput } from '../../src/graph/influence/metrics';
import { computeMetricsAsync, WORKER_MIN_HOPS } from '../../src/graph/influence/metrics-worker';

/** A seeded graph of `n` actors and `m` hops, large enough for the worker path. */
function graph(n: number, m: number): MetricsInput {
  let s = 1;
  const r = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const ids = Array.from({ length: n }, (_, i) => `c${i}`);
  const kinds = ['INSPIRED', 'HOSTED', 'ATTENDED', 'ORGANISED'] as const;
  const hops = Array.from({ length: m }, () => ({
    kind: kinds[Math.floor(r() * 4)]!,
    from: ids[Math.floor(r() * n)]!,
    to: ids[Math.floor(r() * n)]!,
  }));
  return { version: 7, ids, hops };
}

describe('network metrics of a large graph', () => {
  it('are computed in a worker thread, equal to the inline computation, while the event loop keeps answering', async () => {
    const input = graph(4_000, WORKER_MIN_HOPS + 5_000);

    const t = process.hrtime.bigint();
    const inline = computeMetrics(input);
    const inlineMs = Number(process.hrtime.bigint() - t) / 1e6;

    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const off = await computeMetricsAsync(input);
    delay.disable();

    expect(off.version).toBe(7);
    expect(off.ranking).toEqual(inline.ranking);
    expect([...off.byId]).toEqual([...inline.byId]);
    // Inline, the loop is blocked for the whole computation; with the worker, it never is for long.
    expect(delay.max / 1e6).toBeLessThan(inlineMs / 4);
  }, 120_000); // seconds of graph computation, twice, on a machine that may be busy
});
