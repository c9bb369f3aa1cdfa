// Introspection, recognised and bounded on its own terms. The request limits of graphql-armor (armor.ts) are sized for
// data queries; the introspection query every tool sends (graphql-js `getIntrospectionQuery()`, GraphQL Code Generator,
// Rover, graphql-inspector, GraphiQL) nests `ofType` nine deep and so broke them. A document whose operations select
// only `__schema` / `__type` (and `__typename`) at their root is an introspection document: it skips armor's depth and
// cost rules and gets the bounds below instead. A document that mixes introspection with data fields is not one, and
// gets the ordinary limits in full (introspection fields counted too). Anonymous callers get no schema either way
// (authGatePlugin).
import {
  GraphQLError, Kind, type ASTVisitor, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode,
  type ValidationContext, type ValidationRule,
} from 'graphql';

export const INTROSPECTION_LIMITS = {
  /**
   * Field levels, fragments expanded (a spread is not a level). `getIntrospectionQuery()` with its default
   * `typeDepth` of 9 is 15 deep (`__schema types fields args type`, nine `ofType`, then `name`); 17 leaves room for
   * tools that nest type references two levels further. No type of this schema needs more than 3 `ofType`.
   */
  depth: 17,
  /** Fields of the document, fragments expanded where they are spread: the full standard query has 230. */
  fields: 1000,
} as const;

const META_ROOT = new Set(['__schema', '__type']);

/** The root field names of a selection set, through inline fragments and fragment spreads; null if a cycle or unknown fragment. */
function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>, out: string[]): boolean {
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) out.push(s.name.value);
    else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (!rootFields(s.selectionSet, fragments, seen, out)) return false;
    } else {
      const f = fragments.get(s.name.value);
      if (!f || seen.has(f.name.value)) return false;
      seen.add(f.name.value);
      if (!rootFields(f.selectionSet, fragments, seen, out)) return false;
    }
  }
  return true;
}

const classified = new WeakMap<DocumentNode, boolean>();

/**
 * True when every operation of the document is a query selecting only `__schema` / `__type` / `__typename` at its
 * root, with at least one `__schema` or `__type`.
 */
export function isIntrospectionDocument(doc: DocumentNode): boolean {
  const known = classified.get(doc);
  if (known !== undefined) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let ops = 0;
  let result = true;
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    ops += 1;
    const names: string[] = [];
    if (d.operation !== 'query' || !rootFields(d.selectionSet, fragments, new Set(), names)
      || !names.some((n) => META_ROOT.has(n)) || !names.every((n) => META_ROOT.has(n) || n === '__typename')) {
      result = false;
      break;
    }
  }
  result &&= ops > 0;
  classified.set(doc, result);
  return result;
}

interface Measure { depth: number; fields: number }

/**
 * Depth and field count of a selection set, fragments expanded; each fragment measured once (memoised), a cycle counted
 * as over the limit (NoFragmentCyclesRule reports it as well). Recursion is bounded: it stops past the depth limit.
 */
function measure(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, memo: Map<string, Measure>, level: number): Measure {
  if (level > INTROSPECTION_LIMITS.depth) return { depth: Number.POSITIVE_INFINITY, fields: 0 };
  let depth = 0;
  let fields = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      const inner = s.selectionSet ? measure(s.selectionSet, fragments, memo, level + 1) : { depth: 0, fields: 0 };
      depth = Math.max(depth, inner.depth + 1);
      fields += 1 + inner.fields;
    } else {
      let inner: Measure;
      if (s.kind === Kind.INLINE_FRAGMENT) inner = measure(s.selectionSet, fragments, memo, level);
      else {
        const name = s.name.value;
        const f = fragments.get(name);
        const known = memo.get(name);
        if (known) inner = known;
        else if (!f) inner = { depth: 0, fields: 0 };
        else {
          memo.set(name, { depth: Number.POSITIVE_INFINITY, fields: Number.POSITIVE_INFINITY }); // a cycle meets this
          inner = measure(f.selectionSet, fragments, memo, level);
          memo.set(name, inner);
        }
      }
      depth = Math.max(depth, inner.depth);
      fields += inner.fields;
    }
    if (fields > INTROSPECTION_LIMITS.fields) break;
  }
  return { depth, fields };
}

/**
 * The bounds of an introspection document (a validation rule; a no-op for every other document). Apollo answers every
 * validation error GRAPHQL_VALIDATION_FAILED; `armorCode` turns these messages into QUERY_TOO_DEEP / QUERY_TOO_COMPLEX.
 */
export const introspectionBoundsRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const doc = context.getDocument();
  if (!isIntrospectionDocument(doc)) return {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return {
    OperationDefinition(op) {
      // A memo per operation: a fragment's depth is measured from the level it is first met at.
      const m = measure(op.selectionSet, fragments, new Map(), 0);
      if (m.depth > INTROSPECTION_LIMITS.depth) {
        context.reportError(new GraphQLError(`内省查询嵌套过深（最多 ${INTROSPECTION_LIMITS.depth} 层字段）`, {
          nodes: [op],
        }));
      } else if (m.fields > INTROSPECTION_LIMITS.fields) {
        context.reportError(new GraphQLError(`内省查询过大（展开片段后超过 ${INTROSPECTION_LIMITS.fields} 个字段）`, {
          nodes: [op],
        }));
      }
      return false;
    },
  };
};

/** An ordinary-operation rule that does not apply to introspection documents (armor's depth and cost). */
export function exceptIntrospection(rule: ValidationRule): ValidationRule {
  return (context) => (isIntrospectionDocument(context.getDocument()) ? {} : rule(context));
}
