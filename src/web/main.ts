import { areaView } from './area';
import { cityCardView } from './city-card';
import { h } from './dom';
import { eventCardView } from './event-card';
import { homeView } from './home';
import { lookups } from './lookups';
import { mapPage } from './map-page';
import { networkView } from './network';
import { organisationCardView } from './organisation-card';
import { pathsView } from './paths';
import { peersView } from './peers';
import { practiceView } from './practice';
import { currentRoute, href, navigate, nodeHref } from './router';
import { typeahead } from './search';
import { empty } from './status';
import { setTitle, type ViewContext } from './view';
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
  // Each view names itself once it knows what it shows; until then the tab says what kind it is.
  setTitle(kind === 'paths' ? 'Path finder' : kind ? `${kind.charAt(0).toUpperCase()}${kind.slice(1)}` : null);
  if (!kind) homeView(ctx);
  else if (kind === 'city' && id && !tab) cityCardView(ctx, id);
  else if (kind === 'city' && id && tab === 'peers') peersView(ctx, id);
  else if (kind === 'city' && id && tab === 'network') networkView(ctx, id);
  else if (kind === 'practice' && id) practiceView(ctx, id);
  else if (kind === 'event' && id) eventCardView(ctx, id);
  else if (kind === 'organisation' && id) organisationCardView(ctx, id);
  else if (kind === 'paths') pathsView(ctx);
  else if (kind === 'map') mapPage(ctx);
  else if ((kind === 'country' || kind === 'region' || kind === 'hub') && id) areaView(ctx, kind, id);
  else
    main.replaceChildren(
      h('h1', { id: 'view-title' }, 'Page not found'),
      empty('This address does not match a view.', 'Use the search above, or go back.'),
    );
  document.querySelectorAll<HTMLAnchorElement>('.site-nav a').forEach((a) => {
    if (a.getAttribute('href') === `#/${kind ?? ''}`) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  // Move focus to the new view so keyboard and screen-reader users start at its top.
  if (kind) main.focus({ preventScroll: true });
  scrolls.arrive();
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
      placeholder: 'City, country, hub, practice, event…',
      types: ['City', 'Country', 'Region', 'Hub', 'Practice', 'Event', 'Organisation'],
      onPick: (p) => navigate(nodeHref(p.__typename, p.id) ?? href()),
    }),
  );
}

/**
 * Scroll positions per history entry: Back returns to where the person was in a long list,
 * a new page starts at the top. Each entry gets a key in history.state; positions live in
 * sessionStorage (so they survive a reload). Views draw asynchronously, so the position is
 * re-applied as their sections render, until it is reached or the person scrolls.
 */
const scrolls = (() => {
  const KEY = 'pg.scroll';
  const saved = (): Record<string, number> => {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, number>;
    } catch {
      return {};
    }
  };
  const entry = (): string | undefined => (history.state as { pgKey?: string } | null)?.pgKey;
  let target: number | undefined;
  let restoring = false;
  const apply = () => {
    if (target === undefined) return;
    restoring = true;
    window.scrollTo(0, target);
    if (Math.abs(window.scrollY - target) < 2) target = undefined;
    setTimeout(() => (restoring = false), 50);
  };
  window.addEventListener('view-rendered', () => requestAnimationFrame(apply));
  let timer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener(
    'scroll',
    () => {
      if (!restoring) target = undefined; // the person scrolled: stop restoring
      clearTimeout(timer);
      timer = setTimeout(() => {
        const key = entry();
        if (!key) return;
        const all = saved();
        all[key] = Math.round(window.scrollY);
        try {
          sessionStorage.setItem(KEY, JSON.stringify(all));
        } catch {
          /* storage full or off: Back then starts at the top */
        }
      }, 100);
    },
    { passive: true },
  );
  return {
    arrive(): void {
      let key = entry();
      if (!key) {
        key = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
        history.replaceState({ ...(history.state as object | null), pgKey: key }, '');
      }
      target = saved()[key];
      window.scrollTo(0, 0);
      if (target) apply();
    },
  };
})();
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

// The shell and the search come first; region colours follow (drawings wait for them).
header();
window.addEventListener('hashchange', () => {
  // In-page anchors (not routes) must not replace the view.
  if (!location.hash || location.hash.startsWith('#/')) show();
});
show();
void lookups().catch(() => undefined);
