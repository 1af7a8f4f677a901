import { cityCardView } from './city-card';
import { setRegions } from './colours';
import { h } from './dom';
import { eventCardView } from './event-card';
import { homeView } from './home';
import { lookups } from './lookups';
import { networkView } from './network';
import { organisationCardView } from './organisation-card';
import { pathsView } from './paths';
import { peersView } from './peers';
import { practiceView } from './practice';
import { currentRoute, href, navigate, nodeHref } from './router';
import { typeahead } from './search';
import { empty } from './status';
import type { ViewContext } from './view';
import './style.css';

const main = document.getElementById('main') as HTMLElement;
let leaving: AbortController | undefined;
let cleanups: (() => void)[] = [];

/** Shows the view of the current hash route, after letting the previous one go. */
function show(): void {
  leaving?.abort();
  cleanups.forEach((fn) => fn());
  cleanups = [];
  leaving = new AbortController();
  const route = currentRoute();
  const ctx: ViewContext = { main, route, signal: leaving.signal, onLeave: (fn) => cleanups.push(fn) };
  const [kind, id, tab] = route.parts;
  main.replaceChildren();
  if (!kind) homeView(ctx);
  else if (kind === 'city' && id && !tab) cityCardView(ctx, id);
  else if (kind === 'city' && id && tab === 'peers') peersView(ctx, id);
  else if (kind === 'city' && id && tab === 'network') networkView(ctx, id);
  else if (kind === 'practice' && id) practiceView(ctx, id);
  else if (kind === 'event' && id) eventCardView(ctx, id);
  else if (kind === 'organisation' && id) organisationCardView(ctx, id);
  else if (kind === 'paths') pathsView(ctx);
  else main.replaceChildren(h('h1', { id: 'view-title' }, 'Page not found'), empty('This address does not match a view.', 'Use the search above, or go back.'));
  document.querySelectorAll<HTMLAnchorElement>('.site-nav a').forEach((a) => {
    if (a.getAttribute('href') === `#/${kind ?? ''}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  // Move focus to the new view so keyboard and screen-reader users start at its top.
  if (kind) main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

document.querySelector('.skip-link')?.addEventListener('click', (e) => {
  e.preventDefault();
  main.focus();
});

function header(): void {
  const slot = document.getElementById('header-search')!;
  slot.replaceChildren(
    typeahead({
      id: 'site-search',
      label: 'Search',
      placeholder: 'City, practice, event, organisation…',
      types: ['City', 'Practice', 'Event', 'Organisation'],
      onPick: (p) => navigate(nodeHref(p.__typename, p.id) ?? href()),
    }),
  );
}

// Region colours must be fixed before anything is drawn; the page works (greyer) without them.
void lookups()
  .then((l) => setRegions(l.regions.map((r) => r.id)))
  .catch(() => undefined)
  .finally(() => {
    header();
    window.addEventListener('hashchange', () => {
      // In-page anchors (not routes) must not replace the view.
      if (!location.hash || location.hash.startsWith('#/')) show();
    });
    show();
  });
