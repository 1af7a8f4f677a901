import { citeToggle, factItem } from './citations';
import { influenceVerb, lagText, orderSteps, placedDates, SOURCE, stepDate, type CascadeInfluence, type CascadeStep } from './cascade';
import { statusBadge } from './city-card';
import { formatPartialDate } from './dates';
import { h, type Child } from './dom';
import { addActor, addLink, newViewGraph, type ViewGraph } from './graph-model';
import { layeredLayout } from './layout';
import { href, nodeHref } from './router';

/*
 * The two pictures of a practice's cascade: a timeline of adopters (dates exactly as the
 * sources give them) and a graph from who inspired to who learned.
 */

/** Sources on the left, learners to the right: a column per step of the longest chain. */
export function cascadeGraph(steps: CascadeStep[]): ViewGraph {
  const g = newViewGraph();
  for (const s of steps) addActor(g, s.city);
  for (const s of steps) {
    for (const l of [...s.learnedFrom, ...s.helpedBy]) {
      addActor(g, l.source);
      addLink(g, l.source.id, s.city.id, 'INSPIRED', { date: l.date, via: l.via?.name, evidence: l.citations });
    }
  }
  const depth = new Map<string, number>();
  const depthOf = (n: string, seen = new Set<string>()): number => {
    if (depth.has(n)) return depth.get(n)!;
    if (seen.has(n)) return 0;
    seen.add(n);
    const d = Math.max(-1, ...g.inNeighbors(n).map((m) => depthOf(m, seen))) + 1;
    depth.set(n, d);
    return d;
  };
  layeredLayout(g, (n) => depthOf(n), 220, 60);
  return g;
}

/** One influence on a step, in words ("learned from Cape Town via … (Dec 2023) — began piloting it…"), with its evidence. */
function influenceLine(s: CascadeStep, l: CascadeInfluence): HTMLElement {
  const to = nodeHref(l.source.__typename, l.source.id);
  const lag = lagText(l.lag, s.status);
  const content: Child[] = [
    influenceVerb(l.kind),
    to ? h('a', { href: to }, l.source.name) : l.source.name,
    l.via ? [' via ', h('a', { href: href('event', l.via.id) }, l.via.name)] : null,
    l.date ? ` (${formatPartialDate(l.date)})` : '',
    lag ? h('span', { class: 'muted' }, ` — ${lag}`) : null,
  ];
  return factItem(content, l.citations, `${s.city.name}: ${influenceVerb(l.kind)}${l.source.name}`);
}

export function timeline(steps: CascadeStep[]): HTMLElement {
  const placed = placedDates(steps);
  return h(
    'ol',
    { class: 'timeline' },
    orderSteps(steps).map((s) => {
      const own = stepDate(s);
      const when = own ?? placed.get(s.city.id) ?? null;
      const adoption = citeToggle(s.citations, `${s.city.name}'s adoption`);
      return h(
        'li',
        { class: 'step' },
        h(
          'div',
          { class: 'step-date' },
          when ? formatPartialDate(when) : 'date not stated',
          when && !s.date ? h('span', { class: 'step-date-note' }, own ? 'first influence' : 'by then: it taught others') : null,
        ),
        h(
          'div',
          { class: 'step-body' },
          h(
            'div',
            { class: 'fact-line' },
            h(
              'span',
              { class: 'fact-text' },
              ((to) => (to ? h('a', { href: to }, s.city.name) : s.city.name))(nodeHref(s.city.__typename, s.city.id)),
              s.city.country ? ` (${s.city.country})` : '',
              ' ',
              s.status === SOURCE ? h('span', { class: 'badge status-source' }, 'Passed it on') : statusBadge(s.status),
              s.date || s.status === SOURCE || s.status === 'INSPIRED' ? '' : h('span', { class: 'muted' }, ' — adoption date not stated'),
            ),
            s.status === SOURCE || s.status === 'INSPIRED' ? null : adoption.button,
          ),
          adoption.panel,
          s.learnedFrom.length
            ? h(
                'ul',
                { class: 'facts learned' },
                s.learnedFrom.map((l) => influenceLine(s, l)),
              )
            : h(
                'p',
                { class: 'muted' },
                s.status === SOURCE
                  ? 'Where it learned this practice is not recorded; its own adoption is not in the sources.'
                  : 'Where it learned this practice is not recorded.',
              ),
          s.helpedBy.length
            ? h(
                'ul',
                { class: 'facts helped', 'aria-label': `What helped ${s.city.name} along` },
                s.helpedBy.map((l) => influenceLine(s, l)),
              )
            : null,
        ),
      );
    }),
  );
}
