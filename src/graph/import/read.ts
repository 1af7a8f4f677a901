import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../errors';
import { relationshipKey } from '../curation/upsert';
import { isRelType } from '../../domain/relationships';
import { type NodeLabel } from '../../domain/labels';
import { readSeedDir } from '../seed';
import { type Batch } from '../curation/batch';
import { inputError, toNodeInput, toRelationshipInput } from '../curation/validation';
import { csvKind, readCsv, rowToEntry, type CsvEntry, type CsvKind } from './csv';
import { readImportDocument } from './document';

export type Progress = (line: string) => void;

const PROGRESS_EVERY = 10_000;

/**
 * Reads and validates one import path: a seed-format folder, a YAML/JSON document, or a
 * CSV of nodes or edges. Nothing touches the database here; references are checked when
 * the batch is written (inside the one transaction).
 */
export async function readImportPath(file: string, progress: Progress = () => {}): Promise<Batch> {
  const relative = path.relative(process.cwd(), file);
  const display = relative && !relative.startsWith('..') ? relative : file;
  const info = await stat(file).catch(() => {
    throw inputError({ file: display }, '(file)', 'does not exist');
  });
  if (info.isDirectory()) return readFolder(file, display);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return readCsvFile(file, display, progress);
  if (['.yaml', '.yml', '.json'].includes(ext)) return readImportDocument(file, display);
  throw inputError({ file: display }, '(file)', 'is not a folder, .yaml, .yml, .json or .csv file');
}

/** A seed-format folder; errors and entries name files as `<folder>/<file>`. */
async function readFolder(dir: string, display: string): Promise<Batch> {
  try {
    const batch = await readSeedDir(dir);
    for (const w of [...batch.nodes.flatMap((g) => g.writes), ...batch.relationships]) {
      if (w.ctx?.file) w.ctx.file = `${display}/${w.ctx.file}`;
    }
    return batch;
  } catch (err) {
    if (err instanceof AppError && typeof err.extensions.file === 'string') {
      throw new AppError(err.code, `${display}/${err.message}`, { ...err.extensions, file: `${display}/${err.extensions.file}` });
    }
    throw err;
  }
}

/** What makes two CSV rows the same fact. */
function identity(kind: CsvKind, e: CsvEntry): string {
  const p = e.plain as Record<string, string | undefined>;
  if (kind === 'nodes') return `${p.id}`;
  const type = p.type ?? '';
  return `${type}|${p.from}|${p.to}|${isRelType(type) ? relationshipKey(type, p) : ''}`;
}

/** Folds a repeated row into the first: its citation is added, its other cells must agree. */
function fold(first: CsvEntry, again: CsvEntry): void {
  for (const [field, value] of Object.entries(again.plain)) {
    if (field === 'citations') continue;
    if (first.plain[field] === undefined) first.plain[field] = value;
    else if (first.plain[field] !== value) {
      throw inputError(
        again.ctx,
        field,
        `differs from row ${first.ctx.row}, which states the same ${first.label ? 'node' : 'relationship'}; repeated rows may only add citations`,
      );
    }
  }
  if (again.label !== first.label) throw inputError(again.ctx, 'label', `row ${first.ctx.row} has the same id with label ${first.label}`);
  (first.plain.citations as unknown[]).push(...((again.plain.citations as unknown[] | undefined) ?? []));
}

async function readCsvFile(file: string, display: string, progress: Progress): Promise<Batch> {
  let kind = 'nodes' as CsvKind;
  const entries = new Map<string, CsvEntry>();
  const rows = await readCsv(
    file,
    display,
    (columns) => {
      kind = csvKind(columns, display);
    },
    (row, line) => {
      const entry = rowToEntry(kind, row, { file: display, row: line });
      const key = identity(kind, entry);
      const first = entries.get(key);
      if (first) fold(first, entry);
      else entries.set(key, entry);
      if (entries.size % PROGRESS_EVERY === 0 && !first) progress(`${display}: ${entries.size} ${kind} read…`);
    },
  );
  const batch: Batch = { nodes: [], relationships: [] };
  const groups = new Map<NodeLabel, Batch['nodes'][number]>();
  for (const e of entries.values()) {
    if (kind === 'nodes') {
      const input = await toNodeInput(e.label!, e.plain, e.ctx);
      let group = groups.get(e.label!);
      if (!group) groups.set(e.label!, (group = { label: e.label!, writes: [] }));
      group.writes.push({ input, ctx: e.ctx });
    } else {
      batch.relationships.push({ input: await toRelationshipInput(e.plain, e.ctx), ctx: e.ctx });
    }
  }
  batch.nodes = [...groups.values()];
  progress(`${display}: ${rows} rows, ${entries.size} ${kind === 'nodes' ? 'nodes' : 'relationships'}`);
  return batch;
}
