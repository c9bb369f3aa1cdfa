import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { GraphQLError, parse } from 'graphql';
import { INPUT_LIMITS, checkRequest, jsonNesting, queryNesting } from './input-limits.js';
import { getSchema } from '../schema.js';

const codeOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof GraphQLError) return String(err.extensions.code);
    throw err;
  }
};

const nest = (key: string, depth: number): unknown => {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { [key]: [v] };
  return v;
};

describe('input limits', () => {
  it('counts bracket nesting of a query text, not brackets inside strings, block strings or comments', () => {
    expect(queryNesting('{ a(b: { c: [1] }) { d } }')).toBe(4);
    expect(queryNesting('{ a(s: "{{{{[[[[") # ((((\n }')).toBe(2);
    expect(queryNesting('{ a(s: """ {{{{ \\""" [[[[ """) }')).toBe(2);
    expect(queryNesting('['.repeat(1_000_000), 64)).toBe(65);
  });

  it('counts bracket nesting of JSON bytes, skipping strings with escaped quotes', () => {
    expect(jsonNesting(Buffer.from('{"a":[{"b":"[[[\\"{{{"}]}'))).toBe(3);
    expect(jsonNesting(Buffer.from('{"a":'.repeat(100_000)), 64)).toBe(65);
  });

  it('bounds variables by the position they are used in', async () => {
    const schema = await getSchema();
    const households = parse('query ($w: HouseholdWhere, $after: String) { households(where: $w, after: $after) { totalCount } }');
    const check = (variables: Record<string, unknown>) => codeOf(() => checkRequest(schema, households, null, variables));
    expect(check({ w: nest('or', INPUT_LIMITS.depth - 1) })).toBeNull();
    expect(check({ w: nest('or', INPUT_LIMITS.depth) })).toBe('TOO_DEEP');
    expect(check({ w: nest('and', 1_000) })).toBe('TOO_DEEP');
    expect(check({ w: { or: Array.from({ length: 101 }, () => ({})) } })).toBe('TOO_LARGE');
    expect(check({ w: { code: { in: Array.from({ length: 1_000 }, () => 'x') } } })).toBeNull();
    expect(check({ w: { code: { in: Array.from({ length: 1_001 }, () => 'x') } } })).toBe('TOO_LARGE');
    expect(check({ w: { headName: { contains: 'x'.repeat(10_001) } } })).toBe('TOO_LONG');
    expect(check({ w: { headName: { contains: '张\t三\r\n' } } })).toBeNull();
    expect(check({ w: { headName: { contains: 'a\u0000b' } } })).toBe('BAD_USER_INPUT');
    expect(check({ after: 'A'.repeat(513) })).toBe('TOO_LONG');
    const login = parse('mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }');
    expect(codeOf(() => checkRequest(schema, login, null, { u: 'u'.repeat(64), p: 'p'.repeat(256) }))).toBeNull();
    expect(codeOf(() => checkRequest(schema, login, null, { u: 'u'.repeat(65), p: 'p' }))).toBe('TOO_LONG');
    const del = parse('mutation ($ids: [ID!]!) { deleteHouseholds(ids: $ids) { ok } }');
    expect(codeOf(() => checkRequest(schema, del, null, { ids: Array.from({ length: 5_000 }, () => '1') }))).toBeNull();
    expect(codeOf(() => checkRequest(schema, del, null, { ids: Array.from({ length: 5_001 }, () => '1') }))).toBe('TOO_LARGE');
  });

  it('bounds literals of the document the same way', async () => {
    const schema = await getSchema();
    const check = (q: string) => codeOf(() => checkRequest(schema, parse(q), null, undefined));
    expect(check(`{ households(where: ${'{ or: ['.repeat(7)}{}${'] }'.repeat(7)}) { totalCount } }`)).toBeNull();
    expect(check(`{ households(where: ${'{ or: ['.repeat(8)}{}${'] }'.repeat(8)}) { totalCount } }`)).toBe('TOO_DEEP');
    expect(check(`{ households(where: { headName: { contains: "a\\u0000b" } }) { totalCount } }`)).toBe('BAD_USER_INPUT');
    expect(check(`{ households(where: { code: { in: [${'"x",'.repeat(1_001)}] } }) { totalCount } }`)).toBe('TOO_LARGE');
    expect(check(`mutation { login(username: "${'u'.repeat(65)}", password: "x") { token } }`)).toBe('TOO_LONG');
  });
});
