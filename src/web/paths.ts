import { request } from './api';
import { factItem } from './citations';
import { formatPartialDate } from './dates';
import { h, type Child } from './dom';
import { downloadBar, type Downloadable } from './downloads';
import { addActor, addLink, newViewGraph, type ViewGraph } from './graph-model';
import { drawUnlessNarrow, mountGraph } from './graph-view';
import { withColours } from './lookups';
import { href, navigate, nodeHref } from './router';
import { resolveTyped, typeahead, type Picked } from './search';
import { empty } from './status';
import { load, markSubmitted, revealResults, section, setTitle, type ViewContext } from './view';
import { WebInfluencePathsDocument, WebPathEndsDocument, type WebInfluencePathsQuery } from '../generated/graphql';

type Path = WebInfluencePathsQuery['influencePaths'][number];
type Hop = Path['hops'][number];

const ACTOR_TYPES = ['City', 'Event', 'Organisation'] as const;

const actorLink = (a: { __typename: string; id: string; name: string }): Child => {
  const to = nodeHref(a.__typename, a.id);
  return to ? h('a', { href: to }, a.name) : a.name;
};

/** One hop in words, the way the documents would say it. */
function hopSentence(hop: Hop): Child[] {
  const practice = hop.practice ? [' — ', h('a', { href: href('practice', hop.practice.id) }, hop.practice.name)] : null;
  const when = hop.date ? h('span', { class: 'date' }, ` (${formatPartialDate(hop.date)})`) : null;
  switch (hop.kind) {
    case 'INSPIRED':
      return [
        actorLink(hop.from),
        ' inspired ',
        actorLink(hop.to),
        practice,
        hop.via ? [' via ', h('a', { href: href('event', hop.via.id) }, hop.via.name)] : null,
        when,
      ];
    case 'HOSTED':
      return [actorLink(hop.from), ' hosted ', actorLink(hop.to), when];
    case 'ATTENDED':
      return [actorLink(hop.from), ' took part in ', actorLink(hop.to), when];
    case 'ORGANISED':
      return [actorLink(hop.from), ' organised ', actorLink(hop.to), when];
    case 'ADOPTED_AFTER':
      return [actorLink(hop.to), ' took part in ', actorLink(hop.from), ' and then adopted', practice ?? ' a practice', when];
    default:
      return [actorLink(hop.from), ' → ', actorLink(hop.to), when];
  }
}

/**
 * Every path at once, left to right in the order influence travelled: the two ends on the
 * middle row, each path's intermediate actors on a row of their own (above, below, above…),
 * so that a direct hop never runs through another path's nodes.
 */
function pathsGraph(paths: Path[]): ViewGraph {
  const g = newViewGraph();
  const longest = Math.max(...paths.map((p) => p.length));
  const start = paths[0]!.hops[0]!.from.id;
  const end = paths[0]!.hops[paths[0]!.hops.length - 1]!.to.id;
  const placed = new Map<string, { x: number; y: number }>([
    [start, { x: 0, y: 0 }],
    [end, { x: longest, y: 0 }],
  ]);
  let row = paths.some((p) => p.length === 1) ? 1 : 0;
  for (const p of paths) {
    const fresh = p.hops
      .slice(1)
      .map((hop) => hop.from.id)
      .filter((id) => !placed.has(id));
    if (!fresh.length) continue;
    const y = row % 2 ? Math.ceil(row / 2) : -row / 2;
    p.hops.slice(1).forEach((hop, i) => {
      if (!placed.has(hop.from.id)) placed.set(hop.from.id, { x: ((i + 1) * longest) / p.length, y });
    });
    row += 1;
  }
  for (const p of paths) {
    p.hops.forEach((hop, i) => {
      addActor(g, hop.from, i === 0);
      addActor(g, hop.to, i === p.hops.length - 1);
    });
  }
  for (const p of paths) {
    for (const hop of p.hops)
      addLink(g, hop.from.id, hop.to.id, hop.kind === 'ADOPTED_AFTER' ? 'INSPIRED' : hop.kind, {
        date: hop.date,
        practice: hop.practice?.name,
        via: hop.via?.name,
        evidence: hop.citations,
      });
  }
  g.forEachNode((n) => {
    const at = placed.get(n) ?? { x: 0, y: 0 };
    g.mergeNodeAttributes(n, { x: at.x * 240, y: -at.y * 80 });
  });
  return g;
}

function pathItem(p: Path, i: number): HTMLElement {
  const chain = [p.hops[0]!.from, ...p.hops.map((hop) => hop.to)];
  return h(
    'li',
    { class: 'result path' },
    h(
      'div',
      { class: 'result-head' },
      h(
        'h3',
        {},
        `Path ${i + 1}: `,
        chain.map((a, j) => [j ? h('span', { class: 'arrow', 'aria-label': 'then' }, '→') : null, a.name]),
      ),
      h('span', { class: 'score' }, `${p.length} ${p.length === 1 ? 'hop' : 'hops'}`),
    ),
    h(
      'ol',
      { class: 'hops' },
      p.hops.map((hop) => factItem(hopSentence(hop), hop.citations, `${hop.from.name} to ${hop.to.name}`)),
    ),
  );
}

/** #/paths?from=…&to=…&hops=4&anytime=1 — how influence travelled, hop by hop with evidence. */
export function pathsView(ctx: ViewContext): void {
  const p = ctx.route.params;
  const chosen = { from: p.get('from') ?? '', to: p.get('to') ?? '' };
  const maxHops = Math.min(6, Math.max(1, Number(p.get('hops')) || 4));
  const anytime = p.get('anytime') === '1';
  const ends = h('div', { class: 'form-row' });
  const hopsSelect = h(
    'select',
    { id: 'path-hops' },
    [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === maxHops }, `${n}`)),
  );
  const forward = h('input', { type: 'checkbox', id: 'path-forward', checked: !anytime });
  const form = h(
    'form',
    { 'aria-label': 'Find influence paths' },
    ends,
    h(
      'div',
      { class: 'form-row options' },
      h('label', { class: 'field', for: 'path-hops' }, 'At most this many hops', hopsSelect),
      h('label', { class: 'check' }, forward, ' Only paths that move forward in time'),
    ),
    h('button', { type: 'submit', class: 'button' }, 'Find paths'),
    ' ',
    h('button', { type: 'button', class: 'button secondary', onclick: () => go(chosen.to, chosen.from) }, 'Swap ends'),
  );
  const results = h('div', { class: 'path-results', 'aria-live': 'polite' });
  ctx.main.replaceChildren(
    h('h1', { id: 'view-title' }, 'Path finder'),
    h(
      'p',
      { class: 'lede' },
      'How did influence travel from one city, event or organisation to another? Pick both ends; every hop of every path shows the sentence it rests on.',
    ),
    form,
    results,
  );
  const go = (from: string, to: string) =>
    navigate(
      href('paths', {
        from: from || undefined,
        to: to || undefined,
        hops: hopsSelect.value === '4' ? undefined : hopsSelect.value,
        anytime: forward.checked ? undefined : '1',
      }),
    );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    // A name typed exactly counts, even if it was never picked from the suggestions.
    for (const [end, el] of [
      ['from', pickers.from],
      ['to', pickers.to],
    ] as const) {
      if (!chosen[end]) chosen[end] = (await resolveTyped(el))?.id ?? '';
    }
    if (!chosen.from || !chosen.to) {
      results.replaceChildren(empty('Pick both ends first: type a name in “From” and in “To”, then choose from the suggestions.'));
      return;
    }
    markSubmitted();
    go(chosen.from, chosen.to);
  });
  const pickers: Record<'from' | 'to', HTMLElement> = { from: h('div', {}), to: h('div', {}) };
  const picker = (end: 'from' | 'to', label: string, name = '') =>
    (pickers[end] = typeahead({
      id: `path-${end}`,
      label,
      initial: name,
      types: [...ACTOR_TYPES],
      placeholder: 'City, event or organisation…',
      acceptExact: true,
      onPick: (x: Picked) => (chosen[end] = x.id),
      onClear: () => (chosen[end] = ''),
    }));
  ends.replaceChildren(picker('from', 'From'), picker('to', 'To'));
  if (!chosen.from || !chosen.to) {
    results.replaceChildren(empty('Pick where influence started and where it arrived.', 'For example: from Cape Town to Nansana.'));
    return;
  }
  // A shared link names the ends by id: show their names in the pickers.
  void request(WebPathEndsDocument, { from: chosen.from, to: chosen.to }, ctx.signal)
    .then((d) => ends.replaceChildren(picker('from', 'From', d.from?.name ?? chosen.from), picker('to', 'To', d.to?.name ?? chosen.to)))
    .catch(() => undefined);
  let current: Downloadable | undefined;
  void load(
    ctx,
    results,
    'paths',
    (signal) =>
      withColours(
        request(WebInfluencePathsDocument, { from: chosen.from, to: chosen.to, maxHops, timeRespecting: !anytime, first: 10 }, signal),
      ),
    (d) => {
      const paths = d.influencePaths;
      if (!paths.length)
        return empty(
          `No path of at most ${maxHops} hops was found.`,
          anytime ? 'Try allowing more hops.' : 'Try allowing more hops, or untick “Only paths that move forward in time”.',
        );
      const graphHost = h('div', {});
      const from = paths[0]!.hops[0]!.from;
      const to = paths[0]!.hops[paths[0]!.hops.length - 1]!.to;
      results.replaceChildren(
        section(
          `${paths.length} ${paths.length === 1 ? 'path' : 'paths'} from ${from.name} to ${to.name}, shortest first`,
          h('ol', { class: 'results' }, paths.map(pathItem)),
        ),
        section(
          'All paths drawn',
          h('p', { class: 'hint' }, 'Left to right in the order influence travelled. Click a node to open it.'),
          downloadBar(() => current),
          graphHost,
        ),
      );
      setTitle(`Paths from ${from.name} to ${to.name}`);
      revealResults(results);
      const g = pathsGraph(paths);
      current = { graph: g, title: `Influence paths from ${from.name} to ${to.name}`, fileStem: `paths-${from.id}-to-${to.id}` };
      const draw = () => {
        const drawing = mountGraph(graphHost, g, {
          title: `Influence paths from ${from.name} to ${to.name}`,
          hrefOf: (n) => nodeHref(g.getNodeAttribute(n, 'kind'), n),
          onOpen: navigate,
          edgeLabels: true,
          height: 360,
        });
        ctx.onLeave(() => drawing.destroy());
        current = { ...current!, drawing };
      };
      drawUnlessNarrow(
        graphHost,
        'On a screen this narrow the drawing cannot be read: the list above gives every hop with its evidence.',
        draw,
      );
      return undefined;
    },
  );
}
