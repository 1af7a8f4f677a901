import { describe, expect, it } from 'vitest';
import { isEnumType, isUnionType } from 'graphql';
import { getSchema } from '../../src/schema';
import { CHANGE_ACTIONS, CHANGE_KINDS, WRITE_OUTCOMES } from '../../src/domain/changes';
import { HOP_KINDS, REACH_DIRECTIONS } from '../../src/domain/influence';
import { ADOPTION_STATUSES, CITY_KINDS, EVENT_KINDS, ORGANISATION_KINDS, PRACTICE_CATEGORIES } from '../../src/domain/kinds';
import { NODE_LABELS } from '../../src/domain/labels';
import { NODE_ORDER_FIELDS, SORT_DIRECTIONS } from '../../src/domain/ordering';
import { PEER_GROUPS, PEER_REASON_KINDS } from '../../src/domain/peers';
import { REL_TYPE_NAMES, REL_TYPES } from '../../src/domain/relationships';
import { ROLES } from '../../src/domain/roles';
import { constantCase } from '../../src/domain/enum';
import { humanise } from '../../src/domain/humanise';
import { ADOPTION_STATUS_LABELS } from '../../src/domain/adoption-status';
import { CATEGORY_LABELS } from '../../src/web/lookups';
import { RELATION_LABELS, VIEW_ONLY_RELATIONS } from '../../src/web/graph-model';
import { INFERENCE_STOPS, TRANSMISSION_MODELS } from '../../src/domain/inference';

/** Every GraphQL enum that stands for a word list of src/domain, and the list (values as GraphQL names them). */
const ENUMS: Record<string, readonly string[]> = {
  NodeKind: NODE_LABELS,
  RelationshipType: REL_TYPE_NAMES,
  InfluenceHopKind: HOP_KINDS,
  ReachDirection: REACH_DIRECTIONS,
  ApiKeyRole: ROLES.map((r) => r.toUpperCase()),
  WriteOutcome: WRITE_OUTCOMES.map((o) => o.toUpperCase()),
  ChangeAction: CHANGE_ACTIONS,
  ChangeKind: CHANGE_KINDS,
  CityKind: CITY_KINDS,
  OrganisationKind: ORGANISATION_KINDS,
  PracticeCategory: PRACTICE_CATEGORIES,
  EventKind: EVENT_KINDS,
  AdoptionStatus: ADOPTION_STATUSES,
  NodeOrderField: NODE_ORDER_FIELDS,
  SortDirection: SORT_DIRECTIONS,
  PeerReasonKind: PEER_REASON_KINDS,
  PeerGroup: PEER_GROUPS,
  TransmissionModel: TRANSMISSION_MODELS.map(constantCase),
  InferenceStop: INFERENCE_STOPS.map(constantCase),
};

describe('the vocabulary in src/domain', () => {
  it('is what every GraphQL enum of the schema says', async () => {
    const schema = await getSchema();
    for (const [name, words] of Object.entries(ENUMS)) {
      const type = schema.getType(name);
      expect(isEnumType(type), name).toBe(true);
      if (isEnumType(type))
        expect(
          type.getValues().map((v) => v.name),
          name,
        ).toEqual([...words]);
    }
  });

  it('names a GraphQL link object for every relationship type, with both ends as its fields', async () => {
    const schema = await getSchema();
    for (const type of REL_TYPE_NAMES) {
      const object = schema.getType(REL_TYPES[type].object);
      expect(object, type).toBeDefined();
      const fields = Object.keys((object as { getFields(): Record<string, unknown> }).getFields());
      expect(fields, type).toEqual(expect.arrayContaining([...REL_TYPES[type].ends]));
    }
  });

  it('makes the Link union of exactly the object types the relationship kinds name', async () => {
    const union = (await getSchema()).getType('Link');
    expect(isUnionType(union)).toBe(true);
    if (isUnionType(union))
      expect(
        union
          .getTypes()
          .map((t) => t.name)
          .sort(),
      ).toEqual([...new Set(REL_TYPE_NAMES.map((t) => REL_TYPES[t].object))].sort());
  });

  it("is what the page's label tables say", () => {
    // Practice categories: the filter, the map titles and the practice card.
    expect(Object.keys(CATEGORY_LABELS)).toEqual([...PRACTICE_CATEGORIES]);
    for (const c of PRACTICE_CATEGORIES) expect(CATEGORY_LABELS[c], c).toBe(humanise(c));
    // Adoption statuses: the status badges humanise them, the map and peer sentences use the labels.
    for (const s of ADOPTION_STATUSES) expect(humanise(s), s).toBe(ADOPTION_STATUS_LABELS[s]);
    // Drawn edges are labelled for relationship types and hop kinds only (and the drawing's own PEER).
    const known: readonly string[] = [...REL_TYPE_NAMES, ...HOP_KINDS, ...VIEW_ONLY_RELATIONS];
    for (const relation of Object.keys(RELATION_LABELS)) expect(known, relation).toContain(relation);
  });
});
