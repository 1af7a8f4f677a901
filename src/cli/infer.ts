import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCascades, type CascadeOrder } from '../graph/influence/netinf/cascades';
import { isTransmissionModel, MODELS, NetinfInputError, PARAMETER_NAMES } from '../graph/influence/netinf/models';
import { netinf, type NetinfResult } from '../graph/influence/netinf/netinf';
import { edgesCsv, readCascadeCsv } from '../graph/influence/netinf/read';
import { CliError, say, type Command } from './command';

const USAGE = `prevention-graph infer --cascades FILE [--model exponential|rayleigh|log-normal]
       (--edges N | --p-value CUTOFF) [--lambda X | --alpha X | --mu X --sigma X] [--out FILE]
       [--cascade-order c|input]

Infers the latent diffusion network (NetInf) from adoption times, exactly as the R package
NetworkInference 1.2.5 computes it, and writes its edges in the order they were inferred:
origin_node,destination_node,improvement,p_value. Inferred edges are hypotheses, not evidence.

  --cascades   long-form CSV with a header: node,cascade,time (also node_name, cascade_id,
               event_time). time is a number or a date (YYYY, YYYY-MM, YYYY-MM-DD; dates become
               decimal years at the start of the period)
  --model      transmission model (default exponential)
  --edges      stop after N edges …
  --p-value    … or at the first edge whose Vuong-test p-value is >= CUTOFF (that edge is included,
               as in the package)
  --lambda     exponential rate; --alpha Rayleigh scale; --mu and --sigma log-normal.
               Without them the parameters are estimated from the data as the package does
  --out        write the CSV here (default stdout)
  --cascade-order  c (default: cascades sorted by id in code-point order, as R in the C locale)
               or input (order of first appearance); it can only matter for exact ties in gain

Progress and the parameters used go to stderr.`;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function number(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new CliError(`--${flag} must be a number (got "${v}").`, `Run "prevention-graph infer --help".`);
  return n;
}

export function describeRun(r: NetinfResult): string {
  const names = PARAMETER_NAMES[r.model];
  const params = r.params.map((p, i) => `${names[i]} = ${p}`).join(', ');
  const why = r.stoppedBy === 'edges' ? 'the number of edges asked for' : r.stoppedBy === 'p-value' ? 'the p-value cutoff' : 'every possible edge (before the p-value cutoff)';
  return `${r.edges.length} edges (${r.model}, ${params}${r.paramsEstimated ? ', estimated from the data' : ''}; stopped at ${why}; ${r.possibleEdges} possible edges)`;
}

export const inferCommand: Command = {
  name: 'infer',
  summary: 'infer who learned from whom from adoption times (NetInf, as NetworkInference 1.2.5) and write the edges as CSV',
  usage: USAGE,
  options: {
    cascades: { type: 'string' },
    model: { type: 'string' },
    edges: { type: 'string' },
    'p-value': { type: 'string' },
    lambda: { type: 'string' },
    alpha: { type: 'string' },
    mu: { type: 'string' },
    sigma: { type: 'string' },
    out: { type: 'string' },
    'cascade-order': { type: 'string' },
  },
  async run({ values }) {
    const file = str(values.cascades);
    if (!file) throw new CliError('Name the cascades file with --cascades FILE.', 'prevention-graph infer --cascades adoptions.csv --edges 100');
    const model = str(values.model) ?? 'exponential';
    if (!isTransmissionModel(model)) throw new CliError(`--model must be one of ${MODELS.join(', ')} (got "${model}").`);
    const edges = number('edges', str(values.edges));
    const pValue = number('p-value', str(values['p-value']));
    if ((edges === undefined) === (pValue === undefined)) throw new CliError('Give exactly one of --edges N and --p-value CUTOFF.', 'For example --edges 100, or --p-value 0.1.');
    const given = { lambda: number('lambda', str(values.lambda)), alpha: number('alpha', str(values.alpha)), mu: number('mu', str(values.mu)), sigma: number('sigma', str(values.sigma)) };
    const wanted = PARAMETER_NAMES[model];
    const stray = Object.entries(given).filter(([k, v]) => v !== undefined && !wanted.includes(k));
    if (stray.length) throw new CliError(`The ${model} model takes ${wanted.map((w) => `--${w}`).join(' and ')}, not ${stray.map(([k]) => `--${k}`).join(', ')}.`);
    const values_ = wanted.map((k) => given[k as keyof typeof given]);
    if (values_.some((v) => v !== undefined) && values_.some((v) => v === undefined)) throw new CliError(`Give all of ${wanted.map((w) => `--${w}`).join(' and ')}, or none to estimate them.`);
    const params = values_.every((v) => v !== undefined) ? (values_ as number[]) : undefined;
    const order = str(values['cascade-order']) ?? 'c';
    if (order !== 'c' && order !== 'input') throw new CliError('--cascade-order must be c or input.');

    try {
      const started = Date.now();
      const events = await readCascadeCsv(path.resolve(file), file, { progress: (n) => say(`read ${n} adoptions…`) });
      const cascades = buildCascades(events, { order: order as CascadeOrder });
      say(`${events.length} adoptions of ${cascades.nodeNames.length} nodes in ${cascades.cascadeIds.length} cascades`);
      let lastSaid = 0;
      const result = netinf(cascades, {
        model,
        params,
        edges,
        pValueCutoff: pValue,
        onProgress: ({ edges: done, total, pValue: p }) => {
          const now = Date.now();
          if (now - lastSaid < 500 && done !== total) return;
          lastSaid = now;
          say(total ? `inferred ${done} / ${total} edges` : `inferred ${done} edges, last p-value ${p.toPrecision(3)}`);
        },
      });
      const csv = edgesCsv(result.edges);
      const out = str(values.out);
      if (out && out !== '-') await writeFile(out, csv);
      else process.stdout.write(csv);
      say(`${describeRun(result)} in ${((Date.now() - started) / 1000).toFixed(2)} s${out && out !== '-' ? ` → ${out}` : ''}`);
    } catch (err) {
      if (err instanceof NetinfInputError) throw new CliError(err.message, hintFor(err.field));
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'ENOENT') throw new CliError(`No such file: ${file}.`, 'Check the path given to --cascades.');
      throw err;
    }
  },
};

function hintFor(field: string): string {
  switch (field) {
    case 'params':
      return 'Give the parameters explicitly (--lambda, --alpha, or --mu and --sigma).';
    case 'edges':
      return 'Ask for fewer edges, or use --p-value.';
    default:
      return 'Fix the cascades file: a header node,cascade,time and one adoption per row.';
  }
}
