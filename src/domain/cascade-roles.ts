/**
 * Who an actor is in the cascade of a practice — where it started, what carried it, what
 * helped it along — decided once, for the API's `diffusion` roots and for the page that tells
 * the story (issue 14: "origins are actors with no documented earlier source").
 *
 * - A **channel** is an event through which another actor of the cascade passed the practice
 *   on (an edge names it as `via`): Cape Town inspired Nansana via the learning visit, so the
 *   visit's own influence is Cape Town's, and the visit is not where the practice started.
 * - An **enabler** took up none of the cascade's practices and only SUPPORTED or LED_TO
 *   adoptions (a funder, a network, a mayor who led the city to act): it helped the practice
 *   along, it is not where it came from.
 * - An **origin** is any other actor of the cascade with no documented earlier source: no
 *   link reaches it from an actor that is not an enabler.
 */
export interface CascadeLink {
  from: string;
  to: string;
  /** What the influence did: INSPIRED, SUPPORTED or LED_TO. */
  kind: string;
  via: string | null;
}

/** Influences that help an adoption along without passing the practice on. */
const HELPING_KINDS: ReadonlySet<string> = new Set(['SUPPORTED', 'LED_TO']);

/** Events another actor of the cascade passed the practice on through. */
export function channelsOf(links: readonly CascadeLink[]): Set<string> {
  return new Set(links.filter((l) => l.via && l.via !== l.from).map((l) => l.via!));
}

/** Sources that took up none of the practices and only supported or led to adoptions. */
export function enablersOf(adopterIds: ReadonlySet<string>, links: readonly CascadeLink[]): Set<string> {
  const teaches = new Set(links.filter((l) => !HELPING_KINDS.has(l.kind)).map((l) => l.from));
  return new Set(links.map((l) => l.from).filter((id) => !adopterIds.has(id) && !teaches.has(id)));
}

/** The origins among `actorIds` (sorted): neither channels nor enablers, and reached by no one who passed the practice on. */
export function originsOf(actorIds: Iterable<string>, adopterIds: ReadonlySet<string>, links: readonly CascadeLink[]): string[] {
  const channels = channelsOf(links);
  const enablers = enablersOf(adopterIds, links);
  const taught = new Set(links.filter((l) => !enablers.has(l.from) && l.from !== l.to).map((l) => l.to));
  return [...new Set(actorIds)].filter((id) => !channels.has(id) && !enablers.has(id) && !taught.has(id)).sort();
}
