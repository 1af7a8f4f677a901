/**
 * npm run soak — a bounded soak of the API as `npm start` runs it.
 *
 * Starts `prevention-graph serve` as a child process with its own Neo4j in a temporary home
 * (loopback only, free ports), seeds it, then runs readers back to back on N connections and
 * editor writes every second for the given minutes. Every 30 s it prints requests, latency
 * percentiles, errors by code and the API's memory (from its /metrics); at the end a summary,
 * and the exit code is 1 if any request failed or the API's memory grew 10 % or more after
 * warm-up (the first quarter of the run): the median resident memory of the minute after
 * warm-up against that of the last minute, sampled every 5 s (one sample lands anywhere on
 * V8's garbage-collection sawtooth). Everything it started is stopped, also on Ctrl-C.
 *
 *   npm run soak -- [--minutes 10] [--connections 32] [--writers 2] [--url http://127.0.0.1:4000]
 *
 * With --url it soaks a server that is already running (it must be on this machine, and
 * needs API_KEYS with an editor key given as SOAK_API_KEY).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { freePort } from '../src/neo4j/ports';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config';
import { Load, codes, percentile, type Sample } from '../test/helpers/load';

const USAGE = `npm run soak -- [--minutes 10] [--connections 32] [--writers 2] [--url http://127.0.0.1:PORT]

Soaks the API: N readers back to back and W editors writing every second, for the given
minutes; reports latency, errors and API memory every 30 s; exits 1 on any error or on
memory growth of 10 % or more after warm-up (the first quarter of the run; medians of the
minute after it and of the last minute, sampled every 5 s). Without --url it starts its own
API and Neo4j (in a temporary folder, on free loopback ports) and stops them afterwards.`;

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    writers: { type: 'string', default: '2' },
    url: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function positive(name: string, raw: string, max: number): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || n > max) {
    console.error(`--${name} must be a number from 0 to ${max}; it is "${raw}".`);
    process.exit(2);
  }
  return n;
}
const minutes = positive('minutes', values.minutes, 120);
const connections = Math.round(positive('connections', values.connections, 256));
const writers = Math.round(positive('writers', values.writers, 16));
const REPORT_EVERY_MS = 30_000;
/** Until the load's throughput and V8's heap have settled (at 32 connections, about two minutes on 2 cores). */
const WARM_UP_MS = (minutes * 60_000) / 4;
const MEMORY_EVERY_MS = 5_000;
const MEMORY_WINDOW_MS = Math.min(60_000, WARM_UP_MS);
const KEY = process.env.SOAK_API_KEY ?? `soak-${Date.now().toString(36)}-editor-key`;

const say = (line: string) => process.stderr.write(`${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Api {
  url: string;
  stop(): Promise<void>;
}

/** `prevention-graph serve` in a temporary home; resolves once it prints where it listens. */
async function startApi(): Promise<Api> {
  const home = await mkdtemp(path.join(tmpdir(), 'pg-soak-'));
  const child: ChildProcess = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'prevention-graph.js'), 'serve'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      NEO4J_HOME: home,
      NEO4J_BOLT_PORT: String(await freePort()),
      HOST: '127.0.0.1',
      PORT: '0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      API_KEYS: `soak:editor:${KEY}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /GraphQL ready at (\S+)\/graphql/.exec(output);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`serve exited with code ${code} before it was ready:\n${output.slice(-2000)}`)));
  });
  child.stdout!.removeAllListeners('data');
  child.stderr!.removeAllListeners('data');
  child.stderr!.on('data', (d: Buffer) => {
    const text = d.toString().trim();
    if (text && !text.startsWith('{')) say(`[serve] ${text}`);
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** The API's resident memory and heap, from its own /metrics. */
async function memory(url: string): Promise<{ rss: number; heap: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: value('pg_process_resident_memory_bytes'), heap: value('pg_nodejs_heap_size_used_bytes') };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const ms = (x: number) => `${Math.round(x)} ms`;

function line(samples: Sample[]): string {
  const lat = samples.map((s) => s.ms);
  const errors = Object.entries(codes(samples)).filter(([c]) => c !== 'OK');
  return `${samples.length} requests (${samples.filter((s) => s.kind === 'write').length} writes), p50 ${ms(percentile(lat, 50))}, p95 ${ms(percentile(lat, 95))}, p99 ${ms(percentile(lat, 99))}, errors ${errors.length ? errors.map(([c, n]) => `${c}×${n}`).join(' ') : 0}`;
}

async function main(): Promise<number> {
  let api: Api;
  if (values.url) {
    const host = new URL(values.url).hostname;
    if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
      say(`--url must be a loopback address (127.0.0.1, localhost, ::1): a soak is heavy load, not for other people's servers.`);
      return 2;
    }
    if (!process.env.SOAK_API_KEY) {
      say('Set SOAK_API_KEY to an editor key of that server (the writers need one).');
      return 2;
    }
    api = { url: values.url.replace(/\/$/, ''), stop: async () => {} };
  } else {
    say('Starting the API and its own Neo4j in a temporary folder (the first start may download Neo4j) …');
    api = await startApi();
  }
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
    say('Interrupted: stopping the load …');
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // serve warms its heaviest queries after listening; /readyz says 503 "warming" until done.
  const readyBy = Date.now() + 10 * 60_000;
  while (Date.now() < readyBy && !interrupted) {
    const res = await fetch(`${api.url}/readyz`).catch(() => undefined);
    if (res?.status === 200) break;
    await sleep(1_000);
  }
  const load = new Load({
    url: api.url,
    readers: connections,
    writers,
    writeEveryMs: 1_000,
    apiKey: KEY,
    prefix: `soak${Date.now().toString(36)}`,
    requestTimeoutMs: 60_000,
  });
  try {
    await load.prepare();
    say(
      `Soaking ${api.url} for ${minutes} min: ${connections} readers back to back, ${writers} writer(s) every second; a report every 30 s.`,
    );
    const baseline = await memory(api.url);
    say(`   0 s  memory: rss ${mib(baseline.rss)}, heap ${mib(baseline.heap)}`);
    load.start();
    const end = Date.now() + minutes * 60_000;
    let from = 0;
    let last = baseline;
    const rss: { at: number; bytes: number }[] = [];
    let nextReport = REPORT_EVERY_MS;
    while (Date.now() < end && !interrupted) {
      await sleep(Math.min(MEMORY_EVERY_MS, end - Date.now()));
      const now = load.now();
      last = await memory(api.url);
      rss.push({ at: now, bytes: last.rss });
      if (now < nextReport && Date.now() < end) continue;
      nextReport += REPORT_EVERY_MS;
      const window = load.samples.filter((s) => s.at >= from && s.at < now);
      from = now;
      say(`${String(Math.round(now / 1000)).padStart(4)} s  ${line(window)}  memory: rss ${mib(last.rss)}, heap ${mib(last.heap)}`);
    }
    await load.stop();
    const all = load.samples;
    const failed = all.filter((s) => s.code !== 'OK').length;
    const median = (xs: number[]) => (xs.length ? percentile(xs, 50) : NaN);
    const warm = median(rss.filter((m) => m.at >= WARM_UP_MS && m.at < WARM_UP_MS + MEMORY_WINDOW_MS).map((m) => m.bytes));
    const ended = median(rss.filter((m) => m.at >= load.now() - MEMORY_WINDOW_MS).map((m) => m.bytes));
    const growth = (ended - warm) / warm;
    say('');
    say(`Summary: ${line(all)}`);
    say(
      `         throughput ${(all.length / (load.now() / 1000)).toFixed(1)} requests/s; API memory (median rss) after warm-up ${Number.isNaN(warm) ? '–' : mib(warm)} → last minute ${Number.isNaN(ended) ? '–' : mib(ended)} (${Number.isNaN(growth) ? 'n/a' : `${(growth * 100).toFixed(1)} %`})`,
    );
    const ok = failed === 0 && !(growth >= 0.1);
    say(
      ok
        ? 'PASS: no failed request, memory growth under 10 %.'
        : `FAIL: ${failed} failed requests${growth >= 0.1 ? `, memory grew ${(growth * 100).toFixed(1)} %` : ''}.`,
    );
    return ok ? 0 : 1;
  } finally {
    await load.stop();
    await api.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    say(`soak failed: ${err.message}`);
    process.exit(1);
  },
);
