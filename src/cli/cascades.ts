import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { buildCascades } from '../graph/influence/netinf/cascades';
import { deleteCascadeDataSet, importCascadeDataSet, listCascadeDataSets } from '../graph/influence/netinf/data-sets';
import { cascadeSpeeds, EVENT_HISTORY_COLUMNS, eventHistoryRows, innovativeness } from '../graph/influence/netinf/diffusion-stats';
import { NetinfInputError } from '../graph/influence/netinf/models';
import { netinf, type InferredEdge } from '../graph/influence/netinf/netinf';
import { readCascadeCsv } from '../graph/influence/netinf/read';
import { cascadesFromOptions, SOURCE_OPTIONS, SOURCE_USAGE } from './cascade-input';
import { CliError, say, withDb, type Command } from './command';

const USAGE = `prevention-graph cascades <action> …

  import FILE --id ID [--name TEXT] [--description TEXT] [--replace] [--dry-run] [--by NAME]
      store long-form adoption cascades (node,cascade,time) as their own data set, in one
      transaction (all or nothing); --dry-run checks and rolls back. Stored under the labels
      CascadeDataSet / CascadeAdoption: research data, never mixed with cited facts.
  list
      the imported data sets
  delete ID --yes
      remove a data set
  stats (--cascades FILE | --data-set ID | --practice ID | --category NAME) [--out PREFIX]
      adoption speed and lags per cascade (PREFIX-speed.csv) and innovativeness per actor,
      with Rogers' adopter categories (PREFIX-innovativeness.csv); without --out, a summary
  event-history (--cascades FILE | …) --out FILE [--step N] [--edges N [--lambda X]]
      a monadic discrete-time event-history table for survival models; with --edges, NetInf
      is run first and each row counts the node's inferred sources that had adopted

${SOURCE_USAGE}

Event-history columns:
${EVENT_HISTORY_COLUMNS.map(([c, d]) => `  ${c.padEnd(16)}${d}`).join('\n')}`;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const q = (s: string | number | null): string =>
  s === null ? '' : typeof s === 'number' ? String(s) : /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;

async function writeLines(file: string, lines: Iterable<string>): Promise<number> {
  const out = createWriteStream(file);
  let n = 0;
  for (const line of lines) {
    if (!out.write(`${line}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
    n++;
  }
  out.end();
  await finished(out);
  return n;
}

export const cascadesCommand: Command = {
  name: 'cascades',
  summary: 'adoption cascades as data: import/list/delete data sets, speed and innovativeness, event-history tables',
  usage: USAGE,
  options: {
    ...SOURCE_OPTIONS,
    id: { type: 'string' },
    name: { type: 'string' },
    description: { type: 'string' },
    replace: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    by: { type: 'string' },
    yes: { type: 'boolean' },
    out: { type: 'string' },
    step: { type: 'string' },
    edges: { type: 'string' },
    lambda: { type: 'string' },
  },
  async run({ values, positionals }) {
    const [action, ...rest] = positionals;
    try {
      switch (action) {
        case 'import':
          return await importAction(values, rest);
        case 'list':
          return await withDb(async (db) => {
            const sets = await listCascadeDataSets(db);
            if (!sets.length) say('No cascade data sets. Import one with "prevention-graph cascades import FILE --id ID".');
            for (const s of sets)
              process.stdout.write(
                `${s.id}\t${s.adoptions} adoptions, ${s.nodes} nodes, ${s.cascades} cascades\t${s.name}\t${s.importedAt} by ${s.importedBy}\n`,
              );
          });
        case 'delete': {
          const id = rest[0];
          if (!id) throw new CliError('Name the data set to delete.', 'prevention-graph cascades delete ID --yes');
          if (!values.yes) throw new CliError(`Deleting "${id}" cannot be undone.`, 'Add --yes to confirm.');
          return await withDb(async (db) => {
            if (!(await deleteCascadeDataSet(db, id)))
              throw new CliError(`No cascade data set "${id}".`, 'See "prevention-graph cascades list".');
            say(`Deleted the cascade data set "${id}".`);
          });
        }
        case 'stats':
          return await statsAction(values);
        case 'event-history':
          return await historyAction(values);
        default:
          throw new CliError(
            action ? `Unknown action "${action}".` : 'Name an action: import, list, delete, stats or event-history.',
            'Run "prevention-graph cascades --help".',
          );
      }
    } catch (err) {
      if (err instanceof NetinfInputError) throw new CliError(err.message, 'Run "prevention-graph cascades --help".');
      throw err;
    }
  },
};

async function importAction(values: Record<string, unknown>, files: string[]): Promise<void> {
  const file = files[0];
  const id = str(values.id);
  if (!file || files.length > 1)
    throw new CliError('Name one CSV file to import.', 'prevention-graph cascades import adoptions.csv --id my-data');
  if (!id) throw new CliError('Give the data set an id with --id.', 'For example --id spid (lower-case letters, digits and "-").');
  let events;
  try {
    events = await readCascadeCsv(path.resolve(file), file, { progress: (n) => say(`read ${n} rows…`) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`No such file: ${file}.`);
    throw err;
  }
  buildCascades(events); // refuses a node twice in one cascade before anything is written
  say(`validated ${events.length} adoptions; writing${values['dry-run'] ? ' (dry run)' : ''}…`);
  await withDb(
    async (db) => {
      const r = await importCascadeDataSet(db, {
        id,
        name: str(values.name),
        description: str(values.description),
        events,
        by: str(values.by),
        dryRun: Boolean(values['dry-run']),
        replace: Boolean(values.replace),
        progress: say,
      });
      process.stdout.write(`${r.id}\t${r.adoptions} adoptions, ${r.nodes} nodes, ${r.cascades} cascades\n`);
      say(
        r.dryRun
          ? 'Dry run: everything checked, nothing written.'
          : `Imported in one transaction${r.replaced ? ' (replacing the previous data set)' : ''}.`,
      );
    },
    { longWrite: true },
  );
}

async function statsAction(values: Record<string, unknown>): Promise<void> {
  const input = await cascadesFromOptions(values);
  const c = buildCascades(input.events);
  const speeds = cascadeSpeeds(c);
  const inno = innovativeness(c);
  const out = str(values.out);
  if (!out) {
    const spans = speeds.map((s) => s.span).sort((a, b) => a - b);
    process.stdout.write(
      `${input.label}: ${c.cascadeIds.length} cascades, ${c.nodeNames.length} actors; median span ${spans[spans.length >> 1]}\n`,
    );
    process.stdout.write('Most innovative (leaders):\n');
    for (const r of inno.slice(0, 5))
      process.stdout.write(
        `  ${r.rank}. ${input.names?.get(r.node) ?? r.node}\tscore ${r.score.toFixed(3)}\t${r.category}\t${r.adoptions} adoptions\n`,
      );
    process.stdout.write('Least innovative (laggards):\n');
    for (const r of inno.filter((x) => x.adoptions).slice(-5))
      process.stdout.write(
        `  ${r.rank}. ${input.names?.get(r.node) ?? r.node}\tscore ${r.score.toFixed(3)}\t${r.category}\t${r.adoptions} adoptions\n`,
      );
    say('Add --out PREFIX for PREFIX-speed.csv and PREFIX-innovativeness.csv.');
    return;
  }
  const speedLines = [
    'cascade,adopters,first,last,span,time_to_half,mean_lag,median_lag,max_lag,tied',
    ...speeds.map((s) =>
      [s.cascade, s.adopters, s.first, s.last, s.span, s.timeToHalf, s.meanLag, s.medianLag, s.maxLag, s.tied].map(q).join(','),
    ),
  ];
  const innoLines = [
    'rank,node,name,adoptions,mean_position,score,category,innovator,early_adopter,early_majority,late_majority,laggard',
    ...inno.map((r) =>
      [
        r.rank,
        r.node,
        input.names?.get(r.node) ?? r.node,
        r.adoptions,
        Number.isNaN(r.meanPosition) ? null : r.meanPosition,
        Number.isNaN(r.score) ? null : r.score,
        r.adoptions ? r.category : null,
        r.counts.innovator,
        r.counts['early adopter'],
        r.counts['early majority'],
        r.counts['late majority'],
        r.counts.laggard,
      ]
        .map(q)
        .join(','),
    ),
  ];
  await writeLines(`${out}-speed.csv`, speedLines);
  await writeLines(`${out}-innovativeness.csv`, innoLines);
  say(`wrote ${out}-speed.csv (${speeds.length} cascades) and ${out}-innovativeness.csv (${inno.length} actors)`);
}

async function historyAction(values: Record<string, unknown>): Promise<void> {
  const out = str(values.out);
  if (!out) throw new CliError('The event history can be large: name the file with --out FILE.');
  const step = str(values.step) ? Number(values.step) : 1;
  if (!(step > 0)) throw new CliError('--step must be a positive number (the period length, in the unit of the times).');
  const input = await cascadesFromOptions(values);
  const c = buildCascades(input.events);
  let network: InferredEdge[] | undefined;
  if (str(values.edges)) {
    const edges = Number(values.edges);
    const lambda = str(values.lambda) ? Number(values.lambda) : undefined;
    const r = netinf(c, { model: 'exponential', edges, params: lambda === undefined ? undefined : [lambda] });
    network = r.edges;
    say(`inferred ${r.edges.length} edges (exponential, lambda ${r.params[0]}) for the sources columns`);
  }
  let n = 0;
  const lines = (function* () {
    yield EVENT_HISTORY_COLUMNS.map(([col]) => col).join(',');
    for (const row of eventHistoryRows(c, { step, network })) {
      if (++n % 200_000 === 0) say(`${n} rows…`);
      yield row.map((v) => q(v as string | number)).join(',');
    }
  })();
  const count = await writeLines(out, lines);
  say(`wrote ${out}: ${count - 1} rows (${c.cascadeIds.length} cascades × ${c.nodeNames.length} nodes at risk, step ${step})`);
}
