/*
 * The benchmark's synthetic graph (data.ts) plus every kind of fact the peer finder scores
 * that the generator leaves out: hubs covering cities, countries and regions, challenges,
 * events focused on practices, partnerships, shared memberships and parts of cities. Used
 * by the narrowing test (test/integration/peer-narrowing.test.ts) and the peer benchmark
 * (scripts/bench/peers.ts).
 */
import { generate, type GraphSize, type NodeRow, type RelRow } from './data';
import { rng } from './stats';

export function generatePeerGraph(size: GraphSize): { nodes: NodeRow[]; rels: RelRow[] } {
  const g = generate(size);
  const r = rng(size.cities + 7);
  const pick = (n: number) => Math.floor(r() * n);
  const p = size.prefix;
  const now = '2026-01-01T00:00:00.000Z';
  const audit = { createdAt: now, updatedAt: now, updatedBy: 'bench' };
  const cite = (what: string) => ({ citationSources: [`${p}source`], citationExcerpts: [`Synthetic evidence: ${what}.`] });
  const node = (label: string, id: string, props: Record<string, unknown>): NodeRow => ({
    label,
    props: { id, ...props, ...cite(id), ...audit },
  });
  const rel = (type: string, from: string, to: string, props: Record<string, unknown> = {}): RelRow => ({
    type,
    from,
    to,
    props: { key: '', ...props, ...cite(`${from} ${type} ${to}`), ...audit },
  });
  const countries = g.nodes.filter((n) => n.label === 'Country').length;
  const practices = g.nodes.filter((n) => n.label === 'Practice').length;
  const events = g.nodes.filter((n) => n.label === 'Event').length;
  const orgs = g.nodes.filter((n) => n.label === 'Organisation').length;
  const city = (i: number) => `${p}city-${i}`;
  const hubs = 4;
  const challenges = 20;
  // A practice nobody has taken up, in a category of its own: its peers are close ties only.
  g.nodes.push(
    node('Practice', `${p}practice-new`, { name: 'New practice', category: 'REMEMBRANCE_RECOVERY', description: 'synthetic practice' }),
  );
  for (let i = 0; i < hubs; i += 1) g.nodes.push(node('Hub', `${p}hub-${i}`, { name: `Hub ${i}` }));
  for (let i = 0; i < challenges; i += 1) g.nodes.push(node('Challenge', `${p}challenge-${i}`, { name: `Challenge ${i}` }));
  // A hub covers a region, a few countries and a few cities directly (depths 2, 1 and 0).
  g.rels.push(rel('COVERED_BY', `${p}region-0`, `${p}hub-0`));
  for (let i = 0; i < countries; i += 7) g.rels.push(rel('COVERED_BY', `${p}country-${i}`, `${p}hub-${1 + (i % 3)}`));
  for (let i = 0; i < size.cities; i += 53) g.rels.push(rel('COVERED_BY', city(i), `${p}hub-${pick(hubs)}`));
  for (let i = 0; i < size.cities; i += 1) {
    if (r() < 0.1) g.rels.push(rel('FACES', city(i), `${p}challenge-${pick(challenges)}`));
    if (r() < 0.1) g.rels.push(rel('MEMBER_OF', city(i), `${p}org-${pick(orgs)}`));
    if (r() < 0.05) g.rels.push(rel('PARTNERED', city(i), city(pick(size.cities)), { description: 'a twinning agreement' }));
    if (r() < 0.01) {
      const whole = pick(size.cities);
      if (whole !== i) g.rels.push(rel('PART_OF', city(i), city(whole)));
    }
  }
  for (let e = 0; e < events; e += 1) if (r() < 0.6) g.rels.push(rel('FOCUSED_ON', `${p}event-${e}`, `${p}practice-${pick(practices)}`));
  // Events that inspired a city (SHARED_EVENT's bonus).
  for (let e = 0; e < events; e += 5)
    g.rels.push(rel('INSPIRED', `${p}event-${e}`, city(pick(size.cities)), { practice: `${p}practice-${pick(practices)}`, via: null }));
  return g;
}
