import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { INTROSPECTION_LIMITS, isIntrospectionDocument } from './introspection.js';
import { armorCode, armorProtection } from './armor.js';
import { getSchema } from '../schema.js';

const ALL_OPTIONS = {
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true,
} as const;

/** The codes the request would be refused with (validation as Apollo runs it: the specified rules, then ours). */
async function codes(query: string): Promise<string[]> {
  const errors = validate(await getSchema(), parse(query), [...specifiedRules, ...armorProtection().validationRules]);
  return errors.map((e) => armorCode(e.message) ?? 'GRAPHQL_VALIDATION_FAILED');
}

const ofTypes = (n: number) => `type { ${'ofType { '.repeat(n)}name${' }'.repeat(n)} }`;

describe('introspection documents', () => {
  it('recognises documents that select only __schema / __type at their root, through fragments', () => {
    expect(isIntrospectionDocument(parse(getIntrospectionQuery(ALL_OPTIONS)))).toBe(true);
    expect(isIntrospectionDocument(parse('{ __type(name: "Household") { name } __typename }'))).toBe(true);
    expect(isIntrospectionDocument(parse('query { ...Q } fragment Q on Query { __schema { queryType { name } } }'))).toBe(true);
    expect(isIntrospectionDocument(parse('{ __typename }'))).toBe(false);
    expect(isIntrospectionDocument(parse('{ __schema { queryType { name } } me { username } }'))).toBe(false);
    expect(isIntrospectionDocument(parse('{ ... on Query { me { username } } __schema { queryType { name } } }'))).toBe(false);
    expect(isIntrospectionDocument(parse('query A { __schema { queryType { name } } } query B { me { username } }'))).toBe(false);
    expect(isIntrospectionDocument(parse('mutation { __typename }'))).toBe(false);
    // a fragment cycle at the root is not an introspection document (and fails validation anyway)
    expect(isIntrospectionDocument(parse('{ ...A } fragment A on Query { __schema { queryType { name } } ...A }'))).toBe(false);
  });

  it('lets the standard introspection queries through: every option, and type depths up to 11', async () => {
    expect(await codes(getIntrospectionQuery(ALL_OPTIONS))).toEqual([]);
    expect(await codes(getIntrospectionQuery())).toEqual([]);
    expect(await codes(getIntrospectionQuery({ ...ALL_OPTIONS, typeDepth: 11 }))).toEqual([]);
  });

  it('bounds introspection by its own depth and size', async () => {
    expect(await codes(getIntrospectionQuery({ ...ALL_OPTIONS, typeDepth: 12 }))).toEqual(['QUERY_TOO_DEEP']);
    expect(await codes(`{ __schema { types { fields { ${ofTypes(INTROSPECTION_LIMITS.depth)} } } } }`)).toEqual(['QUERY_TOO_DEEP']);
    // depth through fragments counts the fields of the fragments, not the spreads
    const chain = Array.from({ length: 30 }, (_, i) => `fragment F${i} on __Type { ofType { ${i < 29 ? `...F${i + 1}` : 'name'} } }`).join('\n');
    expect(await codes(`{ __schema { types { ...F0 } } }\n${chain}`)).toEqual(['QUERY_TOO_DEEP']);
    // size: one fragment spread many times is counted every time
    const wide = `fragment W on __Type { ${'name '.repeat(25)} kind description }`;
    expect(await codes(`{ __schema { types { ${'...W '.repeat(60)} } } }\n${wide}`)).toEqual(['QUERY_TOO_COMPLEX']);
  });

  it('gives a document mixing introspection with data fields the ordinary limits', async () => {
    const mixed = getIntrospectionQuery(ALL_OPTIONS).replace('__schema {', 'me { username } __schema {');
    expect(await codes(mixed)).toContain('QUERY_TOO_DEEP');
    // and introspection inside a mixed document is priced by the cost limit
    expect(await codes(`{ me { username } __schema { types { fields { args { name } } } } }`)).toEqual([]);
  });

  it('keeps the ordinary limits for data queries', async () => {
    expect(await codes(`{ households { edges { node { members { id } } } } }`)).toEqual([]);
    expect(await codes(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { username }`).join(' ')} }`)).toEqual(['TOO_MANY_ALIASES']);
    // aliases stay bounded for introspection too
    expect(await codes(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __schema { queryType { name } }`).join(' ')} }`)).toEqual(['TOO_MANY_ALIASES']);
  });
});
