import { ApiError, isAbort, request } from './api';
import { h } from './dom';
import { WebSearchDocument, type NodeKind, type WebSearchQuery } from '../generated/graphql';

/** What a type-ahead hands back when a person picks a result. */
export interface Picked {
  __typename: string;
  id: string;
  name: string;
}

/**
 * Where a search result lies, in words: "part of Nansana, Uganda" for a place within another,
 * "Uganda" for a city of its own; nothing for what is not a place.
 */
export function whereText(r: WebSearchQuery['search'][number]): string {
  const within = r.__typename === 'City' ? r.within : [];
  if (!within.length) return '';
  const names = within.map((w) => w.name).join(', ');
  return within[0]!.__typename === 'Country' ? names : `part of ${names}`;
}

export interface TypeaheadOptions {
  /** Visible label of the input. */
  label: string;
  /** Unique id prefix (input and listbox ids). */
  id: string;
  placeholder?: string;
  types?: NodeKind[];
  /** Text shown in the input at the start (e.g. the name of the current pick). */
  initial?: string;
  onPick(picked: Picked): void;
  /**
   * A form field rather than a jump: a name typed exactly (case and accents aside) counts as
   * picked without choosing it from the list, and editing the text un-picks it (`onClear`).
   */
  acceptExact?: boolean;
  onClear?(): void;
}

/** "Čair" and "cair" are the same name to a person typing. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

const resolvers = new WeakMap<HTMLElement, () => Promise<Picked | undefined>>();

/**
 * For a form's submit: what the type-ahead holds — the picked item, or the item whose name
 * was typed exactly (searched now if the suggestions have not come yet).
 */
export function resolveTyped(el: HTMLElement): Promise<Picked | undefined> {
  return resolvers.get(el)?.() ?? Promise.resolve(undefined);
}

const KIND_LABEL: Record<string, string> = {
  Organisation: 'Organisation',
  City: 'City',
  Practice: 'Practice',
  Event: 'Event',
  Country: 'Country',
  Region: 'Region',
  Hub: 'Hub',
};
/** Pause after the last keystroke before a search is sent. */
const DEBOUNCE_MS = 150;

/**
 * A WAI-ARIA combobox over the full-text search: type, then ↓/↑ to move, Enter to pick
 * (the first result when none is highlighted), Escape to close. Results come as you type.
 */
export function typeahead(opts: TypeaheadOptions): HTMLElement {
  const listId = `${opts.id}-list`;
  const input = h('input', {
    id: opts.id,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    placeholder: opts.placeholder ?? 'Type a name…',
    value: opts.initial ?? '',
  });
  const list = h('ul', { id: listId, role: 'listbox', class: 'typeahead-list', hidden: true, 'aria-label': `${opts.label} suggestions` });
  const note = h('div', { class: 'typeahead-note', 'aria-live': 'polite' });
  let results: (Picked & { where: string })[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: AbortController | undefined;
  /** Enter was pressed before the results came: pick the best one when they do. */
  let enterPending = false;
  let picked: Picked | undefined;
  const exact = (): Picked | undefined => results.find((r) => fold(r.name) === fold(input.value));
  /** A field that accepts exact names: take the typed name as the pick, silently. */
  const takeExact = () => {
    if (!opts.acceptExact || picked) return;
    const hit = exact();
    if (hit) {
      picked = hit;
      opts.onPick(hit);
    }
  };

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    Array.from(list.children).forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `${listId}-${i}`);
      (list.children[i] as HTMLElement).scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const pick = (p: Picked) => {
    picked = p;
    input.value = p.name;
    note.textContent = '';
    close();
    opts.onPick(p);
  };
  const show = (text: string) => {
    list.replaceChildren(
      ...results.map((r, i) =>
        h(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            class: 'typeahead-option',
            'aria-selected': 'false',
            'data-id': r.id,
            onmousedown: (e: Event) => e.preventDefault(), // keep focus in the input
            onclick: () => pick(r),
          },
          h('span', { class: 'option-name' }, r.name, r.where ? h('span', { class: 'option-where' }, ` — ${r.where}`) : null),
          h('span', { class: `badge kind-${r.__typename.toLowerCase()}` }, KIND_LABEL[r.__typename] ?? r.__typename),
        ),
      ),
    );
    // Suggestions that arrive after the person left the field stay closed.
    const open = results.length > 0 && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    note.textContent = results.length
      ? `${results.length} suggestions; use the arrow keys and Enter.`
      : `No match for “${text}”. Try fewer letters or another spelling.`;
  };
  const search = async (text: string): Promise<void> => {
    inflight?.abort();
    if (text.trim().length < 2) {
      results = [];
      list.replaceChildren();
      close();
      note.textContent = '';
      return;
    }
    inflight = new AbortController();
    note.textContent = 'Searching…';
    try {
      const data = await request(WebSearchDocument, { text, first: 8, types: opts.types ?? null }, inflight.signal);
      results = data.search.map((n) => ({ __typename: n.__typename, id: n.id, name: n.name, where: whereText(n) }));
      highlight(-1);
      show(text);
      takeExact();
      if (enterPending && results[0]) pick(results[0]);
      enterPending = false;
    } catch (err) {
      if (isAbort(err)) return;
      results = [];
      close();
      note.textContent = `Search failed: ${err instanceof ApiError ? err.message : String(err)}`;
    }
  };

  if (opts.initial) picked = { __typename: '', id: '', name: opts.initial }; // set by the owner
  input.addEventListener('input', () => {
    enterPending = false;
    if (picked && fold(picked.name) !== fold(input.value)) {
      picked = undefined;
      opts.onClear?.();
    }
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && results.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight((active + 1) % results.length);
    } else if (e.key === 'ArrowUp' && results.length) {
      highlight(active <= 0 ? results.length - 1 : active - 1);
    } else if (e.key === 'Enter') {
      const chosen = results[active] ?? results[0];
      if (chosen && !list.hidden) pick(chosen);
      else if (input.value.trim().length >= 2) {
        enterPending = true;
        clearTimeout(timer);
        void search(input.value);
      }
    } else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
  });
  input.addEventListener('blur', () => {
    setTimeout(close, 100);
    takeExact();
  });

  const root = h(
    'div',
    { class: 'typeahead' },
    h('label', { for: opts.id }, opts.label),
    h('div', { class: 'typeahead-box' }, input, list),
    note,
  );
  resolvers.set(root, async () => {
    if (picked) return picked;
    if (input.value.trim().length < 2) return undefined;
    if (!exact()) {
      clearTimeout(timer);
      await search(input.value);
    }
    takeExact();
    return picked;
  });
  return root;
}
