/**
 * Correctly rounded exp and log. V8's Math.exp/Math.log (fdlibm) are off by one ulp for some
 * inputs; glibc's (which the R package calls) are correctly rounded in all but vanishingly rare
 * cases. One ulp in an edge score decides between two edges of mathematically equal gain — SPID
 * has many — so we compute in double-double (about 100 bits) and round once. The algorithm only
 * needs these for a few hundred distinct time gaps, so the cost does not matter.
 */

type Dd = [number, number];

const SPLIT = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): Dd {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function quickTwoSum(a: number, b: number): Dd {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): Dd {
  const p = a * b;
  const ta = SPLIT * a;
  const ah = ta - (ta - a);
  const al = a - ah;
  const tb = SPLIT * b;
  const bh = tb - (tb - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function ddAdd(a: Dd, b: Dd): Dd {
  const [s, e] = twoSum(a[0], b[0]);
  const [t, f] = twoSum(a[1], b[1]);
  const [s2, e2] = quickTwoSum(s, e + t);
  return quickTwoSum(s2, e2 + f);
}

function ddMul(a: Dd, b: Dd): Dd {
  const [p, e] = twoProd(a[0], b[0]);
  return quickTwoSum(p, e + (a[0] * b[1] + a[1] * b[0]));
}

function ddScale(a: Dd, k: number): Dd {
  return [a[0] * k, a[1] * k];
}

const LN2: Dd = [0.6931471805599453, 2.3190468138462996e-17];
/** 1/n! for n = 0…14 as double-doubles, computed once. */
const INV_FACT: Dd[] = (() => {
  const out: Dd[] = [[1, 0]];
  let f: Dd = [1, 0];
  for (let n = 1; n <= 14; n++) {
    // f / n in double-double: one Newton-corrected division
    const q = f[0] / n;
    const [p, pe] = twoProd(q, n);
    const r = (f[0] - p - pe + f[1]) / n;
    f = quickTwoSum(q, r);
    out.push(f);
  }
  return out;
})();

function expDd(x: number): Dd {
  const k = Math.round(x * Math.LOG2E);
  // r = x - k·ln2, exactly enough: k·ln2_hi is exact as a double-double product
  const r = ddAdd(ddAdd([x, 0], ddScale(twoProd(k, LN2[0]), -1)), [-k * LN2[1], -twoProd(k, LN2[1])[1]]);
  const s = ddScale(r, 1 / 1024);
  let sum: Dd = [0, 0];
  let pow: Dd = [1, 0];
  for (let n = 0; n <= 14; n++) {
    sum = ddAdd(sum, ddMul(pow, INV_FACT[n] as Dd));
    pow = ddMul(pow, s);
  }
  for (let i = 0; i < 10; i++) sum = ddMul(sum, sum);
  // 2^k applied in two steps so that neither factor overflows
  const k1 = Math.trunc(k / 2);
  return ddScale(ddScale(sum, 2 ** k1), 2 ** (k - k1));
}

/** exp(x), correctly rounded (falls back to Math.exp where the result is not a normal double). */
export function exp(x: number): number {
  if (!Number.isFinite(x) || x > 709.7 || x < -708) return Math.exp(x);
  const [hi, lo] = expDd(x);
  return hi + lo;
}

/** log(x), correctly rounded for positive normal x: one Newton step from Math.log in double-double. */
export function log(x: number): number {
  if (!(x >= 2.2250738585072014e-308) || !Number.isFinite(x)) return Math.log(x);
  const y0 = Math.log(x);
  if (y0 === 0) return 0;
  // d = x·exp(−y0) − 1, tiny; log(x) = y0 + log1p(d) ≈ y0 + d − d²/2
  const u = ddMul(expDd(-y0), [x, 0]);
  const d = ddAdd(u, [-1, 0]);
  const dd = d[0] + d[1];
  const [hi, lo] = ddAdd([y0, 0], ddAdd(d, [-(dd * dd) / 2, 0]));
  return hi + lo;
}
