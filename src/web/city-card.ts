import { cachedRequest } from './api';
import { factItem, citeToggle, type Cited } from './citations';
import { formatPartialDate } from './dates';
import { h, type Child } from './dom';
import { downloadBar } from './downloads';
import { addActor, addLink, newViewGraph, type ViewGraph } from './graph-model';
import { humanise } from '../domain/humanise';
import { href, nodeHref } from './router';
import { empty } from './status';
import { cityTabs, load, section, setTitle, type ViewContext } from './view';
import { CityCardDocument, WebCityKeyFactsDocument, type CityCardQuery, type WebCityKeyFactsQuery } from '../generated/graphql';

type CityData = NonNullable<CityCardQuery['city']>;
type KeyFacts = WebCityKeyFactsQuery['city'];

const link = (typename: string | undefined, id: string, name: string): Child => {
  const to = nodeHref(typename, id);
  return to ? h('a', { href: to }, name) : name;
};
const when = (date: string | null | undefined): Child => (date ? h('span', { class: 'date' }, formatPartialDate(date)) : null);
export const statusBadge = (status: string): HTMLElement => h('span', { class: `badge status-${status.toLowerCase()}` }, humanise(status));

/** A list of facts, or a short "none" line, under a heading. */
function facts(title: string, items: HTMLElement[], none: string): HTMLElement {
  return section(title, items.length ? h('ul', { class: 'facts' }, items) : h('p', { class: 'none' }, none));
}

/** The city's facts as a graph (what the card's downloads contain). */
function cardGraph(c: CityData): ViewGraph {
  const g = newViewGraph();
  addActor(g, { __typename: 'City', id: c.id, name: c.name, region: c.region }, true);
  for (const a of c.adoptions) {
    addActor(g, { __typename: 'Practice', ...a.practice });
    addLink(g, c.id, a.practice.id, 'ADOPTED', { date: a.date, evidence: a.citations, label: `adopted (${a.status.toLowerCase()})` });
  }
  for (const a of c.attended) {
    addActor(g, { __typename: 'Event', ...a.event });
    addLink(g, c.id, a.event.id, 'ATTENDED', { date: a.event.date, evidence: a.citations });
  }
  for (const a of c.hosted) {
    addActor(g, { __typename: 'Event', ...a.event });
    addLink(g, c.id, a.event.id, 'HOSTED', { date: a.event.date, evidence: a.citations });
  }
  for (const i of c.influencedBy) {
    addActor(g, i.source);
    addLink(g, i.source.id, c.id, 'INSPIRED', { date: i.date, practice: i.practice?.name, via: i.via?.name, evidence: i.citations });
  }
  for (const i of c.influenced) {
    addActor(g, { __typename: 'City', ...i.target });
    addLink(g, c.id, i.target.id, 'INSPIRED', { date: i.date, practice: i.practice?.name, via: i.via?.name, evidence: i.citations });
  }
  return g;
}

/** One key fact (country, region, hub, leader) with its evidence one click away. */
function keyFact(term: string, value: string, citations: readonly Cited[]): Child[] {
  const { button, panel } = citeToggle(citations, `${term.toLowerCase()}: ${value}`);
  return [h('dt', {}, term), h('dd', {}, h('span', {}, value, ' '), citations.length ? button : null, citations.length ? panel : null)];
}

function keyFacts(c: CityData, k: KeyFacts): HTMLElement {
  const coverage = [...(k?.coverage ?? []), ...(k?.country?.coverage ?? []), ...(k?.country?.regionLink?.region.coverage ?? [])];
  return h(
    'dl',
    { class: 'key-facts' },
    keyFact('Country', c.country?.name ?? 'not stated', k?.location?.citations ?? []),
    keyFact('Region', c.region?.name ?? 'not stated', k?.country?.regionLink?.citations ?? []),
    c.hubs.length
      ? c.hubs.map((hub) =>
          keyFact(
            'Regional hub',
            hub.name,
            coverage.filter((x) => x.hub.id === hub.id).flatMap((x) => x.citations),
          ),
        )
      : keyFact('Regional hub', 'none stated', []),
    c.leaders.length
      ? c.leaders.map((l) => keyFact('Leader', `${l.leader.name}${l.leader.title ? ` (${l.leader.title})` : ''}`, l.citations))
      : keyFact('Leader', 'none named', []),
  );
}

/** A line "learned X via Y" for an influence. */
function influenceDetails(i: {
  practice: { id: string; name: string } | null;
  via: { id: string; name: string } | null;
  date: string | null;
}): Child[] {
  return [
    i.practice ? [' — ', h('a', { href: href('practice', i.practice.id) }, i.practice.name)] : ' — no practice named',
    i.via ? [' via ', h('a', { href: href('event', i.via.id) }, i.via.name)] : null,
    i.date ? [' ', when(i.date)] : null,
  ];
}

function renderCard(c: CityData, k: KeyFacts): Child {
  const description = c.description ? citeToggle(c.citations, c.name) : undefined;
  let graph: ViewGraph | undefined;
  return [
    h(
      'header',
      { class: 'card-header' },
      h('p', { class: 'eyebrow' }, humanise(c.kind)),
      h('h1', { id: 'view-title' }, c.name),
      keyFacts(c, k),
      cityTabs(c.id, 'card'),
    ),
    description ? h('div', { class: 'description' }, h('p', {}, c.description, ' ', description.button), description.panel) : null,
    h(
      'div',
      { class: 'card-grid' },
      facts(
        'Practices adopted',
        [...c.adoptions]
          .sort((a, b) => a.practice.name.localeCompare(b.practice.name))
          .map((a) =>
            factItem(
              [h('a', { href: href('practice', a.practice.id) }, a.practice.name), ' ', statusBadge(a.status), ' ', when(a.date)],
              a.citations,
              `${a.practice.name} in ${c.name}`,
            ),
          ),
        'No practice recorded.',
      ),
      facts(
        'Learned from',
        c.influencedBy.map((i) =>
          factItem(
            [link(i.source.__typename, i.source.id, i.source.name), ...influenceDetails(i)],
            i.citations,
            `what ${c.name} learned from ${i.source.name}`,
          ),
        ),
        'No influence recorded.',
      ),
      facts(
        'Inspired',
        c.influenced.map((i) =>
          factItem(
            [link('City', i.target.id, i.target.name), ...influenceDetails(i)],
            i.citations,
            `what ${i.target.name} learned from ${c.name}`,
          ),
        ),
        'No city is recorded as learning from it.',
      ),
      facts(
        'Events',
        [
          ...c.hosted.map((a) =>
            factItem(
              [
                h('a', { href: href('event', a.event.id) }, a.event.name),
                ' ',
                h('span', { class: 'badge' }, 'host'),
                ' ',
                when(a.event.date),
              ],
              a.citations,
              `${c.name} hosting ${a.event.name}`,
            ),
          ),
          ...c.attended.map((a) =>
            factItem(
              [h('a', { href: href('event', a.event.id) }, a.event.name), a.role ? ` — ${a.role}` : '', ' ', when(a.event.date)],
              a.citations,
              `${c.name} at ${a.event.name}`,
            ),
          ),
        ],
        'No event recorded.',
      ),
      facts(
        'Leaders',
        c.leaders.map((l) =>
          factItem(
            [l.leader.name, l.role ? ` — ${l.role}` : '', l.since ? ` since ${formatPartialDate(l.since)}` : ''],
            l.citations,
            `${l.leader.name}`,
          ),
        ),
        'No leader named in the sources.',
      ),
      facts(
        'Challenges',
        c.challenges.map((f) => factItem([f.challenge.name], f.citations, f.challenge.name)),
        'No challenge recorded.',
      ),
    ),
    downloadBar(() => {
      graph ??= cardGraph(c);
      return { graph, title: `${c.name}: facts`, fileStem: `${c.id}-card` };
    }),
  ];
}

/** #/city/:id — everything on one city, each fact one click from its evidence. */
export function cityCardView(ctx: ViewContext, id: string): void {
  const both = () => Promise.all([cachedRequest(CityCardDocument, { id }), cachedRequest(WebCityKeyFactsDocument, { id })]);
  void load(ctx, ctx.main, 'the city card', both, ([card, keys]) =>
    card.city
      ? (setTitle(card.city.name), renderCard(card.city, keys.city))
      : empty(`There is no city with the id “${id}”.`, 'Search for it by name above.'),
  );
}
