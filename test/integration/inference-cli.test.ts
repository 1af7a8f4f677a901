import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';

const FIXTURES = path.resolve(__dirname, '../fixtures/netinf');
const SPID = path.resolve(__dirname, '../../../shared/data/spid-policies.csv');
const FIVE = path.join(FIXTURES, 'five.csv');
const dir = mkdtempSync(path.join(tmpdir(), 'pg-infer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];

describe('prevention-graph infer', () => {
  it('has --help naming the options and the output columns', { timeout: 120_000 }, async () => {
    const r = await cli(['infer', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--cascades FILE/);
    expect(r.stdout).toMatch(/origin_node,destination_node,improvement,p_value/);
  });

  it('reproduces NetworkInference on SPID: 100 edges, lambda 0.5, in order, to the last bit', { timeout: 120_000 }, async (ctx) => {
    if (!existsSync(SPID)) {
      console.warn('Skipped: the SPID data (../shared/data/spid-policies.csv) is absent here.');
      ctx.skip();
    }
    const out = path.join(dir, 'spid.csv');
    const r = await cli(['infer', '--cascades', SPID, '--model', 'exponential', '--edges', '100', '--lambda', '0.5', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/inferred 100 \/ 100 edges/);
    const ours = rows(readFileSync(out, 'utf8'));
    const ref = rows(readFileSync(path.join(FIXTURES, 'spid-exponential-100-lambda-0.5.csv'), 'utf8'));
    expect(ours.map((e) => [e.origin_node, e.destination_node, Number(e.improvement), Number(e.p_value)])).toEqual(
      ref.map((e) => [e.origin_node, e.destination_node, Number(e.improvement), Number(e.p_value)]),
    );
  });

  it('p-value mode to stdout, estimating lambda; the last edge is the one at or above the cutoff', { timeout: 120_000 }, async () => {
    const r = await cli(['infer', '--cascades', FIVE, '--p-value', '0.3', '--lambda', '1']);
    expect(r.code, r.stderr).toBe(0);
    const ours = rows(r.stdout);
    const ref = rows(readFileSync(path.join(FIXTURES, 'five-exponential-pvalue-0.3-lambda-1.csv'), 'utf8'));
    expect(ours.map((e) => [e.origin_node, e.destination_node, Number(e.p_value)])).toEqual(
      ref.map((e) => [e.origin_node, e.destination_node, Number(e.p_value)]),
    );
    expect(r.stderr).toMatch(/stopped at the p-value cutoff/);
  });

  it('writes GraphML with every edge typed INFERRED and marked inferred', { timeout: 120_000 }, async () => {
    const r = await cli(['infer', '--cascades', FIVE, '--edges', '3', '--lambda', '1', '--format', 'graphml']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/INFERRED network/);
    expect(r.stdout.match(/<edge /g)).toHaveLength(3);
    const key = /<key id="([^"]+)" for="edge" attr\.name="inferred"/.exec(r.stdout)?.[1];
    expect(key).toBeDefined();
    expect(r.stdout.match(new RegExp(`<data key="${key}">true</data>`, 'g'))).toHaveLength(3);
    expect(r.stdout).not.toMatch(/>INSPIRED</);
  });

  it('says what is wrong and what to do next', { timeout: 180_000 }, async () => {
    const both = await cli(['infer', '--cascades', FIVE, '--edges', '3', '--p-value', '0.1']);
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/error: Give exactly one of --edges N and --p-value CUTOFF/);
    const tooMany = await cli(['infer', '--cascades', FIVE, '--edges', '7', '--lambda', '1']);
    expect(tooMany.stderr).toMatch(/exceeds the number of possible edges in these cascades \(6\)[\s\S]*next: Ask for fewer edges/);
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(bad, 'node,cascade,time\na,p1,2001\nb,p1,last spring\n');
    const badTime = await cli(['infer', '--cascades', bad, '--edges', '1']);
    expect(badTime.code).toBe(1);
    expect(badTime.stderr).toMatch(/line 3: time "last spring" is neither a number nor a date/);
    const missing = await cli(['infer', '--cascades', path.join(dir, 'nope.csv'), '--edges', '1']);
    expect(missing.stderr).toMatch(/No such file/);
  });
});

describe('prevention-graph cascades', () => {
  const id = `t-cli-${Date.now().toString(36)}`;
  afterAll(async () => {
    await cli(['cascades', 'delete', id, '--yes']);
  });

  it('imports (dry run first), lists, infers from the stored data set, and deletes', async () => {
    const dry = await cli(['cascades', 'import', FIVE, '--id', id, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toMatch(/Dry run: everything checked, nothing written/);
    expect((await cli(['cascades', 'list'])).stdout).not.toContain(id);

    const real = await cli(['cascades', 'import', FIVE, '--id', id, '--name', 'Five']);
    expect(real.code, real.stderr).toBe(0);
    expect(real.stdout).toContain(`${id}\t10 adoptions, 5 nodes, 4 cascades`);
    expect((await cli(['cascades', 'list'])).stdout).toContain(id);

    const inferred = await cli(['infer', '--data-set', id, '--edges', '2', '--lambda', '1']);
    expect(inferred.code, inferred.stderr).toBe(0);
    expect(rows(inferred.stdout).map((e) => `${e.origin_node}->${e.destination_node}`)).toEqual(['a->c', 'b->e']);

    const del = await cli(['cascades', 'delete', id]);
    expect(del.stderr).toMatch(/next: Add --yes/);
    expect((await cli(['cascades', 'delete', id, '--yes'])).code).toBe(0);
    expect((await cli(['cascades', 'list'])).stdout).not.toContain(id);
  }, 300_000);

  it('computes speed, innovativeness and an event-history table', { timeout: 240_000 }, async () => {
    const prefix = path.join(dir, 'five');
    const stats = await cli(['cascades', 'stats', '--cascades', FIVE, '--out', prefix]);
    expect(stats.code, stats.stderr).toBe(0);
    const speed = rows(readFileSync(`${prefix}-speed.csv`, 'utf8'));
    expect(speed.find((s) => s.cascade === 'c2')).toMatchObject({ adopters: '3', span: '2', time_to_half: '1', tied: '0' });
    expect(speed.find((s) => s.cascade === 'c4')).toMatchObject({ adopters: '2', span: '0', tied: '1' });
    const inno = rows(readFileSync(`${prefix}-innovativeness.csv`, 'utf8'));
    // a adopts first in both its cascades: position (1 − 0.5)/3 = 1/6, the most innovative
    expect(inno[0]).toMatchObject({ rank: '1', node: 'a' });
    expect(Number(inno[0]!.mean_position)).toBeCloseTo(1 / 6, 12);

    const history = path.join(dir, 'history.csv');
    const eh = await cli(['cascades', 'event-history', '--cascades', FIVE, '--out', history, '--edges', '3', '--lambda', '1']);
    expect(eh.code, eh.stderr).toBe(0);
    const h = rows(readFileSync(history, 'utf8'));
    // c1 runs 1..3: b adopts at 2 after a (its inferred source? a→b is not among the first 3 edges)
    const b1 = h.filter((r) => r.cascade === 'c1' && r.node === 'b');
    expect(b1.map((r) => [r.period_start, r.event, r.prior_adopters])).toEqual([
      ['1', '0', '0'],
      ['2', '1', '1'],
    ]);
    // e never adopts in c1: at risk (censored) in all three periods
    expect(h.filter((r) => r.cascade === 'c1' && r.node === 'e').map((r) => r.event)).toEqual(['0', '0', '0']);
    // c in c2 adopts at 2; its inferred source a (edge a→c, the first inferred) had adopted at 1
    expect(h.find((r) => r.cascade === 'c2' && r.node === 'c' && r.event === '1')).toMatchObject({ sources: '1', sources_adopted: '1' });
  });
});
