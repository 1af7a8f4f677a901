import { describe, expect, it } from 'vitest';
import { isEnumType } from 'graphql';
import { getSchema } from '../../src/schema';
import { CHANGE_ACTIONS, CHANGE_KINDS, WRITE_OUTCOMES } from '../../src/domain/changes';
import { HOP_KINDS, REACH_DIRECTIONS } from '../../src/domain/influence';
import { ADOPTION_STATUSES, CITY_KINDS, EVENT_KINDS, ORGANISATION_KINDS, PRACTICE_CATEGORIES } from '../../src/domain/kinds';
import { NODE_LABELS } from '../../src/domain/labels';
import { NODE_ORDER_FIELDS, SORT_DIRECTIONS } from '../../src/domain/ordering';
import { PEER_GROUPS, PEER_REASON_KINDS } from '../../src/domain/peers';
import { REL_TYPE_NAMES, REL_TYPES } from '../../src/domain/relationships';
import { ROLES } from '../../src/domain/roles';

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
});
