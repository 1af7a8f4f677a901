import { EXPERIENCED_STATUSES, UNFINISHED_STATUSES, type AdoptionStatus } from '../../domain/adoption-status';
import type { Db } from '../../neo4j/db';
import type { RawNode } from '../records';

/**
 * The evidence the peer scorer needs, for the asking city and candidate cities, in ONE round
 * trip: here for every city (the full read, kept as the oracle), in shortlist.ts for the
 * candidates narrowed in Cypher (what requests use). Each fact comes with its citations (`cs` sources / `ce` excerpts, the two
 * parallel lists every relationship stores). Classification and scoring happen in
 * TypeScript (reasons.ts, score.ts) so that they can be unit-tested and read in one place.
 */

/** A relationship's citations as stored. */
export interface Cited {
  cs: string[] | null;
  ce: string[] | null;
}

export interface GeoLink extends Cited {
  node: RawNode;
  /** Hops from the city to the node holding the COVERED_BY edge (0 = the city itself). */
  depth?: number;
}

export interface RawAdoption extends Cited {
  practice: RawNode;
  status: AdoptionStatus;
  date: string | null;
}

export interface RawInfluence extends Cited {
  other: RawNode;
  practice: RawNode | null;
  via: RawNode | null;
  date: string | null;
}

export interface RawParticipation extends Cited {
  event: RawNode;
  hosted: boolean;
  role: string | null;
  /** FOCUSED_ON edges of the event. */
  topics: (Cited & { node: RawNode })[];
  /** INSPIRED edges from the event to the asking city. */
  inspiredAsker: (Cited & { practice: RawNode | null })[];
}

export interface RawPair {
  node: RawNode;
  mine: Cited;
  theirs: Cited;
}

export interface RawLeader extends Cited {
  leader: RawNode;
  role: string | null;
  since: string | null;
}

/** What is known about one city: the asker or a candidate. */
export interface CityEvidence {
  city: RawNode;
  country: GeoLink | null;
  region: GeoLink | null;
  hubs: GeoLink[];
  adoptions: RawAdoption[];
  challenges: (Cited & { node: RawNode })[];
  events: RawParticipation[];
  leaders: RawLeader[];
  /** Candidate → asker (INFLUENCED_ASKER_BEFORE) or → another city on a needed practice (TAUGHT_PRACTICE). */
  taught: RawInfluence[];
  /** Asker → candidate. */
  learned: RawInfluence[];
  partnerships: (Cited & { description: string | null; date: string | null })[];
  memberships: RawPair[];
}

export interface PeerEvidence {
  asker: CityEvidence | null;
  practice: RawNode | null;
  /** Ids of the needed practices: `practiceId` plus every practice of the `needs` categories. */
  targets: string[];
  /** Categories of the needed practices (for SAME_CATEGORY_PRACTICE). */
  categories: string[];
  /**
   * When neither a practice nor categories were named: the practices the asking city plans or
   * pilots, which then are the needed practices (empty otherwise).
   */
  ownNeeds: RawNode[];
  candidates: CityEvidence[];
}

/**
 * Nodes a reason only names (practice, event, hub…): id, label and the properties the sentences
 * use. Full nodes would repeat every description and citation once per candidate; the
 * `subject` field loads them in one batch when a client asks.
 */
export const slim = (v: string): string => `${v} {.id, .name, .kind, .category, .date, .title, __labels: labels(${v})}`;

/** The geography and own facts of a city bound to `v` (a fixed variable name, never user text). */
export const cityFacts = (v: string): string => `
  city: ${v},
  country: head([(${v})-[r:IN_COUNTRY]->(co:Country) | {node: ${slim('co')}, cs: r.citationSources, ce: r.citationExcerpts}]),
  region: head([(${v})-[:IN_COUNTRY]->(:Country)-[r:IN_REGION]->(rg:Region) | {node: ${slim('rg')}, cs: r.citationSources, ce: r.citationExcerpts}]),
  hubs: [(${v})-[hops:IN_COUNTRY|IN_REGION*0..2]->()-[r:COVERED_BY]->(h:Hub) | {node: ${slim('h')}, depth: size(hops), cs: r.citationSources, ce: r.citationExcerpts}],
  adoptions: [(${v})-[r:ADOPTED]->(q:Practice) | {practice: ${slim('q')}, status: r.status, date: r.date, cs: r.citationSources, ce: r.citationExcerpts}],
  challenges: [(${v})-[r:FACES]->(ch:Challenge) | {node: ${slim('ch')}, cs: r.citationSources, ce: r.citationExcerpts}],
  events: [(${v})-[r:HOSTED|ATTENDED]->(e:Event) | {
    event: ${slim('e')}, hosted: type(r) = 'HOSTED', role: r.role, cs: r.citationSources, ce: r.citationExcerpts,
    topics: [(e)-[f:FOCUSED_ON]->(t) | {node: ${slim('t')}, cs: f.citationSources, ce: f.citationExcerpts}],
    inspiredAsker: [(e)-[i:INSPIRED]->(x:City) WHERE x = a |
      {practice: head(COLLECT { MATCH (pp:Practice {id: i.practice}) RETURN ${slim('pp')} }), cs: i.citationSources, ce: i.citationExcerpts}]
  }],
  leaders: [(l:Leader)-[r:LEADS]->(${v}) WHERE r.until IS NULL | {leader: ${slim('l')}, role: r.role, since: r.since, cs: r.citationSources, ce: r.citationExcerpts}]`;

/** An INSPIRED edge `r` with its practice and event looked up by id. */
export const influence = (other: string): string => `{
  other: ${slim(other)}, date: r.date, cs: r.citationSources, ce: r.citationExcerpts,
  practice: head(COLLECT { MATCH (pp:Practice {id: r.practice}) RETURN ${slim('pp')} }),
  via: head(COLLECT { MATCH (ev:Event {id: r.via}) RETURN ${slim('ev')} })
}`;

/**
 * Everything known about candidate `v` (bound, like the asker `a` and the list `targets`, by
 * the surrounding statement): its own facts and its ties to the asker. Depends on nothing but
 * `v`, `a` and `targets`, so a candidate's evidence is the same whichever other cities are read.
 */
export const candidateFacts = (v: string): string => `
    ${cityFacts(v)},
    taught: [(${v})-[r:INSPIRED]->(x:City) WHERE x = a OR r.practice IN targets | ${influence('x')}],
    learned: [(x:City)-[r:INSPIRED]->(${v}) WHERE x = a | ${influence('x')}],
    partnerships: [(${v})-[r:PARTNERED]-(x:City) WHERE x = a | {description: r.description, date: r.date, cs: r.citationSources, ce: r.citationExcerpts}],
    memberships: [(${v})-[r1:MEMBER_OF]->(o:Organisation)<-[r2:MEMBER_OF]-(x:City) WHERE x = a |
      {node: ${slim('o')}, theirs: {cs: r1.citationSources, ce: r1.citationExcerpts}, mine: {cs: r2.citationSources, ce: r2.citationExcerpts}}]`;

/**
 * whoCanHelp only looks at cities with experience of a needed practice: implemented or
 * piloted it, or passed it on to another city. peerCities scores every city.
 */
export const EXPERIENCED = `AND (
  EXISTS { MATCH (c)-[r:ADOPTED]->(q:Practice) WHERE q.id IN targets AND r.status IN $experienced }
  OR EXISTS { MATCH (c)-[r:INSPIRED]->(:City) WHERE r.practice IN targets })`;

/**
 * Binds the asker `a`, the named practice `p`, the asker's own needs `own`, the needed
 * practices `targets` and their `categories` (shared by the narrowed and the full read).
 */
export const ASKER_AND_NEEDS = `
OPTIONAL MATCH (a:City {id: $cityId})
OPTIONAL MATCH (p:Practice {id: $practiceId})
WITH a, p, $practiceId IS NULL AND size($needs) = 0 AS fromOwnNeeds
// Nothing named: start from what the city itself plans or pilots (its own record says what it needs).
WITH a, p, fromOwnNeeds,
     CASE WHEN fromOwnNeeds AND a IS NOT NULL
       THEN COLLECT { MATCH (a)-[r:ADOPTED]->(q:Practice) WHERE r.status IN $unfinished RETURN DISTINCT q ORDER BY q.id }
       ELSE [] END AS own
WITH a, p, own,
     CASE WHEN p IS NULL THEN [] ELSE [p.id] END + COLLECT { MATCH (q:Practice) WHERE q.category IN $needs RETURN q.id } + [q IN own | q.id] AS targets,
     CASE WHEN p IS NULL THEN [] ELSE [p.category] END + $needs + [q IN own | q.category] AS categories`;

const query = (experiencedOnly: boolean): string => `
${ASKER_AND_NEEDS}
CALL (a, p, targets) {
  MATCH (c:City)
  WHERE ($cityId IS NULL OR a IS NOT NULL) AND ($practiceId IS NULL OR p IS NOT NULL) AND (a IS NULL OR c <> a)
    // Never a city's own parts or the places it lies within (Gombe Division for Nansana).
    AND (a IS NULL OR NOT EXISTS { MATCH (c)-[:PART_OF*1..6]->(a) } AND NOT EXISTS { MATCH (a)-[:PART_OF*1..6]->(c) })
  ${experiencedOnly ? EXPERIENCED : ''}
  RETURN collect({ ${candidateFacts('c')} }) AS candidates
}
RETURN p AS practice, targets, categories, [q IN own | ${slim('q')}] AS ownNeeds, candidates,
       CASE WHEN a IS NULL THEN null ELSE { ${cityFacts('a')} } END AS asker`;

export interface EvidenceArgs {
  cityId: string | null;
  practiceId: string | null;
  needs: string[];
  /** Only cities with experience of a needed practice (whoCanHelp). */
  experiencedOnly: boolean;
}

/** A statement and its parameters. */
export interface Statement {
  text: string;
  params: Record<string, unknown>;
}

/** What every evidence statement takes: the question and the status vocabulary (ASKER_AND_NEEDS, cityFacts). */
export const evidenceParams = (args: EvidenceArgs): Record<string, unknown> => ({
  cityId: args.cityId,
  practiceId: args.practiceId,
  needs: args.needs,
  experienced: EXPERIENCED_STATUSES,
  unfinished: UNFINISHED_STATUSES,
});

/** The full read: every city's evidence (the statement, for the benchmark's PROFILE). */
export function peerEvidenceStatement(args: EvidenceArgs): Statement {
  return { text: query(args.experiencedOnly), params: evidenceParams(args) };
}

/** Runs an evidence statement (one row); the asker's own ties to itself are empty by definition. */
export async function runEvidenceStatement<T extends PeerEvidence>(db: Db, { text, params }: Statement): Promise<T> {
  const rows = await db.query<
    Omit<T, 'asker'> & { asker: Omit<CityEvidence, 'taught' | 'learned' | 'partnerships' | 'memberships'> | null }
  >(text, params);
  const row = rows[0]!;
  const asker = row.asker ? { ...row.asker, taught: [], learned: [], partnerships: [], memberships: [] } : null;
  return { ...row, asker } as unknown as T;
}

/**
 * Reads the asker's and EVERY city's evidence in one round trip: the former request path, now
 * the oracle of the narrowed finder (find.ts findPeersFullScan); requests use shortlist.ts.
 */
export function readPeerEvidence(db: Db, args: EvidenceArgs): Promise<PeerEvidence> {
  return runEvidenceStatement<PeerEvidence>(db, peerEvidenceStatement(args));
}
