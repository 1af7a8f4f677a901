import { request } from './api';
import { factItem } from './citations';
import { h, type Child } from './dom';
import { downloadBar, type Downloadable } from './downloads';
import { addActor, addLink, newViewGraph, type ViewGraph } from './graph-model';
import { mountGraph } from './graph-view';
import { radialLayout } from './layout';
import { CATEGORY_LABELS, lookups, type PracticeOption } from './lookups';
import { href, navigate, nodeHref } from './router';
import { empty } from './status';
import { cityTabs, load, section, type ViewContext } from './view';
import { WebPeerCitiesDocument, type PracticeCategory, type WebPeerCitiesQuery } from '../generated/graphql';

type Peer = WebPeerCitiesQuery['peerCities'][number];
const CATEGORIES = Object.keys(CATEGORY_LABELS) as PracticeCategory[];
/** Reasons shown at once per peer (strongest first); the rest fold away. */
const SHOWN_REASONS = 3;

/** The form: one practice and/or practice categories; submitting puts them in the address. */
function needsForm(cityId: string, practices: PracticeOption[], practiceId: string, needs: PracticeCategory[]): HTMLFormElement {
  const select = h(
    'select',
    { id: 'peer-practice', name: 'practice' },
    h('option', { value: '' }, '— no particular practice —'),
    CATEGORIES.filter((c) => practices.some((p) => p.category === c)).map((c) =>
      h('optgroup', { label: CATEGORY_LABELS[c] }, practices.filter((p) => p.category === c).map((p) => h('option', { value: p.id, selected: p.id === practiceId }, p.name))),
    ),
  );
  const boxes = CATEGORIES.map((c) => h('label', {}, h('input', { type: 'checkbox', name: 'needs', value: c, checked: needs.includes(c) }), CATEGORY_LABELS[c]));
  const form = h(
    'form',
    { class: 'peer-form', 'aria-label': 'What the city needs' },
    h('div', { class: 'form-row' }, h('label', { class: 'field', for: 'peer-practice' }, 'A practice it wants to take up', select)),
    h('fieldset', {}, h('legend', {}, 'and/or the kinds of practice it needs'), h('div', { class: 'checks' }, boxes)),
    h('button', { type: 'submit', class: 'button' }, 'Find peers'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = boxes.map((b) => b.querySelector('input')!).filter((i) => i.checked).map((i) => i.value);
    navigate(href('city', cityId, 'peers', { practice: select.value || undefined, needs: chosen.join(',') || undefined }));
  });
  return form;
}

/** The asking city in the middle, its peers around it, an arrow from each peer ("could help"). */
function peerGraph(city: { id: string; name: string; region: { id: string; name: string } | null }, peers: Peer[]): ViewGraph {
  const g = newViewGraph();
  addActor(g, { __typename: 'City', ...city }, true);
  for (const p of peers) {
    addActor(g, { __typename: 'City', ...p.city });
    addLink(g, p.city.id, city.id, 'PEER', { label: p.reasons[0]?.text ?? 'could help', evidence: p.reasons.flatMap((r) => r.citations) });
  }
  radialLayout(g, [city.id], 140);
  return g;
}

function peerItem(p: Peer, rank: number, askingId: string): HTMLElement {
  const where = [p.city.country?.name, p.city.region?.name, p.distanceKm != null ? `${Math.round(p.distanceKm).toLocaleString('en')} km away` : null].filter(Boolean).join(' · ');
  const reasonLine = (r: Peer['reasons'][number]): Child[] => {
    const to = r.subject ? nodeHref(r.subject.__typename, r.subject.id) : undefined;
    return [r.text, to && r.subject && !r.text.includes(r.subject.name) ? [' — ', h('a', { href: to }, r.subject.name)] : null];
  };
  const reason = (r: Peer['reasons'][number]) => factItem(reasonLine(r), r.citations, `${p.city.name}: ${r.text}`);
  return h(
    'li',
    { class: 'result peer' },
    h(
      'div',
      { class: 'result-head' },
      h('h3', {}, `${rank}. `, h('a', { href: href('city', p.city.id) }, p.city.name)),
      h('span', { class: 'score', title: 'Sum of the reasons’ weights' }, `score ${p.score.toFixed(1)}`),
    ),
    h('p', { class: 'muted' }, where),
    h('ul', { class: 'facts reasons' }, p.reasons.slice(0, SHOWN_REASONS).map(reason)),
    p.reasons.length > SHOWN_REASONS
      ? h('details', { class: 'more-reasons' }, h('summary', {}, `${p.reasons.length - SHOWN_REASONS} more ${p.reasons.length - SHOWN_REASONS === 1 ? 'reason' : 'reasons'}`), h('ul', { class: 'facts reasons' }, p.reasons.slice(SHOWN_REASONS).map(reason)))
      : null,
    h('p', { class: 'result-links' }, h('a', { href: href('city', p.city.id, 'network') }, 'Its network'), ' · ', h('a', { href: href('paths', { from: p.city.id, to: askingId }) }, 'How influence travelled from it')),
  );
}

/** #/city/:id/peers?practice=…&needs=A,B — ranked peers with their reasons and evidence. */
export function peersView(ctx: ViewContext, id: string): void {
  const practiceId = ctx.route.params.get('practice') ?? '';
  const needs = (ctx.route.params.get('needs') ?? '').split(',').filter((n): n is PracticeCategory => CATEGORIES.includes(n as PracticeCategory));
  const heading = h('h1', { id: 'view-title' }, 'Find peers');
  const formSlot = h('div', {});
  const results = h('div', { class: 'peer-results', 'aria-live': 'polite' });
  ctx.main.replaceChildren(
    h('header', { class: 'card-header' }, h('p', { class: 'eyebrow' }, 'Peer finder'), heading, cityTabs(id, 'peers')),
    h('p', { class: 'lede' }, 'Choose what the city needs. Peers are ranked by what they have done (implemented, piloted, taught), ties to this city, shared events and challenges, and distance. Each reason cites its source.'),
    formSlot,
    results,
  );
  void load(ctx, formSlot, 'the practices', lookups, (l) => needsForm(id, l.practices, practiceId, needs));
  let current: Downloadable | undefined;
  void load(ctx, results, 'peers', () => request(WebPeerCitiesDocument, { cityId: id, practiceId: practiceId || null, needs: needs.length ? needs : null, first: 10 }, ctx.signal), (d) => {
    if (!d.city) return empty(`There is no city with the id “${id}”.`, 'Search for it by name above.');
    const city = d.city;
    heading.textContent = `Peers for ${city.name}`;
    document.title = `Peers for ${city.name} — Prevention Graph`;
    if (!d.peerCities.length) return empty('No peer matches these needs.', 'Try fewer needs, or a category instead of a single practice.');
    const graphHost = h('div', {});
    const map = section('Peers drawn', h('p', { class: 'hint' }, 'Colours show regions. Click a city to open it.'), downloadBar(() => current), graphHost);
    map.classList.add('peer-map');
    results.replaceChildren(h('div', { class: 'peer-layout' }, section(`${d.peerCities.length} peers, best first`, h('ol', { class: 'results' }, d.peerCities.map((p, i) => peerItem(p, i + 1, city.id)))), map));
    const g = peerGraph(city, d.peerCities);
    const drawing = mountGraph(graphHost, g, { title: `Peers for ${city.name}`, hrefOf: (n) => nodeHref('City', n), onOpen: navigate, height: 420 });
    ctx.onLeave(() => drawing.destroy());
    current = { graph: g, title: `Peers for ${city.name}`, fileStem: `${city.id}-peers`, drawing };
  });
}
