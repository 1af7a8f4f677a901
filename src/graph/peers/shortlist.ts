import { ADOPTION_STAGE, ADOPTION_STATUSES } from '../../domain/adoption-status';
import type { Db } from '../../neo4j/db';
import {
  ASKER_AND_NEEDS,
  candidateFacts,
  cityFacts,
  evidenceParams,
  EXPERIENCED,
  runEvidenceStatement,
  slim,
  type EvidenceArgs,
  type PeerEvidence,
  type Statement,
} from './evidence';
import { PEER_WEIGHTS as W } from './score';

/*
 * The peer finder's candidates, narrowed in Cypher before the full evidence is read.
 *
 * Scoring stays in TypeScript (reasons.ts, score.ts) and is the only authority on a score.
 * This statement finds, from the asking city and the needed practices only (index seeks and
 * relationship chains, never a scan of all cities), the cities that could be listed at all,
 * computes for each an UPPER BOUND of its rank key (group, score), and reads the full evidence
 * of the best `limit` of them by that bound. find.ts then checks that nobody left out could
 * have entered the requested page, and asks again with a wider net if that cannot be shown.
 *
 * Why the answers are identical to scoring every city (README "Peer finder"):
 *
 * 1. Who can be listed. A city is listed only with a reason besides SIMILAR_KIND and CONTACT
 *    (rankPeers). Every other reason rests on a fact that puts the city in one of three sets:
 *    - L (links): it ADOPTED a needed practice (IMPLEMENTED / PILOTED / PLANNING_PRACTICE), a
 *      practice of a needed category (SAME_CATEGORY_PRACTICE) or one the asker adopted
 *      (SHARED_PRIORITY); INSPIRED any city on a needed practice (TAUGHT_PRACTICE); took part
 *      in an event FOCUSED_ON a needed practice (PRACTICE_EVENT); INSPIRED the asker or was
 *      inspired by it, PARTNERED with it, shares an organisation, an event or a challenge with
 *      it (INFLUENCED_ASKER_BEFORE, LEARNED_FROM_ASKER, PARTNERSHIP, SHARED_MEMBERSHIP,
 *      SHARED_EVENT, SHARED_CHALLENGE); lies in the asker's country (SAME_COUNTRY).
 *    - N (near): lies within NEAR_KM of the asker. NEARBY is 0 beyond ≈ 977 km
 *      (1.5 · 0.5^(d/250) < 0.1), so a city outside N has no NEARBY reason.
 *    - P (place): shares a hub or the region with the asker (SAME_HUB, SAME_REGION).
 *    L and N are always read; a city of P outside L and N can only have SAME_HUB (1),
 *    SAME_REGION (0.5), SIMILAR_KIND (0.5) and CONTACT (0.25): rank key at most
 *    (CLOSE_TIES, PLACE_ONLY_MAX), no experience. P is read only when that bound could reach
 *    the page (`includePlace`).
 * 2. The bound. For each candidate the statement computes, kind by kind and with the same caps,
 *    the most the scorer could give it: the same facts counted the same way (mirroring
 *    reasons.ts), NEARBY from the same haversine 1 km closer (the scorer rounds the distance
 *    to 0.1 km), the total rounded UP to the cent (scores are rounded to the cent). The group bound is HAS_DONE_IT when any experience fact exists. So a
 *    city's real rank key never beats its bound key (group, bound, id).
 * 3. The cut. Candidates are ordered by bound key and the best `limit` are read in full; the
 *    statement returns the bound key of the best one left out (`next`). If the scorer's
 *    `first`-th peer beats `next` and, when P was not read, the P bound, no city left out can
 *    beat it: its real key ≤ its bound key ≤ `next` (or the P bound) < the `first`-th peer's
 *    key. A candidate's evidence depends only on itself, the asker and the needed practices,
 *    so the cities read score exactly as in a full read. Otherwise find.ts asks again with a
 *    larger `limit` and/or P; with everything read, the cut is trivially exact.
 * A mistake in a bound (too low) would break this; test/integration/peer-narrowing.test.ts
 * compares the narrowed finder with the full scoring (graph/peers/full.ts) on every seed
 * city and on a generated graph of thousands of cities.
 */

const stage = (s: string): string[] => ADOPTION_STATUSES.filter((x) => ADOPTION_STAGE[x] === s);

/** Cities closer than this are read as candidates for NEARBY (its weight is 0 beyond ≈ 977 km). */
export const NEAR_KM = 1000;
/** Degrees of latitude spanning NEAR_KM (111.19 km per degree), with a margin: the index range. */
const NEAR_LAT_BAND = NEAR_KM / 111 + 0.1;
/** Best score of a city that only shares a hub or the region (and kind and contact) with the asker. */
export const PLACE_ONLY_MAX = W.SAME_HUB.cap + W.SAME_REGION.cap + W.SIMILAR_KIND.cap + W.CONTACT.cap;

/** A hub or region with at most this many cities is read in the first round trip. */
const PLACE_INLINE = 200;

const capped = (x: string, cap: number): string => `CASE WHEN ${x} > ${cap} THEN ${cap} ELSE ${x} END`;
const ifThen = (cond: string, w: number): string => `CASE WHEN ${cond} THEN ${w} ELSE 0 END`;

/** Great-circle distance from `a` to `c`, km, as geo.ts computes it (null without coordinates). */
const HAVERSINE = `CASE WHEN a IS NULL OR NOT (c.lat IS :: INTEGER | FLOAT AND c.lon IS :: INTEGER | FLOAT AND a.lat IS :: INTEGER | FLOAT AND a.lon IS :: INTEGER | FLOAT) THEN null
  ELSE sin(radians(a.lat - c.lat) / 2) ^ 2 + cos(radians(c.lat)) * cos(radians(a.lat)) * sin(radians(a.lon - c.lon) / 2) ^ 2 END`;
/** …from `hv`, the haversine term above. */
const DISTANCE = `CASE WHEN hv IS NULL THEN null ELSE 2 * 6371.0088 * asin(CASE WHEN hv > 1 THEN 1.0 ELSE sqrt(hv) END) END`;

const query = (experiencedOnly: boolean): string => `
${ASKER_AND_NEEDS}
WITH a, p, own, targets, categories,
     ($cityId IS NULL OR a IS NOT NULL) AND ($practiceId IS NULL OR p IS NOT NULL) AS found,
     // A null category (a needed practice without one) matches nothing in reasons.ts either.
     [k IN categories WHERE k IS NOT NULL] AS cats,
     CASE WHEN a IS NULL THEN [] ELSE COLLECT { MATCH (a)-[:ADOPTED]->(q:Practice) RETURN DISTINCT q.id } END AS askerPractices,
     CASE WHEN a IS NULL THEN [] ELSE COLLECT { MATCH (a)-[:IN_COUNTRY|IN_REGION*0..2]->()-[:COVERED_BY]->(h:Hub) RETURN DISTINCT h } END AS askerHubs,
     CASE WHEN a IS NULL THEN [] ELSE COLLECT { MATCH (a)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(rg:Region) RETURN DISTINCT rg } END AS askerRegions
// P is read at once when it is small (the seed, a region of a few dozen cities): one round trip.
WITH *, $includePlace OR size(COLLECT {
       UNWIND askerHubs AS h MATCH (h)<-[:COVERED_BY]-()<-[:IN_COUNTRY|IN_REGION*0..2]-(c:City) RETURN DISTINCT c LIMIT ${PLACE_INLINE + 1} })
     + size(COLLECT { UNWIND askerRegions AS rg MATCH (rg)<-[:IN_REGION]-(:Country)<-[:IN_COUNTRY]-(c:City) RETURN c LIMIT ${PLACE_INLINE + 1} })
     <= ${PLACE_INLINE} AS withPlace
// The asker's side of each tie, once (not expanded again from every candidate).
WITH *,
     CASE WHEN a IS NULL THEN [] ELSE COLLECT { MATCH (a)-[:IN_COUNTRY]->(co:Country) RETURN DISTINCT co } END AS askerCountries,
     CASE WHEN a IS NULL THEN [] ELSE COLLECT { MATCH (a)-[:MEMBER_OF]->(o:Organisation) RETURN DISTINCT o } END AS askerOrgs,
     CASE WHEN a IS NULL THEN [] ELSE COLLECT { MATCH (a)-[:FACES]->(ch:Challenge) RETURN DISTINCT ch } END AS askerChallenges,
     CASE WHEN a IS NULL THEN [] ELSE COLLECT { MATCH (a)-[:HOSTED|ATTENDED]->(e:Event) RETURN DISTINCT e } END AS askerEvents,
     CASE WHEN a IS NULL THEN [] ELSE COLLECT { MATCH (e:Event)-[:INSPIRED]->(a) RETURN DISTINCT e } END AS inspiringEvents,
     COLLECT { UNWIND targets AS t MATCH (:Practice {id: t})<-[:FOCUSED_ON]-(e:Event) RETURN DISTINCT e } AS targetEvents
CALL (a, targets, cats, askerPractices, askerHubs, askerRegions, found, withPlace, askerCountries, askerOrgs, askerChallenges, askerEvents, inspiringEvents, targetEvents) {
  // 1. The candidates: L and N always, P when asked. UNION removes repeats.
  CALL (a, targets, cats, askerPractices, askerHubs, askerRegions, found, withPlace) {
    // whoCanHelp keeps only cities that adopted or passed on a needed practice (EXPERIENCED):
    // other adopters would be read only to be dropped.
    UNWIND CASE WHEN found THEN [q IN COLLECT { MATCH (q:Practice) WHERE q.id IN targets ${experiencedOnly ? '' : '+ askerPractices'} RETURN q }
      ${experiencedOnly ? '' : '+ COLLECT { MATCH (q:Practice) WHERE q.category IN cats RETURN q }'} | q] ELSE [] END AS q
    MATCH (q)<-[:ADOPTED]-(c:City) RETURN c
    UNION
    UNWIND CASE WHEN found THEN targets ELSE [] END AS t
    MATCH (c:City)-[:INSPIRED {practice: t}]->(:City) RETURN c
    UNION
    UNWIND CASE WHEN found THEN targets ELSE [] END AS t
    MATCH (:Practice {id: t})<-[:FOCUSED_ON]-(:Event)<-[:HOSTED|ATTENDED]-(c:City) RETURN c
    UNION
    MATCH (a)-[:INSPIRED|PARTNERED]-(c:City) WHERE found RETURN c
    UNION
    MATCH (a)-[:MEMBER_OF]->(:Organisation)<-[:MEMBER_OF]-(c:City) WHERE found RETURN c
    UNION
    MATCH (a)-[:HOSTED|ATTENDED]->(:Event)<-[:HOSTED|ATTENDED]-(c:City) WHERE found RETURN c
    UNION
    MATCH (a)-[:FACES]->(:Challenge)<-[:FACES]-(c:City) WHERE found RETURN c
    UNION
    MATCH (a)-[:IN_COUNTRY]->(:Country)<-[:IN_COUNTRY]-(c:City) WHERE found RETURN c
    UNION
    // N: a latitude band from the index, then the distance itself.
    WITH a, found WHERE found AND a.lat IS :: INTEGER | FLOAT AND a.lon IS :: INTEGER | FLOAT
    MATCH (c:City) WHERE c.lat >= a.lat - $latBand AND c.lat <= a.lat + $latBand
    WITH c, ${HAVERSINE} AS hv
    WITH c, ${DISTANCE} AS d
    WHERE d <= $nearKm
    RETURN c
    UNION
    UNWIND CASE WHEN found AND withPlace THEN askerHubs ELSE [] END AS h
    MATCH (h)<-[:COVERED_BY]-()<-[:IN_COUNTRY|IN_REGION*0..2]-(c:City) RETURN c
    UNION
    UNWIND CASE WHEN found AND withPlace THEN askerRegions ELSE [] END AS rg
    MATCH (rg)<-[:IN_REGION]-(:Country)<-[:IN_COUNTRY]-(c:City) RETURN c
  }
  WITH a, targets, cats, askerPractices, askerHubs, askerRegions, askerCountries, askerOrgs, askerChallenges, askerEvents, inspiringEvents, targetEvents, c
  WHERE (a IS NULL OR c <> a)
    AND (a IS NULL OR NOT EXISTS { MATCH (c)-[:PART_OF*1..6]->(a) } AND NOT EXISTS { MATCH (a)-[:PART_OF*1..6]->(c) })
  ${experiencedOnly ? EXPERIENCED : ''}
  // 2. The facts each reason counts, as reasons.ts counts them.
  WITH a, targets, cats, askerPractices, askerHubs, askerRegions, askerCountries, askerOrgs, askerChallenges, askerEvents, inspiringEvents, targetEvents, c,
       COLLECT { MATCH (c)-[r:ADOPTED]->(q:Practice) RETURN {id: q.id, cat: coalesce(q.category, ''), st: coalesce(r.status, '')} } AS ads,
       COLLECT { MATCH (c)-[r:HOSTED|ATTENDED]->(e:Event)
                 WITH e, max(CASE WHEN type(r) = 'HOSTED' THEN 1 ELSE 0 END) AS hosted
                 RETURN {hosted: hosted = 1,
                         topic: e IN targetEvents, shared: e IN askerEvents, inspired: e IN inspiringEvents} } AS evs,
       CASE WHEN a IS NULL THEN [] ELSE [(c)-[r:INSPIRED]->(a) | r.practice IN targets] END AS inspiredAsker,
       COUNT { MATCH (c)-[r:INSPIRED]->(x:City) WHERE r.practice IN targets AND (a IS NULL OR x <> a) } AS taught,
       CASE WHEN a IS NULL THEN 0 ELSE COUNT { MATCH (a)-[:INSPIRED]->(c) } END AS learned,
       CASE WHEN a IS NULL THEN 0 ELSE COUNT { MATCH (c)-[:PARTNERED]-(a) } END AS partnerships,
       COUNT { MATCH (c)-[:MEMBER_OF]->(o:Organisation) WHERE o IN askerOrgs } AS memberships,
       COUNT { MATCH (c)-[:FACES]->(ch:Challenge) WHERE ch IN askerChallenges } AS challenges,
       EXISTS { MATCH (c)-[:IN_COUNTRY]->(co:Country) WHERE co IN askerCountries } AS sameCountry,
       EXISTS { MATCH (c)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(rg:Region) WHERE rg IN askerRegions } AS sameRegion,
       EXISTS { MATCH (c)-[:IN_COUNTRY|IN_REGION*0..2]->()-[:COVERED_BY]->(h:Hub) WHERE h IN askerHubs } AS sameHub,
       EXISTS { MATCH (:Leader)-[r:LEADS]->(c) WHERE r.until IS NULL } AS contact,
       ${HAVERSINE} AS hv
  WITH c, a, ads, evs, inspiredAsker, taught, learned, partnerships, memberships, challenges, sameCountry, sameRegion, sameHub, contact,
       ${DISTANCE} AS d,
       size([x IN ads WHERE x.id IN targets AND x.st IN $done]) AS done,
       size([x IN ads WHERE x.id IN targets AND x.st IN $doing]) AS doing,
       size([x IN ads WHERE x.id IN targets AND NOT x.st IN $done AND NOT x.st IN $doing]) AS planning,
       size([x IN ads WHERE NOT x.id IN targets AND x.cat IN cats AND NOT x.st IN $intending]) AS related,
       size([x IN ads WHERE NOT x.id IN targets AND NOT (x.cat IN cats AND NOT x.st IN $intending) AND x.id IN askerPractices]) AS priorities,
       reduce(s = 0.0, x IN inspiredAsker | s + CASE WHEN x THEN ${W.INFLUENCED_ASKER_BEFORE.onNeededPractice} ELSE ${W.INFLUENCED_ASKER_BEFORE.other} END) AS influence,
       reduce(s = 0.0, e IN evs | s + CASE WHEN e.topic THEN CASE WHEN e.hosted THEN ${W.PRACTICE_EVENT.hosted} ELSE ${W.PRACTICE_EVENT.attended} END ELSE 0 END) AS practiceEvents,
       reduce(s = 0.0, e IN evs | s + CASE WHEN NOT e.topic AND e.shared
         THEN ${W.SHARED_EVENT.each} + CASE WHEN e.hosted THEN ${W.SHARED_EVENT.hostedBonus} ELSE 0 END + CASE WHEN e.inspired THEN ${W.SHARED_EVENT.inspiredAskerBonus} ELSE 0 END
         ELSE 0 END) AS sharedEvents
  // 3. The bound: every kind at most its cap, as applyCaps.
  WITH c,
       done > 0 OR doing > 0 OR related > 0 OR taught > 0 OR any(x IN inspiredAsker WHERE x) OR any(e IN evs WHERE e.topic AND e.hosted) AS experienced,
       ${capped(`${W.IMPLEMENTED_PRACTICE.each} * done`, W.IMPLEMENTED_PRACTICE.cap)}
       + ${capped(`${W.PILOTED_PRACTICE.each} * doing`, W.PILOTED_PRACTICE.cap)}
       + ${capped(`${W.PLANNING_PRACTICE.each} * planning`, W.PLANNING_PRACTICE.cap)}
       + ${capped(`${W.SAME_CATEGORY_PRACTICE.each} * related`, W.SAME_CATEGORY_PRACTICE.cap)}
       + ${capped(`${W.SHARED_PRIORITY.each} * priorities`, W.SHARED_PRIORITY.cap)}
       + ${capped('influence', W.INFLUENCED_ASKER_BEFORE.cap)}
       + ${capped(`${W.TAUGHT_PRACTICE.each} * taught`, W.TAUGHT_PRACTICE.cap)}
       + ${capped(`${W.LEARNED_FROM_ASKER.each} * learned`, W.LEARNED_FROM_ASKER.cap)}
       + ${capped(`${W.PARTNERSHIP.each} * partnerships`, W.PARTNERSHIP.cap)}
       + ${capped(`${W.SHARED_MEMBERSHIP.each} * memberships`, W.SHARED_MEMBERSHIP.cap)}
       + ${capped(`${W.SHARED_CHALLENGE.each} * challenges`, W.SHARED_CHALLENGE.cap)}
       + ${capped('practiceEvents', W.PRACTICE_EVENT.cap)}
       + ${capped('sharedEvents', W.SHARED_EVENT.cap)}
       + CASE WHEN sameCountry THEN ${W.SAME_COUNTRY.each} WHEN sameRegion THEN ${W.SAME_REGION.each} ELSE 0 END
       + ${ifThen('sameHub', W.SAME_HUB.each)}
       // NEARBY: the unrounded weight 1 km closer (geo.ts rounds the distance to 0.1 km).
       + CASE WHEN d IS NULL OR d > $nearKm THEN 0 ELSE ${W.NEARBY.max} * 0.5 ^ ((d - 1) / ${W.NEARBY.halfDistanceKm}) END AS core,
       ${ifThen('a IS NOT NULL AND c.kind IS NOT NULL AND c.kind = a.kind', W.SIMILAR_KIND.each)} + ${ifThen('contact', W.CONTACT.each)} AS context
  // Only SIMILAR_KIND and CONTACT: never listed.
  WHERE core > 0
  // Up to the next cent, like the scores (round2): equal bounds and scores compare equal, and
  // ceil(x) ≥ round2(y) for any y ≤ x. The millionth absorbs float error on exact sums.
  WITH c, experienced, ceil((core + context) * 100 - 0.000001) / 100 AS bound
  ORDER BY experienced DESC, bound DESC, c.id ASC
  RETURN collect({city: c, experienced: experienced, bound: bound}) AS ranked
}
WITH a, p, own, targets, categories, withPlace, ranked[0..toInteger($limit)] AS shortlist, ranked[toInteger($limit)] AS next, size(ranked) AS considered
CALL (a, targets, shortlist) {
  UNWIND shortlist AS s
  WITH a, targets, s.city AS c
  RETURN collect({ ${candidateFacts('c')} }) AS candidates
}
RETURN p AS practice, targets, categories, withPlace, [q IN own | ${slim('q')}] AS ownNeeds, candidates, considered,
       CASE WHEN next IS NULL THEN null ELSE {id: next.city.id, experienced: next.experienced, bound: next.bound} END AS next,
       CASE WHEN a IS NULL THEN null ELSE { ${cityFacts('a')} } END AS asker,
       a IS NOT NULL AND (EXISTS { MATCH (a)-[:IN_COUNTRY|IN_REGION*0..2]->()-[:COVERED_BY]->(:Hub) }
                          OR EXISTS { MATCH (a)-[:IN_COUNTRY]->(:Country)-[:IN_REGION]->(:Region) }) AS hasPlace`;

/** The rank key bound of the best candidate left out. */
export interface Bound {
  id: string;
  experienced: boolean;
  bound: number;
}

export interface ShortlistArgs extends EvidenceArgs {
  /** How many candidates (best bound first) to read in full. */
  limit: number;
  /** Read the cities that only share a hub or the region with the asker, too. */
  includePlace: boolean;
}

export interface Shortlist extends PeerEvidence {
  /** The best bound among candidates of L and N not read; null when all were read. */
  next: Bound | null;
  /** Candidates of L and N (and P when read) that could be listed. */
  considered: number;
  /** P was read (asked for, or small enough to read at once). */
  withPlace: boolean;
  /** The asker has a hub or a region: P may hold cities scoring up to PLACE_ONLY_MAX. */
  hasPlace: boolean;
}

/** The narrowed read as a statement (also for the benchmark's PROFILE). */
export function shortlistStatement(args: ShortlistArgs): Statement {
  return {
    text: query(args.experiencedOnly),
    params: {
      ...evidenceParams(args),
      done: stage('DONE'),
      doing: stage('DOING'),
      intending: stage('INTENDING'),
      nearKm: NEAR_KM,
      latBand: NEAR_LAT_BAND,
      limit: args.limit,
      includePlace: args.includePlace,
    },
  };
}

/** One round trip: the candidates, their bounds, and the full evidence of the best `limit`. */
export function readPeerShortlist(db: Db, args: ShortlistArgs): Promise<Shortlist> {
  return runEvidenceStatement<Shortlist>(db, shortlistStatement(args));
}
