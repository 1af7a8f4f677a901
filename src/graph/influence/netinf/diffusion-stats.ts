/**
 * What diffusion researchers compute around an inference: how fast each cascade spread, the
 * lags between successive adoptions, how early each actor tends to adopt (innovativeness, with
 * Rogers' adopter categories), and an event-history table for survival models.
 */
import type { Cascades } from './cascades';
import type { InferredEdge } from './netinf';

export interface CascadeSpeed {
  cascade: string;
  adopters: number;
  first: number;
  last: number;
  /** last − first */
  span: number;
  /** Time from the first adoption until half of the adopters had adopted. */
  timeToHalf: number;
  /** Successive lags (gap from each adoption to the previous one), and their summary. */
  meanLag: number | null;
  medianLag: number | null;
  maxLag: number | null;
  /** Adoptions at the same time as an earlier one in the cascade. */
  tied: number;
}

const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

export function cascadeSpeeds(c: Cascades): CascadeSpeed[] {
  return c.cascadeIds.map((cascade, k) => {
    const t = Array.from(c.times[k] as Float64Array);
    const first = t[0] as number;
    const last = t[t.length - 1] as number;
    const lags = t.slice(1).map((x, i) => x - (t[i] as number));
    return {
      cascade,
      adopters: t.length,
      first,
      last,
      span: last - first,
      timeToHalf: (t[Math.ceil(t.length / 2) - 1] as number) - first,
      meanLag: lags.length ? lags.reduce((a, b) => a + b, 0) / lags.length : null,
      medianLag: median(lags),
      maxLag: lags.length ? Math.max(...lags) : null,
      tied: lags.filter((l) => l === 0).length,
    };
  });
}

/** Rogers (1962): innovators 2.5 %, early adopters 13.5 %, early majority 34 %, late majority 34 %, laggards 16 %. */
export const ADOPTER_CATEGORIES = [
  { name: 'innovator', upTo: 0.025 },
  { name: 'early adopter', upTo: 0.16 },
  { name: 'early majority', upTo: 0.5 },
  { name: 'late majority', upTo: 0.84 },
  { name: 'laggard', upTo: 1 },
] as const;
export type AdopterCategory = (typeof ADOPTER_CATEGORIES)[number]['name'];

const categoryOf = (p: number): AdopterCategory => (ADOPTER_CATEGORIES.find((c) => p <= c.upTo) ?? ADOPTER_CATEGORIES[4]).name;

export interface Innovativeness {
  node: string;
  /** Cascades the node adopted in (of those with at least two adopters). */
  adoptions: number;
  /** Mean position within its cascades, 0 = always first … 1 = always last (ties share their mid-rank). */
  meanPosition: number;
  /** 1 − meanPosition: higher is earlier, a leader. */
  score: number;
  /** Rogers' category of the mean position. */
  category: AdopterCategory;
  /** How many of its adoptions fall in each category. */
  counts: Record<AdopterCategory, number>;
  /** Rank by score (1 = most innovative); nodes with no adoption rank last. */
  rank: number;
}

/**
 * Position of an adopter in a cascade: (mid-rank − 0.5) / n, where tied adopters share the mean of
 * their ranks. So in a cascade of 4 with no ties the positions are 0.125, 0.375, 0.625, 0.875.
 */
export function innovativeness(c: Cascades): Innovativeness[] {
  const sums = new Float64Array(c.nodeNames.length);
  const counts = new Int32Array(c.nodeNames.length);
  const cats = c.nodeNames.map(() => Object.fromEntries(ADOPTER_CATEGORIES.map((k) => [k.name, 0])) as Record<AdopterCategory, number>);
  c.nodes.forEach((ids, k) => {
    const t = c.times[k] as Float64Array;
    const n = ids.length;
    if (n < 2) return;
    for (let i = 0; i < n;) {
      let j = i;
      while (j + 1 < n && t[j + 1] === t[i]) j++;
      const mid = (i + 1 + (j + 1)) / 2;
      const p = (mid - 0.5) / n;
      for (let q = i; q <= j; q++) {
        const id = ids[q] as number;
        sums[id] = (sums[id] as number) + p;
        counts[id] = (counts[id] as number) + 1;
        (cats[id] as Record<AdopterCategory, number>)[categoryOf(p)] += 1;
      }
      i = j + 1;
    }
  });
  const rows = c.nodeNames.map((node, id) => {
    const n = counts[id] as number;
    const meanPosition = n ? (sums[id] as number) / n : NaN;
    return {
      node,
      adoptions: n,
      meanPosition,
      score: n ? 1 - meanPosition : NaN,
      category: categoryOf(n ? meanPosition : 1),
      counts: cats[id] as Record<AdopterCategory, number>,
      rank: 0,
    };
  });
  const order = [...rows].sort(
    (a, b) => (Number.isNaN(a.score) ? 1 : 0) - (Number.isNaN(b.score) ? 1 : 0) || b.score - a.score || a.node.localeCompare(b.node),
  );
  order.forEach((r, i) => (r.rank = i + 1));
  return order;
}

/** Columns of the event-history table, documented once (README and --help print these). */
export const EVENT_HISTORY_COLUMNS: readonly [string, string][] = [
  ['cascade', 'cascade (practice, policy) id'],
  ['node', 'the actor at risk of adopting'],
  ['period_start', 'start of the period [start, start + step)'],
  ['period', 'periods since the cascade began (0 = the period of its first adoption)'],
  ['event', '1 in the period the node adopted, else 0; after adopting a node leaves the risk set'],
  ['prior_adopters', 'adopters of this cascade before the period began'],
  ['prior_share', 'prior_adopters / (number of nodes − 1)'],
  ['sources', 'inferred sources of the node (in-degree in the inferred network; empty without one)'],
  ['sources_adopted', 'inferred sources that adopted this cascade before the period began (empty without a network)'],
];

/**
 * Monadic discrete-time event history: one row per cascade × node × period while the node is at
 * risk, from the period of the cascade's first adoption until the node adopts (event = 1) or the
 * cascade's last adoption (censored: all 0). Every node of the data is at risk in every cascade.
 * Ready for a discrete-time logit or a Cox model with time-varying covariates (e.g. R's
 * `glm(event ~ prior_share + sources_adopted, family = binomial)`).
 */
export function* eventHistoryRows(
  c: Cascades,
  opts: { step?: number; network?: readonly InferredEdge[] } = {},
): Generator<(string | number)[]> {
  const step = opts.step ?? 1;
  if (!(step > 0)) throw new RangeError('step must be positive');
  const sourcesOf = new Map<string, string[]>();
  for (const e of opts.network ?? []) sourcesOf.set(e.destination, [...(sourcesOf.get(e.destination) ?? []), e.origin]);
  const n = c.nodeNames.length;
  for (let k = 0; k < c.cascadeIds.length; k++) {
    const ids = c.nodes[k] as Int32Array;
    const t = c.times[k] as Float64Array;
    const when = new Map<string, number>();
    ids.forEach((id, i) => when.set(c.nodeNames[id] as string, t[i] as number));
    const t0 = t[0] as number;
    const periods = Math.floor(((t[t.length - 1] as number) - t0) / step) + 1;
    const cascade = c.cascadeIds[k] as string;
    for (const node of c.nodeNames) {
      const adopted = when.get(node);
      const sources = sourcesOf.get(node) ?? [];
      for (let p = 0; p < periods; p++) {
        const start = t0 + p * step;
        const end = start + step;
        let prior = 0;
        for (let i = 0; i < t.length && (t[i] as number) < start; i++) prior++;
        const event = adopted !== undefined && adopted >= start && adopted < end ? 1 : 0;
        const sourcesAdopted = opts.network ? sources.filter((s) => (when.get(s) ?? Infinity) < start).length : '';
        yield [cascade, node, start, p, event, prior, n > 1 ? prior / (n - 1) : 0, opts.network ? sources.length : '', sourcesAdopted];
        if (event || (adopted !== undefined && adopted < end)) break;
      }
    }
  }
}
