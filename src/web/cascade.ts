import type { Cited } from './citations';
import { comparePartialDates } from './dates';
import type { ActorLike } from './graph-model';
import type { WebDiffusionQuery } from '../generated/graphql';

/**
 * The cascade of one practice as the practice view shows it: adopters in time order, each
 * with the influences that brought the practice to it (from the `diffusion` query).
 */
export interface CascadeStep {
  city: ActorLike & { country?: string | null };
  /** An adoption status (IMPLEMENTED, PILOTING, PLANNED…) — or INSPIRED for an actor the practice reached without a recorded adoption. */
  status: string;
  /** The adoption's own date, as written (may be missing). */
  date: string | null;
  generation: number | null;
  citations: Cited[];
  learnedFrom: CascadeInfluence[];
}

export interface CascadeInfluence {
  source: ActorLike;
  date: string | null;
  via: { id: string; name: string } | null;
  lag: { minMonths: number; maxMonths: number } | null;
  citations: Cited[];
}

type Diffusion = WebDiffusionQuery['diffusion'];

/** Steps from the server's cascade: one per adopter, plus cities reached without an adoption. */
export function stepsOf(d: Diffusion): CascadeStep[] {
  const steps = new Map<string, CascadeStep>();
  for (const a of d.adopters) {
    const who = a.adopter;
    const place = who.__typename === 'City' || who.__typename === 'Group' ? who : null;
    steps.set(who.id, {
      city: { __typename: who.__typename, id: who.id, name: who.name, region: place?.region ?? null, country: place?.country?.name ?? null },
      status: a.status,
      date: a.date,
      generation: a.generation,
      citations: a.citations,
      learnedFrom: [],
    });
  }
  for (const e of d.edges) {
    let step = steps.get(e.to.id);
    if (!step) {
      step = { city: { ...e.to }, status: 'INSPIRED', date: null, generation: null, citations: [], learnedFrom: [] };
      steps.set(e.to.id, step);
    }
    step.learnedFrom.push({ source: e.from, date: e.date ?? e.via?.date ?? null, via: e.via, lag: e.lag, citations: e.citations });
  }
  return [...steps.values()];
}

/** When a step became visible: its adoption date, else the earliest influence that reached it. */
export const stepDate = (s: CascadeStep): string | null =>
  s.date ?? s.learnedFrom.map((l) => l.date).filter((d): d is string => Boolean(d)).sort(comparePartialDates)[0] ?? null;

/** Steps in time order (undated last, then by name). */
export const orderSteps = (steps: CascadeStep[]): CascadeStep[] =>
  [...steps].sort((a, b) => comparePartialDates(stepDate(a), stepDate(b)) || a.city.name.localeCompare(b.city.name));

/** How long adoption took after the source had the practice, in words (months are ranges). */
export function lagText(lag: { minMonths: number; maxMonths: number } | null): string {
  if (!lag) return '';
  const { minMonths: lo, maxMonths: hi } = lag;
  if (lo >= 0) return lo === hi ? `adopted ${lo} months later` : `adopted ${lo}–${hi} months later`;
  if (hi >= 0) return `adopted within ${hi} months (the dates overlap)`;
  return 'the recorded adoption is dated before this influence';
}
