import { cachedRequest } from './api';
import { citeToggle, factItem } from './citations';
import { formatPartialDate } from './dates';
import { h, type Child } from './dom';
import { humanise } from '../domain/humanise';
import { href, nodeHref } from './router';
import { empty } from './status';
import { load, section, setTitle, type ViewContext } from './view';
import { EventCardDocument, type EventCardQuery } from '../generated/graphql';

type EventData = NonNullable<EventCardQuery['event']>;

const nodeLink = (n: { __typename: string; id: string; name: string }): Child => {
  const to = nodeHref(n.__typename, n.id);
  return to ? h('a', { href: to }, n.name) : n.name;
};

function list(title: string, items: HTMLElement[], none: string): HTMLElement {
  return section(title, items.length ? h('ul', { class: 'facts' }, items) : h('p', { class: 'none' }, none));
}

function renderEvent(e: EventData): Child {
  const about = citeToggle(e.citations, e.name);
  return [
    h(
      'header',
      { class: 'card-header' },
      h('p', { class: 'eyebrow' }, `Event · ${humanise(e.kind)}`),
      h('h1', { id: 'view-title' }, e.name),
      h(
        'dl',
        { class: 'key-facts' },
        h('dt', {}, 'When'),
        h('dd', {}, e.date ? formatPartialDate(e.date) : 'not stated'),
        h('dt', {}, 'Where'),
        h('dd', {}, e.place ? h('a', { href: href('city', e.place.id) }, e.place.name) : 'not stated'),
      ),
      e.description ? h('p', { class: 'description' }, e.description, ' ', about.button) : h('p', {}, about.button),
      about.panel,
    ),
    h(
      'div',
      { class: 'card-grid' },
      list(
        'Hosted by',
        e.hosts.map((x) => factItem([nodeLink(x.host)], x.citations, `${x.host.name} hosting`)),
        'No host stated.',
      ),
      list(
        'Organised by',
        e.organisers.map((x) => factItem([nodeLink(x.organiser)], x.citations, `${x.organiser.name} organising`)),
        'No organiser stated.',
      ),
      list(
        'Took part',
        e.attendees.map((x) =>
          factItem([nodeLink(x.attendee), x.role ? ` — ${x.role}` : ''], x.citations, `${x.attendee.name} taking part`),
        ),
        'No participant recorded.',
      ),
      list(
        'About',
        e.topics.map((x) => factItem([nodeLink(x.topic)], x.citations, x.topic.name)),
        'No topic recorded.',
      ),
      list(
        'Inspired',
        e.inspired.map((x) =>
          factItem(
            [
              h('a', { href: href('city', x.target.id) }, x.target.name),
              x.practice ? [' — ', h('a', { href: href('practice', x.practice.id) }, x.practice.name)] : '',
              x.date ? ` (${formatPartialDate(x.date)})` : '',
            ],
            x.citations,
            `${x.target.name} inspired`,
          ),
        ),
        'No city is recorded as inspired by it.',
      ),
      e.funding.length
        ? list(
            'Funded by',
            e.funding.map((x) =>
              factItem([x.funder.name, x.description ? ` — ${x.description}` : ''], x.citations, `funding by ${x.funder.name}`),
            ),
            '',
          )
        : null,
    ),
  ];
}

/** #/event/:id — an event with who hosted, organised and attended it, and whom it inspired. */
export function eventCardView(ctx: ViewContext, id: string): void {
  void load(
    ctx,
    ctx.main,
    'the event',
    () => cachedRequest(EventCardDocument, { id }),
    (d) =>
      d.event
        ? (setTitle(d.event.name), renderEvent(d.event))
        : empty(`There is no event with the id “${id}”.`, 'Search for it by name above.'),
  );
}
