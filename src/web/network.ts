import { cachedRequest } from './api';
import { h } from './dom';
import { downloadBar, type Downloadable } from './downloads';
import { addActor, addLink, newViewGraph, type ViewGraph } from './graph-model';
import { mountGraph } from './graph-view';
import { radialLayout } from './layout';
import { withColours } from './lookups';
import { navigate, nodeHref } from './router';
import { empty } from './status';
import { cityTabs, load, setTitle, type ViewContext } from './view';
import { CityNetworkDocument, type CityNetworkQuery } from '../generated/graphql';

type NetworkCity = NonNullable<CityNetworkQuery['city']>;
type NetworkEvent = NetworkCity['attended'][number]['event'];

/** People are left out of the drawing: it shows places, events and organisations. */
const DRAWN = new Set(['City', 'Event', 'Organisation']);

function addEvent(g: ViewGraph, ev: NetworkEvent): void {
  addActor(g, { __typename: 'Event', id: ev.id, name: ev.name, date: ev.date });
  for (const a of ev.attendees) {
    if (!DRAWN.has(a.attendee.__typename)) continue;
    addActor(g, a.attendee);
    addLink(g, a.attendee.id, ev.id, 'ATTENDED', { date: ev.date });
  }
  for (const host of ev.hosts) {
    if (!DRAWN.has(host.host.__typename)) continue;
    addActor(g, host.host);
    addLink(g, host.host.id, ev.id, 'HOSTED', { date: ev.date });
  }
  for (const i of ev.inspired) {
    addActor(g, i.target);
    addLink(g, ev.id, i.target.id, 'INSPIRED', { date: i.date, practice: i.practice?.name });
  }
}

/** The city's neighbourhood as a graph: influences two steps each way, events and who was there. */
export function networkGraph(c: NetworkCity): ViewGraph {
  const g = newViewGraph();
  addActor(g, c, true);
  for (const i of c.influencedBy) {
    addActor(g, i.source);
    if (i.via) addActor(g, { __typename: 'Event', ...i.via });
    addLink(g, i.source.id, c.id, 'INSPIRED', { date: i.date, practice: i.practice?.name, via: i.via?.name, evidence: i.citations });
    if (i.source.__typename === 'Event') addEvent(g, i.source);
    if (i.source.__typename === 'City') {
      for (const j of i.source.influencedBy) {
        addActor(g, j.source);
        addLink(g, j.source.id, i.source.id, 'INSPIRED', { date: j.date, practice: j.practice?.name });
      }
    }
  }
  for (const i of c.influenced) {
    addActor(g, i.target);
    addLink(g, c.id, i.target.id, 'INSPIRED', { date: i.date, practice: i.practice?.name, via: i.via?.name, evidence: i.citations });
    for (const j of i.target.__typename === 'City' ? i.target.influenced : []) {
      addActor(g, j.target);
      addLink(g, i.target.id, j.target.id, 'INSPIRED', { date: j.date, practice: j.practice?.name });
    }
  }
  for (const a of c.attended) addEvent(g, a.event);
  for (const a of c.hosted) addEvent(g, a.event);
  return g;
}

/** #/city/:id/network — the city's neighbourhood drawn: zoom (buttons, keys, Ctrl + wheel), pan, click a node to open it. */
export function networkView(ctx: ViewContext, id: string): void {
  const heading = h('h1', { id: 'view-title' }, 'Network');
  const intro = h(
    'p',
    { class: 'lede' },
    'Who this city learned from and inspired (two steps each way), the events it took part in or learned from, and who else was there. Colours show regions; click a node to open it. Zoom with + and − (or Ctrl + scroll) and drag to pan; on a touch screen a finger scrolls the page past the drawing.',
  );
  const body = h('div', { class: 'network-body' });
  ctx.main.replaceChildren(
    h('header', { class: 'card-header' }, h('p', { class: 'eyebrow' }, 'City network'), heading, cityTabs(id, 'network')),
    intro,
    body,
  );
  let current: Downloadable | undefined;
  void load(
    ctx,
    body,
    'the network',
    () => withColours(cachedRequest(CityNetworkDocument, { id })),
    (d) => {
      if (!d.city) return empty(`There is no city with the id “${id}”.`, 'Search for it by name above.');
      heading.textContent = `${d.city.name}: network`;
      setTitle(`${d.city.name}: network`);
      const g = networkGraph(d.city);
      if (g.order < 2) return empty(`Nothing links ${d.city.name} to other actors yet.`, 'Its card may still list practices and sources.');
      radialLayout(g, [d.city.id]);
      const figure = h('div', {});
      body.replaceChildren(
        downloadBar(() => current),
        figure,
      );
      const drawing = mountGraph(figure, g, {
        title: `${d.city.name}: neighbourhood of influences and events`,
        hrefOf: (n) => nodeHref(g.getNodeAttribute(n, 'kind'), n),
        onOpen: navigate,
        height: 560,
      });
      ctx.onLeave(() => drawing.destroy());
      current = { graph: g, title: `${d.city.name}: network`, fileStem: `${d.city.id}-network`, drawing };
      return undefined;
    },
  );
}
