import { KIND_COLOURS, regionColour } from './colours';
import { h } from './dom';
import type { ViewGraph } from './graph-model';

export interface LegendEntry {
  label: string;
  colour: string;
}

/** What the colours of this drawing mean: the regions of its cities, then its other kinds. */
export function legendEntries(g: ViewGraph): LegendEntry[] {
  const regions = new Map<string, string>();
  const kinds = new Set<string>();
  let unplaced = false;
  g.forEachNode((_n, a) => {
    if (a.kind !== 'City') kinds.add(a.kind);
    else if (a.region) regions.set(a.region, a.regionName ?? a.region);
    else unplaced = true;
  });
  return [
    ...[...regions].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => ({ label: `City in ${name}`, colour: regionColour(id) })),
    ...(unplaced ? [{ label: 'City, region unknown', colour: regionColour(null) }] : []),
    ...[...kinds].sort().map((k) => ({ label: k, colour: KIND_COLOURS[k] ?? regionColour(null) })),
  ];
}

/** How to read the lines of this drawing: one entry per kind of line it has. */
function lineKey(g: ViewGraph): HTMLElement {
  const relations = new Set<string>();
  g.forEachEdge((_e, a) => relations.add(a.relation));
  const entries: HTMLElement[] = [];
  const sample = (cls: string, text: string) => h('li', {}, h('span', { class: `line-sample ${cls}`, 'aria-hidden': 'true' }), text);
  if (relations.has('INSPIRED')) entries.push(sample('strong', 'inspired (peer learning; the arrow points to the learner)'));
  if (relations.has('PEER')) entries.push(sample('medium', 'could help (the arrow points to the city asking)'));
  const other = [...relations].filter((r) => r !== 'INSPIRED' && r !== 'PEER').map((r) => r.toLowerCase().replace(/_/g, ' '));
  if (other.length) entries.push(sample('', other.join(' / ')));
  return h('ul', { class: 'line-key' }, entries);
}

/** The legend as a list of swatches, plus how to read the lines. */
export function legend(g: ViewGraph): HTMLElement {
  return h(
    'div',
    { class: 'legend', 'aria-label': 'Legend' },
    h(
      'ul',
      {},
      legendEntries(g).map((e) =>
        h('li', {}, h('span', { class: 'swatch', style: `background:${e.colour}`, 'aria-hidden': 'true' }), e.label),
      ),
    ),
    lineKey(g),
  );
}
