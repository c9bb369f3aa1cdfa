import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { selectedFields } from './selection.js';

function infoOf(doc: string) {
  const d = parse(doc);
  const op = d.definitions.find((x) => x.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(d.definitions.filter((x): x is FragmentDefinitionNode => x.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectedFields', () => {
  it('collects the node fields through aliases, inline and named fragments, and repeated edges', () => {
    const info = infoOf(`{ households { edges { cursor node { id a: code ...F ... on Household { regionName @include(if: false) } } }
      edges { node { memberCount } } pageInfo { endCursor } } } fragment F on Household { headName ...G } fragment G on Household { phone }`);
    expect([...selectedFields(info, ['edges', 'node'])!].sort()).toEqual(['code', 'headName', 'id', 'memberCount', 'phone', 'regionName']);
  });

  it('finds nothing below a path that is not selected, and gives up (null: every field) on an unknown fragment', () => {
    expect([...selectedFields(infoOf('{ households { pageInfo { endCursor } } }'), ['edges', 'node'])!]).toEqual([]);
    expect(selectedFields(infoOf('{ households { edges { node { ...Missing } } } }'), ['edges', 'node'])).toBeNull();
  });
});
