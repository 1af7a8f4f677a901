import path from 'node:path';
import { importFiles, type ImportReport } from '../graph/import/run';
import { CliError, say, withDb, type Command } from './command';

const USAGE = `prevention-graph import FILE… [--dry-run] [--json] [--by NAME]

FILE is a seed-format folder (like seed/), a YAML/JSON document with sections
(sources, regions, countries, cities, hubs, leaders, organisations, practices, events,
challenges, relationships), or a CSV of nodes (label,id,name,…,citation_source,
citation_excerpt) or edges (type,from,to,…,citation_source,citation_excerpt).
See src/graph/import/FORMATS.md.

All files are validated first; then everything is written in one transaction, or nothing
is. --dry-run checks everything against the graph and rolls back. --by names the writer in
updatedBy (default "import"). Counts go to stdout (--json for a machine-readable report).`;

/** The created / updated / unchanged table, per label and relationship type, then totals. */
export function formatReport(r: ImportReport): string {
  const rows: [string, { created: number; updated: number; unchanged: number }][] = [
    ...Object.entries(r.byLabel),
    ['nodes', r.nodes],
    ['relationships', r.relationships],
  ];
  const w = Math.max(...rows.map(([k]) => k.length), 5);
  const line = (k: string, a: string | number, b: string | number, c: string | number) =>
    `${k.padEnd(w)}  ${String(a).padStart(8)}  ${String(b).padStart(8)}  ${String(c).padStart(9)}`;
  return [line('', 'created', 'updated', 'unchanged'), ...rows.map(([k, c]) => line(k, c.created, c.updated, c.unchanged))].join('\n');
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import YAML/JSON/CSV files or seed-format folders, all or nothing (--dry-run to check)',
  usage: USAGE,
  options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, by: { type: 'string' } },
  async run({ values, positionals }) {
    if (!positionals.length)
      throw new CliError('Name at least one file or folder to import.', 'prevention-graph import data.yaml [more.csv …] [--dry-run]');
    const by = typeof values.by === 'string' ? values.by : 'import';
    if (!/^[\w.@-]{1,64}$/.test(by)) throw new CliError('--by must be 1–64 letters, digits, "_", ".", "@" or "-".');
    // A large import may take minutes: the API's per-transaction limit applies only if set explicitly.
    await withDb(
      async (db) => {
        const files = positionals.map((p) => path.resolve(p));
        const report = await importFiles(db, files, { dryRun: Boolean(values['dry-run']), actor: { name: by }, progress: say });
        process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
        say(report.dryRun ? 'Dry run: everything checked, nothing written.' : 'Imported in one transaction.');
      },
      { longWrite: true },
    );
  },
};
