import { ADOPTION_STAGE, ADOPTION_STATUS_LABELS } from '../domain/adoption-status';
import { request } from './api';
import { factItem } from './citations';
import { formatDatesIn, formatPartialDate } from './dates';
import { h, type Child } from './dom';
import { downloadBar, type Downloadable } from './downloads';
import { addActor, addLink, newViewGraph, type ViewGraph } from './graph-model';
import { mountGraph } from './graph-view';
import { radialLayout } from './layout';
import { CATEGORY_LABELS, lookups, withColours, type PracticeOption } from './lookups';
import { href, navigate, nodeHref } from './router';
import { empty } from './status';
import { csvText } from './export-formats';
import { cityTabs, load, markSubmitted, revealResults, section, setTitle, type ViewContext } from './view';
import { WebPeerCitiesDocument, type PeerGroup, type PracticeCategory, type WebPeerCitiesQuery } from '../generated/graphql';

type Peer = WebPeerCitiesQuery['peerCities'][number];
type PeersData = WebPeerCitiesQuery;
const CATEGORIES = Object.keys(CATEGORY_LABELS) as PracticeCategory[];
/** Reasons shown at once per peer (strongest first); the rest fold away. */
const SHOWN_REASONS = 3;
/** Peers per list (has done it / close ties). */
const SHOWN_PER_GROUP = 8;

/** The form: one practice and/or practice categories; submitting puts them in the address. */
function needsForm(cityId: string, practices: PracticeOption[], practiceId: string, needs: PracticeCategory[]): HTMLFormElement {
  const select = h(
    'select',
    { id: 'peer-practice', name: 'practice' },
    h('option', { value: '' }, '— no particular practice —'),
    CATEGORIES.filter((c) => practices.some((p) => p.category === c)).map((c) =>
      h(
        'optgroup',
        { label: CATEGORY_LABELS[c] },
        practices.filter((p) => p.category === c).map((p) => h('option', { value: p.id, selected: p.id === practiceId }, p.name)),
      ),
    ),
  );
  const boxes = CATEGORIES.map((c) =>
    h('label', {}, h('input', { type: 'checkbox', name: 'needs', value: c, checked: needs.includes(c) }), CATEGORY_LABELS[c]),
  );
  const form = h(
    'form',
    { class: 'peer-form', 'aria-label': 'What the city needs' },
    h('div', { class: 'form-row' }, h('label', { class: 'field', for: 'peer-practice' }, 'A practice it wants to take up', select)),
    h('fieldset', {}, h('legend', {}, 'and/or the kinds of practice it needs'), h('div', { class: 'checks' }, boxes)),
    h('button', { type: 'submit', class: 'button' }, 'Find peers'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const chosen = boxes
      .map((b) => b.querySelector('input')!)
      .filter((i) => i.checked)
      .map((i) => i.value);
    markSubmitted();
    navigate(href('city', cityId, 'peers', { practice: select.value || undefined, needs: chosen.join(',') || undefined }));
  });
  return form;
}

/** The asking city in the middle, its peers around it, an arrow from each peer ("could help"). */
function peerGraph(city: { id: string; name: string; region: { id: string; name: string } | null }, peers: Peer[]): ViewGraph {
  const g = newViewGraph();
  addActor(g, { __typename: 'City', ...city }, true);
  for (const p of peers) {
    addActor(g, { __typename: 'City', ...p.city });
    addLink(g, p.city.id, city.id, 'PEER', { label: p.reasons[0]?.text ?? 'could help', evidence: p.reasons.flatMap((r) => r.citations) });
  }
  radialLayout(g, [city.id], 140);
  return g;
}

/** A peer's reasons and their evidence as CSV rows: one row per reason, ranked like the page. */
export function peersCsv(asking: string, peers: readonly Peer[]): string {
  const rows: unknown[][] = [
    [
      'rank',
      'city_id',
      'city',
      'country',
      'group',
      'score',
      'score_explained',
      'distance_km',
      'reason_kind',
      'reason_weight',
      'reason',
      'excerpt',
      'source',
    ],
  ];
  peers.forEach((p, i) => {
    const head = [
      i + 1,
      p.city.id,
      p.city.name,
      p.city.country?.name ?? '',
      GROUP_TITLE[p.group](asking),
      p.score,
      p.explanation,
      p.distanceKm ?? '',
    ];
    for (const r of p.reasons) {
      const excerpts = r.citations.map((c) => `“${c.excerpt}”`).join(' | ');
      const sources = [...new Set(r.citations.map((c) => c.source?.title ?? ''))].filter(Boolean).join(' | ');
      rows.push([...head, r.kind, r.weight, formatDatesIn(r.text), excerpts, sources]);
    }
  });
  return csvText(rows);
}

const GROUP_TITLE: Record<PeerGroup, (city: string) => string> = {
  HAS_DONE_IT: (city) => `Have done what ${city} needs`,
  CLOSE_TIES: () => 'Close by, in the same hub or already in touch',
};

function peerItem(p: Peer, rank: number, askingId: string): HTMLElement {
  const where = [
    p.city.country?.name,
    p.city.region?.name,
    p.distanceKm != null ? `${Math.round(p.distanceKm).toLocaleString('en')} km away` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const reasonLine = (r: Peer['reasons'][number]): Child[] => {
    const to = r.subject ? nodeHref(r.subject.__typename, r.subject.id) : undefined;
    return [
      formatDatesIn(r.text),
      to && r.subject && !r.text.includes(r.subject.name) ? [' — ', h('a', { href: to }, r.subject.name)] : null,
    ];
  };
  const reason = (r: Peer['reasons'][number]) => factItem(reasonLine(r), r.citations, `${p.city.name}: ${r.text}`);
  return h(
    'li',
    { class: 'result peer', 'data-city': p.city.id, 'data-group': p.group },
    h(
      'div',
      { class: 'result-head' },
      h('h3', {}, `${rank}. `, h('a', { href: href('city', p.city.id) }, p.city.name)),
      h('span', { class: 'score', title: p.explanation }, `${p.score.toLocaleString('en')} points`),
    ),
    h('p', { class: 'muted' }, where),
    h('ul', { class: 'facts reasons' }, p.reasons.slice(0, SHOWN_REASONS).map(reason)),
    p.reasons.length > SHOWN_REASONS
      ? h(
          'details',
          { class: 'more-reasons' },
          h('summary', {}, `${p.reasons.length - SHOWN_REASONS} more ${p.reasons.length - SHOWN_REASONS === 1 ? 'reason' : 'reasons'}`),
          h('ul', { class: 'facts reasons' }, p.reasons.slice(SHOWN_REASONS).map(reason)),
        )
      : null,
    h('p', { class: 'score-why' }, h('strong', {}, 'Why this score: '), p.explanation.replace(/^[\d.]+ points?: /, '')),
    h(
      'p',
      { class: 'result-links' },
      h('a', { href: href('city', p.city.id, 'network') }, 'Its network'),
      ' · ',
      h('a', { href: href('paths', { from: p.city.id, to: askingId }) }, 'How influence travelled from it'),
    ),
  );
}

/** What the ranking started from, in words: the practice or categories chosen, or the city's own needs. */
function basis(city: PeersData['city'] & object, practice: PracticeOption | undefined, needs: PracticeCategory[]): HTMLElement {
  if (practice || needs.length) {
    const what = [practice?.name, ...needs.map((n) => `${CATEGORY_LABELS[n].toLowerCase()} practices`)].filter(Boolean).join(' and ');
    return h('p', { class: 'basis' }, `Peers for ${city.name} that can help with ${what}.`);
  }
  const own = city.adoptions.filter((a) => ADOPTION_STAGE[a.status] !== 'DONE');
  const challenges = city.challenges.map((c) => c.challenge.name);
  const ownText = own.map(
    (a) => `${a.practice.name} (${ADOPTION_STATUS_LABELS[a.status].toLowerCase()}${a.date ? `, ${formatPartialDate(a.date)}` : ''})`,
  );
  return h(
    'p',
    { class: 'basis' },
    own.length
      ? `Starting from what ${city.name} plans or pilots: ${ownText.join('; ')}`
      : `${city.name} has no planned or piloted practice on record, so peers are ranked on its ties, challenges and geography`,
    challenges.length ? `, and the challenges it faces: ${challenges.join('; ')}.` : '.',
    ' Choose a practice or a kind of practice below to ask about something else.',
  );
}

/** #/city/:id/peers?practice=…&needs=A,B — ranked peers with their reasons and evidence. */
export function peersView(ctx: ViewContext, id: string): void {
  const practiceId = ctx.route.params.get('practice') ?? '';
  const needs = (ctx.route.params.get('needs') ?? '')
    .split(',')
    .filter((n): n is PracticeCategory => CATEGORIES.includes(n as PracticeCategory));
  const heading = h('h1', { id: 'view-title' }, 'Find peers');
  const formSlot = h('div', {});
  const results = h('div', { class: 'peer-results', 'aria-live': 'polite' });
  ctx.main.replaceChildren(
    h('header', { class: 'card-header' }, h('p', { class: 'eyebrow' }, 'Peer finder'), heading, cityTabs(id, 'peers')),
    h(
      'p',
      { class: 'lede' },
      'Peers that have done what the city needs come first, then those close by, in the same hub or already in touch. Within each list, points add up from the reasons shown — what they have done (implemented, piloted, taught), ties to this city, shared events and challenges, distance — and each kind of reason has a cap, so ten shared events never outweigh having done the practice. Each reason cites its source.',
    ),
    results,
    formSlot,
  );
  let practices: PracticeOption[] = [];
  void load(ctx, formSlot, 'the practices', lookups, (l) => {
    practices = l.practices;
    return needsForm(id, l.practices, practiceId, needs);
  });
  let current: Downloadable | undefined;
  void load(
    ctx,
    results,
    'peers',
    (signal) =>
      withColours(
        request(
          WebPeerCitiesDocument,
          { cityId: id, practiceId: practiceId || null, needs: needs.length ? needs : null, first: 40 },
          signal,
        ),
      ),
    (d) => {
      if (!d.city) return empty(`There is no city with the id “${id}”.`, 'Search for it by name above.');
      const city = d.city;
      heading.textContent = `Peers for ${city.name}`;
      setTitle(`Peers for ${city.name}`);
      const intro = basis(
        city,
        practices.find((p) => p.id === practiceId) ?? (practiceId ? { id: practiceId, name: practiceId, category: 'OTHER' } : undefined),
        needs,
      );
      // The API lists those that have done it first; the page shows the best of each list.
      const shown = [
        ...d.peerCities.filter((p) => p.group === 'HAS_DONE_IT').slice(0, SHOWN_PER_GROUP),
        ...d.peerCities.filter((p) => p.group === 'CLOSE_TIES').slice(0, SHOWN_PER_GROUP),
      ];
      if (!shown.length)
        return [intro, empty('No peer matches these needs.', 'Try fewer needs, or a category instead of a single practice.')];
      const graphHost = h('div', {});
      const map = section(
        'Peers drawn',
        h('p', { class: 'hint' }, 'Colours show regions. Click a city to open it.'),
        downloadBar(() => current),
        graphHost,
      );
      map.classList.add('peer-map');
      let rank = 0;
      const lists = (['HAS_DONE_IT', 'CLOSE_TIES'] as PeerGroup[]).map((group) => {
        const members = shown.filter((p) => p.group === group);
        if (!members.length) return null;
        const title = `${GROUP_TITLE[group](city.name)} (${members.length})`;
        const list = section(
          title,
          h(
            'ol',
            { class: 'results', start: rank + 1 },
            members.map((p) => peerItem(p, ++rank, city.id)),
          ),
        );
        list.classList.add(`peer-group`, `group-${group.toLowerCase()}`);
        return list;
      });
      if (!shown.some((p) => p.group === 'HAS_DONE_IT'))
        lists.unshift(
          empty(
            `No city on record has done what ${city.name} needs yet.`,
            'The peers below are close by, in the same hub or already in touch.',
          ),
        );
      results.replaceChildren(intro, h('div', { class: 'peer-layout' }, h('div', { class: 'peer-lists' }, lists), map));
      revealResults(results);
      const ordered = shown;
      const g = peerGraph(city, ordered);
      const drawing = mountGraph(graphHost, g, {
        title: `Peers for ${city.name}`,
        hrefOf: (n) => nodeHref('City', n),
        onOpen: navigate,
        height: 420,
      });
      ctx.onLeave(() => drawing.destroy());
      current = {
        graph: g,
        title: `Peers for ${city.name}`,
        fileStem: `${city.id}-peers`,
        drawing,
        csv: () => peersCsv(city.name, ordered),
      };
      return undefined;
    },
  );
}
