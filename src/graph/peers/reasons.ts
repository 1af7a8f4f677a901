import { ADOPTION_STAGE, ADOPTION_STATUS_LABELS } from '../../domain/adoption-status';
import type { Citation, NodeObject } from '../../model/node.type';
import { PeerReasonKind as K } from '../../model/peer-reason-kind';
import { humanise } from '../../domain/humanise';
import { citationsOf, toNode, type RawNode } from '../records';
import type { Cited, CityEvidence, GeoLink, PeerEvidence, RawParticipation } from './evidence';
import { haversineKm, type LatLon } from './geo';
import { nearbyWeight, PEER_WEIGHTS as W, type DraftPeer, type DraftReason } from './score';

/**
 * Turns one candidate's evidence into draft reasons: which facts count, the sentence a hub
 * officer reads, and the citations each rests on. Weights come from PEER_WEIGHTS only.
 */

/** Citations of several facts, without repeats. */
function cite(...facts: (Cited | RawNode | null | undefined)[]): Citation[] {
  const out: Citation[] = [];
  for (const f of facts) {
    if (!f) continue;
    const list = 'cs' in f ? citationsOf({ citationSources: f.cs, citationExcerpts: f.ce }) : citationsOf(f as RawNode);
    for (const c of list) if (!out.some((o) => o.sourceId === c.sourceId && o.excerpt === c.excerpt)) out.push(c);
  }
  return out;
}

const name = (n: RawNode | null | undefined): string => String(n?.name ?? n?.id ?? '');
const when = (date: unknown): string => (typeof date === 'string' && date ? ` (${date})` : '');
const id = (n: RawNode): string => String(n.id);

/** The hub link closest to the city (its own coverage before its country's or region's). */
function hubLinks(hubs: GeoLink[]): Map<string, GeoLink> {
  const out = new Map<string, GeoLink>();
  for (const h of [...hubs].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))) if (!out.has(id(h.node))) out.set(id(h.node), h);
  return out;
}

/** An event's participation of one city, hosting and attending merged. */
function eventsById(events: RawParticipation[]): Map<string, RawParticipation & { cites: Cited[] }> {
  const out = new Map<string, RawParticipation & { cites: Cited[] }>();
  for (const e of events) {
    const prev = out.get(id(e.event));
    if (!prev) out.set(id(e.event), { ...e, cites: [e] });
    else out.set(id(e.event), { ...prev, hosted: prev.hosted || e.hosted, role: prev.role ?? e.role, cites: [...prev.cites, e] });
  }
  return out;
}

function practiceReasons(c: CityEvidence, ev: PeerEvidence, asker: CityEvidence | null): DraftReason[] {
  const out: DraftReason[] = [];
  const targets = new Set(ev.targets);
  const categories = new Set(ev.categories);
  const askerAdoptions = new Map((asker?.adoptions ?? []).map((a) => [id(a.practice), a]));
  for (const ad of c.adoptions) {
    const p = ad.practice;
    const base = { citations: cite(ad), subjectId: id(p) };
    if (targets.has(id(p))) {
      const stage = ADOPTION_STAGE[ad.status];
      const status = ADOPTION_STATUS_LABELS[ad.status] ?? ad.status;
      if (stage === 'DONE')
        out.push({
          ...base,
          kind: K.IMPLEMENTED_PRACTICE,
          weight: W.IMPLEMENTED_PRACTICE.each,
          text: `Implemented ${name(p)}${when(ad.date)}`,
          experience: true,
        });
      else if (stage === 'DOING')
        out.push({
          ...base,
          kind: K.PILOTED_PRACTICE,
          weight: W.PILOTED_PRACTICE.each,
          text: `${status} ${name(p)}${when(ad.date)}`,
          experience: true,
        });
      else
        out.push({
          ...base,
          kind: K.PLANNING_PRACTICE,
          weight: W.PLANNING_PRACTICE.each,
          text: `Also ${status.toLowerCase()}: ${name(p)}${when(ad.date)} (a city to learn alongside)`,
        });
    } else if (categories.has(String(p.category)) && ADOPTION_STAGE[ad.status] !== 'INTENDING') {
      const verb = ADOPTION_STAGE[ad.status] === 'DONE' ? 'Implemented' : (ADOPTION_STATUS_LABELS[ad.status] ?? ad.status);
      out.push({
        ...base,
        kind: K.SAME_CATEGORY_PRACTICE,
        weight: W.SAME_CATEGORY_PRACTICE.each,
        text: `${verb} ${name(p)}${when(ad.date)}, another ${humanise(String(p.category)).toLowerCase()} practice`,
        experience: true,
      });
    } else if (askerAdoptions.has(id(p))) {
      out.push({
        ...base,
        citations: cite(ad, askerAdoptions.get(id(p))),
        kind: K.SHARED_PRIORITY,
        weight: W.SHARED_PRIORITY.each,
        text: `Also took up ${name(p)} (${(ADOPTION_STATUS_LABELS[ad.status] ?? ad.status).toLowerCase()})`,
      });
    }
  }
  return out;
}

function tieReasons(c: CityEvidence, ev: PeerEvidence, asker: CityEvidence | null): DraftReason[] {
  const out: DraftReason[] = [];
  const targets = new Set(ev.targets);
  const askerName = name(asker?.city);
  for (const t of c.taught) {
    const practice = t.practice ? ` on ${name(t.practice)}` : '';
    const via = t.via ? ` through ${name(t.via)}` : '';
    const onNeed = !!t.practice && targets.has(id(t.practice));
    const subjectId = t.practice ? id(t.practice) : t.via ? id(t.via) : null;
    if (asker && id(t.other) === id(asker.city)) {
      const weight = onNeed ? W.INFLUENCED_ASKER_BEFORE.onNeededPractice : W.INFLUENCED_ASKER_BEFORE.other;
      out.push({
        kind: K.INFLUENCED_ASKER_BEFORE,
        weight,
        text: `Already inspired ${askerName}${practice}${via}${when(t.date)}`,
        citations: cite(t),
        subjectId,
        experience: onNeed,
      });
    } else if (onNeed) {
      out.push({
        kind: K.TAUGHT_PRACTICE,
        weight: W.TAUGHT_PRACTICE.each,
        text: `Inspired ${name(t.other)}${practice}${via}${when(t.date)}`,
        citations: cite(t),
        subjectId,
        experience: true,
      });
    }
  }
  if (!asker) return out;
  for (const l of c.learned) {
    const practice = l.practice ? ` on ${name(l.practice)}` : '';
    out.push({
      kind: K.LEARNED_FROM_ASKER,
      weight: W.LEARNED_FROM_ASKER.each,
      text: `Learned from ${askerName}${practice}${when(l.date)}`,
      citations: cite(l),
      subjectId: l.practice ? id(l.practice) : null,
    });
  }
  for (const p of c.partnerships) {
    const what = p.description ? `: ${p.description}` : '';
    out.push({
      kind: K.PARTNERSHIP,
      weight: W.PARTNERSHIP.each,
      text: `Partnered with ${askerName}${when(p.date)}${what}`,
      citations: cite(p),
      subjectId: null,
    });
  }
  for (const m of c.memberships) {
    out.push({
      kind: K.SHARED_MEMBERSHIP,
      weight: W.SHARED_MEMBERSHIP.each,
      text: `Fellow member of ${name(m.node)}`,
      citations: cite(m.theirs, m.mine),
      subjectId: id(m.node),
    });
  }
  const askerChallenges = new Map(asker.challenges.map((x) => [id(x.node), x]));
  for (const ch of c.challenges) {
    const mine = askerChallenges.get(id(ch.node));
    if (mine)
      out.push({
        kind: K.SHARED_CHALLENGE,
        weight: W.SHARED_CHALLENGE.each,
        text: `Also faces ${name(ch.node)}`,
        citations: cite(ch, mine),
        subjectId: id(ch.node),
      });
  }
  return out;
}

function eventReasons(c: CityEvidence, ev: PeerEvidence, asker: CityEvidence | null): DraftReason[] {
  const out: DraftReason[] = [];
  const targets = new Set(ev.targets);
  const askerName = name(asker?.city);
  const askerEvents = eventsById(asker?.events ?? []);
  for (const [eventId, e] of eventsById(c.events)) {
    const mine = askerEvents.get(eventId);
    const label = `${name(e.event)}${when(e.event.date)}`;
    const topics = e.topics.filter((t) => targets.has(id(t.node)));
    if (topics.length) {
      const about = topics.map((t) => name(t.node)).join(', ');
      const withAsker = mine ? `, with ${askerName}` : '';
      const text = e.hosted
        ? `Hosted ${label}, an event on ${about}${withAsker}`
        : `Took part in ${label}${e.role ? ` as ${e.role}` : ''}, an event on ${about}${withAsker}`;
      const weight = e.hosted ? W.PRACTICE_EVENT.hosted : W.PRACTICE_EVENT.attended;
      out.push({
        kind: K.PRACTICE_EVENT,
        weight,
        text,
        citations: cite(...e.cites, ...topics, ...(mine?.cites ?? [])),
        subjectId: eventId,
        experience: !!e.hosted,
      });
    } else if (mine) {
      const inspired = e.inspiredAsker[0];
      const lesson = inspired ? `; it inspired ${askerName}${inspired.practice ? ` on ${name(inspired.practice)}` : ''}` : '';
      const text = e.hosted ? `Hosted ${label}, where ${askerName} took part${lesson}` : `Took part with ${askerName} in ${label}${lesson}`;
      const weight = W.SHARED_EVENT.each + (e.hosted ? W.SHARED_EVENT.hostedBonus : 0) + (inspired ? W.SHARED_EVENT.inspiredAskerBonus : 0);
      out.push({ kind: K.SHARED_EVENT, weight, text, citations: cite(...e.cites, ...mine.cites, ...e.inspiredAsker), subjectId: eventId });
    }
  }
  return out;
}

function placeReasons(c: CityEvidence, asker: CityEvidence, distanceKm: number | null): DraftReason[] {
  const out: DraftReason[] = [];
  if (c.country && asker.country && id(c.country.node) === id(asker.country.node)) {
    out.push({
      kind: K.SAME_COUNTRY,
      weight: W.SAME_COUNTRY.each,
      text: `Also in ${name(c.country.node)}`,
      citations: cite(c.country, asker.country),
      subjectId: id(c.country.node),
    });
  } else if (c.region && asker.region && id(c.region.node) === id(asker.region.node)) {
    out.push({
      kind: K.SAME_REGION,
      weight: W.SAME_REGION.each,
      text: `Also in the ${name(c.region.node)} region`,
      citations: cite(c.region, asker.region),
      subjectId: id(c.region.node),
    });
  }
  const askerHubs = hubLinks(asker.hubs);
  for (const [hubId, hub] of hubLinks(c.hubs)) {
    const mine = askerHubs.get(hubId);
    if (mine)
      out.push({
        kind: K.SAME_HUB,
        weight: W.SAME_HUB.each,
        text: `Same regional hub: ${name(hub.node)}`,
        citations: cite(hub, mine),
        subjectId: hubId,
      });
  }
  if (c.city.kind && c.city.kind === asker.city.kind) {
    out.push({
      kind: K.SIMILAR_KIND,
      weight: W.SIMILAR_KIND.each,
      text: `Also a ${humanise(String(c.city.kind)).toLowerCase()}`,
      citations: cite(c.city, asker.city),
      subjectId: null,
    });
  }
  const near = distanceKm === null ? 0 : nearbyWeight(distanceKm);
  if (near > 0) {
    const km = Math.round(distanceKm!);
    out.push({
      kind: K.NEARBY,
      weight: near,
      text: `About ${km} km from ${name(asker.city)} (coordinates from a gazetteer)`,
      citations: cite(c.city, asker.city),
      subjectId: null,
    });
  }
  return out;
}

function contactReasons(c: CityEvidence): DraftReason[] {
  return c.leaders.map((l) => {
    const role = l.role ?? l.leader.title;
    const detail = role ? ` (${role}${l.since ? ` since ${l.since}` : ''})` : '';
    return {
      kind: K.CONTACT,
      weight: W.CONTACT.each,
      text: `Contact: ${name(l.leader)}${detail}`,
      citations: cite(l),
      subjectId: id(l.leader),
    };
  });
}

/** Draft reasons for every candidate (caps and ranking: score.ts). */
export function draftPeers(ev: PeerEvidence): DraftPeer[] {
  const asker = ev.asker;
  return ev.candidates.map((c) => {
    const distance = asker ? haversineKm(c.city as LatLon, asker.city as LatLon) : undefined;
    const distanceKm = distance === undefined ? null : Math.round(distance * 10) / 10;
    const reasons = [
      ...practiceReasons(c, ev, asker),
      ...tieReasons(c, ev, asker),
      ...eventReasons(c, ev, asker),
      ...(asker ? placeReasons(c, asker, distanceKm) : []),
      ...contactReasons(c),
    ];
    return { city: toNode(c.city), distanceKm, reasons };
  });
}

/** The candidate cities as full nodes, to prime the loader (`city { … }` then costs nothing). */
export function candidateCities(ev: PeerEvidence): NodeObject[] {
  return ev.candidates.map((c) => toNode(c.city));
}
