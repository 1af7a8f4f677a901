import { relTypeNamed } from '../../domain/relationships';
import { NODE_FILES } from '../seed';
import { type Batch } from '../curation/batch';
import { inputError, toNodeInput, toRelationshipInput } from '../curation/validation';
import { readDataFile } from '../curation/data-file';

/**
 * A single YAML or JSON import file: the seed format's files as sections of one mapping.
 *
 *   sources:       [{ id, title, publisher?, date?, file?, url? }]
 *   regions | countries | cities | hubs | leaders | organisations | practices | events | challenges:
 *                  [{ id, name, …, citations: [{ source, excerpt }] }]   (fields as in seed/README.md)
 *   relationships: [{ type: ADOPTED, from, to, status?, date?, …, citations: [{ source, excerpt }] }]
 *
 * Every section is optional. `type` is a relationship type (ADOPTED, INSPIRED…; any case).
 * Errors name the file, the section, the entry (from 1) and the field.
 */
export const SECTIONS = [...NODE_FILES.map(([base]) => base), 'relationships'] as const;

type Plain = Record<string, unknown>;

export async function readImportDocument(file: string, display: string): Promise<Batch> {
  const data = await readDataFile(file, display);
  if (data === null || data === undefined) return { nodes: [], relationships: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw inputError(
      { file: display },
      '(file)',
      `must be a mapping with sections ${SECTIONS.join(', ')} (a list of entries belongs in a seed-format folder)`,
    );
  }
  const doc = data as Record<string, unknown>;
  const unknown = Object.keys(doc).find((k) => !(SECTIONS as readonly string[]).includes(k));
  if (unknown !== undefined) throw inputError({ file: display }, unknown, `is not a section; use ${SECTIONS.join(', ')}`);

  const list = (section: string): Plain[] => {
    const v = doc[section];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) throw inputError({ file: display }, section, 'must be a list of entries');
    return v as Plain[];
  };

  const batch: Batch = { nodes: [], relationships: [] };
  for (const [base, label] of NODE_FILES) {
    const writes = [];
    for (const [i, entry] of list(base).entries()) {
      const ctx = { file: `${display} (${base})`, entry: i + 1 };
      writes.push({ input: await toNodeInput(label, entry, ctx), ctx });
    }
    if (writes.length) batch.nodes.push({ label, writes });
  }
  for (const [i, entry] of list('relationships').entries()) {
    const ctx = { file: `${display} (relationships)`, entry: i + 1 };
    const plain = entry && typeof entry === 'object' && !Array.isArray(entry) ? { ...entry } : entry;
    if (plain && typeof plain.type === 'string') plain.type = relTypeNamed(plain.type) ?? plain.type;
    batch.relationships.push({ input: await toRelationshipInput(plain, ctx), ctx });
  }
  return batch;
}
