import { describe, expect, it } from 'vitest';
import { assembleCascade, type CascadeRows } from '../../src/graph/influence/diffusion';

const cs = ['doc'];
const adoption = (city: string, date: string | null, country = 'land', region = 'zone') => ({
  city,
  practice: 'watch',
  status: 'IMPLEMENTED',
  date,
  country,
  region,
  cs,
  ce: [`${city} adopted`],
});
const inspired = (from: string, to: string, date: string | null, extra: Partial<CascadeRows['edges'][number]> = {}) => ({
  from,
  fromLabel: 'City',
  fromDate: null,
  to,
  toCountry: 'land',
  toRegion: 'zone',
  date,
  practice: 'watch',
  via: null,
  cs,
  ce: [`${from} inspired ${to}`],
  ...extra,
});

const rows: CascadeRows = {
  practiceIds: ['watch'],
  adoptions: [adoption('c', '2024-02'), adoption('a', '2019'), adoption('b', '2022-05', 'other', 'far'), adoption('u', null)],
  edges: [
    inspired('b', 'c', '2023-11'),
    inspired('a', 'b', null),
    inspired('visit', 'c', '2023-11', { fromLabel: 'Event', fromDate: '2023-11', via: null }),
    inspired('host', 'u', null, { toCountry: 'third', toRegion: 'zone' }),
  ],
};

describe('cascade assembly', () => {
  it('orders adopters in time (undated last), with generations from the roots', () => {
    const c = assembleCascade(rows);
    expect(c.adopters.map((a) => [a.cityId, a.generation])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 1],
      ['u', 1],
    ]);
    expect(c.rootIds).toEqual(['a', 'host', 'visit']);
    expect(c.adopters[0]!.citations).toEqual([{ sourceId: 'doc', excerpt: 'a adopted', fields: [] }]);
  });

  it('measures the lag of each edge from when the source had the practice to the adoption', () => {
    const c = assembleCascade(rows);
    const lag = (from: string, to: string) => c.edges.find((e) => e.fromId === from && e.toId === to)!.lag;
    expect(lag('b', 'c')).toEqual({ minMonths: 21, maxMonths: 21 }); // b adopted 2022-05, c 2024-02
    expect(lag('visit', 'c')).toEqual({ minMonths: 3, maxMonths: 3 }); // the event's date
    expect(lag('a', 'b')).toEqual({ minMonths: 29, maxMonths: 40 }); // 2019 → 2022-05
    expect(lag('host', 'u')).toBeNull(); // u's adoption is undated
  });

  it('lists the countries and regions reached', () => {
    const c = assembleCascade(rows);
    expect(c.countryIds).toEqual(['land', 'other', 'third']);
    expect(c.regionIds).toEqual(['far', 'zone']);
  });

  it('as of a date, keeps what was not certainly later (and undated facts)', () => {
    const c = assembleCascade(rows, '2023-06');
    expect(c.adopters.map((a) => a.cityId)).toEqual(['a', 'b', 'u']);
    expect(c.edges.map((e) => `${e.fromId}>${e.toId}`)).toEqual(['a>b', 'host>u']);
    expect(c.rootIds).toEqual(['a', 'host']);
  });

  it("takes as roots neither an event a city passed the practice on through nor an actor that only supported, and gives the channel its bringer's generation", () => {
    const c = assembleCascade({
      practiceIds: ['watch'],
      adoptions: [adoption('learner', '2024'), adoption('peer', null)],
      edges: [
        inspired('teacher', 'learner', '2023-12', { via: 'visit' }),
        inspired('visit', 'learner', '2023-12', { fromLabel: 'Event', fromDate: '2023-12' }),
        inspired('visit', 'mayor', '2023-12', { fromLabel: 'Event', fromDate: '2023-12' }),
        inspired('mayor', 'learner', null, { fromLabel: 'Leader', influence: 'LED_TO' }),
        inspired('network', 'learner', null, { fromLabel: 'Organisation', influence: 'SUPPORTED' }),
        inspired('peer', 'learner', null, { influence: 'SUPPORTED' }),
      ],
    });
    expect(c.rootIds).toEqual(['peer', 'teacher']);
    expect(c.adopters.map((a) => [a.cityId, a.generation])).toEqual([
      ['learner', 1],
      ['peer', 0],
    ]);
  });
});
