/**
 * NetInf (Gomez-Rodriguez, Leskovec & Krause 2010) exactly as the R package NetworkInference
 * 1.2.5 computes it (src/netinf.cpp, src/spanning_tree.cpp, src/vuong_test.cpp). The behaviours
 * that surprise people, all kept on purpose so that results agree with the package edge for edge:
 *
 * - Every adopter starts attached to its best strictly-earlier adopter by an "ε-edge" scored
 *   log(1e-10·f(Δt)); an inferred edge scores log(0.5·f(Δt)). The gain of u → v is the sum, over
 *   the cascades where u adopted strictly before v, of the positive differences only.
 * - Ties in time: adopters at the same time are never each other's source; the first adopters of
 *   a cascade (all those tied at the earliest time) have no source and score nothing.
 * - Equal gains: the candidates are scanned in (destination id, origin id) order with `>=`, so the
 *   LAST of equal-gain edges wins — the one with the largest destination id, then origin id, where
 *   ids are the order of first appearance of the nodes in the input.
 * - The first edge must have a gain of at least 0; gains are never negative, so there is always one.
 * - p-values (Vuong test): per cascade, the log-likelihood of the cascade tree after the edge, minus
 *   a penalty of 1/n (n = number of cascades, computed in single precision), minus the one before;
 *   z = sum / (sd · √n); p = 1 − Φ(z) with the Abramowitz–Stegun 7.1.26 approximation of Φ. The
 *   package subtracts the penalty IN PLACE from its running tree scores (an Rcpp vector aliasing
 *   quirk), so a cascade untouched for k rounds carries −k/n until its tree next changes; the
 *   next change then counts those k penalties as gain. We reproduce that.
 * - With a p-value cutoff the loop stops at the first edge whose p-value is >= the cutoff, and
 *   that edge IS returned (the last row's p-value is at or above the cutoff).
 * - Asking for more edges than are possible is an error (the package's message, reworded).
 */
import type { Cascades } from './cascades';
import { exp } from './libm';
import type { InferenceStop, TransmissionModel } from '../../../domain/inference';
import { checkParameters, density, edgeScores, estimateParameters, NetinfInputError } from './models';

export interface NetinfOptions {
  model: TransmissionModel;
  /** The model's parameters; estimated from the data as the package does when absent. */
  params?: readonly number[];
  /** Stop after this many edges … */
  edges?: number;
  /** … or at the first edge whose Vuong-test p-value reaches this cutoff (0 < cutoff <= 1). */
  pValueCutoff?: number;
  /** Called after each edge. `total` is the number of edges asked for, or null in p-value mode. */
  onProgress?: (p: { edges: number; total: number | null; pValue: number }) => void;
}

export interface InferredEdge {
  origin: string;
  destination: string;
  improvement: number;
  pValue: number;
}

export interface NetinfResult {
  model: TransmissionModel;
  params: number[];
  paramsEstimated: boolean;
  possibleEdges: number;
  edges: InferredEdge[];
  /** Why it stopped: the edge count was reached, the p-value cutoff was, or every possible edge was used. */
  stoppedBy: InferenceStop;
}

/** Standard normal CDF as the package approximates it (distributions.cpp normal_cdf, A&S 7.1.26). */
export function packageNormalCdf(x: number): number {
  const a1 = 0.254829592;
  const a2 = -0.284496736;
  const a3 = 1.421413741;
  const a4 = -1.453152027;
  const a5 = 1.061405429;
  const p = 0.3275911;
  let sign = 1;
  if (x < 0) sign = -1;
  x = Math.abs(x) / Math.sqrt(2.0);
  const t = 1.0 / (1.0 + p * x);
  const y = 1.0 - ((((a5 * t + a4) * t + a3) * t + a2) * t + a1) * t * exp(-x * x);
  return 0.5 * (1.0 + sign * y);
}

/** Mean accurate to a few ulps (Rcpp's `mean` accumulates in long double; the difference is far below the p-values' precision). */
function accurateMean(xs: Float64Array): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return (s + c) / xs.length;
}

/**
 * vuong_test(old, new): mutates `next` (the running tree scores) by the penalty, as the package does.
 */
function vuongTest(prev: Float64Array, next: Float64Array, liks: Float64Array): number {
  const n = next.length;
  const penalty = Math.fround(1 / Math.fround(n));
  let sum = 0;
  for (let i = 0; i < n; i++) {
    next[i] = (next[i] as number) - penalty;
    liks[i] = (next[i] as number) - (prev[i] as number);
  }
  for (let i = 0; i < n; i++) sum += liks[i] as number;
  const m = accurateMean(liks);
  let ss = 0;
  for (let i = 0; i < n; i++) {
    const d = (liks[i] as number) - m;
    ss += d * d;
  }
  const sd = Math.sqrt(ss / (n - 1));
  const stat = sum / (sd * Math.sqrt(n));
  return 1 - packageNormalCdf(stat);
}

/** Runs NetInf; synchronous and CPU-bound (the API runs it in a worker thread). */
export function netinf(c: Cascades, opts: NetinfOptions): NetinfResult {
  const byEdges = opts.edges !== undefined;
  if (byEdges === (opts.pValueCutoff !== undefined)) {
    throw new NetinfInputError('Give either a number of edges or a p-value cutoff (exactly one).', byEdges ? 'pValueCutoff' : 'edges');
  }
  if (byEdges && !(Number.isInteger(opts.edges) && (opts.edges as number) >= 1))
    throw new NetinfInputError('The number of edges must be a whole number of at least 1.', 'edges');
  const cutoff = opts.pValueCutoff ?? 0;
  if (!byEdges && !(cutoff > 0 && cutoff <= 1)) throw new NetinfInputError('The p-value cutoff must lie in (0, 1].', 'pValueCutoff');
  const paramsEstimated = !opts.params;
  const params = opts.params ? checkParameters(opts.model, opts.params) : estimateParameters(opts.model, c.times);
  const f = density(opts.model, params);
  const score = edgeScores(f);

  const nCasc = c.nodes.length;
  const nNodes = c.nodeNames.length;

  // --- optimal spanning trees with ε-edges (spanning_tree.cpp optimal_spanning_tree) ---
  const scores: Float64Array[] = [];
  const treeScores = new Float64Array(nCasc);
  for (let k = 0; k < nCasc; k++) {
    const t = c.times[k] as Float64Array;
    const s = new Float64Array(t.length).fill(NaN);
    let total = 0;
    for (let i = 0; i < t.length; i++) {
      let best = -Infinity;
      let any = false;
      for (let j = 0; j < t.length && (t[j] as number) < (t[i] as number); j++) {
        any = true;
        const v = score.epsilon((t[i] as number) - (t[j] as number));
        if (v > best) best = v;
      }
      if (!any) continue;
      if (best === -Infinity) {
        throw new NetinfInputError(
          'An observed time gap has zero likelihood under these parameters (the package stops here too). Adjust the parameters.',
          'params',
        );
      }
      s[i] = best;
      total += best;
    }
    scores.push(s);
    treeScores[k] = total;
  }

  // --- possible edges, keyed (destination, origin) like the package's std::map ---
  const lists = new Map<number, number[]>(); // key → flat [cascade, childPos, parentPos, …]
  for (let k = 0; k < nCasc; k++) {
    const ids = c.nodes[k] as Int32Array;
    const t = c.times[k] as Float64Array;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if ((t[i] as number) >= (t[j] as number)) continue;
        const key = (ids[j] as number) * nNodes + (ids[i] as number);
        let l = lists.get(key);
        if (!l) lists.set(key, (l = []));
        l.push(k, j, i);
      }
    }
  }
  const keys = [...lists.keys()].sort((a, b) => a - b);
  const nPossible = keys.length;
  const child = new Int32Array(nPossible);
  const parent = new Int32Array(nPossible);
  const start = new Int32Array(nPossible + 1);
  let total = 0;
  for (const key of keys) total += (lists.get(key) as number[]).length / 3;
  const occCascade = new Int32Array(total);
  const occChildPos = new Int32Array(total);
  const occGap = new Float64Array(total);
  let at = 0;
  for (const [e, key] of keys.entries()) {
    child[e] = Math.floor(key / nNodes);
    parent[e] = key % nNodes;
    start[e] = at;
    const l = lists.get(key) as number[];
    for (let q = 0; q < l.length; q += 3) {
      const k = l[q] as number;
      const t = c.times[k] as Float64Array;
      occCascade[at] = k;
      occChildPos[at] = l[q + 1] as number;
      // edge_score(t_parent, t_child): x = t_child - t_parent
      occGap[at] = (t[l[q + 1] as number] as number) - (t[l[q + 2] as number] as number);
      at++;
    }
  }
  start[nPossible] = at;
  // the range of edges of each destination node
  const childFirst = new Int32Array(nNodes).fill(-1);
  const childEnd = new Int32Array(nNodes).fill(-1);
  for (let e = 0; e < nPossible; e++) {
    if ((childFirst[child[e] as number] as number) < 0) childFirst[child[e] as number] = e;
    childEnd[child[e] as number] = e + 1;
  }

  const nEdges = byEdges ? (opts.edges as number) : nPossible;
  if (nEdges > nPossible) {
    throw new NetinfInputError(
      `The number of edges (${nEdges}) exceeds the number of possible edges in these cascades (${nPossible}).`,
      'edges',
    );
  }

  const networkScore = score.network;
  const improvement = new Float64Array(nPossible).fill(-1);
  const alive = new Uint8Array(nPossible).fill(1);
  const evaluate = (e: number): number => {
    let gain = 0;
    for (let o = start[e] as number; o < (start[e + 1] as number); o++) {
      const rep = networkScore(occGap[o] as number);
      const cur = (scores[occCascade[o] as number] as Float64Array)[occChildPos[o] as number] as number;
      if (rep > cur) gain += rep - cur;
    }
    return gain;
  };

  const out: InferredEdge[] = [];
  const liks = new Float64Array(nCasc);
  let prev = -1;
  let stoppedBy: NetinfResult['stoppedBy'] = byEdges ? 'edges' : 'exhausted';
  for (let round = 0; round < nEdges; round++) {
    // Only the destination of the last edge has new scores, so only its candidates change.
    const from = prev < 0 ? 0 : (childFirst[child[prev] as number] as number);
    const to = prev < 0 ? nPossible : (childEnd[child[prev] as number] as number);
    for (let e = from; e < to; e++) if (e !== prev && alive[e]) improvement[e] = evaluate(e);
    if (prev >= 0) alive[prev] = 0;

    let max = 0;
    let best = -1;
    for (let e = 0; e < nPossible; e++) {
      if (alive[e] && (improvement[e] as number) >= max) {
        max = improvement[e] as number;
        best = e;
      }
    }
    if (best < 0) break; // unreachable: gains are never negative

    const oldTreeScores = Float64Array.from(treeScores);
    for (let o = start[best] as number; o < (start[best + 1] as number); o++) {
      const k = occCascade[o] as number;
      const s = scores[k] as Float64Array;
      const rep = networkScore(occGap[o] as number);
      if (rep > (s[occChildPos[o] as number] as number)) {
        s[occChildPos[o] as number] = rep;
        let sum = 0;
        for (let i = 0; i < s.length; i++) if (!Number.isNaN(s[i] as number)) sum += s[i] as number;
        treeScores[k] = sum;
      }
    }
    const pValue = vuongTest(oldTreeScores, treeScores, liks);
    out.push({
      origin: c.nodeNames[parent[best] as number] as string,
      destination: c.nodeNames[child[best] as number] as string,
      improvement: max,
      pValue,
    });
    prev = best;
    opts.onProgress?.({ edges: out.length, total: byEdges ? nEdges : null, pValue });
    if (!byEdges && pValue >= cutoff) {
      stoppedBy = 'p-value';
      break;
    }
  }
  return { model: opts.model, params, paramsEstimated, possibleEdges: nPossible, edges: out, stoppedBy };
}
