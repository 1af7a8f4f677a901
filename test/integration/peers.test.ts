import { describe, expect, it } from 'vitest';
import { PeerCitiesDocument, WhoCanHelpDocument, type PeerMatchFieldsFragment } from '../../src/generated/graphql';
import { dataOf, expectError, gql, testDb } from '../helpers/graphql';
import { cite, fixturePrefix, writeFixture } from '../helpers/fixtures';

type Match = PeerMatchFieldsFragment;
const ids = (matches: Match[]) => matches.map((m) => m.city.id);
const reasonOf = (m: Match | undefined, kind: string) => m?.reasons.find((r) => r.kind === kind);

/** Every reason rests on at least one verbatim excerpt whose source resolves. */
function expectEvidence(matches: Match[]): void {
  for (const m of matches) {
    expect(m.reasons.length, m.city.id).toBeGreaterThan(0);
    for (const r of m.reasons) {
      expect(r.citations.length, `${m.city.id}: ${r.text}`).toBeGreaterThan(0);
      for (const c of r.citations) {
        expect(c.excerpt.length).toBeGreaterThan(3);
        expect(c.source?.id).toMatch(/^[a-z0-9-]+$/);
      }
    }
    expect(m.score).toBeCloseTo(
      m.reasons.reduce((s, r) => s + r.weight, 0),
      5,
    );
  }
}

describe('peer finder on the seed', () => {
  const db = testDb();
  const prefix = fixturePrefix(db);

  it("puts Kumanovo at the top of Danilovgrad's peers for a Local Safety Council, with the influence link as a reason", async () => {
    const r = await gql(PeerCitiesDocument, { cityId: 'danilovgrad', practiceId: 'local-safety-council' });
    const peers = dataOf(r).peerCities;
    expect(ids(peers).slice(0, 3)).toContain('kumanovo');
    const kumanovo = peers.find((p) => p.city.id === 'kumanovo');
    const influence = reasonOf(kumanovo, 'INFLUENCED_ASKER_BEFORE');
    expect(influence?.text).toMatch(/Danilovgrad.*Local Safety Council/);
    expect(influence?.subject).toMatchObject({ __typename: 'Practice', id: 'local-safety-council' });
    expect(influence?.citations.map((c) => c.excerpt).join(' ')).toMatch(/Kumanovo city experts/);
    expect(reasonOf(kumanovo, 'SAME_CATEGORY_PRACTICE')?.text).toMatch(/\(2019\)/);
    expect(reasonOf(kumanovo, 'CONTACT')?.text).toBe('Contact: Maksim Dimitrievski (Mayor)');
    expect(reasonOf(kumanovo, 'SAME_HUB')).toBeDefined();
    expect(reasonOf(kumanovo, 'NEARBY')?.text).toMatch(/About 2\d\d km/);
    expect(ids(peers)).not.toContain('danilovgrad');
    expectEvidence(peers);
  });

  it('starts from what Danilovgrad plans when no need is named: Kumanovo first, as a peer that has done it, its score in words', async () => {
    const peers = dataOf(await gql(PeerCitiesDocument, { cityId: 'danilovgrad' })).peerCities;
    expect(peers[0]?.city.id).toBe('kumanovo');
    const kumanovo = peers[0]!;
    expect(kumanovo.group).toBe('HAS_DONE_IT');
    expect(reasonOf(kumanovo, 'INFLUENCED_ASKER_BEFORE')?.text).toMatch(/^Already inspired Danilovgrad on Local Safety Council/);
    expect(kumanovo.explanation).toMatch(/^\d+(\.\d+)? points: 4 for having already inspired Danilovgrad, /);
    // Those with experience of what Danilovgrad plans come first; the rest only because they are close or in the same hub.
    const groups = peers.map((p) => p.group);
    expect(groups).toEqual([...groups].sort());
    for (const p of peers.filter((x) => x.group === 'CLOSE_TIES'))
      expect(p.reasons.some((r) => ['IMPLEMENTED_PRACTICE', 'PILOTED_PRACTICE', 'TAUGHT_PRACTICE'].includes(r.kind) && r.weight > 0)).toBe(
        false,
      );
    // The same as naming the practices it plans.
    const named = dataOf(await gql(PeerCitiesDocument, { cityId: 'danilovgrad', practiceId: 'local-safety-council' })).peerCities;
    expect(named[0]?.city.id).toBe('kumanovo');
    expectEvidence(peers);
  });

  it("never lists a city's own parts (PART_OF), at any depth", async () => {
    const c = cite(prefix);
    await writeFixture(
      db,
      [
        ['Source', { id: `${prefix}-src`, title: `Test source ${prefix}` }],
        ['Country', { id: `${prefix}-partland`, name: `Partland ${prefix}`, citations: c }],
        [
          'City',
          { id: `${prefix}-whole`, name: `Whole ${prefix}`, kind: 'CITY', country: `${prefix}-partland`, lat: 5, lon: 5, citations: c },
        ],
        [
          'City',
          {
            id: `${prefix}-part`,
            name: `Part ${prefix}`,
            kind: 'DISTRICT',
            country: `${prefix}-partland`,
            lat: 5.01,
            lon: 5,
            citations: c,
          },
        ],
        [
          'City',
          {
            id: `${prefix}-subpart`,
            name: `Subpart ${prefix}`,
            kind: 'DISTRICT',
            country: `${prefix}-partland`,
            lat: 5.02,
            lon: 5,
            citations: c,
          },
        ],
        [
          'City',
          { id: `${prefix}-other`, name: `Other ${prefix}`, kind: 'CITY', country: `${prefix}-partland`, lat: 5.1, lon: 5, citations: c },
        ],
      ],
      ['whole', 'part', 'subpart', 'other'].map((n) => ({
        type: 'IN_COUNTRY',
        from: `${prefix}-${n}`,
        to: `${prefix}-partland`,
        citations: c,
      })),
    );
    // Written directly: the model's PART_OF may not be in the curation vocabulary of this build yet.
    await db.write((tx) =>
      tx.run('MATCH (p:City {id: $part}), (w:City {id: $whole}), (s:City {id: $sub}) MERGE (p)-[:PART_OF]->(w) MERGE (s)-[:PART_OF]->(p)', {
        part: `${prefix}-part`,
        whole: `${prefix}-whole`,
        sub: `${prefix}-subpart`,
      }),
    );
    const peers = ids(dataOf(await gql(PeerCitiesDocument, { cityId: `${prefix}-whole`, first: 50 })).peerCities);
    expect(peers).toContain(`${prefix}-other`);
    expect(peers).not.toContain(`${prefix}-part`);
    expect(peers).not.toContain(`${prefix}-subpart`);
    // Nor the places a city lies within (issue 12: "never proposes a city's own parts or parents").
    const forPart = ids(dataOf(await gql(PeerCitiesDocument, { cityId: `${prefix}-part`, first: 50 })).peerCities);
    expect(forPart).not.toContain(`${prefix}-whole`);
    expect(forPart).toContain(`${prefix}-other`);
  });

  it("includes Cape Town and Stellenbosch among Nansana's peers for Neighbourhood Watch, by practice or by category", async () => {
    for (const vars of [{ practiceId: 'neighbourhood-watch' }, { needs: ['EARLY_WARNING' as const] }]) {
      const peers = dataOf(await gql(PeerCitiesDocument, { cityId: 'nansana', ...vars })).peerCities;
      expect(ids(peers).slice(0, 3)).toEqual(expect.arrayContaining(['stellenbosch', 'cape-town']));
      const stellenbosch = peers.find((p) => p.city.id === 'stellenbosch');
      expect(reasonOf(stellenbosch, 'IMPLEMENTED_PRACTICE')?.text).toBe('Implemented Neighbourhood Watch');
      expect(reasonOf(stellenbosch, 'PARTNERSHIP')).toBeDefined();
      const capeTown = peers.find((p) => p.city.id === 'cape-town');
      expect(reasonOf(capeTown, 'INFLUENCED_ASKER_BEFORE')?.text).toMatch(/Neighbourhood Watch through Community safety learning visit/);
      expect(reasonOf(capeTown, 'SHARED_EVENT')).toMatchObject({
        text: expect.stringMatching(/^Hosted .*Nansana/),
        subject: { id: 'cape-town-learning-visit' },
      });
      expect(ids(peers)).not.toContain('nansana');
      expectEvidence(peers);
    }
  });

  it('ranks by general similarity when no need is named, and answers the same way every time', async () => {
    const a = dataOf(await gql(PeerCitiesDocument, { cityId: 'masaka', first: 5 })).peerCities;
    const b = dataOf(await gql(PeerCitiesDocument, { cityId: 'masaka', first: 5 })).peerCities;
    expect(a).toEqual(b);
    expect(a).toHaveLength(5);
    expect(a.map((p) => p.score)).toEqual([...a.map((p) => p.score)].sort((x, y) => y - x));
    expect(a.some((p) => p.reasons.some((r) => r.kind === 'IMPLEMENTED_PRACTICE'))).toBe(false);
    expect(ids(a)).toEqual(expect.arrayContaining(['nansana', 'nebbi']));
    expectEvidence(a);
  });

  it('names who can help with a practice: implementers first, then pilots and the cities that passed it on', async () => {
    const all = dataOf(await gql(WhoCanHelpDocument, { practiceId: 'neighbourhood-watch' })).whoCanHelp;
    expect(ids(all)[0]).toBe('stellenbosch');
    expect(ids(all)).toEqual(expect.arrayContaining(['nansana', 'gombe-division', 'cape-town']));
    expect(
      reasonOf(
        all.find((p) => p.city.id === 'cape-town'),
        'TAUGHT_PRACTICE',
      )?.text,
    ).toMatch(/^Inspired Nansana on Neighbourhood Watch/);
    expect(all.every((p) => p.reasons.every((r) => !['SAME_HUB', 'NEARBY', 'SHARED_CHALLENGE'].includes(r.kind)))).toBe(true);
    expectEvidence(all);

    const forNansana = dataOf(await gql(WhoCanHelpDocument, { practiceId: 'neighbourhood-watch', forCity: 'nansana' })).whoCanHelp;
    expect(ids(forNansana)).not.toContain('nansana');
    expect(ids(forNansana).slice(0, 2)).toEqual(['stellenbosch', 'cape-town']);
    // Gombe Division is part of Nansana: never offered to it as a peer.
    expect(ids(forNansana)).not.toContain('gombe-division');
    expectEvidence(forNansana);
  });

  it('refuses unknown ids and page sizes, naming the argument', async () => {
    const field = async (doc: typeof PeerCitiesDocument | typeof WhoCanHelpDocument, vars: object, code: string) =>
      expectError(await gql(doc as typeof PeerCitiesDocument, vars as never), code).extensions?.field;
    expect(await field(PeerCitiesDocument, { cityId: 'no-such-city' }, 'NOT_FOUND')).toBe('cityId');
    expect(await field(PeerCitiesDocument, { cityId: 'uganda' }, 'NOT_FOUND')).toBe('cityId');
    expect(await field(PeerCitiesDocument, { cityId: 'nansana', practiceId: 'no-such-practice' }, 'NOT_FOUND')).toBe('practiceId');
    expect(await field(PeerCitiesDocument, { cityId: 'nansana', first: 0 }, 'BAD_USER_INPUT')).toBe('first');
    expect(await field(PeerCitiesDocument, { cityId: 'nansana', first: 51 }, 'BAD_USER_INPUT')).toBe('first');
    expect(await field(WhoCanHelpDocument, { practiceId: 'neighbourhood-watch', forCity: 'nowhere' }, 'NOT_FOUND')).toBe('forCity');
    expect(await field(WhoCanHelpDocument, { practiceId: 'kumanovo' }, 'NOT_FOUND')).toBe('practiceId');
    // An unknown id is refused by one cheap lookup, before the evidence query runs.
    expect((await gql(PeerCitiesDocument, { cityId: 'no-such-city', practiceId: 'no-such-practice' })).queries).toBe(1);
  });

  it('costs the same few round trips for 50 peers as for 2, reasons, subjects and sources included', async () => {
    const small = await gql(PeerCitiesDocument, { cityId: 'kumanovo', first: 2 });
    const large = await gql(PeerCitiesDocument, { cityId: 'kumanovo', first: 50 });
    expect(dataOf(large).peerCities.length).toBeGreaterThan(10);
    expect(large.queries).toBe(small.queries);
    // id check, evidence, then one batched level of subjects and sources.
    expect(large.queries).toBeLessThanOrEqual(4);
  });

  it('prefers a city that implemented the practice over one piloting it, and states the year', async () => {
    const c = cite(prefix);
    const city = (n: string, lat: number) =>
      [
        'City',
        { id: `${prefix}-${n}`, name: `Peer ${n} ${prefix}`, kind: 'TOWN', country: `${prefix}-land`, lat, lon: -140, citations: c },
      ] as const;
    await writeFixture(
      db,
      [
        ['Source', { id: `${prefix}-src`, title: `Test source ${prefix}` }],
        ['Country', { id: `${prefix}-land`, name: `Peerland ${prefix}`, citations: c }],
        ['Practice', { id: `${prefix}-patrol`, name: 'Test patrol', category: 'EARLY_WARNING', citations: c }],
        [...city('asker', -60)],
        [...city('pilot', -60.5)],
        [...city('veteran', -62)],
        [...city('stranger', 10)],
      ],
      [
        ...['asker', 'pilot', 'veteran', 'stranger'].map((n) => ({
          type: 'IN_COUNTRY',
          from: `${prefix}-${n}`,
          to: `${prefix}-land`,
          citations: c,
        })),
        { type: 'ADOPTED', from: `${prefix}-veteran`, to: `${prefix}-patrol`, status: 'IMPLEMENTED', date: '2019-05', citations: c },
        { type: 'ADOPTED', from: `${prefix}-pilot`, to: `${prefix}-patrol`, status: 'PILOTING', citations: c },
      ],
    );
    const all = dataOf(await gql(PeerCitiesDocument, { cityId: `${prefix}-asker`, practiceId: `${prefix}-patrol` })).peerCities;
    // Seed cities doing other early-warning work may follow; the fixture's own order is the point.
    const peers = all.filter((p) => p.city.id.startsWith(prefix));
    expect(ids(peers)).toEqual([`${prefix}-veteran`, `${prefix}-pilot`, `${prefix}-stranger`]);
    expect(ids(all).slice(0, 2)).toEqual([`${prefix}-veteran`, `${prefix}-pilot`]);
    expect(reasonOf(peers[0], 'IMPLEMENTED_PRACTICE')?.text).toBe('Implemented Test patrol (2019-05)');
    expect(reasonOf(peers[1], 'PILOTED_PRACTICE')?.weight).toBeGreaterThan(0);
    expect(reasonOf(peers[1], 'NEARBY')!.weight).toBeGreaterThan(reasonOf(peers[0], 'NEARBY')!.weight);
    expect(reasonOf(peers[2], 'NEARBY')).toBeUndefined();
    expect(reasonOf(peers[2], 'SAME_COUNTRY')).toBeDefined();
    expectEvidence(peers);
  });
});
