import { cachedRequest, request } from './api';
import { stepsOf } from './cascade';
import { regionColour } from './colours';
import { h } from './dom';
import { mapDownloads } from './downloads';
import { drawMap } from './map';
import { cascadeMap, cascadeMapData, mapSizeFor, mounted, type MountedMap } from './map-view';
import { CATEGORY_LABELS, withColours } from './lookups';
import { href } from './router';
import { empty } from './status';
import { load, section, setTitle, type ViewContext } from './view';
import { WebAreaDocument, WebDiffusionDocument, type PracticeCategory } from '../generated/graphql';

/**
 * #/map?category=EARLY_WARNING — where a kind of practice spread, played in order;
 * #/map?area=western-balkans-hub — the cities of a country, region or hub on the map.
 */
export function mapPage(ctx: ViewContext): void {
  const category = ctx.route.params.get('category') as PracticeCategory | null;
  const area = ctx.route.params.get('area');
  const body = h('div', {});
  const heading = h('h1', { id: 'view-title' }, 'Map');
  ctx.main.replaceChildren(h('header', { class: 'card-header' }, h('p', { class: 'eyebrow' }, 'Map'), heading), body);
  let map: MountedMap | undefined;
  if (category && category in CATEGORY_LABELS) {
    const title = `${CATEGORY_LABELS[category]} practices: where they spread`;
    heading.textContent = title;
    setTitle(title);
    void load(
      ctx,
      body,
      'the map',
      (signal) => withColours(request(WebDiffusionDocument, { category }, signal)),
      (d) => {
        const steps = stepsOf(d.diffusion);
        if (!steps.length) return empty('No city is recorded as taking up a practice of this kind.');
        const { places, arcs } = cascadeMapData(steps);
        const host = h('div', { class: 'cascade-map' });
        void cascadeMap(host, places, arcs, title).then((m) => (map = m));
        return section(
          'Cities that took it up, year by year',
          mapDownloads(() => map, `${category.toLowerCase()}-map`, title),
          host,
        );
      },
    );
    return;
  }
  if (area) {
    void load(
      ctx,
      body,
      'the map',
      () => withColours(cachedRequest(WebAreaDocument, { id: area })),
      (d) => {
        const a = d.country ?? d.region ?? d.hub;
        if (!a) return empty(`There is no country, region or hub with the id “${area}”.`);
        heading.textContent = `${a.name}: cities on the map`;
        setTitle(`${a.name}: map`);
        const places = a.cities
          .filter((c) => typeof c.lat === 'number' && typeof c.lon === 'number')
          .map((c) => ({
            id: c.id,
            name: c.name,
            lat: c.lat!,
            lon: c.lon!,
            colour: regionColour(c.region?.id),
            detail: [c.country?.name, c.region?.name].filter(Boolean).join(', '),
            href: href('city', c.id),
          }));
        const host = h('div', { class: 'map-frame' });
        const out = section(
          `${places.length} ${places.length === 1 ? 'city' : 'cities'}`,
          mapDownloads(() => map, `${area}-map`, `${a.name}: cities`),
          host,
          h(
            'p',
            {},
            h('a', { href: href(d.country ? 'country' : d.region ? 'region' : 'hub', area) }, `All cities of ${a.name} as a list`),
          ),
        );
        const size = mapSizeFor(host);
        void drawMap(places, [], { ...size, title: `${a.name}: cities` }).then((drawing) => {
          host.replaceChildren(drawing.svg);
          map = mounted(drawing, size);
        });
        return out;
      },
    );
    return;
  }
  setTitle('Map');
  body.replaceChildren(
    empty('Choose what to map: a practice page has its own map; a country, region or hub page links to the map of its cities.'),
  );
}
