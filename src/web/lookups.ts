import { request } from './api';
import { setRegions } from './colours';
import { humanise } from '../domain/humanise';
import { PRACTICE_CATEGORIES } from '../domain/kinds';
import { WebLookupsDocument, type PracticeCategory } from '../generated/graphql';

export interface PracticeOption {
  id: string;
  name: string;
  category: PracticeCategory;
}

export interface Lookups {
  practices: PracticeOption[];
  regions: { id: string; name: string }[];
}

let pending: Promise<Lookups> | undefined;

/** Practices and regions, fetched once per page load (they change rarely). */
export function lookups(): Promise<Lookups> {
  pending ??= request(WebLookupsDocument, {}).then(
    (d) => {
      const regions = d.regions.edges.map((e) => e.node);
      // Region colours must be fixed before anything is drawn.
      setRegions(regions.map((r) => r.id));
      return { practices: d.practices.edges.map((e) => e.node), regions };
    },
    (err: unknown) => {
      pending = undefined; // let the next view try again
      throw err;
    },
  );
  return pending;
}

/**
 * A drawing's data, once region colours are known too (they come with the lookups, which are
 * fetched in parallel; without them the drawing is greyer but still drawn).
 */
export async function withColours<T>(data: Promise<T>): Promise<T> {
  const [d] = await Promise.all([data, lookups().catch(() => undefined)]);
  return d;
}

/** Practice categories as a hub officer would say them: the API's labels (src/domain/humanise.ts), in the API's order. */
export const CATEGORY_LABELS = Object.fromEntries(PRACTICE_CATEGORIES.map((c) => [c, humanise(c)])) as Record<PracticeCategory, string>;
