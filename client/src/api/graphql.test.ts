import { describe, expect, it } from 'vitest';
import { graphql } from './graphql';

// Untyped view: these sources are not operations of the app, so the generated overloads don't know them.
const doc = graphql as unknown as (source: string) => { toString(): string };

describe('graphql documents', () => {
  it('sends an operation with every fragment it spreads, directly or nested, once each', () => {
    doc('fragment TestInner on Household { id }');
    doc('fragment TestOuter on HouseholdRowResult { ok household { ...TestInner } conflict { ...TestInner } }');
    doc('fragment TestUnused on Household { code }');
    const op = doc('mutation T { a: deleteHouseholds(ids: []) { ...TestOuter } b: restoreHouseholds(ids: []) { ...TestOuter } }');
    expect(op.toString()).toBe(
      [
        'mutation T { a: deleteHouseholds(ids: []) { ...TestOuter } b: restoreHouseholds(ids: []) { ...TestOuter } }',
        'fragment TestOuter on HouseholdRowResult { ok household { ...TestInner } conflict { ...TestInner } }',
        'fragment TestInner on Household { id }',
      ].join('\n'),
    );
  });

  it('sends an operation without fragments as written', () => {
    expect(doc('query Q { me { username } }').toString()).toBe('query Q { me { username } }');
  });
});

describe('graphql documents: fragments not loaded', () => {
  it('refuses to send an operation whose fragment module was not loaded', () => {
    expect(() => doc('query N { me { ...TestNeverDefined } }').toString()).toThrow('GraphQL fragment TestNeverDefined is not loaded');
  });

  it('takes `... on Type` as an inline fragment', () => {
    expect(doc('query I { me { ... on User { username } } }').toString()).toBe('query I { me { ... on User { username } } }');
  });
});
