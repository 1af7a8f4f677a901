import type { GraphQLInterfaceType, GraphQLObjectType } from 'graphql';
import {
  Kind,
  getNamedType,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isObjectType,
  print,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { linkPageCypher, type Direction } from '../graph/catalogue/links';
import { listCypher, LIST_KEY_LENGTH, type NodeFilter } from '../graph/catalogue/nodes';
import type { NodeOrderField, SortDirection } from '../domain/ordering';
import { validateArgument } from '../schema';
import { placePageCypher, PLACE_KEY_LENGTH } from '../graph/catalogue/places';
import { LINK_KEY_LENGTH } from '../graph/catalogue/links';
import { REL_TYPES, type RelType } from '../domain/relationships';
import { NODE_LABELS, isNodeLabel, type NodeLabel } from '../domain/labels';
import { linkListName, placeListName } from '../loaders';
import { keysetPage } from '../model/list-page';
import { relFields, type FieldImpl } from './probe';

/*
 * Compiles a query operation into ONE Cypher statement whose result is the response already
 * shaped: every list is a subquery under its parent row (ORDER BY the list's key, LIMIT its
 * page), every node projects only the selected properties, counts are read only when asked.
 * Each compiled list reuses the Cypher of the loaders (linkPageCypher, placePageCypher,
 * listCypher), so order, paging and cursors are the same on both paths.
 *
 * Scoping: every subquery imports its parent's variable explicitly (`CALL (v) { WITH v AS n … }`),
 * so the fragments can use their fixed names (n, r, m, key) at every depth; results get
 * numbered names (x0, x1…) that never clash.
 *
 * What is not compiled throws Unsupported, and the operation runs through graphql-js.
 */

export class Unsupported extends Error {}
const no = (why: string): never => {
  throw new Unsupported(why);
};

/** How a response value is made from the statement's result. */
export type How =
  | { k: 'typename' }
  | { k: 'leaf'; col: string }
  | { k: 'null' }
  | { k: 'cursor'; col: string; list: string }
  | { k: 'object'; col: string; shape: Shape; from: 'list' | 'head' | 'map' }
  | { k: 'connection'; col: string; slot: number; conn: ConnShape }
  | { k: 'nodeById'; col: string; shape: Shape };

export interface Entry {
  key: string;
  type: GraphQLOutputType;
  how: How;
}

/** An object's fields per concrete type (one type unless the position is abstract: then `__t` names it). */
export interface Shape {
  abstract: boolean;
  types: Map<string, Entry[]>;
}

export interface ConnShape {
  typeName: string;
  edgeTypeName: string;
  fields: {
    key: string;
    what: 'typename' | 'totalCount' | 'edges' | 'pageInfo';
    pageInfo?: [string, string][];
    edge?: [string, string][];
  }[];
  node: Shape;
}

/** Per-request values a list needs: its page and, for connections, its order. */
export interface Slot {
  field: GraphQLField<unknown, unknown>;
  node: FieldNode;
  fill(args: Record<string, unknown>, params: Record<string, unknown>, req: SlotValues[]): void | Promise<void>;
}

export interface SlotValues {
  first: number;
  after: readonly unknown[] | null;
  list: string;
  /** A connection's order and filter, and the variant of the statement they make (the order and which filters are set). */
  order?: NodeOrderArg | null;
  filter?: NodeFilter;
  variant?: string;
}

export interface Plan {
  shape: Entry[];
  slots: Slot[];
  statics: Record<string, unknown>;
  /** The statement for the request's connections (their order and filters); null when nothing selected needs the graph (`{ __typename }`). */
  cypher: ((values: SlotValues[]) => string) | null;
}

interface NodeParent {
  kind: 'node';
  v: string;
  /** In a list of places: the key variable and the list's name (its nodes carry cursors). */
  cursor?: { key: string; list: string };
}
interface LinkParent {
  kind: 'link';
  type: RelType;
  key: string;
  list: string;
  ends: Record<string, string>;
}
interface CitationParent {
  kind: 'citation';
}
type Parent = NodeParent | LinkParent | CitationParent;

interface Built {
  calls: string[];
  map: string;
  shape: Shape;
}

const bt = (name: string): string => `\`${name.replace(/`/g, '``')}\``;
const TYPENAME = 'head([l IN labels(n) WHERE l IN $nodeLabels])';
const typenameOf = (v: string): string => TYPENAME.replace('labels(n)', `labels(${v})`);
/**
 * A subquery over the node or relationship `v` as `n`, returning `body`'s `__r` as `x`. An
 * imported variable stays bound inside its subquery whatever WITH says, so anything but `n`
 * is handed on through a second, scoped CALL: the body sees `n` and nothing else.
 */
const scoped = (v: string, x: string, body: string): string =>
  v === 'n'
    ? `CALL (n) {\n    ${body.replace(/AS __r$/, `AS ${x}`)}\n  }`
    : `CALL (${v}) {\n    WITH ${v} AS n\n    CALL (n) {\n    ${body}\n    }\n    RETURN __r AS ${x}\n  }`;

/** The catalogue root fields (`city(id:)`, `cities(…)`), from type-graphql's metadata of the catalogue resolvers. */
function catalogueRoots(): Map<string, { label: NodeLabel; many: boolean }> {
  const out = new Map<string, { label: NodeLabel; many: boolean }>();
  for (const q of getMetadataStorage().queries) {
    const m = /^(\w+)CatalogueResolver$/.exec(q.target.name);
    if (!m || !isNodeLabel(m[1]) || !['one', 'many'].includes(q.methodName)) continue;
    out.set(q.schemaName, { label: m[1], many: q.methodName === 'many' });
  }
  return out;
}

export class Compiler {
  private n = 0;
  readonly slots: Slot[] = [];
  readonly statics: Record<string, unknown> = { nodeLabels: [...NODE_LABELS] };
  private readonly roots = catalogueRoots();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly impls: Map<string, FieldImpl | null>,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  private fresh(): string {
    return `x${this.n++}`;
  }

  /** The fields selected on `type` by these selection sets, by response key, as graphql-js collects them. */
  collect(type: GraphQLObjectType, sets: readonly (SelectionSetNode | undefined)[]): Map<string, FieldNode[]> {
    const out = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const matches = (name: string | undefined): boolean => {
      if (!name) return true;
      const cond = this.schema.getType(name);
      if (!cond) return false;
      if (cond === type) return true;
      return isAbstractType(cond) && this.schema.isSubType(cond, type);
    };
    const walk = (set: SelectionSetNode | undefined): void => {
      for (const sel of set?.selections ?? []) {
        if (sel.directives?.length) no('directives');
        if (sel.kind === Kind.FIELD) {
          const key = sel.alias?.value ?? sel.name.value;
          const list = out.get(key);
          if (list) list.push(sel);
          else out.set(key, [sel]);
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          if (matches(sel.typeCondition?.name.value)) walk(sel.selectionSet);
        } else {
          const name = sel.name.value;
          if (visited.has(name)) continue;
          visited.add(name);
          const frag = this.fragments[name];
          if (!frag) continue;
          if (frag.directives?.length) no('directives');
          if (matches(frag.typeCondition.name.value)) walk(frag.selectionSet);
        }
      }
    };
    sets.forEach(walk);
    return out;
  }

  /** The root fields of a query operation. */
  operation(op: OperationDefinitionNode): Plan {
    if (op.operation !== 'query') no('not a query');
    const query = this.schema.getQueryType() ?? no('no query type');
    const parts: ((values: SlotValues[]) => string)[] = [];
    const cols: string[] = [];
    const entries: Entry[] = [];
    for (const [key, nodes] of this.collect(query, [op.selectionSet])) {
      const name = nodes[0]!.name.value;
      if (name === '__typename') {
        entries.push({ key, type: query.getFields().__typename?.type ?? (null as never), how: { k: 'typename' } });
        continue;
      }
      const def = query.getFields()[name] ?? no(`unknown field ${name}`);
      const root = this.roots.get(name) ?? no(`root field ${name} is not compiled`);
      const col = this.fresh();
      cols.push(col);
      if (root.many) {
        const { part, how } = this.connection(col, root.label, def, nodes);
        parts.push(part);
        entries.push({ key, type: def.type, how });
      } else {
        const named = getNamedType(def.type);
        if (!isObjectType(named) || named.name !== root.label) no('by-id field of another type');
        const built = this.object({ kind: 'node', v: 'n' }, named as GraphQLObjectType, nodes);
        const p = `${col}_`;
        this.slots.push({
          field: def,
          node: nodes[0]!,
          fill: (args, params) => {
            params[`${p}id`] = args.id;
          },
        });
        const text = `CALL () {
  MATCH (n:Entity {id: $${p}id})
  WITH n WHERE ${TYPENAME} = '${root.label}'
  ${built.calls.join('\n  ')}
  RETURN collect(${built.map}) AS ${col}
}`;
        parts.push(() => text);
        entries.push({ key, type: def.type, how: { k: 'nodeById', col, shape: built.shape } });
      }
    }
    return {
      shape: entries,
      slots: this.slots,
      statics: this.statics,
      cypher: cols.length ? (values) => `${parts.map((part) => part(values)).join('\n')}\nRETURN ${cols.join(', ')}` : null,
    };
  }

  private connection(
    col: string,
    label: NodeLabel,
    def: GraphQLField<unknown, unknown>,
    nodes: FieldNode[],
  ): { part: (values: SlotValues[]) => string; how: How } {
    const connType = getNamedType(def.type);
    if (!isObjectType(connType)) return no('connection type');
    const edgeField = connType.getFields().edges ?? no('edges');
    const edgeType = getNamedType(edgeField.type) as GraphQLObjectType;
    const fields: ConnShape['fields'] = [];
    const nodeNodes: FieldNode[] = [];
    let count = false;
    let edgesSeen = 0;
    for (const [key, fnodes] of this.collect(
      connType,
      nodes.map((f) => f.selectionSet),
    )) {
      const name = fnodes[0]!.name.value;
      if (name === '__typename') fields.push({ key, what: 'typename' });
      else if (name === 'totalCount') {
        count = true;
        fields.push({ key, what: 'totalCount' });
      } else if (name === 'pageInfo') {
        const pageInfoType = getNamedType(connType.getFields().pageInfo!.type) as GraphQLObjectType;
        const sub = [
          ...this.collect(
            pageInfoType,
            fnodes.map((f) => f.selectionSet),
          ),
        ].map(([k, f]) => [k, f[0]!.name.value] as [string, string]);
        fields.push({ key, what: 'pageInfo', pageInfo: sub });
      } else if (name === 'edges') {
        if (++edgesSeen > 1) no('edges under two aliases');
        const sub = this.collect(
          edgeType,
          fnodes.map((f) => f.selectionSet),
        );
        let nodeKeys = 0;
        const edge: [string, string][] = [];
        for (const [k, f] of sub) {
          const fname = f[0]!.name.value;
          if (fname === 'node') {
            if (++nodeKeys > 1) no('node under two aliases');
            nodeNodes.push(...f);
          }
          edge.push([k, fname]);
        }
        fields.push({ key, what: 'edges', edge });
      } else no(`connection field ${name}`);
    }
    const nodeType = getNamedType(edgeType.getFields().node!.type);
    if (!isObjectType(nodeType)) return no('node type');
    const built = this.object({ kind: 'node', v: 'n' }, nodeType, nodeNodes);
    const p = `${col}_`;
    const slot = this.slots.length;
    const whereArg = def.args.find((a) => a.name === 'where');
    const whereName = whereArg ? getNamedType(whereArg.type).name : '';
    const whereInput = getMetadataStorage().inputTypes.find((t) => t.name === whereName)?.target ?? no('where input class');
    this.slots.push({
      field: def,
      node: nodes[0]!,
      fill: async (args, params, req) => {
        // As the resolver: the filter is validated first (type-graphql's validateFn), and a page after a cursor of this list and order.
        const filter = args.where === null || args.where === undefined ? {} : await validFilter(args.where, whereInput);
        const order = (args.orderBy as NodeOrderArg | null | undefined) ?? null;
        const list = `${label}:${order?.field ?? 'NAME'}:${order?.direction ?? 'ASC'}`;
        const page = keysetPageOf(args, list, LIST_KEY_LENGTH);
        const orderBy = order ? { field: order.field, direction: order.direction } : undefined;
        const { params: filterParams } = listCypher(label, { filter, orderBy }, p);
        Object.assign(params, filterParams, { [`${p}after`]: page.after, [`${p}limit`]: page.first });
        // The statement's text depends on the order and on which filters are set (their clauses), not on their values.
        req[slot] = { ...page, list, filter, order, variant: JSON.stringify([order, Object.keys(filterParams).sort()]) };
      },
    });
    const part = (values: SlotValues[]) => {
      const v = values[slot] ?? no('slot');
      const orderBy = v.order ? { field: v.order.field, direction: v.order.direction } : undefined;
      const { match, page, order } = listCypher(label, { filter: v.filter ?? {}, orderBy }, p);
      return `CALL () {
  ${count ? `CALL () { ${match} RETURN count(n) AS total }` : 'WITH null AS total'}
  CALL () {
    ${page}
    ${built.calls.join('\n    ')}
    WITH key, ${built.map} AS item ORDER BY ${order}
    RETURN collect([key, item]) AS page
  }
  RETURN [total, page] AS ${col}
}`;
    };
    return {
      part,
      how: { k: 'connection', col, slot, conn: { typeName: connType.name, edgeTypeName: edgeType.name, fields, node: built.shape } },
    };
  }

  /** An object at `parent` (a node variable, a link row or a citation row) with the selection of `nodes`. */
  object(parent: Parent, type: GraphQLObjectType | GraphQLInterfaceType, nodes: readonly FieldNode[]): Built {
    const abstract = isAbstractType(type);
    if (abstract && (!isInterfaceType(type) || parent.kind !== 'node')) no('abstract position');
    const types = abstract ? this.schema.getPossibleTypes(type) : [type as GraphQLObjectType];
    const mapParts: string[] = [];
    const cols = new Map<string, string>();
    const scope: Scope = {
      calls: [],
      shapes: new Map(),
      add: (sig, make) => {
        let col = cols.get(sig);
        if (!col) {
          col = `c${cols.size}`;
          cols.set(sig, col);
          mapParts.push(`${col}: ${make()}`);
        }
        return col;
      },
    };
    if (abstract) mapParts.push(`__t: ${typenameOf((parent as NodeParent).v)}`);
    const shape: Shape = { abstract, types: new Map() };
    const sets = nodes.map((f) => f.selectionSet);
    for (const t of types) {
      const entries: Entry[] = [];
      for (const [key, fnodes] of this.collect(t, sets)) entries.push(this.field(parent, t, key, fnodes, scope));
      shape.types.set(t.name, entries);
    }
    return { calls: scope.calls, map: `{${mapParts.join(', ')}}`, shape };
  }

  private field(parent: Parent, t: GraphQLObjectType, key: string, fnodes: FieldNode[], scope: Scope): Entry {
    const name = fnodes[0]!.name.value;
    if (name === '__typename') return { key, type: t, how: { k: 'typename' } };
    const def = t.getFields()[name] ?? no(`unknown field ${t.name}.${name}`);
    const impl = this.impls.get(`${t.name}.${name}`) ?? no(`${t.name}.${name} is not compiled`);
    const named = getNamedType(def.type);
    const sig = JSON.stringify([impl, name, fnodes.map((f) => print(f))]);
    /** A subquery's result column, made once per distinct field of the object. */
    const viaCall = (make: (x: string) => { text: string; shape: Shape }): { col: string; shape: Shape } => {
      let shape = scope.shapes.get(sig);
      const col = scope.add(sig, () => {
        const x = this.fresh();
        const made = make(x);
        scope.calls.push(made.text);
        shape = made.shape;
        return x;
      });
      scope.shapes.set(sig, shape!);
      return { col, shape: shape! };
    };
    const leaf = (expr: string): Entry => {
      if (!isLeafType(named)) no(`${t.name}.${name} is not a leaf`);
      return { key, type: def.type, how: { k: 'leaf', col: scope.add(`expr:${expr}`, () => expr) } };
    };
    const obj = ({ col, shape }: { col: string; shape: Shape }, from: 'list' | 'head' | 'map'): Entry => ({
      key,
      type: def.type,
      how: { k: 'object', col, shape, from },
    });
    const child = (): GraphQLObjectType | GraphQLInterfaceType =>
      isObjectType(named) || isInterfaceType(named) ? named : no(`${t.name}.${name}: not an object`);
    const cursor = (keyVar: string, list: string): Entry => ({
      key,
      type: def.type,
      how: { k: 'cursor', col: scope.add('cursor', () => keyVar), list },
    });

    if (parent.kind === 'citation') {
      if (impl.kind === 'prop' && impl.prop === 'excerpt') return leaf('excerpt');
      if (impl.kind === 'ref' && impl.prop === 'sourceId')
        return obj(
          viaCall((x) => this.ref(x, 'sid', 'sid', child(), fnodes)),
          'head',
        );
      return no(`Citation.${name}`);
    }

    if (parent.kind === 'link') {
      const spec = REL_TYPES[parent.type];
      if (t.name !== spec.object) no('link object of another type');
      if (impl.kind === 'prop') {
        const end = parent.ends[impl.prop];
        if (end) {
          let shape: Shape | undefined;
          const col = scope.add(sig, () => {
            const built = this.object({ kind: 'node', v: end }, child(), fnodes);
            scope.calls.push(...built.calls);
            shape = built.shape;
            return built.map;
          });
          if (!shape) no('end selected twice');
          return obj({ col, shape: shape! }, 'map');
        }
        if (impl.prop === 'citations')
          return obj(
            viaCall((x) => this.citations(x, 'r', child(), fnodes)),
            'list',
          );
        if (impl.prop === 'cursor') return cursor(parent.key, parent.list);
        const rel = relFields(parent.type).get(impl.prop) ?? no(`${t.name}.${name}: not a relationship property`);
        if (rel.fallback === null) return leaf(`r.${bt(rel.prop)}`);
        const param = `fb_${parent.type}_${rel.prop}`;
        this.statics[param] = rel.fallback;
        return leaf(`coalesce(r.${bt(rel.prop)}, $${param})`);
      }
      if (impl.kind === 'ref') {
        const rel = relFields(parent.type).get(impl.prop) ?? no('ref of a link');
        if (rel.fallback !== null) no('ref with a default');
        return obj(
          viaCall((x) => this.ref(x, 'r', `r.${bt(rel.prop)}`, child(), fnodes)),
          'head',
        );
      }
      return no(`${t.name}.${name}`);
    }

    // A node.
    if (!isNodeLabel(t.name)) no(`${t.name} is not a node type`);
    const v = parent.v;
    switch (impl.kind) {
      case 'prop': {
        if (impl.prop === 'citations')
          return obj(
            viaCall((x) => this.citations(x, v, child(), fnodes)),
            'list',
          );
        if (impl.prop === 'statements') return no('statements');
        if (impl.prop === 'cursor')
          return parent.cursor ? cursor(parent.cursor.key, parent.cursor.list) : { key, type: def.type, how: { k: 'null' } };
        if (t.name === 'Source' && impl.prop === 'name') {
          // records.ts: sources are named by their title.
          return leaf(`CASE WHEN ${v}.name IS NULL OR ${v}.name = '' THEN toString(coalesce(${v}.title, ${v}.id)) ELSE ${v}.name END`);
        }
        return leaf(`${v}.${bt(impl.prop)}`);
      }
      case 'ref':
        return obj(
          viaCall((x) => this.ref(x, v, `${v}.${bt(impl.prop)}`, child(), fnodes)),
          'head',
        );
      case 'links':
      case 'linkOne':
      case 'linkEnd': {
        const list = linkListName(impl.type, impl.direction);
        const spec = REL_TYPES[impl.type];
        const made = viaCall((x) => {
          const p = `${x}_`;
          const { ends, bindEnds } = endVars(impl.type, impl.direction);
          let built: Built;
          if (impl.kind === 'linkEnd') {
            built = this.object({ kind: 'node', v: ends[impl.end] ?? no('end') }, child(), fnodes);
          } else {
            const linkType = child();
            if (linkType.name !== spec.object) no('link type');
            built = this.object({ kind: 'link', type: impl.type, key: 'key', list, ends }, linkType, fnodes);
          }
          if (impl.kind === 'links') this.pageSlot(def, fnodes[0]!, p, list, LINK_KEY_LENGTH);
          else Object.assign(this.statics, { [`${p}first`]: 1, [`${p}after`]: null });
          const text = scoped(
            v,
            x,
            `${linkPageCypher(impl.type, impl.direction, p)}
    ${bindEnds}
    ${collectInOrder(built, 'key')}`,
          );
          return { text, shape: built.shape };
        });
        return obj(made, impl.kind === 'links' ? 'list' : 'head');
      }
      case 'places':
      case 'placeOne': {
        const list = placeListName(impl.place);
        const made = viaCall((x) => {
          const p = `${x}_`;
          const built = this.object({ kind: 'node', v: 'm', cursor: { key: 'key', list } }, child(), fnodes);
          if (impl.kind === 'places') this.pageSlot(def, fnodes[0]!, p, list, PLACE_KEY_LENGTH);
          else Object.assign(this.statics, { [`${p}first`]: 1, [`${p}after`]: null });
          const text = scoped(
            v,
            x,
            `${placePageCypher(impl.place, p)}
    ${collectInOrder(built, 'key')}`,
          );
          return { text, shape: built.shape };
        });
        return obj(made, impl.kind === 'places' ? 'list' : 'head');
      }
    }
  }

  private pageSlot(def: GraphQLField<unknown, unknown>, node: FieldNode, p: string, list: string, keyLength: number): void {
    this.slots.push({
      field: def,
      node,
      fill: (args, params) => {
        const page = keysetPageOf(args, list, keyLength);
        params[`${p}first`] = page.first;
        params[`${p}after`] = page.after;
      },
    });
  }

  /** A node by the id in `idExpr` (nodeRef): null unless the id is a non-empty string naming a node. */
  private ref(x: string, imp: string, idExpr: string, type: GraphQLObjectType | GraphQLInterfaceType, fnodes: FieldNode[]) {
    const built = this.object({ kind: 'node', v: 'n' }, type, fnodes);
    const text = `CALL (${imp}) {
    WITH ${idExpr} AS id
    CALL (id) {
      MATCH (n:Entity {id: id}) WHERE id IS :: STRING NOT NULL AND id <> ''
      ${built.calls.join('\n      ')}
      RETURN collect(${built.map}) AS __r
    }
    RETURN __r AS ${x}
  }`;
    return { text, shape: built.shape };
  }

  /** The citations of the node or relationship `imp` (records.ts citationsOf), each a citation row. */
  private citations(x: string, imp: string, type: GraphQLObjectType | GraphQLInterfaceType, fnodes: FieldNode[]) {
    const built = this.object({ kind: 'citation' }, type, fnodes);
    const text = scoped(
      imp,
      x,
      `UNWIND range(0, size(coalesce(n.citationSources, [])) - 1) AS i
    WITH i, n.citationSources[i] AS sid, coalesce(n.citationExcerpts[i], '') AS excerpt
    ${collectInOrder(built, 'i')}`,
    );
    return { text, shape: built.shape };
  }
}

interface Scope {
  add(sig: string, make: () => string): string;
  calls: string[];
  shapes: Map<string, Shape>;
}

/**
 * The rows' maps collected in the order the rows come in (an ORDER BY just before). Subqueries
 * between the ORDER BY and the collect would not keep that order: then the rows are sorted again.
 */
function collectInOrder(built: Built, key: string): string {
  if (!built.calls.length) return `RETURN collect(${built.map}) AS __r`;
  return `${built.calls.join('\n    ')}
    WITH ${key}, ${built.map} AS item ORDER BY ${key}
    RETURN collect(item) AS __r`;
}

/** The variables of a link row's ends: OUT lists start at n, IN lists end at it, BOTH decides per row. */
function endVars(type: RelType, direction: Direction): { ends: Record<string, string>; bindEnds: string } {
  const [fromName, toName] = REL_TYPES[type].ends;
  if (direction === 'OUT') return { ends: { [fromName]: 'n', [toName]: 'm' }, bindEnds: '' };
  if (direction === 'IN') return { ends: { [fromName]: 'm', [toName]: 'n' }, bindEnds: '' };
  return {
    ends: { [fromName]: 'f', [toName]: 't' },
    bindEnds: 'WITH n, r, m, key, CASE WHEN startNode(r) = n THEN n ELSE m END AS f, CASE WHEN startNode(r) = n THEN m ELSE n END AS t',
  };
}

interface NodeOrderArg {
  field: NodeOrderField;
  direction: SortDirection;
}

/** The filter as the resolver gets it: an instance of its input class, validated by the schema's validateFn (else the resolvers report it). */
async function validFilter(value: unknown, input: { prototype: unknown }): Promise<NodeFilter> {
  const instance = Object.assign(Object.create(input.prototype as object) as object, value);
  try {
    await validateArgument(instance, undefined as never, undefined as never);
  } catch {
    return no('invalid filter');
  }
  return instance as NodeFilter;
}

function keysetPageOf(args: Record<string, unknown>, list: string, keyLength: number) {
  return keysetPage(args as { first?: number | null; after?: string | null }, list, keyLength);
}
