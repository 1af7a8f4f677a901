import { cachedRequest } from './api';
import { citeToggle, type Cited } from './citations';
import { formatPartialDate } from './dates';
import { h, type Child } from './dom';
import { humanise } from '../domain/humanise';
import { href } from './router';
import { statusBadge } from './city-card';
import { empty } from './status';
import { load, section, setTitle, type ViewContext } from './view';
import { WebAreaDocument, type AreaCityFieldsFragment, type WebAreaQuery } from '../generated/graphql';

export type AreaKind = 'country' | 'region' | 'hub';
const EYEBROW: Record<AreaKind, string> = { country: 'Country', region: 'Region', hub: 'Regional hub' };

/** The cities of an area as a table: name, kind, country, what each took up, and its peers. */
function cityTable(cities: readonly AreaCityFieldsFragment[], showCountry: boolean): HTMLElement {
  const sorted = [...cities].sort((a, b) => a.name.localeCompare(b.name));
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'cities' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'City'),
          showCountry ? h('th', { scope: 'col' }, 'Country') : null,
          h('th', { scope: 'col' }, 'Practices'),
          h('th', { scope: 'col' }, 'Peers'),
        ),
      ),
      h(
        'tbody',
        {},
        sorted.map((c) =>
          h(
            'tr',
            {},
            h(
              'th',
              { scope: 'row' },
              h('a', { href: href('city', c.id) }, c.name),
              h('span', { class: 'muted' }, ` ${humanise(c.kind).toLowerCase()}`),
            ),
            showCountry ? h('td', {}, c.country ? h('a', { href: href('country', c.country.id) }, c.country.name) : '—') : null,
            h(
              'td',
              {},
              c.adoptions.length
                ? h(
                    'ul',
                    { class: 'inline-list' },
                    c.adoptions.map((a) =>
                      h('li', {}, h('a', { href: href('practice', a.practice.id) }, a.practice.name), ' ', statusBadge(a.status)),
                    ),
                  )
                : h('span', { class: 'none' }, 'none recorded'),
            ),
            h('td', { class: 'nowrap' }, h('a', { href: href('city', c.id, 'peers'), 'aria-label': `Peers for ${c.name}` }, 'Find peers')),
          ),
        ),
      ),
    ),
  );
}

type HubData = NonNullable<WebAreaQuery['hub']>;

/** A stated fact of the key facts, with the button and panel of its own evidence (issue 12: each statement cited). */
function statedFact(term: string, value: Child, citations: readonly Cited[], what: string): Child[] {
  const { button, panel } = citeToggle(citations, what);
  return [h('dt', {}, term), h('dd', {}, h('span', { class: 'fact-text' }, value), ' ', button, panel)];
}

/** A hub's launch date, funders and staff, each with the sentences that state it. */
function hubFacts(hub: HubData): HTMLElement | null {
  const launched = hub.statements.find((st) => st.property === 'launched');
  const facts: Child[] = [
    hub.launched ? statedFact('Launched', formatPartialDate(hub.launched), launched?.citations ?? [], `the launch of ${hub.name}`) : null,
    ...hub.funders.map((f) =>
      statedFact(
        'Funded by',
        [
          h('a', { href: href('organisation', f.funder.id) }, f.funder.name),
          f.date ? ` (${formatPartialDate(f.date)})` : '',
          f.description ? ` — ${f.description}` : '',
        ],
        f.citations,
        `${f.funder.name} funding ${hub.name}`,
      ),
    ),
    ...hub.staff.map((st) =>
      statedFact(
        'Staff',
        [st.leader.name, st.role ? `, ${st.role}` : '', st.since ? ` (since ${formatPartialDate(st.since)})` : ''],
        st.citations,
        `${st.leader.name} at ${hub.name}`,
      ),
    ),
  ];
  return facts.some(Boolean) ? h('dl', { class: 'key-facts' }, facts) : null;
}

/** #/country/:id, #/region/:id, #/hub/:id — what the area is and every city in it. */
export function areaView(ctx: ViewContext, kind: AreaKind, id: string): void {
  void load(
    ctx,
    ctx.main,
    `the ${EYEBROW[kind].toLowerCase()}`,
    () => cachedRequest(WebAreaDocument, { id }),
    (d) => {
      const area = kind === 'country' ? d.country : kind === 'region' ? d.region : d.hub;
      if (!area) return empty(`There is no ${EYEBROW[kind].toLowerCase()} with the id “${id}”.`, 'Search for it by name above.');
      setTitle(area.name);
      const country = kind === 'country' ? d.country : null;
      const hub = kind === 'hub' ? d.hub : null;
      const extra = hub
        ? hubFacts(hub)
        : country
          ? h(
              'dl',
              { class: 'key-facts' },
              country.region
                ? [h('dt', {}, 'Region'), h('dd', {}, h('a', { href: href('region', country.region.id) }, country.region.name))]
                : null,
              country.hubs.length
                ? [
                    h('dt', {}, 'Regional hub'),
                    h(
                      'dd',
                      {},
                      country.hubs.map((x, i) => [i ? ', ' : '', h('a', { href: href('hub', x.id) }, x.name)]),
                    ),
                  ]
                : null,
            )
          : null;
      return [
        h(
          'header',
          { class: 'card-header' },
          h('p', { class: 'eyebrow' }, EYEBROW[kind]),
          h('h1', { id: 'view-title' }, area.name),
          extra,
          area.description ? h('p', { class: 'description' }, area.description) : null,
        ),
        section(
          `${area.cities.length} ${area.cities.length === 1 ? 'city' : 'cities'}`,
          area.cities.length
            ? [h('p', {}, h('a', { href: href('map', { area: id }) }, 'See them on the map')), cityTable(area.cities, kind !== 'country')]
            : h('p', { class: 'none' }, 'No city recorded here.'),
        ),
      ];
    },
  );
}
