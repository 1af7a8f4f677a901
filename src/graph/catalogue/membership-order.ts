import { bounds, isPartialDate } from '../../domain/partial-date';
import type { LinkObject } from '../../model/link.type';

/**
 * The order in which members joined, as far as the documents say. A membership with `since`
 * sorts by that date; one that came `after` an event sorts just after the event's date; one
 * that came after a fellow member's joining ("subsequently") sorts just after that one, one
 * step later. Ties keep the member id order; memberships with neither come last.
 *
 * `dateOf` gives the start of an event's (or other node's) partial date, for `after`
 * references outside the list.
 */
export interface JoinKey {
  /** ISO start of the date the joining is known to follow (or happened on); '\uffff' when unknown. */
  date: string;
  /** Steps of "after" between that date and the joining (0 = dated itself). */
  steps: number;
}

const UNKNOWN: JoinKey = { date: '\uffff', steps: 0 };

export function joinKeys(
  links: LinkObject[],
  dateOf: (id: string) => string | null,
  memberOf: (l: LinkObject) => string,
): Map<LinkObject, JoinKey> {
  const byMember = new Map(links.map((l) => [memberOf(l), l]));
  const keys = new Map<LinkObject, JoinKey>();
  const visiting = new Set<LinkObject>();
  const keyOf = (l: LinkObject): JoinKey => {
    const known = keys.get(l);
    if (known) return known;
    if (visiting.has(l)) return UNKNOWN; // a cycle of "after"s says nothing about order
    visiting.add(l);
    let key = UNKNOWN;
    const since = typeof l.since === 'string' && isPartialDate(l.since) ? bounds(l.since).start : null;
    const after = typeof l.afterId === 'string' ? l.afterId : null;
    if (since) key = { date: since, steps: 0 };
    else if (after) {
      const fellow = byMember.get(after);
      if (fellow) {
        const k = keyOf(fellow);
        key = { date: k.date, steps: k.steps + 1 };
      } else {
        const d = dateOf(after);
        key = d ? { date: d, steps: 1 } : { date: UNKNOWN.date, steps: 1 };
      }
    }
    visiting.delete(l);
    keys.set(l, key);
    return key;
  };
  for (const l of links) keyOf(l);
  return keys;
}

/** Memberships in join order (see joinKeys). */
export function sortByJoinOrder(
  links: LinkObject[],
  dateOf: (id: string) => string | null,
  memberOf: (l: LinkObject) => string,
): LinkObject[] {
  const keys = joinKeys(links, dateOf, memberOf);
  return [...links].sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    return ka.date.localeCompare(kb.date) || ka.steps - kb.steps || memberOf(a).localeCompare(memberOf(b));
  });
}
