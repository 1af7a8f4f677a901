import { writeFile } from 'node:fs/promises';
import { buildCascades, type CascadeOrder } from '../graph/influence/netinf/cascades';
import { isTransmissionModel, TRANSMISSION_MODELS } from '../domain/inference';
import { NetinfInputError, PARAMETER_NAMES } from '../graph/influence/netinf/models';
import { netinf, type NetinfResult } from '../graph/influence/netinf/netinf';
import { edgesCsv } from '../graph/influence/netinf/read';
import { compareWithDocumented } from '../graph/influence/netinf/compare';
import { inferredExportGraph } from '../graph/influence/netinf/export';
import { writeExport } from '../graph/export/formats';
import { cascadesFromOptions, SOURCE_OPTIONS, SOURCE_USAGE } from './cascade-input';
import { CliError, say, type Command } from './command';

const USAGE = `prevention-graph infer (--cascades FILE | --data-set ID | --practice ID | --category NAME)
       [--model exponential|rayleigh|log-normal] (--edges N | --p-value CUTOFF)
       [--lambda X | --alpha X | --mu X --sigma X] [--out FILE] [--format csv|graphml|gexf]
       [--cascade-order c|input] [--compare]

Infers the latent diffusion network (NetInf) from adoption times, exactly as the R package
NetworkInference 1.2.5 computes it, and writes its edges in the order they were inferred:
origin_node,destination_node,improvement,p_value. Inferred edges are hypotheses, not evidence.

${SOURCE_USAGE}
  --model      transmission model (default exponential)
  --edges      stop after N edges …
  --p-value    … or at the first edge whose Vuong-test p-value is >= CUTOFF (that edge is included,
               as in the package)
  --lambda     exponential rate; --alpha Rayleigh scale; --mu and --sigma log-normal.
               Without them the parameters are estimated from the data as the package does
  --out        write the result here (default stdout; csv format with --out PREFIX writes
               PREFIX-nodes.csv and PREFIX-edges.csv)
  --format     edges (default: the package's CSV), or graphml / gexf / csv like "export", every
               edge typed INFERRED with inferred=true — never mixed with documented influence
  --compare    also report which documented INSPIRED influences the inference recovers, which
               it misses, and which inferred edges no document supports (to stderr)
  --cascade-order  c (default: cascades sorted by id in code-point order, as R in the C locale)
               or input (order of first appearance); it can only matter for exact ties in gain

Progress and the parameters used go to stderr.`;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function number(flag: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n))
    throw new CliError(`--${flag} must be a number (got "${v}").`, `Run "prevention-graph infer --help".`);
  return n;
}

export function describeRun(r: NetinfResult): string {
  const names = PARAMETER_NAMES[r.model];
  const params = r.params.map((p, i) => `${names[i]} = ${p}`).join(', ');
  const why =
    r.stoppedBy === 'edges'
      ? 'the number of edges asked for'
      : r.stoppedBy === 'p-value'
        ? 'the p-value cutoff'
        : 'every possible edge (before the p-value cutoff)';
  return `${r.edges.length} edges (${r.model}, ${params}${r.paramsEstimated ? ', estimated from the data' : ''}; stopped at ${why}; ${r.possibleEdges} possible edges)`;
}

export const inferCommand: Command = {
  name: 'infer',
  summary: 'infer who learned from whom from adoption times (NetInf, as NetworkInference 1.2.5) and write the edges as CSV',
  usage: USAGE,
  options: {
    ...SOURCE_OPTIONS,
    format: { type: 'string' },
    compare: { type: 'boolean' },
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
    const model = str(values.model) ?? 'exponential';
    if (!isTransmissionModel(model)) throw new CliError(`--model must be one of ${TRANSMISSION_MODELS.join(', ')} (got "${model}").`);
    const edges = number('edges', str(values.edges));
    const pValue = number('p-value', str(values['p-value']));
    if ((edges === undefined) === (pValue === undefined))
      throw new CliError('Give exactly one of --edges N and --p-value CUTOFF.', 'For example --edges 100, or --p-value 0.1.');
    const given = {
      lambda: number('lambda', str(values.lambda)),
      alpha: number('alpha', str(values.alpha)),
      mu: number('mu', str(values.mu)),
      sigma: number('sigma', str(values.sigma)),
    };
    const wanted = PARAMETER_NAMES[model];
    const stray = Object.entries(given).filter(([k, v]) => v !== undefined && !wanted.includes(k));
    if (stray.length)
      throw new CliError(
        `The ${model} model takes ${wanted.map((w) => `--${w}`).join(' and ')}, not ${stray.map(([k]) => `--${k}`).join(', ')}.`,
      );
    const values_ = wanted.map((k) => given[k as keyof typeof given]);
    if (values_.some((v) => v !== undefined) && values_.some((v) => v === undefined))
      throw new CliError(`Give all of ${wanted.map((w) => `--${w}`).join(' and ')}, or none to estimate them.`);
    const params = values_.every((v) => v !== undefined) ? (values_ as number[]) : undefined;
    const order = str(values['cascade-order']) ?? 'c';
    if (order !== 'c' && order !== 'input') throw new CliError('--cascade-order must be c or input.');
    const format = str(values.format) ?? 'edges';
    if (!['edges', 'csv', 'graphml', 'gexf'].includes(format)) throw new CliError('--format must be edges, csv, graphml or gexf.');

    try {
      const started = Date.now();
      const input = await cascadesFromOptions(values);
      const events = input.events;
      const cascades = buildCascades(events, { order: order as CascadeOrder });
      say(`${events.length} adoptions of ${cascades.nodeNames.length} nodes in ${cascades.cascadeIds.length} cascades (${input.label})`);
      const inferStart = Date.now();
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
      const inferSeconds = (Date.now() - inferStart) / 1000;
      const out = str(values.out);
      const comparison = input.documented ? compareWithDocumented(result.edges, input.documented, cascades) : undefined;
      if (format === 'edges') {
        const csv = edgesCsv(result.edges);
        if (out && out !== '-') await writeFile(out, csv);
        else process.stdout.write(csv);
      } else {
        const documented = comparison ? new Set(comparison.recovered.map((r) => `${r.origin}\u0000${r.destination}`)) : undefined;
        const graph = inferredExportGraph(result, {
          title: input.label,
          names: input.names,
          documented,
          nodeType: input.fromGraph ? 'City' : 'Node',
        });
        const files = writeExport(format as 'csv' | 'graphml' | 'gexf', graph);
        if ((!out || out === '-') && files.length > 1)
          throw new CliError('CSV is two files (nodes and edges) and cannot go to stdout.', 'Add --out PREFIX.');
        for (const f of files) {
          if (out && out !== '-') await writeFile(files.length > 1 ? `${out}${f.suffix}` : out, f.text);
          else process.stdout.write(f.text);
        }
      }
      say(
        `${describeRun(result)}: inferred in ${inferSeconds.toFixed(2)} s, ${((Date.now() - started) / 1000).toFixed(2)} s in all${out && out !== '-' ? ` → ${out}` : ''}`,
      );
      if (values.compare) {
        if (!comparison)
          say('compare: no documented influences among these nodes (a CSV file has none; use --data-set, --practice or --category).');
        else {
          say(
            `compare: ${comparison.documented} documented city-to-city influences; recovered ${comparison.recovered.length}, missed ${comparison.missed.length} (${comparison.missed.filter((m) => !m.possible).length} impossible from these times); ${comparison.undocumented.length} of ${result.edges.length} inferred edges have no document`,
          );
          for (const r of comparison.recovered) say(`  recovered #${r.rank}: ${r.origin} -> ${r.destination}`);
          for (const m of comparison.missed)
            say(
              `  missed: ${m.origin} -> ${m.destination}${m.possible ? '' : ' (not possible: the origin never adopted strictly earlier)'}`,
            );
        }
      }
    } catch (err) {
      if (err instanceof NetinfInputError) throw new CliError(err.message, hintFor(err.field));
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
