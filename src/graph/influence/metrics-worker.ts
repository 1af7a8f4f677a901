/*
 * The metrics of a large influence graph, computed in a worker thread: PageRank, sampled
 * betweenness and Louvain take seconds on a graph of a million hops, and on the main thread
 * every request would wait for them (issue 10: no request waits for a metrics rebuild).
 * The projection is handed over as plain data (MetricsInput) and the table comes back the
 * same way (structured clone keeps Maps).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';
import { computeMetrics, type MetricsInput, type MetricsTable } from './metrics';

/*
 * The worker runs this same file through tsx, as the CLI, the server and the tests run every
 * source: a small CommonJS boot registers tsx's loader in the worker, then imports this module.
 */
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const BOOT = new URL(
  `data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(TSX_API)}; register(); await import(${JSON.stringify(import.meta.url)});`)}`,
);

/** Graphs with fewer hops than this are computed inline: starting a worker costs more than they do. */
export const WORKER_MIN_HOPS = 20_000;

/** The metrics of `input`, computed in a worker thread that ends with the computation. */
export function computeMetricsInWorker(input: MetricsInput): Promise<MetricsTable> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT);
    let settled = false;
    worker.once('message', (table: MetricsTable) => {
      settled = true;
      resolve(table);
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the metrics worker stopped (exit code ${code}) before it answered`));
    });
    worker.postMessage(input);
  });
}

/** Inline for small graphs, in a worker thread for large ones. */
export const computeMetricsAsync = (input: MetricsInput): Promise<MetricsTable> =>
  input.hops.length < WORKER_MIN_HOPS ? Promise.resolve(computeMetrics(input)) : computeMetricsInWorker(input);

// In the worker: one input in, one table out.
if (parentPort) {
  const port = parentPort;
  port.once('message', (input: MetricsInput) => port.postMessage(computeMetrics(input)));
}
