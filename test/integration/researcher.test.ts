import { describe, expect, it } from 'vitest';
import { dataOf, gql } from '../helpers/graphql';

/*
 * The questions of the knowledge-graph issue, answered from GraphQL alone, each answer
 * with its citations (what a researcher checks).
 */
type Cited = { citations: { excerpt: string; source: { id: string } | null }[] };
const cited = (x: Cited) => x.citations.length > 0 && x.citations.every((c) => c.excerpt.length > 0 && c.source?.id);
const CITES = 'citations { excerpt source { id title } }';

describe('researcher questions on the seed', () => {
  it('who leads Danilovgrad, and since when', async () => {
    const { city } = dataOf(await gql<{ city: { leaders: ({ role: string; since: string; leader: { name: string } } & Cited)[] } }>(
      `{ city(id: "danilovgrad") { leaders { role since leader { name title } ${CITES} } } }`,
    ));
    expect(city.leaders).toHaveLength(1);
    expect(city.leaders[0]).toMatchObject({ since: '2022', leader: { name: expect.stringMatching(/Grgurovi/) } });
    expect(city.leaders[0]!.role).toMatch(/mayor/i);
    expect(cited(city.leaders[0]!)).toBe(true);
  });

  it('which cities adopted or plan a Local Safety Council, and when', async () => {
    const { practice } = dataOf(await gql<{ practice: { adoptions: ({ status: string; date: string | null; city: { id: string } } & Cited)[] } }>(
      `{ practice(id: "local-safety-council") { adoptions { status date city { id } ${CITES} } } }`,
    ));
    const danilovgrad = practice.adoptions.find((a) => a.city.id === 'danilovgrad');
    expect(danilovgrad).toMatchObject({ status: 'PLANNED', date: '2023' });
    expect(practice.adoptions.every(cited)).toBe(true);
  });

  it('which events took place in East & Southern Africa in 2023, and who attended', async () => {
    const { events } = dataOf(await gql<{ events: { edges: { node: { id: string; date: string; attendees: ({ attendee: { id: string } } & Cited)[] } & Cited }[] } }>(
      `{ events(first: 50, where: { hub: "east-southern-africa-hub", dateFrom: "2023", dateTo: "2023" }, orderBy: { field: DATE, direction: ASC }) {
          edges { node { id date ${CITES} attendees { attendee { __typename id } ${CITES} } } } } }`,
    ));
    const nodes = events.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toContain('cape-town-learning-visit');
    expect(nodes.every((n) => n.date.startsWith('2023'))).toBe(true);
    const visit = nodes.find((n) => n.id === 'cape-town-learning-visit')!;
    expect(visit.attendees.map((a) => a.attendee.id)).toContain('nansana');
    expect(nodes.every(cited) && visit.attendees.every(cited)).toBe(true);
  });

  it('which hub covers Kumanovo, and who funds it', async () => {
    const { city } = dataOf(await gql<{ city: { hubs: { id: string; funders: ({ funder: { id: string } } & Cited)[] }[] } }>(
      `{ city(id: "kumanovo") { hubs { id name funders { funder { id name } ${CITES} } } } }`,
    ));
    expect(city.hubs.map((h) => h.id)).toEqual(['western-balkans-hub']);
    expect(city.hubs[0]!.funders.map((f) => f.funder.id)).toContain('us-department-of-state');
    expect(city.hubs[0]!.funders.every(cited)).toBe(true);
  });

  it('what was agreed at the Baghdad roundtable, and with which organisation', async () => {
    const { event } = dataOf(await gql<{ event: { description: string; date: string; place: { id: string } } & Cited }>(
      `{ event(id: "baghdad-national-local-roundtable") { description date place { id } ${CITES} } }`,
    ));
    expect(event).toMatchObject({ date: '2023-05', place: { id: 'baghdad' } });
    expect(event.description).toMatch(/IOM/);
    expect(event.citations.some((c) => /International Organisation for Migration/.test(c.excerpt))).toBe(true);
  });

  it('which municipalities in Jordan and Lebanon built Local Prevention Networks, and who funded them', async () => {
    const query = `query($country: ID!) { cities(first: 50, where: { country: $country, practice: "local-prevention-network" }) {
      edges { node { id adoptions { practice { id } status ${CITES} } funding { funder { id } ${CITES} } } } } }`;
    for (const [country, expected] of [
      ['jordan', ['al-karak', 'irbid', 'zarqa']],
      ['lebanon', ['majdal-anjar', 'saida', 'tripoli']],
    ] as const) {
      const { cities } = dataOf(await gql<{ cities: { edges: { node: { id: string; funding: ({ funder: { id: string } } & Cited)[] } }[] } }>(query, { country }));
      const nodes = cities.edges.map((e) => e.node);
      expect(nodes.map((n) => n.id).sort()).toEqual([...expected]);
      for (const n of nodes) {
        expect(n.funding.map((f) => f.funder.id).sort()).toEqual(['government-of-denmark', 'government-of-the-netherlands']);
        expect(n.funding.every(cited)).toBe(true);
      }
    }
  });

  it('navigates relationships both ways: practice → cities, event → host, leader → city, hub → cities', async () => {
    const data = dataOf(await gql<{
      leader: { leads: { of: { id: string } }[] };
      hub: { cities: { id: string }[] };
      event: { hosts: { host: { id: string } }[] };
    }>(`{
      leader(id: "aleksandar-grgurovic") { leads { of { __typename id } } }
      hub(id: "western-balkans-hub") { cities { id } }
      event(id: "cape-town-learning-visit") { hosts { host { id } } }
    }`));
    expect(data.leader.leads.map((l) => l.of.id)).toContain('danilovgrad');
    expect(data.hub.cities.map((c) => c.id)).toEqual(expect.arrayContaining(['kumanovo', 'danilovgrad', 'elbasan']));
    expect(data.event.hosts.map((h) => h.host.id)).toContain('cape-town');
  });
});
