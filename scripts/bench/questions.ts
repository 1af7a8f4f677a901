/*
 * The questions of the benchmark, each asked three ways that return the same facts:
 * (a) one hand-written Cypher statement (the floor), (b) a GraphQL operation on
 * @neo4j/graphql over typeDefs written for our labels (library-typedefs.ts), and (c) a
 * GraphQL operation on this API. Parameters are drawn from the graph being measured. This API's
 * operations state `first` on nested lists, as its cost limit asks of every client; the pages are
 * at least as large as what the synthetic graphs hold, so all three return the same facts.
 */

export type QuestionName = 'catalogue' | 'cityCard' | 'search' | 'influencePaths' | 'influenceReach' | 'dashboard';

export interface Question {
  name: QuestionName;
  title: string;
  raw: string;
  library: string;
  api: string;
}

const HOPS = 'INSPIRED|HOSTED|ATTENDED|ORGANISED';

/** Paths: simple, time-respecting (a hop may not be certainly earlier than any before it), shortest first. */
export const RAW_PATHS = `
  MATCH p = (a:Entity {id: $from})-[:${HOPS}*1..4]->(b:Entity {id: $to})
  WITH p, [r IN relationships(p) | CASE type(r) WHEN 'INSPIRED' THEN [r.dateStart, r.dateEnd] ELSE [endNode(r).dateStart, endNode(r).dateEnd] END] AS spans
  WHERE all(i IN range(0, length(p)) WHERE none(j IN range(i + 1, length(p)) WHERE nodes(p)[i] = nodes(p)[j]))
    AND all(i IN range(1, size(spans) - 1) WHERE spans[i][1] IS NULL OR all(j IN range(0, i - 1) WHERE spans[j][0] IS NULL OR spans[i][1] >= spans[j][0]))
  WITH p ORDER BY length(p) LIMIT 10
  RETURN length(p) AS length, [r IN relationships(p) | {kind: type(r), from: startNode(r).id, to: endNode(r).id, date: r.date, excerpts: r.citationExcerpts}] AS hops`;

/** Reach: every actor downstream within 3 hops at its smallest depth, first 100. */
export const RAW_REACH = `
  MATCH p = (a:Entity {id: $id})-[:${HOPS}*1..3]->(b:Entity) WHERE b <> a
  WITH b, min(length(p)) AS depth ORDER BY depth, b.id LIMIT 100
  RETURN b.id AS id, b.name AS name, depth`;

export const QUESTIONS: Question[] = [
  {
    name: 'catalogue',
    title: 'catalogue page (100 cities with country, region, adoptions, attended events)',
    raw: `
      CALL () { MATCH (c:City) RETURN count(c) AS total }
      MATCH (c:City) WITH total, c ORDER BY c.id LIMIT 100
      OPTIONAL MATCH (c)-[:IN_COUNTRY]->(k:Country)
      OPTIONAL MATCH (k)-[:IN_REGION]->(g:Region)
      RETURN total, c.id AS id, c.name AS name, c.kind AS kind, k {.id, .name} AS country, g {.id, .name} AS region,
             [(c)-[a:ADOPTED]->(p:Practice) | {status: a.status, date: a.date, practice: p {.id, .name}}] AS adoptions,
             [(c)-[:ATTENDED]->(e:Event) | e {.id, .name, .date}] AS attended`,
    library: `query {
      citiesConnection(first: 100, sort: [{ id: ASC }]) {
        totalCount
        edges { node {
          id name kind
          country { id name region { id name } }
          adoptedConnection { edges { properties { status date } node { id name } } }
          attended { id name date }
        } }
      } }`,
    api: `query {
      cities(first: 100, orderBy: { field: ID }) {
        totalCount
        edges { node {
          id name kind
          country { id name }
          region { id name }
          adoptions(first: 20) { status date practice { id name } }
          attended(first: 20) { event { id name date } }
        } }
      } }`,
  },
  {
    name: 'cityCard',
    title: 'city card (leaders, adoptions, events with attendees, influences in and out, citations)',
    raw: `
      MATCH (c:City {id: $id})
      OPTIONAL MATCH (c)-[:IN_COUNTRY]->(k:Country)
      OPTIONAL MATCH (k)-[:IN_REGION]->(g:Region)
      RETURN c {.id, .name, .kind, .description, .citationSources, .citationExcerpts} AS city, k {.id, .name} AS country, g {.id, .name} AS region,
        [(l:Leader)-[r:LEADS]->(c) | {role: r.role, since: r.since, leader: l {.id, .name, .title}, sources: r.citationSources, excerpts: r.citationExcerpts}] AS leaders,
        [(c)-[r:ADOPTED]->(p:Practice) | {status: r.status, date: r.date, practice: p {.id, .name, .category}, sources: r.citationSources, excerpts: r.citationExcerpts}] AS adoptions,
        [(c)-[r:ATTENDED]->(e:Event) | {role: r.role, event: e {.id, .name, .date, attendees: [(x)-[:ATTENDED]->(e) | x {.id, .name}]}, sources: r.citationSources, excerpts: r.citationExcerpts}] AS attended,
        [(s)-[r:INSPIRED]->(c) | {date: r.date, practice: r.practice, source: s {.id, .name}, sources: r.citationSources, excerpts: r.citationExcerpts}] AS influencedBy,
        [(c)-[r:INSPIRED]->(t:City) | {date: r.date, practice: r.practice, target: t {.id, .name}, sources: r.citationSources, excerpts: r.citationExcerpts}] AS influenced`,
    library: `query ($id: ID!) {
      cities(where: { id: { eq: $id } }) {
        id name kind description citationSources citationExcerpts
        country { id name region { id name } }
        leadersConnection { edges { properties { role since citationSources citationExcerpts } node { id name title } } }
        adoptedConnection { edges { properties { status date citationSources citationExcerpts } node { id name category } } }
        attendedConnection { edges { properties { role citationSources citationExcerpts } node { id name date attendees { id name } } } }
        influencedByConnection { edges { properties { date practice citationSources citationExcerpts } node { ... on City { id name } ... on Event { id name } ... on Organisation { id name } } } }
        influencedConnection { edges { properties { date practice citationSources citationExcerpts } node { id name } } }
      } }`,
    api: `query ($id: ID!) {
      city(id: $id) {
        id name kind description citations { excerpt source { id } }
        country { id name }
        region { id name }
        leaders(first: 10) { role since leader { id name title } citations { excerpt source { id } } }
        adoptions(first: 20) { status date practice { id name category } citations { excerpt source { id } } }
        attended(first: 20) { role event { id name date attendees(first: 20) { attendee { id name } } } citations { excerpt source { id } } }
        influencedBy(first: 50) { date practice { id } source { id name } citations { excerpt source { id } } }
        influenced(first: 50) { date practice { id } target { id name } citations { excerpt source { id } } }
      } }`,
  },
  {
    name: 'search',
    // The library's `startsWith` is a case-sensitive prefix over an index; this API's like is the
    // catalogue filter `nameStartsWith`. (`search` is full text over every type, accent-insensitive
    // and ranked: a different question, with no counterpart in the library's generated schema.)
    title: 'search by prefix (cities, first 10)',
    raw: `MATCH (c:City) WHERE c.name STARTS WITH $prefix RETURN c.id AS id, c.name AS name ORDER BY name LIMIT 10`,
    library: `query ($prefix: String!) { cities(where: { name: { startsWith: $prefix } }, limit: 10, sort: [{ name: ASC }]) { id name } }`,
    api: `query ($prefix: String!) { cities(where: { nameStartsWith: $prefix }, first: 10) { edges { node { id name } } } }`,
  },
  {
    name: 'influencePaths',
    title: 'influencePaths (time-respecting, 4 hops, first 10, evidence per hop)',
    raw: RAW_PATHS,
    library: `query ($from: ID!, $to: ID!) { influencePaths(from: $from, to: $to) { length hops { kind from to date excerpts } } }`,
    api: `query ($from: ID!, $to: ID!) {
      influencePaths(from: $from, to: $to, maxHops: 4, first: 10) { length hops { kind date from { id } to { id } citations { excerpt } } } }`,
  },
  {
    name: 'influenceReach',
    title: 'influenceReach (downstream, 3 hops, first 100)',
    raw: RAW_REACH,
    library: `query ($id: ID!) { influenceReach(id: $id) { id name depth } }`,
    api: `query ($id: ID!) { influenceReach(id: $id, direction: DOWNSTREAM, maxHops: 3, first: 100, timeRespecting: false) { depth actor { id name } } }`,
  },
  {
    name: 'dashboard',
    title: 'dashboard counts (cities by country, practices by category, events by kind)',
    raw: `
      CALL () { MATCH (k:Country) RETURN collect({key: k.id, label: k.name, count: COUNT { (:City)-[:IN_COUNTRY]->(k) }}) AS citiesByCountry }
      CALL () { MATCH (p:Practice) WITH p.category AS key, count(*) AS count RETURN collect({key: key, count: count}) AS practicesByCategory }
      CALL () { MATCH (e:Event) WITH e.kind AS key, count(*) AS count RETURN collect({key: key, count: count}) AS eventsByKind }
      RETURN citiesByCountry, practicesByCategory, eventsByKind`,
    library: `query {
      countries { id name citiesConnection { aggregate { count { nodes } } } }
      ${['MULTI_ACTOR_MECHANISM', 'EARLY_WARNING', 'YOUTH_ENGAGEMENT', 'CAPACITY_BUILDING', 'COMMUNITY_ENGAGEMENT', 'OTHER'].map((c) => `p_${c}: practicesConnection(where: { category: { eq: "${c}" } }) { aggregate { count { nodes } } }`).join('\n')}
      ${['WORKSHOP', 'LEARNING_VISIT', 'ROUNDTABLE', 'SUMMIT', 'TRAINING', 'FORUM'].map((k) => `e_${k}: eventsConnection(where: { kind: { eq: "${k}" } }) { aggregate { count { nodes } } }`).join('\n')}
    }`,
    api: `query { stats { citiesByCountry { key label count } practicesByCategory { key label count } eventsByKind { key label count } } }`,
  },
];

export const question = (name: QuestionName): Question => QUESTIONS.find((q) => q.name === name)!;
