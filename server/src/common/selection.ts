import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields a query selects at `path` below the resolved field (e.g. ['edges', 'node'] of a
 * connection), through aliases, inline fragments and named fragments; `@include`/`@skip` are ignored (a field
 * under either counts as selected — a superset is always safe). Null when the selection cannot be read (then the
 * caller must assume every field): a page then reads only the columns its answer needs.
 */
export function selectedFields(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): Set<string> | null {
  const out = new Set<string>();
  const state = { lost: false };
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const step of path) {
    const next: SelectionSetNode[] = [];
    for (const s of sets) for (const f of fieldsOf(s, info.fragments, 0, state)) if (f.name.value === step && f.selectionSet) next.push(f.selectionSet);
    sets = next;
  }
  for (const s of sets) {
    for (const f of fieldsOf(s, info.fragments, 0, state)) out.add(f.name.value);
  }
  return state.lost ? null : out;
}

/** The fields of a selection set, fragments expanded (bounded depth: validation has refused cycles already). */
function fieldsOf(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, depth: number, state: { lost: boolean }): FieldNode[] {
  if (depth > 20) {
    state.lost = true;
    return [];
  }
  const out: FieldNode[] = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...fieldsOf(sel.selectionSet, fragments, depth + 1, state));
    else {
      const frag = fragments[sel.name.value];
      if (frag) out.push(...fieldsOf(frag.selectionSet, fragments, depth + 1, state));
      else state.lost = true;
    }
  }
  return out;
}
