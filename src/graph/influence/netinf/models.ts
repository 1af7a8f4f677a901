/**
 * Transmission models of NetworkInference 1.2.5 (src/distributions.cpp, src/spanning_tree.cpp)
 * and the package's parameter initialisation (R/netinf.R), reproduced operation for operation so
 * that the floating-point results — and therefore the order of equal-gain edges — agree.
 */
import type { TransmissionModel } from '../../../domain/inference';
import { exp, log } from './libm';
import { rMean, rSum, rVar } from './long-double';

/** How many parameters each model takes, and their names (the package's `params`). */
export const PARAMETER_NAMES: Record<TransmissionModel, readonly string[]> = {
  exponential: ['lambda'],
  rayleigh: ['alpha'],
  'log-normal': ['mu', 'sigma'],
};

/** A transmission density f(Δt). */
export type Density = (x: number) => number;

export function density(model: TransmissionModel, params: readonly number[]): Density {
  const p0 = params[0] ?? NaN;
  switch (model) {
    case 'exponential':
      // dexp_: lambda * exp(-1 * lambda * x)
      return (x) => p0 * exp(-1 * p0 * x);
    case 'rayleigh': {
      // drayleigh_: (x / pow(lambda, 2)) * exp(-pow(x, 2) / (2 * pow(lambda, 2))); g++ -O2 turns pow(·, 2) into a product
      const l2 = p0 * p0;
      return (x) => (x / l2) * exp(-(x * x) / (2 * l2));
    }
    case 'log-normal': {
      const sigma = params[1] ?? NaN;
      const s2 = sigma * sigma;
      const root = Math.sqrt(2 * Math.PI);
      // dlognormal_: 1 / (x*sigma*sqrt(2*M_PI)) * exp(-(pow((log(x) - mu), 2)/(2*pow(sigma, 2))))
      return (x) => {
        const d = log(x) - p0;
        return (1 / (x * sigma * root)) * exp(-((d * d) / (2 * s2)));
      };
    }
  }
}

/**
 * The package's edge score (spanning_tree.cpp edge_score): log(0.5·f(Δt)) for an edge of the
 * network ("tied"), log(1e-10·f(Δt)) for the out-of-network ε-edge every node starts with.
 */
export function edgeScores(f: Density): { network: (x: number) => number; epsilon: (x: number) => number } {
  // Scores depend on the gap alone and gaps repeat (years), so each is computed once.
  const memo = (g: (x: number) => number): ((x: number) => number) => {
    const cache = new Map<number, number>();
    return (x) => {
      let v = cache.get(x);
      if (v === undefined) cache.set(x, (v = g(x)));
      return v;
    };
  };
  return {
    network: memo((x) => log(0.5 * f(x))),
    epsilon: memo((x) => log(0.0000000001 * f(x))),
  };
}

/** Thrown for parameters the package cannot use; `field` names the offending argument. */
export class NetinfInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'NetinfInputError';
  }
}

/** Thrown when the cascades named (a data set, a practice) do not exist. */
export class NetinfNotFoundError extends NetinfInputError {
  constructor(
    message: string,
    field: string,
    readonly id: string,
  ) {
    super(message, field);
    this.name = 'NetinfNotFoundError';
  }
}

/** Checks given parameters the way the package would accept them (but refuses values it would fail on later). */
export function checkParameters(model: TransmissionModel, params: readonly number[]): number[] {
  const names = PARAMETER_NAMES[model];
  if (params.length !== names.length) {
    throw new NetinfInputError(
      `The ${model} model takes ${names.length} parameter(s) (${names.join(', ')}), got ${params.length}.`,
      'params',
    );
  }
  params.forEach((p, i) => {
    if (!Number.isFinite(p)) throw new NetinfInputError(`Parameter ${names[i]} must be a finite number.`, 'params');
    // mu of the log-normal may be any number; the rest are rates/scales
    if (!(model === 'log-normal' && i === 0) && !(p > 0))
      throw new NetinfInputError(`Parameter ${names[i]} must be greater than 0 (got ${p}).`, 'params');
  });
  return [...params];
}

/**
 * R's `lgamma` (nmath lgammafn) for x > 10: the Stirling term plus the Chebyshev correction
 * `lgammacor`, as R computes it. Below 10 R goes through gammafn; there a Lanczos
 * approximation is used, which agrees with R to about 1e-15 (relative).
 */
export function rLgamma(x: number): number {
  if (!(x > 0)) return NaN;
  if (x <= 10) return lanczosLgamma(x);
  // R's constants, digit for digit (they parse to the same doubles as in C)
  // eslint-disable-next-line no-loss-of-precision
  const LN_SQRT_2PI = 0.918938533204672741780329736406;
  if (x > 1e17) return x * (Math.log(x) - 1);
  if (x > 4934720) return LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x;
  return LN_SQRT_2PI + (x - 0.5) * Math.log(x) - x + lgammacor(x);
}

/* eslint-disable no-loss-of-precision -- nmath's lgammacor coefficients, digit for digit */
const ALGMCS = [
  +0.1666389480451863247205729650822, -0.1384948176067563840732986059135e-4, +0.9810825646924729426157171547487e-8,
  -0.1809129475572494194263306266719e-10, +0.6221098041892605227126015543416e-13,
];
/* eslint-enable no-loss-of-precision */

function lgammacor(x: number): number {
  if (x >= 94906265.62425156) return 1 / (x * 12);
  const tmp = 10 / x;
  const t = tmp * tmp * 2 - 1;
  // chebyshev_eval(t, algmcs, nalgm = 5)
  const twox = t * 2;
  let b0 = 0;
  let b1 = 0;
  let b2 = 0;
  for (let i = 1; i <= ALGMCS.length; i++) {
    b2 = b1;
    b1 = b0;
    b0 = twox * b1 - b2 + (ALGMCS[ALGMCS.length - i] as number);
  }
  return ((b0 - b2) * 0.5) / x;
}

function lanczosLgamma(x: number): number {
  const g = 7;
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lanczosLgamma(1 - x);
  const y = x - 1;
  let a = c[0] as number;
  const t = y + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += (c[i] as number) / (y + i);
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Sorted adoption times of each cascade (ascending), as the package holds them. */
export type CascadeTimes = readonly ArrayLike<number>[];

/**
 * The package's parameter initialisation when `params` is not given (R/netinf.R), including its
 * quirks, which we keep so that results agree:
 * - exponential: the mean of 1/mean(time since the first adoption) and 1/mean(gap to the previous
 *   adoption), pooling all cascades (ties count as gaps of 0);
 * - rayleigh: `sqrt(sum(x^2) / 2 * N)` (R's precedence: multiplies by N) times
 *   `exp(lgamma(N) + log(sqrt(N))) / exp(lgamma(N + 1/2))`, which overflows to Inf/Inf = NaN once
 *   N (the number of non-first adoptions) exceeds about 170 — the package then fails with
 *   "Observed time with zero likelihood"; we refuse with a clear message instead;
 * - log-normal: `c(mean(mean_max, mean_min), mean(sigma_max, sigma_min))` — R's `mean(a, b)` takes b
 *   as `trim`, so the result is just (mean_max, sigma_max): the mean and sd of the log time since
 *   the first adoption (zeros dropped); the gap-based values are computed but ignored.
 */
export function estimateParameters(model: TransmissionModel, cascadeTimes: CascadeTimes): number[] {
  const maxTimes: number[] = [];
  const minTimes: number[] = [];
  for (const t of cascadeTimes) {
    for (let i = 1; i < t.length; i++) maxTimes.push((t[i] as number) - (t[0] as number));
    for (let i = 1; i < t.length; i++) minTimes.push((t[i] as number) - (t[i - 1] as number));
  }
  const refuse = (why: string): never => {
    throw new NetinfInputError(
      `Cannot estimate the ${model} parameters from these cascades: ${why}. Give the parameters explicitly.`,
      'params',
    );
  };
  if (!maxTimes.length) refuse('no cascade has more than one adoption');
  let params: number[];
  if (model === 'exponential') {
    const lambdaMin = 1 / rMean(maxTimes);
    const lambdaMax = 1 / rMean(minTimes);
    params = [rMean([lambdaMax, lambdaMin])];
  } else if (model === 'rayleigh') {
    const n = maxTimes.length;
    const shMax = Math.sqrt((rSum(maxTimes.map((x) => x * x)) / 2) * n);
    const shMin = Math.sqrt((rSum(minTimes.map((x) => x * x)) / 2) * n);
    const adjustment = Math.exp(rLgamma(n) + Math.log(Math.sqrt(n))) / Math.exp(rLgamma(n + 1 / 2));
    if (!Number.isFinite(adjustment)) {
      refuse(
        `the package's small-sample adjustment overflows for ${n} adoptions (R's netinf fails here too, with "Observed time with zero likelihood")`,
      );
    }
    params = [rMean([shMax * adjustment, shMin * adjustment])];
  } else {
    const logs = new Map<number, number>();
    const cachedLog = (x: number): number => logs.get(x) ?? (logs.set(x, log(x)), logs.get(x) as number);
    const logMax = maxTimes.filter((x) => x !== 0).map(cachedLog);
    const logMin = minTimes.filter((x) => x !== 0).map(cachedLog);
    const meanMin = rMean(logMin);
    // R evaluates mean(mean_max, trim = mean_min): a NaN trim is an error there
    if (Number.isNaN(meanMin)) refuse('every adoption is tied with the previous one');
    params = [rMean(logMax), Math.sqrt(rVar(logMax))];
  }
  if (!params.every((p) => Number.isFinite(p)) || !(params[model === 'log-normal' ? 1 : 0]! > 0)) {
    refuse(`the estimate is ${params.join(', ')}`);
  }
  return params;
}
