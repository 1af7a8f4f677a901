import { enablersOf } from '../domain/cascade-roles';
import type { Cited } from './citations';
import { sortPartialDates } from '../domain/partial-date';
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
  /** Influences from actors that passed the practice on (cities, groups, events…). */
  learnedFrom: CascadeInfluence[];
  /** Influences from enablers (domain/cascade-roles.ts): support or a push from actors that did not take it up. */
  helpedBy: CascadeInfluence[];
}

export interface CascadeInfluence {
  source: ActorLike;
  /** What the influence did: INSPIRED, SUPPORTED or LED_TO. */
  kind: string;
  date: string | null;
  via: { id: string; name: string } | null;
  lag: { minMonths: number; maxMonths: number } | null;
  citations: Cited[];
}

type Diffusion = WebDiffusionQuery['diffusion'];

/** Cities that passed the practice on without a recorded adoption of their own. */
export const SOURCE = 'SOURCE';

/**
 * Steps from the server's cascade: one per adopter, one per city that passed the practice on
 * (status SOURCE when it has no adoption of its own) and one per actor reached without an
 * adoption (INSPIRED). One line per influence: an event's influence on a city is folded into
 * a city's influence "via" that same event (Cape Town inspired Nansana via the learning visit,
 * and the visit inspired Nansana, are one story, told once with both citations). Influences
 * from enablers (support from a network, a push from a mayor) are kept apart from those of
 * actors that passed the practice on, by the rule the API's roots follow.
 */
export function stepsOf(d: Diffusion): CascadeStep[] {
  const steps = new Map<string, CascadeStep>();
  for (const a of d.adopters) {
    const who = a.adopter;
    const place = who.__typename === 'City' || who.__typename === 'Group' ? who : null;
    const coords = who.__typename === 'City' ? { lat: who.lat, lon: who.lon } : {};
    steps.set(who.id, {
      city: {
        __typename: who.__typename,
        id: who.id,
        name: who.name,
        region: place?.region ?? null,
        country: place?.country?.name ?? null,
        ...coords,
      },
      status: a.status,
      date: a.date,
      generation: a.generation,
      citations: a.citations,
      learnedFrom: [],
      helpedBy: [],
    });
  }
  const enablers = enablersOf(
    new Set(d.adopters.map((a) => a.adopter.id)),
    d.edges.map((e) => ({ from: e.from.id, to: e.to.id, kind: e.influenceKind, via: e.via?.id ?? null })),
  );
  const viaOf = new Set(d.edges.filter((e) => e.via).map((e) => `${e.via!.id}>${e.to.id}`));
  const folded = new Map<string, Cited[]>();
  for (const e of d.edges) {
    if (e.from.__typename === 'Event' && viaOf.has(`${e.from.id}>${e.to.id}`))
      folded.set(`${e.from.id}>${e.to.id}`, [...(folded.get(`${e.from.id}>${e.to.id}`) ?? []), ...e.citations]);
  }
  for (const e of d.edges) {
    if (e.from.__typename === 'Event' && viaOf.has(`${e.from.id}>${e.to.id}`)) continue;
    let step = steps.get(e.to.id);
    if (!step) {
      step = { city: { ...e.to }, status: 'INSPIRED', date: null, generation: null, citations: [], learnedFrom: [], helpedBy: [] };
      steps.set(e.to.id, step);
    }
    const extra = e.via ? (folded.get(`${e.via.id}>${e.to.id}`) ?? []) : [];
    const citations = [...e.citations, ...extra.filter((c) => !e.citations.some((x) => x.excerpt === c.excerpt))];
    const lines = enablers.has(e.from.id) ? step.helpedBy : step.learnedFrom;
    const same = lines.find((l) => l.source.id === e.from.id && (l.via?.id ?? null) === (e.via?.id ?? null));
    if (same) {
      same.citations = [...same.citations, ...citations.filter((c) => !same.citations.some((x) => x.excerpt === c.excerpt))];
      continue;
    }
    lines.push({ source: e.from, kind: e.influenceKind, date: e.date ?? e.via?.date ?? null, via: e.via, lag: e.lag, citations });
  }
  // Cities that taught it but have no adoption of their own still belong to the story.
  for (const s of [...steps.values()]) {
    for (const l of s.learnedFrom) {
      if (l.source.__typename === 'City' && !steps.has(l.source.id)) {
        steps.set(l.source.id, {
          city: { __typename: 'City', ...l.source },
          status: SOURCE,
          date: null,
          generation: 0,
          citations: [],
          learnedFrom: [],
          helpedBy: [],
        });
      }
    }
  }
  return [...steps.values()];
}

/** When a step became visible by its own record: its adoption date, else the earliest influence that reached it. */
export const stepDate = (s: CascadeStep): string | null =>
  s.date ??
  [...s.learnedFrom, ...s.helpedBy]
    .map((l) => l.date)
    .filter((d): d is string => Boolean(d))
    .sort(sortPartialDates)[0] ??
  null;

/**
 * The date a step is placed at: its own (stepDate) or, when undated, no later than the
 * earliest of those it taught — a source comes before its learners even when its own date
 * is not stated.
 */
export function placedDates(steps: readonly CascadeStep[]): Map<string, string | null> {
  const taught = new Map<string, string[]>();
  for (const s of steps) for (const l of s.learnedFrom) taught.set(l.source.id, [...(taught.get(l.source.id) ?? []), s.city.id]);
  const byId = new Map(steps.map((s) => [s.city.id, s]));
  const memo = new Map<string, string | null>();
  const visit = (id: string, seen: Set<string>): string | null => {
    if (memo.has(id)) return memo.get(id)!;
    const own = byId.get(id) ? stepDate(byId.get(id)!) : null;
    if (own || seen.has(id)) return own;
    seen.add(id);
    const later =
      (taught.get(id) ?? [])
        .map((t) => visit(t, seen))
        .filter((d): d is string => Boolean(d))
        .sort(sortPartialDates)[0] ?? null;
    memo.set(id, later);
    return later;
  };
  return new Map(steps.map((s) => [s.city.id, visit(s.city.id, new Set())]));
}

/**
 * Steps in the order the practice travelled: every source before those it taught (dated or
 * not), otherwise by placed date (undated last), then by name.
 */
export function orderSteps(steps: readonly CascadeStep[]): CascadeStep[] {
  const dates = placedDates(steps);
  const ids = new Set(steps.map((s) => s.city.id));
  const waiting = new Map(
    steps.map((s) => [
      s.city.id,
      new Set([...s.learnedFrom, ...s.helpedBy].map((l) => l.source.id).filter((x) => ids.has(x) && x !== s.city.id)),
    ]),
  );
  const byKey = (a: CascadeStep, b: CascadeStep) =>
    sortPartialDates(dates.get(a.city.id), dates.get(b.city.id)) ||
    Number(b.learnedFrom.length === 0) - Number(a.learnedFrom.length === 0) ||
    a.city.name.localeCompare(b.city.name);
  const out: CascadeStep[] = [];
  const left = [...steps];
  while (left.length) {
    const ready = left.filter((s) => [...waiting.get(s.city.id)!].every((x) => out.some((o) => o.city.id === x)));
    // A cycle (A taught B, B taught A) has no first step: take the earliest of what is left.
    const next = (ready.length ? ready : left).sort(byKey)[0]!;
    out.push(next);
    left.splice(left.indexOf(next), 1);
  }
  return out;
}

/**
 * Where it started: the cascade's roots (the API's rule, domain/cascade-roles.ts: actors with
 * no documented earlier source, neither a channel nor an enabler) that passed it on, in the
 * order it travelled. With no influence recorded at all, the earliest adopters.
 */
export function whereItStarted(steps: readonly CascadeStep[], rootIds: readonly string[]): ActorLike[] {
  const roots = new Set(rootIds);
  const ordered = orderSteps(steps);
  const out = new Map<string, ActorLike>();
  for (const s of ordered) for (const l of s.learnedFrom) if (roots.has(l.source.id)) out.set(l.source.id, l.source);
  const rank = new Map(ordered.map((s, i) => [s.city.id, i]));
  if (out.size) return [...out.values()].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  const first = ordered[0] ? stepDate(ordered[0]) : null;
  return first ? ordered.filter((s) => stepDate(s) === first).map((s) => s.city) : [];
}

/** "learned from", "supported by", "prompted by": what an influence did, in the words of a line. */
export const influenceVerb = (kind: string): string =>
  kind === 'SUPPORTED' ? 'supported by ' : kind === 'LED_TO' ? 'prompted by ' : 'learned from ';

/** How long taking it up took after the influence, in plain words for each kind of adoption. */
export function lagText(lag: { minMonths: number; maxMonths: number } | null, status = 'IMPLEMENTED'): string {
  if (!lag) return '';
  const verb = status === 'PLANNED' ? 'decided to take it up' : status === 'PILOTING' ? 'began piloting it' : 'took it up';
  const { minMonths: lo, maxMonths: hi } = lag;
  if (lo >= 0) return lo === hi ? (lo === 0 ? `${verb} the same month` : `${verb} ${lo} months later`) : `${verb} ${lo}–${hi} months later`;
  if (hi >= 0) return `${verb} in the same period (the sources' dates are not precise enough to say which came first)`;
  return `${verb} before this influence is dated (it may have helped later)`;
}
