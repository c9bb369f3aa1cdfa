import {
  Kind, getNamedType, isLeafType, isObjectType, isListType, isNonNullType, parse, specifiedRules, validate,
  type DocumentNode, type FieldNode, type GraphQLField, type GraphQLFieldMap, type GraphQLLeafType, type GraphQLOutputType, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode, type ValidationRule,
} from 'graphql';
import { LIMITS } from '../../../common/armor.js';

/**
 * The plan of a households page document the fast path can answer exactly (fast-page/README in docs/scale.md):
 * one query operation whose only root field is `households` (aliased or not), selecting only `totalCount`,
 * `totalCountKind`, `pageInfo { … }`, `edges { cursor node { <leaf fields> } }` and `__typename` — plain fields,
 * no fragments, no directives, each response key once. Anything else has no plan and goes to Apollo.
 */
export interface PagePlan {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The operation's name, for the metrics label (Apollo's: the operation's, else the request's operationName). */
  operationName: string | undefined;
  root: FieldNode;
  rootField: GraphQLField<unknown, unknown>;
  rootKey: string;
  connection: ConnSel[];
  /** The node's field names, as `selectedFields(info, ['edges', 'node'])` gives them to the resolver. */
  nodeFields: Set<string>;
}

/** A leaf of the answer: its response key, the value's field name, and how GraphQL serialises it. */
export interface LeafSel {
  key: string;
  /** `"key":` as the answer's JSON writes it. */
  jsonKey: string;
  name: string;
  /** null: `__typename`, answered with `typename`. */
  leaf: { type: GraphQLLeafType; nonNull: boolean; list: null | { itemNonNull: boolean } } | null;
  typename: string;
}

export type ConnSel =
  | { kind: 'leaf'; sel: LeafSel }
  | { kind: 'pageInfo'; key: string; nonNull: boolean; fields: LeafSel[] }
  | { kind: 'edges'; key: string; edge: LeafSel[]; nodeKey: string | null; node: LeafSel[] };

const CONNECTION_LEAVES = new Set(['totalCount', 'totalCountKind', '__typename']);

/** Plans by document text (and operationName): a bounded LRU; a document with no plan is remembered as null. */
export class PagePlans {
  private readonly plans = new Map<string, PagePlan | null>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly size = 500,
  ) {}

  get(query: string, operationName: string | null | undefined): PagePlan | null {
    const key = `${operationName ?? ''}\n${query}`;
    const hit = this.plans.get(key);
    if (hit !== undefined) {
      // Refresh its place (a Map iterates in insertion order: the first key is the least recently used).
      this.plans.delete(key);
      this.plans.set(key, hit);
      return hit;
    }
    const plan = planOf(this.schema, this.rules, query, operationName);
    if (this.plans.size >= this.size) this.plans.delete(this.plans.keys().next().value!);
    this.plans.set(key, plan);
    return plan;
  }
}

/** The plan of a document, or null when the fast path cannot answer it exactly (or it is invalid in any way). */
export function planOf(schema: GraphQLSchema, rules: readonly ValidationRule[], query: string, operationName: string | null | undefined): PagePlan | null {
  let document: DocumentNode;
  try {
    // Far below armor's token limit: a page document is ~100 tokens; anything near the limit is Apollo's to judge.
    document = parse(query, { noLocation: false, maxTokens: Math.floor(LIMITS.tokens / 2) });
  } catch {
    return null;
  }
  if (document.definitions.length !== 1) return null;
  const operation = document.definitions[0]!;
  if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query') return null;
  if (operationName != null && operation.name?.value !== operationName) return null;
  if (operation.directives?.length) return null;
  // The same rules Apollo validates with (graphql's, then armor's and the introspection bounds).
  if (validate(schema, document, [...specifiedRules, ...rules]).length > 0) return null;
  const queryType = schema.getQueryType();
  const rootSels = plainFields(operation.selectionSet);
  if (!queryType || !rootSels || rootSels.length !== 1 || rootSels[0]!.name.value !== 'households') return null;
  const root = rootSels[0]!;
  const rootField = queryType.getFields().households;
  if (!rootField || !root.selectionSet) return null;
  const connType = getNamedType(rootField.type);
  const connection = connectionPlan(schema, root.selectionSet, connType.name);
  if (!connection) return null;
  const nodeFields = new Set<string>();
  for (const c of connection) if (c.kind === 'edges') for (const n of c.node) nodeFields.add(n.name);
  return { document, operation, operationName: operation.name?.value, root, rootField, rootKey: (root.alias ?? root.name).value, connection, nodeFields };
}

/** The fields of a selection set when they are plain (no fragments, no directives) with distinct response keys. */
function plainFields(set: SelectionSetNode): FieldNode[] | null {
  const keys = new Set<string>();
  const out: FieldNode[] = [];
  for (const s of set.selections) {
    if (s.kind !== Kind.FIELD || s.directives?.length) return null;
    const key = (s.alias ?? s.name).value;
    if (keys.has(key)) return null;
    keys.add(key);
    out.push(s);
  }
  return out;
}

/** A selection set's plain fields on the object type `typeName`, with that type's field definitions. */
function objectSelection(schema: GraphQLSchema, set: SelectionSetNode, typeName: string): { fields: FieldNode[]; defs: GraphQLFieldMap<unknown, unknown> } | null {
  const fields = plainFields(set);
  const type = schema.getType(typeName);
  if (!fields || !isObjectType(type)) return null;
  return { fields, defs: type.getFields() };
}

function connectionPlan(schema: GraphQLSchema, set: SelectionSetNode, typeName: string): ConnSel[] | null {
  const conn = objectSelection(schema, set, typeName);
  if (!conn) return null;
  const { fields, defs } = conn;
  const out: ConnSel[] = [];
  for (const f of fields) {
    const name = f.name.value;
    const key = (f.alias ?? f.name).value;
    if (f.arguments?.length) return null;
    if (CONNECTION_LEAVES.has(name)) {
      const sel = fieldLeaf(f, defs, typeName);
      if (!sel) return null;
      out.push({ kind: 'leaf', sel });
    } else if (name === 'pageInfo' && f.selectionSet) {
      const t = defs.pageInfo!.type;
      const leaves = leavesOf(schema, f.selectionSet, getNamedType(t).name, new Set(['hasNextPage', 'hasPreviousPage', 'startCursor', 'endCursor']));
      if (!leaves) return null;
      out.push({ kind: 'pageInfo', key, nonNull: isNonNullType(t), fields: leaves });
    } else if (name === 'edges' && f.selectionSet) {
      const edgeTypeName = getNamedType(defs.edges!.type).name;
      const edgeSel = objectSelection(schema, f.selectionSet, edgeTypeName);
      if (!edgeSel) return null;
      const edge: LeafSel[] = [];
      let nodeKey: string | null = null;
      let node: LeafSel[] = [];
      for (const e of edgeSel.fields) {
        if (e.arguments?.length) return null;
        if (e.name.value === 'node' && e.selectionSet && nodeKey === null) {
          nodeKey = (e.alias ?? e.name).value;
          const leaves = leavesOf(schema, e.selectionSet, 'Household', null);
          if (!leaves) return null;
          node = leaves;
          // The node's key comes after the edge leaves selected before it: keep the order by a marker.
          edge.push({ key: nodeKey, jsonKey: `${JSON.stringify(nodeKey)}:`, name: '\0node', leaf: null, typename: '' });
        } else if (e.name.value === 'cursor' || e.name.value === '__typename') {
          const sel = fieldLeaf(e, edgeSel.defs, edgeTypeName);
          if (!sel) return null;
          edge.push(sel);
        } else return null;
      }
      out.push({ kind: 'edges', key, edge, nodeKey, node });
    } else return null;
  }
  return out;
}

/** Leaf fields (no arguments) of an object type; `allowed` null: every leaf of the type. */
function leavesOf(schema: GraphQLSchema, set: SelectionSetNode, typeName: string, allowed: Set<string> | null): LeafSel[] | null {
  const typed = objectSelection(schema, set, typeName);
  if (!typed) return null;
  const { fields, defs } = typed;
  const out: LeafSel[] = [];
  for (const f of fields) {
    if (f.arguments?.length || f.selectionSet) return null;
    const name = f.name.value;
    if (name !== '__typename' && allowed && !allowed.has(name)) return null;
    const sel = fieldLeaf(f, defs, typeName);
    if (!sel) return null;
    out.push(sel);
  }
  return out;
}

/** A selected field as a leaf of `typeName` (its definition looked up in `defs`; `__typename` has none). */
function fieldLeaf(f: FieldNode, defs: GraphQLFieldMap<unknown, unknown>, typeName: string): LeafSel | null {
  return leafOf(defs[f.name.value]?.type, (f.alias ?? f.name).value, f.name.value, typeName);
}

function leafOf(type: GraphQLOutputType | null | undefined, key: string, name: string, typename: string): LeafSel | null {
  const jsonKey = `${JSON.stringify(key)}:`;
  if (name === '__typename') return { key, jsonKey, name, leaf: null, typename };
  if (!type) return null;
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  if (isListType(inner)) {
    const item = inner.ofType;
    const itemNonNull = isNonNullType(item);
    const named = itemNonNull ? item.ofType : item;
    if (!isLeafType(named)) return null;
    return { key, jsonKey, name, leaf: { type: named, nonNull, list: { itemNonNull } }, typename };
  }
  if (!isLeafType(inner)) return null;
  return { key, jsonKey, name, leaf: { type: inner, nonNull, list: null }, typename };
}
