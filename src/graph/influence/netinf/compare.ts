/**
 * Inferred versus documented: which cited INSPIRED influences the inference recovers, which it
 * misses (and whether it could have: NetInf only proposes u → v when u adopted strictly before v
 * in some cascade), and which inferred edges no document supports. Inferred edges are
 * hypotheses; this is the place they meet the evidence, and they never become evidence.
 */
import type { Cascades } from './cascades';
import type { InferredEdge } from './netinf';
import type { DocumentedInfluence } from './sources';

export interface Comparison {
  documented: number;
  recovered: { origin: string; destination: string; rank: number; practices: (string | null)[] }[];
  missed: { origin: string; destination: string; possible: boolean; practices: (string | null)[] }[];
  undocumented: { origin: string; destination: string; rank: number }[];
}

export function compareWithDocumented(
  edges: readonly InferredEdge[],
  documented: readonly DocumentedInfluence[],
  cascades: Cascades,
): Comparison {
  const key = (o: string, d: string) => `${o}\u0000${d}`;
  const docs = new Map<string, { origin: string; destination: string; practices: (string | null)[] }>();
  for (const d of documented) {
    const k = key(d.origin, d.destination);
    const entry = docs.get(k) ?? { origin: d.origin, destination: d.destination, practices: [] };
    if (!entry.practices.includes(d.practice)) entry.practices.push(d.practice);
    docs.set(k, entry);
  }
  const rank = new Map(edges.map((e, i) => [key(e.origin, e.destination), i + 1]));
  const possible = possiblePairs(cascades);
  const recovered: Comparison['recovered'] = [];
  const missed: Comparison['missed'] = [];
  for (const [k, d] of docs) {
    const r = rank.get(k);
    if (r !== undefined) recovered.push({ ...d, rank: r });
    else missed.push({ ...d, possible: possible.has(k) });
  }
  recovered.sort((a, b) => a.rank - b.rank);
  const undocumented = edges.flatMap((e, i) =>
    docs.has(key(e.origin, e.destination)) ? [] : [{ origin: e.origin, destination: e.destination, rank: i + 1 }],
  );
  return { documented: docs.size, recovered, missed, undocumented };
}

function possiblePairs(c: Cascades): Set<string> {
  const out = new Set<string>();
  c.nodes.forEach((ids, k) => {
    const t = c.times[k] as Float64Array;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if ((t[i] as number) < (t[j] as number)) out.add(`${c.nodeNames[ids[i] as number]}\u0000${c.nodeNames[ids[j] as number]}`);
      }
    }
  });
  return out;
}
