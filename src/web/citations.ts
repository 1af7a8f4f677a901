import { formatPartialDate } from './dates';
import { h, type Child } from './dom';

/** A citation as the named operations return it (see CitationFields). */
export interface Cited {
  excerpt: string;
  source: { id: string; title: string; publisher: string | null; date: string | null } | null;
}

let counter = 0;

/**
 * The evidence for one fact: a "cite" button that shows and hides its verbatim excerpts with
 * the source's title, publisher and date. Returns the button and the (hidden) panel; put the
 * panel where it reads best, usually right after the fact.
 */
export function citeToggle(citations: readonly Cited[], what: string): { button: HTMLElement; panel: HTMLElement } {
  const id = `cite-${++counter}`;
  const panel = h('div', { class: 'evidence', id, hidden: true }, evidenceList(citations));
  const label = citations.length ? `Sources (${citations.length})` : 'No source';
  const button = h(
    'button',
    {
      type: 'button',
      class: 'cite',
      'aria-expanded': 'false',
      'aria-controls': id,
      'aria-label': `${label} for ${what}`,
      disabled: citations.length === 0,
      onclick: () => {
        const open = panel.hidden;
        panel.hidden = !open;
        button.setAttribute('aria-expanded', String(open));
      },
    },
    label,
  );
  return { button, panel };
}

/** The excerpts themselves, each quoted with where it comes from. */
export function evidenceList(citations: readonly Cited[]): HTMLElement {
  return h(
    'ul',
    { class: 'evidence-list' },
    citations.map((c) =>
      h(
        'li',
        {},
        h('blockquote', {}, `“${c.excerpt}”`),
        h(
          'p',
          { class: 'source' },
          '— ',
          h('cite', {}, c.source?.title ?? 'Unknown source'),
          c.source?.publisher ? `, ${c.source.publisher}` : '',
          c.source?.date ? ` (${formatPartialDate(c.source.date)})` : '',
        ),
      ),
    ),
  );
}

/** A list item for one fact: its content, a cite button, and the evidence under it. */
export function factItem(content: Child[], citations: readonly Cited[], what: string): HTMLElement {
  const { button, panel } = citeToggle(citations, what);
  return h('li', { class: 'fact' }, h('div', { class: 'fact-line' }, h('span', { class: 'fact-text' }, ...content), button), panel);
}
