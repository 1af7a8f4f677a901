import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, PROJECT_ROOT } from '../../src/config';

/** The largest heap a process churning through promoted garbage reaches with `percent` (test/fixtures/heap/churn.ts). */
function peakHeapMiB(percent: number): number {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'test/fixtures/heap/churn.ts'), String(percent)], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  expect(run.status, run.stderr).toBe(0);
  return Number(run.stdout.trim());
}

describe('HEAP_GROWING_PERCENT (src/heap.ts)', () => {
  it('is 20 unless set, 0 leaves V8 its own factor, and nonsense stops start-up', () => {
    expect(loadConfig({}).heapGrowingPercent).toBe(20);
    expect(loadConfig({ HEAP_GROWING_PERCENT: '0' }).heapGrowingPercent).toBe(0);
    expect(() => loadConfig({ HEAP_GROWING_PERCENT: '-5' })).toThrow(/HEAP_GROWING_PERCENT must be a whole number from 0 to 1000/);
  });

  it('collects garbage that reached the old generation well before V8 alone would', () => {
    const own = peakHeapMiB(0);
    const limited = peakHeapMiB(20);
    // Measured: 97.5 MiB with V8's factor, 55-57 with 20 %.
    expect(limited).toBeLessThan(own * 0.75);
  });
});
