import path from 'node:path';
import { readdir } from 'node:fs/promises';
import { validateSync } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config';
import { NODE_FILES } from '../../src/graph/seed';
import { readDataFile } from '../../src/graph/curation/data-file';
import { certainlyValid } from '../../src/graph/curation/fast-validation';
import { instantiate, NODE_INPUTS } from '../../src/graph/curation/validation';
import { RelationshipInput } from '../../src/model/link.input';
import { CitationInput } from '../../src/model/node.input';
import { relTypeNamed } from '../../src/domain/relationships';

type Plain = Record<string, unknown>;

/** class-validator's verdict with the options the importer and the seed use. */
const classValidatorSaysValid = (o: object) =>
  validateSync(o, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false } }).length === 0;

const BAD_VALUES: unknown[] = [
  '',
  ' ',
  42,
  -1.5,
  true,
  null,
  ['a'],
  {},
  'x'.repeat(5_000),
  'not a date',
  '2024-13',
  'NOT_A_VALUE',
  'bad\u0000text',
  'a\uD800b',
];

/** Every entry of the seed, as the class the importer makes of it. */
async function seedEntries(): Promise<{ cls: new () => object; plain: Plain }[]> {
  const dir = path.join(PROJECT_ROOT, 'seed');
  const out: { cls: new () => object; plain: Plain }[] = [];
  for (const [base, label] of NODE_FILES) {
    const entries = (await readDataFile(path.join(dir, `${base}.yaml`), base).catch(() => [])) as Plain[] | null;
    for (const plain of entries ?? []) out.push({ cls: NODE_INPUTS[label] as new () => object, plain });
  }
  for (const file of await readdir(path.join(dir, 'relationships'))) {
    const type = relTypeNamed(file.replace(/\.ya?ml$/, ''));
    for (const plain of ((await readDataFile(path.join(dir, 'relationships', file), file)) as Plain[] | null) ?? [])
      out.push({ cls: RelationshipInput, plain: { ...plain, type } });
  }
  return out;
}

describe('fast validation (certainlyValid)', async () => {
  const entries = await seedEntries();

  it('accepts every seed entry, as class-validator does', () => {
    expect(entries.length).toBeGreaterThan(100);
    const disagree = entries.filter(({ cls, plain }) => {
      const o = instantiate(cls, plain);
      return certainlyValid(o) !== classValidatorSaysValid(o);
    });
    expect(disagree.map((e) => e.plain.id ?? `${String(e.plain.from)}->${String(e.plain.to)}`)).toEqual([]);
  });

  it('never calls valid what class-validator refuses: each field of each kind of entry, broken in many ways', () => {
    // One entry of each class (and each relationship type), every field set to each bad value,
    // plus unknown fields and broken citations.
    const samples = new Map<string, { cls: new () => object; plain: Plain }>();
    for (const e of entries) samples.set(`${e.cls.name}|${String(e.plain.type ?? '')}`, e);
    let refused = 0;
    const falseValid: string[] = [];
    const check = (what: string, o: object) => {
      if (classValidatorSaysValid(o)) return;
      refused += 1;
      if (certainlyValid(o)) falseValid.push(what);
    };
    for (const { cls, plain } of samples.values()) {
      const fields = new Set([...Object.keys(plain), ...Object.keys(instantiate(cls, plain)), 'description', 'date', 'name', 'kind']);
      for (const field of fields) {
        for (const bad of BAD_VALUES)
          check(`${cls.name}.${field} = ${JSON.stringify(bad)?.slice(0, 20)}`, instantiate(cls, { ...plain, [field]: bad }));
        const without = { ...plain };
        delete without[field];
        check(`${cls.name} without ${field}`, instantiate(cls, without));
      }
      check(`${cls.name} with an unknown field`, instantiate(cls, { ...plain, colour: 'blue' }));
      if ('citations' in plain) {
        const good = (plain.citations as Plain[])[0]!;
        for (const citations of [
          [],
          [{}],
          [{ source: good.source }],
          [{ ...good, extra: 1 }],
          [null],
          [undefined],
          'text',
          [[good]],
          [{ ...good, for: ['Bad field'] }],
        ])
          check(`${cls.name} citations ${JSON.stringify(citations)}`, instantiate(cls, { ...plain, citations }));
        for (const [field, bad] of [
          ['source', ''],
          ['source', 7],
          ['excerpt', 'ab'],
          ['excerpt', 'x'.repeat(2_001)],
        ] as const)
          check(`${cls.name} citation ${field}`, instantiate(cls, { ...plain, citations: [{ ...good, [field]: bad }] }));
        // A plain object where a CitationInput belongs (class-validator cannot validate it).
        const o = instantiate(cls, plain) as { citations: unknown[] };
        o.citations = [{ ...good }];
        check(`${cls.name} with a plain citation`, o);
        const nested = instantiate(cls, plain) as { citations: unknown[] };
        nested.citations = [Object.assign(new CitationInput(), good), Object.assign(new CitationInput(), { source: good.source })];
        check(`${cls.name} with a second, incomplete citation`, nested);
      }
    }
    expect(refused).toBeGreaterThan(500);
    expect(falseValid).toEqual([]);
  });
});
