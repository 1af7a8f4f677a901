import { cachedRequest, request } from './api';
import { citeToggle, factItem } from './citations';
import { orderSteps, stepsOf, whereItStarted, type CascadeStep } from './cascade';
import { cascadeMap, cascadeMapData, type MountedMap } from './map-view';
import { cascadeGraph, timeline } from './cascade-view';
import { formatDatesIn, formatPartialDate } from './dates';
import { h, type Child } from './dom';
import type { ActorLike } from './graph-model';
import { downloadBar, mapDownloads, type Downloadable } from './downloads';
import { drawUnlessNarrow, mountGraph } from './graph-view';
import { CATEGORY_LABELS, withColours } from './lookups';
import { href, navigate, nodeHref } from './router';
import { typeahead } from './search';
import { empty } from './status';
import { load, section, setTitle, type ViewContext } from './view';
import {
  PracticeCardDocument,
  WebDiffusionDocument,
  WebWhoCanHelpDocument,
  type PracticeCardQuery,
  type WebDiffusionQuery,
} from '../generated/graphql';

type PracticeData = NonNullable<PracticeCardQuery['practice']>;

function renderPractice(ctx: ViewContext, p: PracticeData, d: WebDiffusionQuery['diffusion']): Child {
  const steps = stepsOf(d);
  const started = whereItStarted(
    steps,
    d.roots.map((r) => r.id),
  );
  const mapHost = h('div', { class: 'cascade-map' });
  let map: MountedMap | undefined;
  const about = citeToggle(p.citations, p.name);
  const graphHost = h('div', {});
  let current: Downloadable | undefined;
  const out = [
    h(
      'header',
      { class: 'card-header' },
      h('p', { class: 'eyebrow' }, `Practice · `, h('a', { href: href('map', { category: p.category }) }, CATEGORY_LABELS[p.category])),
      h('h1', { id: 'view-title' }, p.name),
      p.description ? h('p', { class: 'description' }, p.description, ' ', about.button) : h('p', {}, about.button),
      about.panel,
    ),
    section(
      'How it spread',
      steps.length
        ? [
            h(
              'p',
              { class: 'lede' },
              `${d.adopters.length} ${d.adopters.length === 1 ? 'city has' : 'cities have'} taken it up. Dates are shown as the sources give them.`,
            ),
            started.length
              ? h(
                  'p',
                  {},
                  'Where it started: ',
                  started.map((r, i) => [
                    i ? ', ' : '',
                    nodeHref(r.__typename, r.id) ? h('a', { href: nodeHref(r.__typename, r.id)! }, r.name) : r.name,
                  ]),
                )
              : null,
            timeline(steps),
            traceLink(steps, started),
          ]
        : empty('No city is recorded as adopting this practice yet.'),
    ),
    steps.length
      ? section(
          'Where it spread: the map',
          h(
            'p',
            { class: 'hint' },
            'Cities at their coordinates, coloured by what they did; arrows from who inspired to who learned. Play shows it year by year.',
          ),
          mapDownloads(() => map, `${p.id}-map`, `${p.name}: where it spread`),
          mapHost,
        )
      : null,
    steps.length
      ? section(
          'Cascade',
          h('p', { class: 'hint' }, 'Arrows point from who inspired to who learned. Click a node to open it.'),
          downloadBar(() => current),
          graphHost,
        )
      : null,
    experience(ctx, p),
    section(
      'Events about it',
      p.events.length
        ? h(
            'ul',
            { class: 'facts' },
            p.events.map((t) =>
              factItem(
                [
                  h('a', { href: href('event', t.event.id) }, t.event.name),
                  t.event.date ? ` — ${formatPartialDate(t.event.date)}` : '',
                  t.event.place ? `, ${t.event.place.name}` : '',
                ],
                t.citations,
                t.event.name,
              ),
            ),
          )
        : h('p', { class: 'none' }, 'No event recorded.'),
    ),
    p.funding.length
      ? section(
          'Funding',
          h(
            'ul',
            { class: 'facts' },
            p.funding.map((f) =>
              factItem([f.funder.name, f.description ? ` — ${f.description}` : ''], f.citations, `funding by ${f.funder.name}`),
            ),
          ),
        )
      : null,
  ];
  if (steps.length) {
    queueMicrotask(() => {
      if (ctx.signal.aborted || !graphHost.isConnected) return;
      const g = cascadeGraph(steps);
      current = { graph: g, title: `${p.name}: diffusion cascade`, fileStem: `${p.id}-cascade` };
      drawUnlessNarrow(
        graphHost,
        'On a screen this narrow the drawing cannot be read: the timeline above gives every step with its evidence.',
        () => {
          const drawing = mountGraph(graphHost, g, {
            title: `${p.name}: diffusion cascade`,
            hrefOf: (n) => nodeHref(g.getNodeAttribute(n, 'kind'), n),
            onOpen: navigate,
            edgeLabels: false,
            height: 380,
          });
          ctx.onLeave(() => drawing.destroy());
          current = { ...current!, drawing };
        },
      );
      const { places, arcs } = cascadeMapData(steps);
      void cascadeMap(mapHost, places, arcs, `${p.name}: where it spread`).then((m) => (map = m));
    });
  }
  return out;
}

/** Cities with experience of the practice, and a way to find peers for a city that wants it. */
function experience(ctx: ViewContext, p: PracticeData): HTMLElement {
  const list = h('div', {});
  const forCity = typeahead({
    id: 'practice-peers-for',
    label: `Find peers for a city that wants ${p.name}`,
    placeholder: 'Type the city…',
    types: ['City'],
    onPick: (c) => navigate(href('city', c.id, 'peers', { practice: p.id })),
  });
  void load(
    ctx,
    list,
    'cities with experience',
    (signal) => request(WebWhoCanHelpDocument, { practiceId: p.id, first: 5 }, signal),
    (d) =>
      d.whoCanHelp.length
        ? h(
            'ul',
            { class: 'facts' },
            d.whoCanHelp.map((m) => {
              const top = m.reasons[0];
              return factItem(
                [
                  h('a', { href: href('city', m.city.id) }, m.city.name),
                  m.city.country ? ` (${m.city.country.name})` : '',
                  top ? ` — ${formatDatesIn(top.text)}` : '',
                ],
                top?.citations ?? [],
                `${m.city.name}'s experience`,
              );
            }),
          )
        : h('p', { class: 'none' }, 'No city has implemented, piloted or passed on this practice yet.'),
  );
  forCity.classList.add('spaced');
  return section('Who has experience of it', list, forCity);
}

/** A path-finder link from where it started to the first city that learned it there, e.g. Cape Town → Nansana. */
function traceLink(steps: CascadeStep[], started: ActorLike[]): Child {
  const origins = new Set(started.map((o) => o.id));
  let source: ActorLike | undefined;
  const learner = orderSteps(steps).find((s) => (source = s.learnedFrom.find((l) => origins.has(l.source.id))?.source));
  if (!learner || !source) return null;
  return h(
    'p',
    {},
    h(
      'a',
      { class: 'button', href: href('paths', { from: source.id, to: learner.city.id }) },
      `Trace it from ${source.name} to ${learner.city.name} →`,
    ),
  );
}

/** #/practice/:id — who took a practice up, when, and from whom: timeline, cascade, evidence. */
export function practiceView(ctx: ViewContext, id: string): void {
  const both = async (signal: AbortSignal) => {
    const [card, cascade] = await Promise.allSettled([
      cachedRequest(PracticeCardDocument, { id }),
      withColours(request(WebDiffusionDocument, { practiceId: id }, signal)),
    ]);
    if (card.status === 'rejected') throw card.reason;
    if (!card.value.practice) return undefined; // (the cascade then fails with NOT_FOUND: say "no such practice" instead)
    if (cascade.status === 'rejected') throw cascade.reason;
    return { practice: card.value.practice, diffusion: cascade.value.diffusion };
  };
  void load(ctx, ctx.main, 'the practice', both, (d) =>
    d
      ? (setTitle(d.practice.name), renderPractice(ctx, d.practice, d.diffusion))
      : empty(`There is no practice with the id “${id}”.`, 'Search for it by name above.'),
  );
}
