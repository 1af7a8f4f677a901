import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildCascades, countPossibleEdges, type AdoptionEvent } from '../../src/graph/influence/netinf/cascades';
import { estimateParameters, NetinfInputError } from '../../src/graph/influence/netinf/models';
import { netinf, packageNormalCdf, type NetinfOptions } from '../../src/graph/influence/netinf/netinf';
import { timeValue } from '../../src/graph/influence/netinf/read';
import { rMean, rVar } from '../../src/graph/influence/netinf/long-double';
import { exp, log } from '../../src/graph/influence/netinf/libm';

const FIXTURES = path.resolve(__dirname, '../fixtures/netinf');
const SPID = path.resolve(__dirname, '../../../shared/data/spid-policies.csv');

type Row = Record<string, string>;
const csv = (file: string): Row[] => parse(readFileSync(file), { columns: true }) as Row[];
const events = (rows: Row[]): AdoptionEvent[] =>
  rows.map((r) => ({ node: r.node ?? r.node_name ?? '', cascade: r.cascade ?? r.cascade_id ?? '', time: Number(r.time ?? r.event_time) }));
const reference = (name: string) =>
  csv(path.join(FIXTURES, `${name}.csv`)).map((r) => ({
    origin: r.origin_node,
    destination: r.destination_node,
    improvement: Number(r.improvement),
    pValue: Number(r.p_value),
  }));
const edgeNames = (es: { origin?: string; destination?: string }[]) => es.map((e) => `${e.origin}->${e.destination}`);

/** Same edges in the same order, and improvements and p-values equal to the last bit. */
function expectSameAsR(ours: ReturnType<typeof netinf>, name: string): void {
  const ref = reference(name);
  expect(edgeNames(ours.edges)).toEqual(edgeNames(ref));
  expect(ours.edges.map((e) => e.improvement)).toEqual(ref.map((e) => e.improvement));
  expect(ours.edges.map((e) => e.pValue)).toEqual(ref.map((e) => e.pValue));
}

describe('NetInf: the five-node case, by hand', () => {
  // c1: a@1 b@2 c@3 · c2: a@1 c@2 d@3 · c3: b@1 e@2 · c4: d and e both at 1 (tied: no edge either way)
  const five = buildCascades(events(csv(path.join(FIXTURES, 'five.csv'))));
  // exponential, lambda = 1: an inferred edge over a gap of g scores ln(0.5) − g, the ε-edge ln(1e-10) − g,
  // so replacing the ε-edge from the closest earlier adopter by an edge of the same gap gains L = ln(5e9).
  const L = Math.log(5e9);

  it('builds ids in order of first appearance and sees six possible edges (none between tied d and e)', () => {
    expect(five.nodeNames).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(countPossibleEdges(five)).toBe(6);
  });

  it('picks a→c (2L−1), then the last of three equal gains L, and finishes with a zero-gain edge', () => {
    const r = netinf(five, { model: 'exponential', params: [1], edges: 6 });
    // round 1: a→c gains L in c2 (gap 1) and L−1 in c1 (gap 2 instead of b's gap 1).
    // round 2: a→b, c→d and b→e each gain L; candidates are scanned by (destination, origin) id
    //          with >=, so the LAST wins: b→e (4,1), then c→d (3,2), then a→b (1,0).
    // round 5: b→c now only improves c1 from gap 2 to gap 1: gain 1. round 6: a→d gains nothing (0).
    expect(edgeNames(r.edges)).toEqual(['a->c', 'b->e', 'c->d', 'a->b', 'b->c', 'a->d']);
    const gains = r.edges.map((e) => e.improvement);
    [2 * L - 1, L, L, L, 1, 0].forEach((g, i) => expect(gains[i]).toBeCloseTo(g, 9));
    expectSameAsR(r, 'five-exponential-6-lambda-1');
  });

  it('refuses more edges than are possible, like the package', () => {
    expect(() => netinf(five, { model: 'exponential', params: [1], edges: 7 })).toThrow(
      /exceeds the number of possible edges in these cascades \(6\)/,
    );
  });

  it('stops at the first p-value at or above the cutoff and returns that edge too', () => {
    const r = netinf(five, { model: 'exponential', params: [1], pValueCutoff: 0.3 });
    expectSameAsR(r, 'five-exponential-pvalue-0.3-lambda-1');
    expect(r.stoppedBy).toBe('p-value');
    expect(r.edges.at(-1)!.pValue).toBeGreaterThanOrEqual(0.3);
    expect(r.edges.slice(0, -1).every((e) => e.pValue < 0.3)).toBe(true);
  });

  it('rejects both or neither stopping rule, and bad parameters, naming the argument', () => {
    const bad = (o: Partial<NetinfOptions>) => () => netinf(five, { model: 'exponential', ...o } as NetinfOptions);
    expect(bad({ params: [1] })).toThrow(NetinfInputError);
    expect(bad({ params: [1], edges: 2, pValueCutoff: 0.1 })).toThrow(/exactly one/);
    expect(bad({ params: [0], edges: 2 })).toThrow(/greater than 0/);
    expect(bad({ params: [1], pValueCutoff: 1.5 })).toThrow(/\(0, 1\]/);
    expect(bad({ params: [1, 2], edges: 1 })).toThrow(/takes 1 parameter/);
  });
});

describe('NetInf: ties in adoption time', () => {
  const tied = buildCascades(events(csv(path.join(FIXTURES, 'tied.csv'))));

  it('never links adopters tied in time, and matches the package (p-value mode, fixed lambda)', () => {
    const r = netinf(tied, { model: 'exponential', params: [1], pValueCutoff: 0.5 });
    expectSameAsR(r, 'tied-exponential-pvalue-0.5-lambda-1');
    // e and a only ever adopt together (p3) or a first (p2): e can never be a's source; nor d b's or c's
    for (const never of ['e->a', 'd->b', 'd->c']) expect(edgeNames(r.edges)).not.toContain(never);
    expect(countPossibleEdges(tied)).toBe(11);
  });

  it("counts tied gaps as 0 when estimating lambda (the package's mean of two rates)", () => {
    const r = netinf(tied, { model: 'exponential', edges: 4 });
    expectSameAsR(r, 'tied-exponential-4-estimated');
    expect(r.params).toEqual([1.1590909090909092]);
    expect(r.paramsEstimated).toBe(true);
  });
});

describe("NetInf: the package's own example cascades (real-valued times)", { timeout: 60_000 }, () => {
  // the package's `cascades` object carries its own node and cascade order; pass them as R holds them
  const lines = (f: string) => readFileSync(path.join(FIXTURES, f), 'utf8').trim().split('\n');
  const pkg = buildCascades(
    csv(path.join(FIXTURES, 'package-cascades.csv')).map((r) => ({
      node: r.node_name!,
      cascade: r.cascade_id!,
      time: Number(r.event_time),
    })),
    {
      order: lines('package-cascades-order.txt'),
      nodeNames: lines('package-cascades-nodes.txt'),
    },
  );
  it('fixed lambda, six edges', () =>
    expectSameAsR(netinf(pkg, { model: 'exponential', params: [1], edges: 6 }), 'package-cascades-exponential-6-lambda-1'));
  it('estimated lambda, p-value cutoff', () =>
    expectSameAsR(netinf(pkg, { model: 'exponential', pValueCutoff: 0.1 }), 'package-cascades-exponential-pvalue-0.1-estimated'));
});

// Generous timeouts: the SPID runs take well under a second each, but the shared test machine can be slow.
describe('NetInf on SPID (50 states, 728 policies) against NetworkInference 1.2.5', { timeout: 60_000 }, () => {
  const have = existsSync(SPID);
  const spid = have ? buildCascades(events(csv(SPID))) : undefined;
  const run = (ctx: { skip: () => void }, o: NetinfOptions) => {
    if (!spid) {
      console.warn('Skipped: the SPID data (../shared/data/spid-policies.csv) is absent here.');
      ctx.skip();
    }
    return netinf(spid!, o);
  };

  it('orders the cascades as R does', (ctx) => {
    run(ctx, { model: 'exponential', params: [1], edges: 1 });
    expect(spid!.cascadeIds).toEqual(readFileSync(path.join(FIXTURES, 'spid-cascade-order.txt'), 'utf8').trim().split('\n'));
  });
  it('exponential, 100 edges, lambda 0.5', (ctx) =>
    expectSameAsR(run(ctx, { model: 'exponential', params: [0.5], edges: 100 }), 'spid-exponential-100-lambda-0.5'));
  it('exponential, 100 edges, lambda estimated', (ctx) => {
    const r = run(ctx, { model: 'exponential', edges: 100 });
    expect(r.params).toEqual([0.57795503521719294]);
    expectSameAsR(r, 'spid-exponential-100-estimated');
  });
  it('exponential, p-value cutoff 0.1, lambda estimated (866 edges)', (ctx) =>
    expectSameAsR(run(ctx, { model: 'exponential', pValueCutoff: 0.1 }), 'spid-exponential-pvalue-0.1-estimated'));
  it('exponential, p-value cutoff 0.1, lambda 0.5 (872 edges)', (ctx) =>
    expectSameAsR(run(ctx, { model: 'exponential', params: [0.5], pValueCutoff: 0.1 }), 'spid-exponential-pvalue-0.1-lambda-0.5'));
  it('rayleigh, alpha 5', (ctx) => expectSameAsR(run(ctx, { model: 'rayleigh', params: [5], edges: 30 }), 'spid-rayleigh-30-alpha-5'));
  it('rayleigh, estimated: refused where the package fails (its adjustment overflows)', (ctx) => {
    expect(() => run(ctx, { model: 'rayleigh', edges: 30 })).toThrow(/overflows/);
  });
  it('log-normal, mu 1 sigma 1', (ctx) =>
    expectSameAsR(run(ctx, { model: 'log-normal', params: [1, 1], edges: 30 }), 'spid-lognormal-30-mu-1-sigma-1'));
  it('log-normal, estimated (the mean and sd of log time since the first adoption)', (ctx) => {
    const r = run(ctx, { model: 'log-normal', edges: 30 });
    expect(r.params).toEqual([2.1269874183402364, 1.1360389452441586]);
    expectSameAsR(r, 'spid-lognormal-30-estimated');
  });
  it('on eight cascades: rayleigh and log-normal estimated, exponential by p-value', (ctx) => {
    if (!spid) return void run(ctx, { model: 'exponential', edges: 1 });
    const eight = spid.cascadeIds.slice(0, 8);
    const sub = { ...spid, cascadeIds: eight, nodes: spid.nodes.slice(0, 8), times: spid.times.slice(0, 8) };
    const ray = netinf(sub, { model: 'rayleigh', edges: 10 });
    expect(ray.params).toEqual([1721.8205462728229]);
    expectSameAsR(ray, 'spid8-rayleigh-10-estimated');
    expectSameAsR(netinf(sub, { model: 'log-normal', edges: 10 }), 'spid8-lognormal-10-estimated');
    expectSameAsR(netinf(sub, { model: 'exponential', pValueCutoff: 0.1 }), 'spid8-exponential-pvalue-0.1-estimated');
  });
});

describe('numerics that decide ties', () => {
  it('exp and log are correctly rounded where V8 may be one ulp off (glibc, which R uses, agrees)', () => {
    // the exponential density at a gap of 3 years with SPID's estimated lambda, as glibc computes it
    const lambda = 0.57795503521719294;
    const hex = (d: number) => {
      const v = new DataView(new ArrayBuffer(8));
      v.setFloat64(0, d);
      return v.getBigUint64(0).toString(16);
    };
    expect(hex(lambda * exp(-1 * lambda * 3))).toBe('3fba2112af222137');
    expect(log(Math.E)).toBe(1);
    expect(log(1)).toBe(0);
  });
  it("R's long double mean and var", () => {
    expect(rMean([1, 2, 4])).toBe(7 / 3);
    expect(rMean([0.1, 0.2, 0.3])).toBe(0.2);
    expect(rVar([1, 2, 3, 4])).toBe(5 / 3);
  });
  it("the package's normal CDF approximation", () => {
    expect(packageNormalCdf(0)).toBeCloseTo(0.5, 8);
    expect(packageNormalCdf(1.6448536)).toBeCloseTo(0.95, 6);
    expect(packageNormalCdf(Infinity)).toBe(1);
  });
  it('times: numbers as given, partial dates as decimal years at the start of their period', () => {
    expect(timeValue('1999')).toBe(1999);
    expect(timeValue('3.25')).toBe(3.25);
    expect(timeValue('2015-07')).toBeCloseTo(2015 + 181 / 365, 12);
    expect(timeValue('2016-03-01')).toBeCloseTo(2016 + 60 / 366, 12);
    expect(timeValue('July 2015')).toBeUndefined();
  });
  it('estimation refuses data without gaps', () => {
    expect(() => estimateParameters('exponential', [Float64Array.from([1])])).toThrow(/Give the parameters explicitly/);
  });
});
