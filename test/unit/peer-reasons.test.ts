import { describe, expect, it } from 'vitest';
import type { CityEvidence, Cited, PeerEvidence } from '../../src/graph/peers/evidence';
import { draftPeers } from '../../src/graph/peers/reasons';
import { PEER_WEIGHTS } from '../../src/graph/peers/score';

/*
 * Which facts become which reasons, with what text and evidence — without a database.
 * The evidence objects have the shape readPeerEvidence returns.
 */
const fact = (excerpt: string): Cited => ({ cs: ['doc'], ce: [excerpt] });
const node = (label: string, id: string, props: Record<string, unknown> = {}) => ({
  id,
  name: id.replace(/-/g, ' '),
  __labels: ['Entity', label],
  citationSources: ['doc'],
  citationExcerpts: [`${id} exists`],
  ...props,
});
const geo = (label: string, id: string, depth?: number) => ({ node: node(label, id), depth, ...fact(`in ${id}`) });

function city(id: string, over: Partial<CityEvidence> = {}): CityEvidence {
  return {
    city: node('City', id, { kind: 'MUNICIPALITY', lat: 0, lon: 30 }),
    country: geo('Country', 'uganda'),
    region: geo('Region', 'east-africa'),
    hubs: [geo('Hub', 'esa-hub', 2)],
    adoptions: [],
    challenges: [],
    events: [],
    leaders: [],
    taught: [],
    learned: [],
    partnerships: [],
    memberships: [],
    ...over,
  };
}

const watch = node('Practice', 'neighbourhood-watch', { category: 'EARLY_WARNING' });
const visit = node('Event', 'learning-visit', { date: '2023-12' });
const training = node('Event', 'watch-training');

function evidence(candidates: CityEvidence[]): PeerEvidence {
  const asker = city('asker', {
    events: [
      {
        event: visit,
        hosted: false,
        role: null,
        topics: [],
        inspiredAsker: [{ practice: watch, ...fact('the visit inspired asker') }],
        ...fact('asker went'),
      },
      {
        event: training,
        hosted: false,
        role: 'trainees',
        topics: [{ node: watch, ...fact('training on watch') }],
        inspiredAsker: [],
        ...fact('asker trained'),
      },
    ],
  });
  return { asker, practice: watch, targets: ['neighbourhood-watch'], categories: ['EARLY_WARNING'], ownNeeds: [], candidates };
}

const kinds = (e: PeerEvidence, id: string) =>
  draftPeers(e)
    .find((p) => p.city.id === id)!
    .reasons.map((r) => r.kind)
    .sort();

describe('peer reasons', () => {
  it('names only the most specific shared place: the country, not also the region; one hub reason from the closest link', () => {
    const e = evidence([city('neighbour', { hubs: [geo('Hub', 'esa-hub', 2), geo('Hub', 'esa-hub', 1)] })]);
    expect(kinds(e, 'neighbour')).toEqual(['NEARBY', 'SAME_COUNTRY', 'SAME_HUB', 'SIMILAR_KIND']);
    const hub = draftPeers(e)[0]!.reasons.find((r) => r.kind === 'SAME_HUB')!;
    expect(hub.citations.map((c) => c.excerpt)).toEqual(['in esa-hub']);

    const abroad = evidence([
      city('abroad', { country: geo('Country', 'kenya'), city: node('City', 'abroad', { kind: 'CITY', lat: 40, lon: 30 }) }),
    ]);
    expect(kinds(abroad, 'abroad')).toEqual(['SAME_HUB', 'SAME_REGION']);
  });

  it('counts an event about the needed practice once, as a practice event, and weighs a hosted event that inspired the asker highest', () => {
    const e = evidence([
      city('trainer', {
        events: [
          {
            event: training,
            hosted: false,
            role: 'trainer',
            topics: [{ node: watch, ...fact('training on watch') }],
            inspiredAsker: [],
            ...fact('trainer trained'),
          },
        ],
      }),
      city('host', {
        events: [
          {
            event: visit,
            hosted: true,
            role: null,
            topics: [],
            inspiredAsker: [{ practice: watch, ...fact('the visit inspired asker') }],
            ...fact('host hosted'),
          },
        ],
      }),
    ]);
    const [trainer, host] = draftPeers(e);
    const practiceEvent = trainer!.reasons.find((r) => r.kind === 'PRACTICE_EVENT')!;
    expect(trainer!.reasons.some((r) => r.kind === 'SHARED_EVENT')).toBe(false);
    expect(practiceEvent).toMatchObject({ weight: PEER_WEIGHTS.PRACTICE_EVENT.attended, subjectId: 'watch-training' });
    expect(practiceEvent.text).toBe('Took part in watch training as trainer, an event on neighbourhood watch, with asker');
    expect(practiceEvent.citations.map((c) => c.excerpt)).toEqual(['trainer trained', 'training on watch', 'asker trained']);

    const shared = host!.reasons.find((r) => r.kind === 'SHARED_EVENT')!;
    expect(shared.weight).toBe(
      PEER_WEIGHTS.SHARED_EVENT.each + PEER_WEIGHTS.SHARED_EVENT.hostedBonus + PEER_WEIGHTS.SHARED_EVENT.inspiredAskerBonus,
    );
    expect(shared.text).toBe('Hosted learning visit (2023-12), where asker took part; it inspired asker on neighbourhood watch');
    expect(shared.citations.map((c) => c.excerpt)).toEqual(['host hosted', 'asker went', 'the visit inspired asker']);
  });

  it('tells an existing tie with the asker from teaching another city, and weighs a tie on the needed practice more', () => {
    const asker = node('City', 'asker');
    const other = node('City', 'elsewhere');
    const e = evidence([
      city('mentor', { taught: [{ other: asker, practice: watch, via: null, date: '2023', ...fact('mentor inspired asker') }] }),
      city('friend', { taught: [{ other: asker, practice: null, via: null, date: null, ...fact('friend inspired asker') }] }),
      city('teacher', { taught: [{ other, practice: watch, via: training, date: null, ...fact('teacher inspired elsewhere') }] }),
    ]);
    const reason = (id: string) =>
      draftPeers(e)
        .find((p) => p.city.id === id)!
        .reasons.find((r) => /INFLUENCED|TAUGHT/.test(r.kind))!;
    expect(reason('mentor')).toMatchObject({
      kind: 'INFLUENCED_ASKER_BEFORE',
      weight: 4,
      text: 'Already inspired asker on neighbourhood watch (2023)',
    });
    expect(reason('friend')).toMatchObject({ kind: 'INFLUENCED_ASKER_BEFORE', weight: 2, text: 'Already inspired asker' });
    expect(reason('teacher')).toMatchObject({
      kind: 'TAUGHT_PRACTICE',
      text: 'Inspired elsewhere on neighbourhood watch through watch training',
    });
  });

  it('reads adoptions as experience with the need, related experience, or a shared priority, and gives every reason evidence', () => {
    const radar = node('Practice', 'early-radar', { category: 'EARLY_WARNING' });
    const youth = node('Practice', 'youth-office', { category: 'YOUTH_ENGAGEMENT' });
    const e = evidence([
      city('doer', {
        adoptions: [
          { practice: watch, status: 'IMPLEMENTED', date: '2019', ...fact('doer runs watch') },
          { practice: radar, status: 'PILOTING', date: null, ...fact('doer pilots radar') },
          { practice: youth, status: 'IMPLEMENTED', date: null, ...fact('doer youth office') },
        ],
        leaders: [{ leader: node('Leader', 'mayor-doe'), role: 'Mayor', since: '2022', ...fact('mayor doe leads') }],
      }),
    ]);
    e.asker!.adoptions = [{ practice: youth, status: 'PLANNED', date: null, ...fact('asker plans youth office') }];
    const texts = Object.fromEntries(draftPeers(e)[0]!.reasons.map((r) => [r.kind, r.text]));
    expect(texts).toMatchObject({
      IMPLEMENTED_PRACTICE: 'Implemented neighbourhood watch (2019)',
      SAME_CATEGORY_PRACTICE: 'Piloting early radar, another early warning practice',
      SHARED_PRIORITY: 'Also took up youth office (implemented)',
      CONTACT: 'Contact: mayor doe (Mayor since 2022)',
    });
    for (const r of draftPeers(e)[0]!.reasons) expect(r.citations.length, r.kind).toBeGreaterThan(0);
  });
});
