import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import { FORMATS, isExportFormat, writeExport } from '../graph/export/formats';
import { loadExportGraph } from '../graph/export/load';
import { parseScope, type ScopeParams } from '../graph/export/scope';
import { CliError, say, withDb, type Command } from './command';

const USAGE = `prevention-graph export --format graphml|gexf|csv|kumu [--out FILE]
       [--practice ID | --reach ID [--direction downstream|upstream] [--max-hops N] | --region ID] [--as-of DATE]

  --format     graphml (igraph, NetworkX), gexf (Gephi, with dates for its timeline),
               csv (nodes + edges), kumu (Kumu blueprint JSON)
  --out        file to write; without it the export goes to stdout (not for csv).
               csv writes two files: with --out DIR (an existing directory, or a path
               ending in /) DIR/nodes.csv and DIR/edges.csv, else FILE-nodes.csv and FILE-edges.csv
  --practice   only the cascade of this practice (adopters, practice, who inspired whom)
  --reach      only what this actor influenced (or, --direction upstream, what influenced it)
  --region     only what lies in this region (and the practices and challenges it touches)
  --as-of      the graph as it stood at this date (YYYY, YYYY-MM or YYYY-MM-DD)

Without a scope option the whole graph is exported (every node but the source documents).`;

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Where each file goes: stdout, one file, or the two CSV files of a prefix or directory. */
async function targets(out: string | undefined, suffixes: string[]): Promise<(string | null)[]> {
  if (!out || out === '-') {
    if (suffixes.length > 1)
      throw new CliError('CSV is two files (nodes and edges) and cannot go to stdout.', 'Add --out DIR/ or --out PREFIX.');
    return [null];
  }
  if (suffixes.length === 1) return [out];
  const isDir =
    out.endsWith('/') ||
    out.endsWith(path.sep) ||
    (await stat(out).then(
      (s) => s.isDirectory(),
      () => false,
    ));
  if (isDir) await mkdir(out, { recursive: true });
  return suffixes.map((s) => (isDir ? path.join(out, s.replace(/^-/, '')) : `${out}${s}`));
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the graph or a part of it as GraphML, GEXF, CSV or a Kumu blueprint',
  usage: USAGE,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    practice: { type: 'string' },
    reach: { type: 'string' },
    direction: { type: 'string' },
    'max-hops': { type: 'string' },
    region: { type: 'string' },
    'as-of': { type: 'string' },
  },
  async run({ values }) {
    const format = str(values.format);
    if (!isExportFormat(format))
      throw new CliError(`--format must be one of ${FORMATS.join(', ')}.`, 'Run "prevention-graph export --help".');
    const scopes = (['practice', 'reach', 'region'] as const).filter((s) => str(values[s]));
    if (scopes.length > 1)
      throw new CliError(`Give at most one of --practice, --reach and --region (got ${scopes.map((s) => `--${s}`).join(', ')}).`);
    const scope = scopes[0];
    const params: ScopeParams = {
      scope: scope ?? 'all',
      id: scope ? str(values[scope]) : undefined,
      direction: str(values.direction),
      maxHops: str(values['max-hops']),
      asOf: str(values['as-of']),
    };
    let request;
    try {
      request = parseScope(params);
    } catch (err) {
      const field = err instanceof AppError ? String(err.extensions.field ?? '') : '';
      throw new CliError(
        err instanceof Error ? err.message : String(err),
        field ? `Check --${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.` : undefined,
      );
    }
    await withDb(async (db) => {
      const graph = await loadExportGraph(db, request);
      const files = writeExport(format, graph);
      const where = await targets(
        str(values.out),
        files.map((f) => f.suffix),
      );
      for (const [i, file] of files.entries()) {
        const target = where[i];
        if (target === null || target === undefined) process.stdout.write(file.text);
        else {
          await writeFile(target, file.text, 'utf8');
          say(`wrote ${target}`);
        }
      }
      say(`${graph.title}: ${graph.nodes.length} nodes, ${graph.edges.length} edges.`);
    });
  },
};
