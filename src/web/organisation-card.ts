import { cachedRequest } from './api';
import { citeToggle, factItem } from './citations';
import { formatPartialDate } from './dates';
import { h, type Child } from './dom';
import { humanise } from '../domain/humanise';
import { href, nodeHref } from './router';
import { empty } from './status';
import { load, section, setTitle, type ViewContext } from './view';
import { OrganisationCardDocument, type OrganisationCardQuery } from '../generated/graphql';

type OrgData = NonNullable<OrganisationCardQuery['organisation']>;

const nodeLink = (n: { __typename: string; id: string; name: string }): Child => {
  const to = nodeHref(n.__typename, n.id);
  return to ? h('a', { href: to }, n.name) : n.name;
};
const eventLink = (e: { id: string; name: string; date: string | null }): Child[] => [
  h('a', { href: href('event', e.id) }, e.name),
  e.date ? ` (${formatPartialDate(e.date)})` : '',
];

function list(title: string, items: HTMLElement[]): HTMLElement | null {
  return items.length ? section(title, h('ul', { class: 'facts' }, items)) : null;
}

function renderOrganisation(o: OrgData): Child {
  const about = citeToggle(o.citations, o.name);
  const sections = [
    list(
      'Leaders and staff',
      o.leaders.map((x) =>
        factItem(
          [x.leader.name, x.role ? ` — ${x.role}` : '', x.since ? ` since ${formatPartialDate(x.since)}` : ''],
          x.citations,
          x.leader.name,
        ),
      ),
    ),
    list(
      'Members (in join order)',
      o.members.map((x) =>
        factItem(
          [nodeLink(x.member), x.since ? ` since ${formatPartialDate(x.since)}` : '', x.after ? ` after ${x.after.name}` : ''],
          x.citations,
          `${x.member.name}'s membership`,
        ),
      ),
    ),
    list(
      'Organised',
      o.organised.map((x) => factItem(eventLink(x.event), x.citations, x.event.name)),
    ),
    list(
      'Hosted',
      o.hosted.map((x) => factItem(eventLink(x.event), x.citations, x.event.name)),
    ),
    list(
      'Took part in',
      o.attended.map((x) => factItem([...eventLink(x.event), x.role ? ` — ${x.role}` : ''], x.citations, x.event.name)),
    ),
    list(
      'Funded',
      o.funded.map((x) =>
        factItem(
          [nodeLink(x.recipient), x.description ? ` — ${x.description}` : '', x.date ? ` (${formatPartialDate(x.date)})` : ''],
          x.citations,
          `funding of ${x.recipient.name}`,
        ),
      ),
    ),
    list(
      'Partnerships',
      o.partnerships.map((x) =>
        factItem([nodeLink(x.from.id === o.id ? x.to : x.from), x.description ? ` — ${x.description}` : ''], x.citations, 'partnership'),
      ),
    ),
  ].filter(Boolean);
  return [
    h(
      'header',
      { class: 'card-header' },
      h('p', { class: 'eyebrow' }, `Organisation · ${humanise(o.kind)}`),
      h('h1', { id: 'view-title' }, o.name),
      o.country ? h('dl', { class: 'key-facts' }, h('dt', {}, 'Country'), h('dd', {}, o.country.name)) : null,
      o.description ? h('p', { class: 'description' }, o.description, ' ', about.button) : h('p', {}, about.button),
      about.panel,
    ),
    sections.length ? h('div', { class: 'card-grid' }, sections) : empty('No relationship of this organisation is recorded.'),
  ];
}

/** #/organisation/:id — an organisation's members, events, funding and partnerships. */
export function organisationCardView(ctx: ViewContext, id: string): void {
  void load(
    ctx,
    ctx.main,
    'the organisation',
    () => cachedRequest(OrganisationCardDocument, { id }),
    (d) =>
      d.organisation
        ? (setTitle(d.organisation.name), renderOrganisation(d.organisation))
        : empty(`There is no organisation with the id “${id}”.`, 'Search for it by name above.'),
  );
}
