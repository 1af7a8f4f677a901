/*
 * The three systems as child processes: each is started with `node --import tsx` (one
 * process, so that its RSS is the server's), prints {"url"} when listening, and is stopped
 * with SIGTERM. Requests go through one client for all of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { PROJECT_ROOT } from '../../src/config';
import { question, type QuestionName } from './questions';

export type SystemName = 'raw' | 'library' | 'api';
export const SYSTEMS: readonly SystemName[] = ['raw', 'library', 'api'];
export const SYSTEM_TITLES: Record<SystemName, string> = {
  raw: '(a) raw Cypher',
  library: '(b) @neo4j/graphql',
  api: '(c) this API',
};

export interface RunningSystem {
  name: SystemName;
  url: string;
  /** Where /__bench is served (the server's own URL unless it has a separate one). */
  benchUrl: string;
  child: ChildProcess;
  /** The HTTP request that asks `q` with `params`. */
  request(q: QuestionName, params: Record<string, unknown>): { url: string; body: string };
}

const SCRIPTS: Record<SystemName, string> = {
  raw: 'scripts/bench/systems/raw-server.ts',
  library: 'scripts/bench/systems/library-server.ts',
  api: 'scripts/bench/systems/api-server.ts',
};

export async function startSystem(name: SystemName, env: Record<string, string>): Promise<RunningSystem> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, SCRIPTS[name])], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const { url, benchUrl } = await new Promise<{ url: string; benchUrl: string }>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const parsed = JSON.parse(line) as { url?: string; benchUrl?: string };
        if (parsed.url) resolve({ url: parsed.url, benchUrl: parsed.benchUrl ?? parsed.url });
      } catch {
        /* a log line */
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`${SYSTEM_TITLES[name]} exited with code ${code} before listening; see the lines above.`)),
    );
  });
  const request = (q: QuestionName, params: Record<string, unknown>) => {
    if (name === 'raw') return { url: `${url}/q/${q}`, body: JSON.stringify(params) };
    const query = name === 'api' ? question(q).api : question(q).library;
    return { url: `${url}/graphql`, body: JSON.stringify({ query, variables: params }) };
  };
  return { name, url, benchUrl, child, request };
}

export async function stopSystem(s: RunningSystem): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise((resolve) => s.child.once('exit', resolve));
  s.child.kill('SIGTERM');
  const timer = setTimeout(() => s.child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Resident memory of a child in MiB (Linux /proc), NaN elsewhere. */
export function rssMiB(s: RunningSystem): number {
  try {
    const status = readFileSync(`/proc/${s.child.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

/** Sends one request; throws with the first GraphQL/Cypher error. Returns the parsed body. */
export async function ask(s: RunningSystem, q: QuestionName, params: Record<string, unknown>): Promise<unknown> {
  const { url, body } = s.request(q, params);
  // Uncompressed, as autocannon asks for the throughput runs: raw and the library's servers do not
  // compress, and on a loopback compression only costs (≈0.5 ms on a 13 KB city card, for 10× fewer
  // bytes on a real network). Every system thus does the same work for the same answer.
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' }, body });
  const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!res.ok || json.errors?.length)
    throw new Error(`${SYSTEM_TITLES[s.name]} ${q}: ${res.status} ${json.errors?.[0]?.message ?? ''}`.slice(0, 400));
  return json.data;
}

/** The server's JavaScript heap after a full garbage collection, in MiB (child.ts). */
export async function liveHeap(s: RunningSystem): Promise<number> {
  const res = await fetch(`${s.benchUrl}/__bench/heap`);
  return ((await res.json()) as { liveMiB: number }).liveMiB;
}

export async function statements(s: RunningSystem, reset = false): Promise<number> {
  const res = await fetch(`${s.benchUrl}/__bench${reset ? '/reset' : ''}`, { method: reset ? 'POST' : 'GET' });
  return ((await res.json()) as { statements: number }).statements;
}
