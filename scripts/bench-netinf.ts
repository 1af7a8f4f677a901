/**
 * Times NetInf on the SPID data (../shared/data/spid-policies.csv): reading and building the
 * cascades, then 100 edges (lambda 0.5 and estimated) and the p-value mode (cutoff 0.1), in
 * interleaved rounds. Prints the median and the range of each over the rounds.
 *   npx tsx scripts/bench-netinf.ts [ROUNDS] [CSV]
 */
import path from 'node:path';
import { buildCascades } from '../src/graph/influence/netinf/cascades';
import { netinf, type NetinfOptions } from '../src/graph/influence/netinf/netinf';
import { readCascadeCsv } from '../src/graph/influence/netinf/read';

const rounds = Number(process.argv[2] ?? 7);
const file = path.resolve(process.argv[3] ?? '../shared/data/spid-policies.csv');

const cases: [string, NetinfOptions][] = [
  ['100 edges, lambda 0.5', { model: 'exponential', params: [0.5], edges: 100 }],
  ['100 edges, lambda estimated', { model: 'exponential', edges: 100 }],
  ['p-value 0.1, lambda estimated', { model: 'exponential', pValueCutoff: 0.1 }],
];
const times = new Map<string, number[]>([['read + build cascades', []], ...cases.map(([n]) => [n, []] as [string, number[]])]);
const edges = new Map<string, number>();
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  const events = await readCascadeCsv(file, file);
  const c = buildCascades(events);
  times.get('read + build cascades')!.push(performance.now() - t);
  for (const [name, opts] of cases) {
    t = performance.now();
    const res = netinf(c, opts);
    times.get(name)!.push(performance.now() - t);
    edges.set(name, res.edges.length);
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
console.log(`NetInf on ${path.basename(file)}, ${rounds} interleaved rounds (ms: median [min–max])`);
for (const [name, xs] of times) {
  console.log(
    `${name.padEnd(32)} ${med(xs).toFixed(0).padStart(6)} [${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}]${edges.has(name) ? `  ${edges.get(name)} edges` : ''}`,
  );
}
