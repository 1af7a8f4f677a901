import { badInput } from '../../errors';
import { isPartialDate } from '../../domain/partial-date';
import { isSlug } from '../../domain/ids';
import { MAX_HOPS } from '../influence/paths';
import type { ReachDirection } from '../../domain/influence';

/** Which part of the graph to export, and as of when. */
export type ExportScope =
  | { kind: 'all' }
  | { kind: 'practice'; id: string }
  | { kind: 'reach'; id: string; direction: ReachDirection; maxHops: number }
  | { kind: 'region'; id: string };

export interface ExportRequest {
  scope: ExportScope;
  asOf: string | null;
}

export const SCOPES = ['all', 'practice', 'reach', 'region'] as const;

/** Raw options as a query string or the command line gives them. */
export interface ScopeParams {
  scope?: string;
  id?: string;
  direction?: string;
  maxHops?: string;
  asOf?: string;
}

/**
 * Validates export options into a request; errors name the parameter (BAD_USER_INPUT),
 * so the HTTP route and the CLI report the same thing.
 */
export function parseScope(p: ScopeParams): ExportRequest {
  const kind = (p.scope ?? (p.id ? undefined : 'all')) as ExportScope['kind'] | undefined;
  if (!kind || !(SCOPES as readonly string[]).includes(kind)) throw badInput('scope', `"scope" must be one of ${SCOPES.join(', ')}.`);
  if (p.asOf !== undefined && !isPartialDate(p.asOf))
    throw badInput('asOf', '"asOf" must be a partial date "YYYY", "YYYY-MM" or "YYYY-MM-DD".');
  const asOf = p.asOf ?? null;
  if (kind === 'all') {
    if (p.id) throw badInput('id', 'scope "all" takes no "id".');
    return { scope: { kind }, asOf };
  }
  if (!isSlug(p.id))
    throw badInput(
      'id',
      `scope "${kind}" needs "id", the slug of a ${kind === 'reach' ? 'city, event, organisation, group, leader or hub' : kind}.`,
    );
  if (kind !== 'reach') return { scope: { kind, id: p.id }, asOf };
  const direction = (p.direction ?? 'downstream').toUpperCase();
  if (direction !== 'DOWNSTREAM' && direction !== 'UPSTREAM') throw badInput('direction', '"direction" must be downstream or upstream.');
  const maxHops = p.maxHops === undefined ? 3 : Number(p.maxHops);
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS)
    throw badInput('maxHops', `"maxHops" must be a whole number from 1 to ${MAX_HOPS}.`);
  return { scope: { kind, id: p.id, direction, maxHops }, asOf };
}

/** A short file-name stem for the request: `prevention-graph-reach-kumanovo`. */
export const exportStem = (r: ExportRequest): string =>
  ['prevention-graph', r.scope.kind, 'id' in r.scope ? r.scope.id : null, r.asOf ? `as-of-${r.asOf}` : null].filter(Boolean).join('-');
