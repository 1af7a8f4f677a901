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
    const { city } = dataOf(
      await gql<{ city: { leaders: ({ role: string; since: string; leader: { name: string } } & Cited)[] } }>(
        `{ city(id: "danilovgrad") { leaders { role since leader { name title } ${CITES} } } }`,
      ),
    );
    expect(city.leaders).toHaveLength(1);
    expect(city.leaders[0]).toMatchObject({ since: '2022', leader: { name: expect.stringMatching(/Grgurovi/) } });
    expect(city.leaders[0]!.role).toMatch(/mayor/i);
    expect(cited(city.leaders[0]!)).toBe(true);
  });

  it('which cities adopted or plan a Local Safety Council, and when', async () => {
    const { practice } = dataOf(
      await gql<{ practice: { adoptions: ({ status: string; date: string | null; city: { id: string } } & Cited)[] } }>(
        `{ practice(id: "local-safety-council") { adoptions { status date city { id } ${CITES} } } }`,
      ),
    );
    const danilovgrad = practice.adoptions.find((a) => a.city.id === 'danilovgrad');
    expect(danilovgrad).toMatchObject({ status: 'PLANNED', date: '2023' });
    expect(practice.adoptions.every(cited)).toBe(true);
  });

  it('which events took place in East & Southern Africa in 2023, and who attended', async () => {
    const { events } = dataOf(
      await gql<{
        events: { edges: { node: { id: string; date: string; attendees: ({ attendee: { id: string } } & Cited)[] } & Cited }[] };
      }>(
        `{ events(first: 50, where: { hub: "east-southern-africa-hub", dateFrom: "2023", dateTo: "2023" }, orderBy: { field: DATE, direction: ASC }) {
          edges { node { id date ${CITES} attendees { attendee { __typename id } ${CITES} } } } } }`,
      ),
    );
    const nodes = events.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toContain('cape-town-learning-visit');
    expect(nodes.every((n) => n.date.startsWith('2023'))).toBe(true);
    const visit = nodes.find((n) => n.id === 'cape-town-learning-visit')!;
    expect(visit.attendees.map((a) => a.attendee.id)).toContain('nansana');
    expect(nodes.every(cited) && visit.attendees.every(cited)).toBe(true);
  });

  it('which hub covers Kumanovo, and who funds it', async () => {
    const { city } = dataOf(
      await gql<{ city: { hubs: { id: string; funders: ({ funder: { id: string } } & Cited)[] }[] } }>(
        `{ city(id: "kumanovo") { hubs { id name funders { funder { id name } ${CITES} } } } }`,
      ),
    );
    expect(city.hubs.map((h) => h.id)).toEqual(['western-balkans-hub']);
    expect(city.hubs[0]!.funders.map((f) => f.funder.id)).toContain('us-department-of-state');
    expect(city.hubs[0]!.funders.every(cited)).toBe(true);
  });

  it('what was agreed at the Baghdad roundtable, and with which organisation', async () => {
    const { event } = dataOf(
      await gql<{ event: { description: string; date: string; place: { id: string } } & Cited }>(
        `{ event(id: "baghdad-national-local-roundtable") { description date place { id } ${CITES} } }`,
      ),
    );
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
      const { cities } = dataOf(
        await gql<{ cities: { edges: { node: { id: string; funding: ({ funder: { id: string } } & Cited)[] } }[] } }>(query, { country }),
      );
      const nodes = cities.edges.map((e) => e.node);
      expect(nodes.map((n) => n.id).sort()).toEqual([...expected]);
      for (const n of nodes) {
        expect(n.funding.map((f) => f.funder.id).sort()).toEqual(['government-of-denmark', 'government-of-the-netherlands']);
        expect(n.funding.every(cited)).toBe(true);
      }
    }
  });

  it('navigates relationships both ways: practice → cities, event → host, leader → city, hub → cities', async () => {
    const data = dataOf(
      await gql<{
        leader: { leads: { of: { id: string } }[] };
        hub: { cities: { id: string }[] };
        event: { hosts: { host: { id: string } }[] };
      }>(`{
      leader(id: "aleksandar-grgurovic") { leads { of { __typename id } } }
      hub(id: "western-balkans-hub") { cities { id } }
      event(id: "cape-town-learning-visit") { hosts { host { id } } }
    }`),
    );
    expect(data.leader.leads.map((l) => l.of.id)).toContain('danilovgrad');
    expect(data.hub.cities.map((c) => c.id)).toEqual(expect.arrayContaining(['kumanovo', 'danilovgrad', 'elbasan']));
    expect(data.event.hosts.map((h) => h.host.id)).toContain('cape-town');
  });
});

/*
 * Questions the richer model answers (issue 12): influence between any actors, groups,
 * places within places, events located by country or region, per-statement evidence and
 * join order — each answer with its citations.
 */
type Hop = { kind: string; influenceKind: string | null; from: { id: string }; to: { id: string } } & Cited;
const HOP = `kind influenceKind date from { __typename id } to { __typename id } ${CITES}`;

describe('researcher questions across organisations, groups and places', () => {
  it('how the Colombo workshop reached ten Bangladeshi municipalities through an organisation', async () => {
    const { influencePaths } = dataOf(
      await gql<{ influencePaths: { length: number; hops: Hop[] }[] }>(
        `{ influencePaths(from: "colombo-workshop", to: "rajshahi-ten-municipalities", maxHops: 4, first: 50) { length hops { ${HOP} } } }`,
      ),
    );
    // The workshop inspired MAHC, which co-hosted the Rajshahi workshop, which led to the municipalities' commitments.
    const throughMahc = influencePaths.find(
      (p) => p.hops[0]!.to.id === 'mahc' && p.hops[0]!.kind === 'INSPIRED' && p.hops[2]!.influenceKind === 'LED_TO',
    );
    expect(throughMahc, influencePaths.map((p) => p.hops.map((h) => `${h.kind}>${h.to.id}`).join(' ')).join(' | ')).toBeDefined();
    expect(throughMahc!.hops.map((h) => h.to.id)).toEqual(['mahc', 'rajshahi-district-workshop', 'rajshahi-ten-municipalities']);
    expect(throughMahc!.hops.map((h) => h.kind)).toEqual(['INSPIRED', 'HOSTED', 'INSPIRED']);
    expect(throughMahc!.hops.every(cited)).toBe(true);
  });

  it('how a request by Iraq’s national committee led, through a roundtable and IOM, to support for seven local governments', async () => {
    const { influencePaths } = dataOf(
      await gql<{ influencePaths: { hops: Hop[] }[] }>(
        `{ influencePaths(from: "iraq-national-committee-for-countering-violent-extremism", to: "iraq-seven-local-governments", maxHops: 3) { hops { ${HOP} } } }`,
      ),
    );
    const viaIom = influencePaths.find((p) => p.hops.some((h) => h.to.id === 'iom'));
    expect(viaIom!.hops.map((h) => h.to.id)).toEqual(['baghdad-national-local-roundtable', 'iom', 'iraq-seven-local-governments']);
    expect(viaIom!.hops.map((h) => h.influenceKind)).toEqual(['LED_TO', 'LED_TO', 'SUPPORTED']);
    expect(viaIom!.hops.every(cited)).toBe(true);
  });

  it('the chain Johannesburg → Working Group → Cape Town visit → Nansana, every hop with its sentence', async () => {
    const { influencePaths } = dataOf(
      await gql<{ influencePaths: { hops: Hop[] }[] }>(
        `{ influencePaths(from: "johannesburg-regional-workshop", to: "nansana", maxHops: 4) { hops { ${HOP} } } }`,
      ),
    );
    const chain = influencePaths.find(
      (p) => p.hops.map((h) => h.to.id).join('>') === 'border-municipalities-working-group>cape-town-learning-visit>nansana',
    );
    expect(chain, influencePaths.map((p) => p.hops.map((h) => h.to.id).join('>')).join(' | ')).toBeDefined();
    expect(chain!.hops.map((h) => h.kind)).toEqual(['FORMED_AT', 'INSPIRED', 'INSPIRED']);
    expect(chain!.hops.every(cited)).toBe(true);
  });

  it('who belongs to the Border Municipalities Working Group, and where and when it formed', async () => {
    const { group } = dataOf(
      await gql<{
        group: {
          kind: string;
          members: ({ member: { __typename: string; id: string }; since: string | null; after: { id: string } | null } & Cited)[];
          formedAt: ({ event: { id: string; date: string }; date: string } & Cited)[];
          region: { id: string };
        } & Cited;
      }>(`{ group(id: "border-municipalities-working-group") { kind ${CITES} region { id }
        members { member { __typename id } since after { id } ${CITES} }
        formedAt { event { id date } date ${CITES} } } }`),
    );
    expect(group.kind).toBe('WORKING_GROUP');
    expect(group.formedAt).toEqual([
      expect.objectContaining({ event: { id: 'johannesburg-regional-workshop', date: '2023-06' }, date: '2023-06' }),
    ]);
    const ids = group.members.map((m) => m.member.id);
    expect(ids).toEqual(
      expect.arrayContaining(['nansana', 'masaka', 'nebbi', 'border-towns-kenya-tanzania-uganda', 'border-working-group-expansion-cities']),
    );
    // The founders (since the June 2023 workshop) come before the cities added "since then".
    expect(ids.indexOf('border-towns-kenya-tanzania-uganda')).toBeLessThan(ids.indexOf('border-working-group-expansion-cities'));
    expect(group.members.find((m) => m.member.id === 'border-working-group-expansion-cities')!.after).toEqual({
      id: 'johannesburg-regional-workshop',
    });
    expect(group.region.id).toBe('east-southern-africa');
    expect(cited(group) && group.members.every(cited) && group.formedAt.every(cited)).toBe(true);
  });

  it('an unnamed collective answers like a city: size, place, events and what it committed to', async () => {
    const { group } = dataOf(
      await gql<{
        group: {
          named: boolean;
          size: number;
          country: { id: string };
          attended: { event: { id: string } }[];
          adoptions: ({ status: string; practice: { id: string } } & Cited)[];
          statements: { property: string; citations: { excerpt: string }[] }[];
        };
      }>(`{ group(id: "rajshahi-ten-municipalities") { named size country { id } attended { event { id } }
        adoptions { status practice { id } ${CITES} } statements { property citations { excerpt } } } }`),
    );
    expect(group).toMatchObject({ named: false, size: 10, country: { id: 'bangladesh' } });
    expect(group.attended.map((a) => a.event.id)).toEqual(['rajshahi-district-workshop']);
    expect(group.adoptions.map((a) => [a.practice.id, a.status]).sort()).toEqual([
      ['inter-municipal-youth-engagement-platform', 'COMMITTED'],
      ['tlcc-prevention-agenda', 'COMMITTED'],
    ]);
    const size = group.statements.find((s) => s.property === 'size');
    expect(size?.citations.map((c) => c.excerpt)).toEqual([expect.stringContaining('ten municipalities')]);
  });

  it('an event known only by its country is found by its region and hub', async () => {
    const query = `query($where: EventWhere) { events(first: 100, where: $where) { edges { node { id country { id } region { id } ${CITES} } } } }`;
    for (const where of [{ region: 'east-southern-africa' }, { hub: 'east-southern-africa-hub' }, { country: 'uganda' }]) {
      const { events } = dataOf(
        await gql<{ events: { edges: { node: { id: string; country: { id: string }; region: { id: string } } & Cited }[] } }>(query, {
          where,
        }),
      );
      const dialogue = events.edges.map((e) => e.node).find((n) => n.id === 'uganda-national-local-dialogue');
      expect(dialogue, JSON.stringify(where)).toMatchObject({ country: { id: 'uganda' }, region: { id: 'east-southern-africa' } });
      expect(cited(dialogue!)).toBe(true);
    }
    const { event } = dataOf(
      await gql<{ event: { statements: { property: string; value: string; citations: { excerpt: string }[] }[] } }>(
        `{ event(id: "uganda-national-local-dialogue") { statements { property value citations { excerpt } } } }`,
      ),
    );
    const country = event.statements.find((s) => s.property === 'country');
    expect(country).toMatchObject({ value: 'uganda', citations: [{ excerpt: expect.stringContaining('Ugandan cities') }] });
  });

  it('in what order the Moroccan cities joined the Network after the MENA workshop', async () => {
    const { organisation } = dataOf(
      await gql<{ organisation: { members: ({ member: { id: string }; since: string | null; after: { id: string } | null } & Cited)[] } }>(
        `{ organisation(id: "strong-cities-network") { members { member { id } since after { id } ${CITES} } } }`,
      ),
    );
    const order = organisation.members.map((m) => m.member.id);
    for (const first of ['rabat', 'marrakech', 'oujda']) {
      for (const later of ['fes', 'tangier']) expect(order.indexOf(first), `${first} before ${later}`).toBeLessThan(order.indexOf(later));
      expect(organisation.members.find((m) => m.member.id === first)!.after).toEqual({ id: 'mena-hub-inaugural-workshop' });
    }
    // Dated joins come in date order: Liège (2020) before Strasbourg (2022) before the 2023 Moroccan joins.
    expect(order.indexOf('liege')).toBeLessThan(order.indexOf('strasbourg'));
    expect(order.indexOf('strasbourg')).toBeLessThan(order.indexOf('rabat'));
    expect(organisation.members.every(cited)).toBe(true);
  });

  it('each stated property of a hub carries its own evidence', async () => {
    const { hub } = dataOf(
      await gql<{
        hub: {
          launched: string;
          statements: { property: string; value: string; citations: { excerpt: string; fields: string[] }[] }[];
        } & Cited;
      }>(`{ hub(id: "western-balkans-hub") { launched ${CITES} statements { property value citations { excerpt fields } } } }`),
    );
    const launched = hub.statements.find((s) => s.property === 'launched')!;
    expect(launched).toMatchObject({
      value: '2022-11',
      citations: [{ excerpt: expect.stringContaining('In November 2022'), fields: ['launched'] }],
    });
    // The node's citations are the union: the launch sentence is among them.
    expect(hub.citations.map((c) => c.excerpt)).toContain(launched.citations[0]!.excerpt);
  });

  it('a division is part of its city, and the peer finder never offers a city its own parts or parents', async () => {
    const { city } = dataOf(
      await gql<{ city: { parts: { part: { id: string } }[]; partOf: unknown[] } }>(
        `{ city(id: "nansana") { parts { part { id } ${CITES} } partOf { whole { id } } } }`,
      ),
    );
    expect(city.parts.map((p) => p.part.id)).toEqual(['gombe-division']);
    for (const [asker, excluded] of [
      ['nansana', 'gombe-division'],
      ['gombe-division', 'nansana'],
      ['highland-park', 'illinois'],
    ] as const) {
      const { peerCities } = dataOf(
        await gql<{ peerCities: { city: { id: string } }[] }>(`query($c: ID!) { peerCities(cityId: $c, first: 50) { city { id } } }`, {
          c: asker,
        }),
      );
      expect(
        peerCities.map((p) => p.city.id),
        asker,
      ).not.toContain(excluded);
    }
  });

  it("downstream means passed on: Cape Town's reach includes Nansana but not the workshop it attended", async () => {
    const { influenceReach } = dataOf(
      await gql<{ influenceReach: { actor: { id: string } }[] }>(
        `{ influenceReach(id: "cape-town", direction: DOWNSTREAM, maxHops: 3, first: 100) { actor { id } } }`,
      ),
    );
    const ids = influenceReach.map((r) => r.actor.id);
    expect(ids).toContain('nansana');
    expect(ids).not.toContain('nairobi-regional-workshop');
  });
});
