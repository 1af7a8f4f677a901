/** Runs one NetInf job off the request thread; see run-worker.ts for the protocol. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Cascades } from './cascades';
import { NetinfInputError } from './models';
import { netinf, type NetinfOptions } from './netinf';

const port = parentPort;
if (port) {
  const { cascades, options } = workerData as { cascades: Cascades; options: Omit<NetinfOptions, 'onProgress'> };
  try {
    let last = 0;
    const result = netinf(cascades, {
      ...options,
      onProgress: (p) => {
        const now = Date.now();
        if (now - last >= 200) {
          last = now;
          port.postMessage({ type: 'progress', progress: p });
        }
      },
    });
    port.postMessage({ type: 'result', result });
  } catch (err) {
    port.postMessage({
      type: 'error',
      message: err instanceof Error ? err.message : String(err),
      field: err instanceof NetinfInputError ? err.field : undefined,
    });
  }
}
