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
  return h(
    'p',
    { class: 'state state-loading', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    `Loading ${what}…`,
  );
}

/**
 * Shown when a request is slow: it is still running, and the person may stop waiting.
 */
export function stillWorking(what: string, cancel: () => void): HTMLElement {
  announce(`Still working on ${what}…`);
  return h(
    'div',
    { class: 'state state-loading state-slow', role: 'status' },
    h('p', {}, h('span', { class: 'spinner', 'aria-hidden': 'true' }), `Still working on ${what}… The server is taking longer than usual.`),
    h('button', { type: 'button', class: 'button secondary', onclick: cancel }, 'Cancel'),
  );
}

/** After Cancel: nothing more is coming, and how to ask again. */
export function cancelled(what: string, retry: () => void): HTMLElement {
  announce(`Stopped loading ${what}.`);
  return h(
    'div',
    { class: 'state state-empty', role: 'status' },
    h('p', {}, `Stopped loading ${what}.`),
    h('button', { type: 'button', class: 'button', onclick: retry }, 'Try again'),
  );
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
        : api?.code === 'TIMEOUT'
          ? 'No answer in time'
          : api?.code === 'DATABASE_UNAVAILABLE' || api?.code === 'DATABASE_TIMEOUT' || api?.code === 'BAD_GATEWAY'
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
