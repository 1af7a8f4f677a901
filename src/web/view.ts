import { isAbort } from './api';
import { h, replace, type Child } from './dom';
import { href, type Route } from './router';
import { announce, cancelled, failure, loading, stillWorking } from './status';

/** What every view gets: where to draw, the route, and a signal that fires when it is left. */
export interface ViewContext {
  main: HTMLElement;
  route: Route;
  signal: AbortSignal;
  /** Registers clean-up to run when the view is left (e.g. killing a WebGL renderer). */
  onLeave(fn: () => void): void;
}

/** After this long a loading state says it is still working and offers Cancel: the page answers within a second on a warm server, or says it cannot. */
export const SLOW_AFTER_MS = 1000;

/**
 * The loading → content | error cycle of a view section: shows a loading state, runs `get`
 * with a signal of its own, then `render`s its result into `target`. A slow request turns into
 * "still working" with a Cancel button; errors show with a "Try again" button. Results that
 * arrive after the view was left are dropped.
 */
export async function load<T>(
  ctx: ViewContext,
  target: HTMLElement,
  what: string,
  get: (signal: AbortSignal) => Promise<T>,
  render: (data: T) => Child | void,
): Promise<void> {
  const again = () => void load(ctx, target, what, get, render);
  const own = new AbortController();
  const stop = () => own.abort();
  ctx.signal.addEventListener('abort', stop, { once: true });
  replace(target, loading(what));
  target.setAttribute('aria-busy', 'true');
  const slow = setTimeout(() => {
    if (!own.signal.aborted) replace(target, stillWorking(what, stop));
  }, SLOW_AFTER_MS);
  try {
    const data = await Promise.race([
      get(own.signal),
      new Promise<never>((_, reject) =>
        own.signal.addEventListener('abort', () => reject(new DOMException('Cancelled', 'AbortError')), { once: true }),
      ),
    ]);
    if (ctx.signal.aborted) return;
    target.replaceChildren();
    const out = render(data);
    if (out) replace(target, out);
    announce(`Loaded ${what}.`);
    window.dispatchEvent(new CustomEvent('view-rendered'));
  } catch (err) {
    if (ctx.signal.aborted) return;
    if (isAbort(err) || own.signal.aborted) replace(target, cancelled(what, again));
    else replace(target, failure(err, again));
  } finally {
    clearTimeout(slow);
    ctx.signal.removeEventListener('abort', stop);
    target.removeAttribute('aria-busy');
  }
}

const SITE = 'Prevention Graph';

/** The tab title of a view: "Peers for Danilovgrad — Prevention Graph". */
export function setTitle(text: string | null): void {
  document.title = text ? `${text} — ${SITE}` : `${SITE} — explorer`;
}

let submitted = false;
/** A form asked for results: the view that renders them brings them into view on small screens. */
export function markSubmitted(): void {
  submitted = true;
}

/** On a phone, results below a form are out of sight: scroll them in (once per submission). */
export function revealResults(el: HTMLElement): void {
  if (!submitted) return;
  submitted = false;
  if (window.matchMedia('(max-width: 760px)').matches) el.scrollIntoView({ block: 'start', behavior: 'auto' });
}

/** The tabs of a city: card, peers, network (links, so each is a shareable route). */
export function cityTabs(id: string, active: 'card' | 'peers' | 'network'): HTMLElement {
  const tab = (key: typeof active, label: string, to: string) =>
    h('a', { href: to, class: 'tab', 'aria-current': key === active ? 'page' : undefined }, label);
  return h(
    'nav',
    { class: 'tabs', 'aria-label': 'City views' },
    tab('card', 'City card', href('city', id)),
    tab('peers', 'Find peers', href('city', id, 'peers')),
    tab('network', 'Network', href('city', id, 'network')),
  );
}

/** A section with a heading and a body to fill. */
export function section(title: string, ...body: Child[]): HTMLElement {
  return h('section', { class: 'panel' }, h('h2', {}, title), ...body);
}
