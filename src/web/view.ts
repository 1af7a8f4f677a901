import { isAbort } from './api';
import { h, replace, type Child } from './dom';
import { href, type Route } from './router';
import { announce, failure, loading } from './status';

/** What every view gets: where to draw, the route, and a signal that fires when it is left. */
export interface ViewContext {
  main: HTMLElement;
  route: Route;
  signal: AbortSignal;
  /** Registers clean-up to run when the view is left (e.g. killing a WebGL renderer). */
  onLeave(fn: () => void): void;
}

/**
 * The loading → content | error cycle of a view section: shows a loading state, runs `get`,
 * then `render`s its result into `target`; errors show with a "Try again" button. Results that
 * arrive after the view was left are dropped.
 */
export async function load<T>(ctx: ViewContext, target: HTMLElement, what: string, get: () => Promise<T>, render: (data: T) => Child | void): Promise<void> {
  replace(target, loading(what));
  target.setAttribute('aria-busy', 'true');
  try {
    const data = await get();
    if (ctx.signal.aborted) return;
    target.replaceChildren();
    const out = render(data);
    if (out) replace(target, out);
    announce(`Loaded ${what}.`);
  } catch (err) {
    if (isAbort(err) || ctx.signal.aborted) return;
    replace(target, failure(err, () => void load(ctx, target, what, get, render)));
  } finally {
    target.removeAttribute('aria-busy');
  }
}

/** The tabs of a city: card, peers, network (links, so each is a shareable route). */
export function cityTabs(id: string, active: 'card' | 'peers' | 'network'): HTMLElement {
  const tab = (key: typeof active, label: string, to: string) => h('a', { href: to, class: 'tab', 'aria-current': key === active ? 'page' : undefined }, label);
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
