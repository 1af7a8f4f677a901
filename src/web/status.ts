import { ApiError } from './api';
import { h } from './dom';

/** Says something to screen-reader users without moving focus (the page's aria-live region). */
export function announce(text: string): void {
  const live = document.getElementById('live');
  if (live) live.textContent = text;
}

/** A loading placeholder (also announced). */
export function loading(what: string): HTMLElement {
  announce(`Loading ${what}…`);
  return h('p', { class: 'state state-loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Loading ${what}…`);
}

/** An empty result, with what the person can do next. */
export function empty(text: string, hint?: string): HTMLElement {
  return h('div', { class: 'state state-empty', role: 'status' }, h('p', {}, text), hint ? h('p', { class: 'hint' }, hint) : null);
}

/** An error a person can act on: the message, and a retry button when one is given. */
export function failure(err: unknown, retry?: () => void): HTMLElement {
  const api = err instanceof ApiError ? err : undefined;
  const title =
    api?.code === 'NOT_FOUND'
      ? 'Not found'
      : api?.code === 'NETWORK'
        ? 'No connection'
        : api?.code === 'DATABASE_UNAVAILABLE' || api?.code === 'DATABASE_TIMEOUT'
          ? 'The database is not answering'
          : 'Something went wrong';
  const message = api?.message ?? (err instanceof Error ? err.message : String(err));
  announce(`${title}: ${message}`);
  return h(
    'div',
    { class: 'state state-error', role: 'alert' },
    h('p', {}, h('strong', {}, title), ' — ', message),
    retry ? h('button', { type: 'button', class: 'button', onclick: retry }, 'Try again') : null,
  );
}
