import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type ExportGraph } from './model';

/**
 * A Kumu blueprint (https://docs.kumu.io/guides/import/blueprints): `elements` and
 * `connections`. Elements carry our slug as `id` (labels are not unique: two events may
 * share a name) and connections refer to those ids; connection ids are prefixed so that
 * they can never collide with an element's, as Kumu requires. Attributes become Kumu
 * fields with readable names; the node type is Kumu's own `type` field.
 */
const FIELD_NAMES: Record<string, string> = {
  kind: 'Kind',
  category: 'Category',
  country: 'Country',
  region: 'Region',
  hub: 'Hub',
  date: 'Date',
  lat: 'Latitude',
  lon: 'Longitude',
  since: 'Since',
  until: 'Until',
  practice: 'Practice',
  via: 'Via',
  status: 'Status',
  role: 'Role',
  description: 'description',
  citation: 'Citation',
  sources: 'Sources',
};

export interface KumuBlueprint {
  elements: Record<string, string | number>[];
  connections: Record<string, string | number>[];
}

const fields = (names: string[], attrs: Record<string, unknown>): Record<string, string | number> => {
  const out: Record<string, string | number> = {};
  for (const name of names) {
    const v = attrs[name];
    if (v !== null && v !== undefined && v !== '') out[FIELD_NAMES[name] ?? name] = v as string | number;
  }
  return out;
};

export function toKumu(g: ExportGraph): KumuBlueprint {
  const nodeFields = NODE_ATTRIBUTES.map((s) => s.name).filter((n) => n !== 'label' && n !== 'type');
  const edgeFields = EDGE_ATTRIBUTES.map((s) => s.name).filter((n) => n !== 'type');
  return {
    elements: g.nodes.map((n) => ({
      id: n.id,
      label: String(n.attrs.label ?? n.id),
      type: String(n.attrs.type),
      ...fields(nodeFields, n.attrs),
    })),
    connections: g.edges.map((e) => ({
      id: `connection:${e.id}`,
      from: e.source,
      to: e.target,
      type: String(e.attrs.type),
      direction: 'directed',
      ...fields(edgeFields, e.attrs),
    })),
  };
}
