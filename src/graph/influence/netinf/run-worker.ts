/**
 * NetInf in a worker thread, so that a long inference never blocks the API's event loop. At
 * most two run at once (the others wait their turn); a job past its time limit is terminated.
 */
import { Worker } from 'node:worker_threads';
import type { Cascades } from './cascades';
import { NetinfInputError } from './models';
import type { NetinfOptions, NetinfResult } from './netinf';

const MAX_PARALLEL = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  return () => {
    running -= 1;
    waiting.shift()?.();
  };
}

/** Thrown when the job ran out of time. */
export class NetinfTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`The inference took longer than ${Math.round(ms / 1000)} s and was stopped.`);
    this.name = 'NetinfTimeoutError';
  }
}

export async function netinfInWorker(cascades: Cascades, options: NetinfOptions, timeoutMs = 120_000): Promise<NetinfResult> {
  const release = await slot();
  try {
    const { onProgress, ...plain } = options;
    const worker = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { cascades, options: plain } });
    return await new Promise<NetinfResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        void worker.terminate();
        reject(new NetinfTimeoutError(timeoutMs));
      }, timeoutMs);
      worker.on(
        'message',
        (m: {
          type: string;
          progress?: Parameters<NonNullable<NetinfOptions['onProgress']>>[0];
          result?: NetinfResult;
          message?: string;
          field?: string;
        }) => {
          if (m.type === 'progress' && m.progress) onProgress?.(m.progress);
          else if (m.type === 'result' && m.result) {
            clearTimeout(timer);
            resolve(m.result);
            void worker.terminate();
          } else if (m.type === 'error') {
            clearTimeout(timer);
            reject(m.field ? new NetinfInputError(m.message ?? 'invalid input', m.field) : new Error(m.message));
            void worker.terminate();
          }
        },
      );
      worker.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      worker.on('exit', (code) => {
        clearTimeout(timer);
        if (code !== 0) reject(new Error(`the inference worker stopped (exit code ${code})`));
      });
    });
  } finally {
    release();
  }
}
