import path from 'node:path';
import type { AdoptionEvent } from '../graph/influence/netinf/cascades';
import { readCascadeCsv } from '../graph/influence/netinf/read';
import { loadCascades, type DocumentedInfluence } from '../graph/influence/netinf/sources';
import { CliError, say, withDb } from './command';

/** Options shared by `infer` and `cascades stats|event-history`: where the cascades come from. */
export const SOURCE_OPTIONS = {
  cascades: { type: 'string' },
  'data-set': { type: 'string' },
  practice: { type: 'string' },
  category: { type: 'string' },
} as const;

export const SOURCE_USAGE = `  --cascades   long-form CSV with a header node,cascade,time (also node_name, cascade_id,
               event_time); time is a number or a date (YYYY, YYYY-MM, YYYY-MM-DD: decimal
               years at the start of the period)
  --data-set   … or a data set imported with "prevention-graph cascades import"
  --practice   … or the graph's own adoptions of this practice (PLANNED and undated left out)
  --category   … or of every practice of this category, one cascade per practice`;

export interface CliCascades {
  label: string;
  events: AdoptionEvent[];
  documented?: DocumentedInfluence[];
  names?: Map<string, string>;
  fromGraph: boolean;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export async function cascadesFromOptions(values: Record<string, unknown>): Promise<CliCascades> {
  const given = (['cascades', 'data-set', 'practice', 'category'] as const).filter((k) => str(values[k]));
  if (given.length !== 1)
    throw new CliError(
      'Give exactly one of --cascades FILE, --data-set ID, --practice ID and --category NAME.',
      'For a file: --cascades adoptions.csv',
    );
  const file = str(values.cascades);
  if (file) {
    try {
      const events = await readCascadeCsv(path.resolve(file), file, { progress: (n) => say(`read ${n} adoptions…`) });
      return { label: path.basename(file), events, fromGraph: false };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT')
        throw new CliError(`No such file: ${file}.`, 'Check the path given to --cascades.');
      throw err;
    }
  }
  return withDb(async (db) => {
    const loaded = await loadCascades(db, {
      dataSet: str(values['data-set']),
      practiceId: str(values.practice),
      category: str(values.category)?.toUpperCase(),
    });
    if (loaded.skipped.planned || loaded.skipped.undated)
      say(`left out ${loaded.skipped.planned} PLANNED and ${loaded.skipped.undated} undated adoptions`);
    return { label: loaded.label, events: loaded.events, documented: loaded.documented, names: loaded.names, fromGraph: true };
  });
}
