import { LEGACY_ADOPTION_STATUSES } from '../../domain/adoption-status';
import { validateSync } from 'class-validator';
import { AppError } from '../../errors';
import { RelationshipInput } from '../../model/link.input';
import { violations } from '../../model/violations';
import { certainlyValid } from './fast-validation';
import {
  ChallengeInput,
  CitationInput,
  CityInput,
  CountryInput,
  EventInput,
  GroupInput,
  HubInput,
  LeaderInput,
  OrganisationInput,
  PracticeInput,
  RegionInput,
  SourceInput,
} from '../../model/node.input';
import type { NodeLabel } from '../../domain/labels';

export const NODE_INPUTS = {
  City: CityInput,
  Country: CountryInput,
  Region: RegionInput,
  Hub: HubInput,
  Leader: LeaderInput,
  Organisation: OrganisationInput,
  Practice: PracticeInput,
  Event: EventInput,
  Challenge: ChallengeInput,
  Group: GroupInput,
  Source: SourceInput,
} as const satisfies Record<NodeLabel, new () => object>;

export type AnyNodeInput = InstanceType<(typeof NODE_INPUTS)[NodeLabel]>;

/** Where an entry came from, so that an error can name file, entry and field. */
export interface EntryContext {
  file?: string;
  entry?: number;
  /** Line of a CSV file (header = line 1): named "row" in messages. */
  row?: number;
  id?: string;
}

export function describeContext(ctx: EntryContext): string {
  const parts = [
    ctx.file,
    ctx.row !== undefined ? `row ${ctx.row}` : undefined,
    ctx.entry !== undefined ? `entry ${ctx.entry}` : undefined,
    ctx.id ? `(id "${ctx.id}")` : undefined,
  ];
  return parts.filter(Boolean).join(' ');
}

/** A BAD_USER_INPUT error that names where (file, entry) and which field. */
export function inputError(ctx: EntryContext, field: string, message: string): AppError {
  const where = describeContext(ctx);
  return new AppError('BAD_USER_INPUT', `${where ? `${where}: ` : ''}field "${field}": ${message}`, {
    field,
    ...(ctx.file ? { file: ctx.file } : {}),
    ...(ctx.entry !== undefined ? { entry: ctx.entry } : {}),
    ...(ctx.row !== undefined ? { row: ctx.row } : {}),
    ...(ctx.id ? { id: ctx.id } : {}),
  });
}

/** Builds an input class from a plain object (citations become CitationInput instances). */
export function instantiate<T extends object>(cls: new () => T, plain: Record<string, unknown>): T {
  const obj = Object.assign(new cls(), plain) as T & { citations?: unknown };
  if (Array.isArray(obj.citations)) {
    obj.citations = obj.citations.map((c) => (c && typeof c === 'object' ? Object.assign(new CitationInput(), c) : c));
  }
  return obj;
}

/**
 * Validates an input instance with class-validator; unknown fields are refused (they are
 * usually typos in a data file). Throws the first problem as a coded error.
 */
export async function validateInput<T extends object>(input: T, ctx: EntryContext = {}): Promise<T> {
  // Most entries are valid: the same constraints, checked without building error objects.
  if (certainlyValid(input)) return input;
  // Synchronous: no input uses an async constraint, and it halves the cost of a 50k-row import.
  const errors = validateSync(input, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false } });
  const problems = violations(errors);
  if (problems.length) {
    const { field, message } = problems[0]!;
    throw inputError(ctx, field, message);
  }
  return input;
}

export async function toNodeInput(label: NodeLabel, plain: Record<string, unknown>, ctx: EntryContext = {}): Promise<AnyNodeInput> {
  if (!plain || typeof plain !== 'object' || Array.isArray(plain)) throw inputError(ctx, '(entry)', 'must be a mapping of fields');
  return validateInput(instantiate(NODE_INPUTS[label] as new () => AnyNodeInput, plain), { ...ctx, id: ctx.id ?? String(plain.id ?? '') });
}

export async function toRelationshipInput(plain: Record<string, unknown>, ctx: EntryContext = {}): Promise<RelationshipInput> {
  if (!plain || typeof plain !== 'object' || Array.isArray(plain)) throw inputError(ctx, '(entry)', 'must be a mapping of fields');
  // Files written for the three-status scale still load: PILOT means PILOTING now.
  const status = plain.status;
  const current =
    typeof status === 'string' && status in LEGACY_ADOPTION_STATUSES ? { ...plain, status: LEGACY_ADOPTION_STATUSES[status] } : plain;
  return validateInput(instantiate(RelationshipInput, current), ctx);
}
