import { getMetadataStorage, ValidationTypes, type ValidationArguments } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/*
 * A quick "certainly valid" check for the seed and the importer, which validate tens of
 * thousands of entries: class-validator builds an error object for every property of every
 * entry (and looks its metadata up again each time) even when nothing is wrong, and that was
 * most of an import's time in Node.
 *
 * This runs the SAME constraints (class-validator's own validators, read from its metadata
 * once per class) with the semantics of `validateSync(…, { whitelist: true,
 * forbidNonWhitelisted: true })`, but only answers true or false. False — or anything it does
 * not handle (groups, `always`, Set/Map values, promises, non-instance nested values) — means
 * "ask class-validator", which then produces the error message as before. So an error is
 * always class-validator's; this can only save the work for entries that are valid.
 */

type Check = (object: object) => boolean;

interface PropertyRules {
  name: string;
  conditions: ValidationMetadata[];
  /** IS_DEFINED and CUSTOM_VALIDATION metadata, in class-validator's order (defined first). */
  constraints: ValidationMetadata[];
  nested: ValidationMetadata[];
}

const compiled = new Map<Function, Check | null>();
let compiledFor = -1;

/** True only when class-validator would report no error for `object` (an instance of its class). */
export function certainlyValid(object: object): boolean {
  const check = checkFor(object.constructor);
  return check ? check(object) : false;
}

function checkFor(cls: Function): Check | null {
  // A class registered later (loaded after the first check) invalidates what was compiled.
  const all = (getMetadataStorage() as unknown as { validationMetadatas?: unknown }).validationMetadatas;
  const registered = all instanceof Map ? all.size : 0;
  if (registered !== compiledFor) {
    compiled.clear();
    compiledFor = registered;
  }
  let check = compiled.get(cls);
  if (check === undefined) {
    check = compile(cls);
    compiled.set(cls, check);
  }
  return check;
}

function compile(cls: Function): Check | null {
  const storage = getMetadataStorage();
  const metadatas = storage.getTargetValidationMetadatas(cls, '', false, false, undefined);
  // forbidUnknownValues: a class without rules is an error for class-validator.
  if (!metadatas.length) return null;
  const byProperty = new Map<string, ValidationMetadata[]>();
  for (const m of metadatas) {
    if (m.groups?.length || m.always !== undefined || typeof m.target === 'string') return null;
    byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
  }
  const properties: PropertyRules[] = [];
  for (const [name, list] of byProperty) {
    const rules: PropertyRules = { name, conditions: [], constraints: [], nested: [] };
    for (const m of list) {
      if (m.type === ValidationTypes.CONDITIONAL_VALIDATION) rules.conditions.push(m);
      else if (m.type === ValidationTypes.NESTED_VALIDATION) rules.nested.push(m);
      else if (m.type === ValidationTypes.IS_DEFINED || m.type === ValidationTypes.CUSTOM_VALIDATION) rules.constraints.push(m);
      else if (m.type !== ValidationTypes.WHITELIST) return null; // promise validation and anything newer
    }
    rules.constraints.sort((a, b) => Number(b.type === ValidationTypes.IS_DEFINED) - Number(a.type === ValidationTypes.IS_DEFINED));
    for (const m of rules.constraints) {
      for (const c of storage.getTargetValidatorConstraints(m.constraintCls)) if (typeof c.instance?.validate !== 'function') return null;
    }
    properties.push(rules);
  }
  const allowed = new Set(byProperty.keys());

  return (object) => {
    // whitelist + forbidNonWhitelisted: every own enumerable property must have rules.
    for (const key of Object.keys(object)) if (!allowed.has(key)) return false;
    for (const p of properties) {
      const value = (object as Record<string, unknown>)[p.name];
      if (!p.conditions.every((m) => (m.constraints[0] as (o: object, v: unknown) => boolean)(object, value))) continue;
      for (const m of p.constraints) if (!passes(storage, m, object, value)) return false;
      if (value !== undefined && p.nested.length && !nestedValid(value)) return false;
    }
    return true;
  };
}

function passes(storage: ReturnType<typeof getMetadataStorage>, m: ValidationMetadata, object: object, value: unknown): boolean {
  if (m.validateIf && !m.validateIf(object, value)) return true;
  const args: ValidationArguments = {
    targetName: object.constructor?.name,
    property: m.propertyName,
    object,
    value,
    constraints: m.constraints,
  };
  for (const c of storage.getTargetValidatorConstraints(m.constraintCls)) {
    if (c.async) continue; // validateSync ignores asynchronous constraints
    if (value instanceof Set || value instanceof Map) return false;
    const values = m.each && Array.isArray(value) ? value : [value];
    for (const v of values) if (c.instance.validate(v, args) !== true) return false;
  }
  return true;
}

/** ValidateNested: every item (or the value) must be an instance of a class whose rules it passes. */
function nestedValid(value: unknown): boolean {
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item) || item.constructor === Object) return false;
    if (!certainlyValid(item)) return false;
  }
  return true;
}
