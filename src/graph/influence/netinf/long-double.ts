/**
 * Just enough of x87 80-bit `long double` arithmetic (64-bit significand, round half to even)
 * to reproduce R's `mean()`, `sum()` and `var()` bit for bit. R on x86-64 Linux accumulates
 * these in `long double` (src/main/summary.c, src/library/stats/src/cov.c), and NetworkInference
 * estimates its transmission parameters with them, so a double-only mean could differ from R's in
 * the last bit — and a parameter one ulp off can flip which of two equal-gain edges is chosen.
 * Used only on the parameter estimation path (a few thousand operations), so BigInt is fine.
 */

/** ±m · 2^e with m < 2^64 (m = 0 is zero). */
interface Ld {
  neg: boolean;
  m: bigint;
  e: number;
}

const LD_BITS = 64;
const ZERO: Ld = { neg: false, m: 0n, e: 0 };

function bitLength(m: bigint): number {
  return m === 0n ? 0 : m.toString(2).length;
}

/** Rounds ±m·2^e (with `sticky` = "some non-zero bits below m were dropped") to `bits` bits. */
function round(neg: boolean, m: bigint, e: number, bits: number, sticky = false): Ld {
  const len = bitLength(m);
  if (len <= bits && !sticky) return m === 0n ? ZERO : { neg, m, e };
  const shift = BigInt(Math.max(len - bits, 0));
  let q = m >> shift;
  const rem = m - (q << shift);
  const half = shift > 0n ? 1n << (shift - 1n) : 0n;
  const up = shift > 0n && (rem > half || (rem === half && (sticky || (q & 1n) === 1n)));
  if (up) q += 1n;
  let exp = e + Number(shift);
  if (bitLength(q) > bits) {
    q >>= 1n;
    exp += 1;
  }
  return { neg, m: q, e: exp };
}

/** The exact value of a finite double. */
export function ldFromDouble(x: number): Ld {
  if (x === 0) return ZERO;
  if (!Number.isFinite(x)) throw new RangeError('long double emulation: non-finite value');
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = -1074;
  if (biased > 0) {
    m |= 1n << 52n;
    e = biased - 1075;
  }
  return { neg: x < 0, m, e };
}

export function ldAdd(a: Ld, b: Ld): Ld {
  if (a.m === 0n) return b;
  if (b.m === 0n) return a;
  const e = Math.min(a.e, b.e);
  const ma = (a.neg ? -a.m : a.m) << BigInt(a.e - e);
  const mb = (b.neg ? -b.m : b.m) << BigInt(b.e - e);
  const s = ma + mb;
  return s === 0n ? ZERO : round(s < 0n, s < 0n ? -s : s, e, LD_BITS);
}

export const ldSub = (a: Ld, b: Ld): Ld => ldAdd(a, { ...b, neg: !b.neg });

/** a / n for a positive integer n, correctly rounded to 64 bits. */
export function ldDivInt(a: Ld, n: number): Ld {
  if (a.m === 0n) return ZERO;
  const d = BigInt(n);
  const k = LD_BITS + bitLength(d) + 2;
  const num = a.m << BigInt(k);
  const q = num / d;
  return round(a.neg, q, a.e - k, LD_BITS, num - q * d !== 0n);
}

/** Rounds to the nearest double (half to even), as C's `(double)` cast of a long double. */
export function ldToDouble(a: Ld): number {
  if (a.m === 0n) return 0;
  const r = round(a.neg, a.m, a.e, 53);
  const v = Number(r.m) * 2 ** r.e;
  return r.neg ? -v : v;
}

/** R's `sum()` of doubles: accumulated in long double, then rounded once. */
export function rSum(xs: ArrayLike<number>): number {
  let s = ZERO;
  for (let i = 0; i < xs.length; i++) s = ldAdd(s, ldFromDouble(xs[i] as number));
  return ldToDouble(s);
}

/** R's `mean()` of doubles (summary.c real_mean): long double sum / n, plus one correction pass. */
export function rMean(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n === 0) return NaN;
  for (let i = 0; i < n; i++) if (!Number.isFinite(xs[i] as number)) return naiveMean(xs);
  let s = ZERO;
  for (let i = 0; i < n; i++) s = ldAdd(s, ldFromDouble(xs[i] as number));
  s = ldDivInt(s, n);
  let t = ZERO;
  for (let i = 0; i < n; i++) t = ldAdd(t, ldSub(ldFromDouble(xs[i] as number), s));
  return ldToDouble(ldAdd(s, ldDivInt(t, n)));
}

function naiveMean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i] as number;
  return s / xs.length;
}

/**
 * R's `var()` of one vector (stats cov.c, complete cases): the long double two-pass mean
 * rounded to double, then the squared deviations (each in double) summed in long double and
 * divided by n − 1. NA (NaN) for fewer than two values, as in R.
 */
export function rVar(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return NaN;
  const m = rMean(xs);
  let s = ZERO;
  for (let i = 0; i < n; i++) {
    const d = (xs[i] as number) - m;
    s = ldAdd(s, ldFromDouble(d * d));
  }
  return ldToDouble(ldDivInt(s, n - 1));
}
