// Introspection, the SDL over HTTP and the explorer switch, against the production build over HTTP: what every GraphQL
// tool (code generators, IDEs, schema registries) sends, with a session and with a scoped API token.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClientSchema, getIntrospectionQuery, printSchema, type IntrospectionQuery } from 'graphql';
import { E2E_DATABASES, gql, loginHeaders, repoRoot, startBuiltServer, type RunningServer } from '../server-process.js';

const ALL_OPTIONS = {
  descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true,
} as const;
const committed = readFileSync(join(repoRoot, 'server', 'schema.graphql'), 'utf8');

// On SQLite, and on PostgreSQL when DOUDI_TEST_PG names a server (tokens and sessions are read from the database).
for (const db of E2E_DATABASES) describe(`on ${db}`, () => {
  let srv: RunningServer;
  let county: Record<string, string>;
  let token: Record<string, string>;
  beforeAll(async () => {
    // the explorer is off here (as in production without DOUDI_EXPLORER=true); browser/explorer.test.ts has it on
    srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '30', DOUDI_EXPLORER: 'false' }, { db });
    county = await loginHeaders(srv.url, 'county');
    const admin = await loginHeaders(srv.url, 'admin');
    const created = await gql(srv.url, `mutation($e: DateTimeISO!) { createApiToken(name: "比对工具", scopes: ["ledger:read"], regionCode: "640121100", expiresAt: $e) { token } }`,
      { e: new Date(Date.now() + 86400_000).toISOString() }, admin);
    expect(created.errors).toBeUndefined();
    token = { authorization: `Bearer ${created.data.createApiToken.token}` };
  });
  afterAll(async () => {
    await srv?.stop();
  });

  const healthy = async () => expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);

  describe('introspection', () => {
    it('answers graphql-js getIntrospectionQuery() with every option, to a session and to a township API token', async () => {
      for (const [who, headers] of [['county', county], ['token', token]] as const) {
        for (const options of [ALL_OPTIONS, {}, { ...ALL_OPTIONS, descriptions: false }, { ...ALL_OPTIONS, typeDepth: 11 }]) {
          const res = await gql(srv.url, getIntrospectionQuery(options), undefined, headers);
          expect(res.errors, `${who} ${JSON.stringify(options)}`).toBeUndefined();
          expect(res.status).toBe(200);
          expect(res.data.__schema.queryType.name).toBe('Query');
        }
      }
      // the full answer rebuilds the schema exactly as committed: descriptions, deprecations and all
      const full = await gql(srv.url, getIntrospectionQuery(ALL_OPTIONS), undefined, token);
      expect(`${printSchema(buildClientSchema(full.data as IntrospectionQuery))}\n`).toBe(committed);
      // GraphiQL's own query (graphql-js's, as GraphiQL 4 sends it) and a single type
      const graphiql = await gql(srv.url, getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }), undefined, county);
      expect(graphiql.errors).toBeUndefined();
      const one = await gql(srv.url, `{ __type(name: "Household") { name fields { name type { kind name ofType { kind name } } } } }`, undefined, token);
      expect(one.data.__type.fields.map((f: { name: string }) => f.name)).toContain('incomePerCapita');
    });

    it('refuses anonymous callers: no schema, not even a piece of it', async () => {
      const tooDeep = getIntrospectionQuery({ ...ALL_OPTIONS, typeDepth: 30 });
      const mixed = getIntrospectionQuery(ALL_OPTIONS).replace('__schema {', 'households { totalCount } __schema {');
      for (const q of [getIntrospectionQuery(ALL_OPTIONS), '{ __type(name: "Household") { name } }', '{ __schema { queryType { name } } }', tooDeep, mixed, '{ __type(name: "Household") { nosuch } }']) {
        const res = await gql(srv.url, q);
        expect(res.status).toBe(401);
        expect(res.data ?? null).toBeNull();
        expect(res.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']); // nothing of the schema, not even its limits
      }
      const sdl = await fetch(`${srv.url}/graphql/schema.graphql`);
      expect(sdl.status).toBe(401);
      expect(((await sdl.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      const bad = await fetch(`${srv.url}/graphql/schema.graphql`, { headers: { authorization: 'Bearer not-a-token' } });
      expect(bad.status).toBe(401);
    });

    it('bounds introspection on its own terms: too deep or too large is a coded error, and the server keeps answering', async () => {
      const deep = await gql(srv.url, getIntrospectionQuery({ ...ALL_OPTIONS, typeDepth: 30 }), undefined, county);
      expect(deep.status).toBe(400);
      expect(deep.errors?.[0].extensions.code).toBe('QUERY_TOO_DEEP');
      const insane = `{ __schema { types { fields { type { ${'ofType { '.repeat(60)}name${' }'.repeat(60)} } } } } }`;
      expect((await gql(srv.url, insane, undefined, county)).errors?.[0].extensions.code).toBe('TOO_DEEP'); // the text guard, before parsing
      const wide = `{ __schema { types { ${'...W '.repeat(60)} } } } fragment W on __Type { ${'name '.repeat(25)} kind description }`;
      expect((await gql(srv.url, wide, undefined, county)).errors?.[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      const aliased = `{ ${Array.from({ length: 40 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`;
      expect((await gql(srv.url, aliased, undefined, county)).errors?.[0].extensions.code).toBe('TOO_MANY_ALIASES');
      const huge = `{ __schema { types { ${'name '.repeat(5000)} } } }`;
      expect((await gql(srv.url, huge, undefined, county)).errors?.[0].extensions.code).toBe('TOO_MANY_TOKENS');
      await healthy();
      expect((await gql(srv.url, getIntrospectionQuery(), undefined, county)).errors).toBeUndefined();
    });

    it('gives a document that mixes introspection with data fields the ordinary limits', async () => {
      const mixed = getIntrospectionQuery(ALL_OPTIONS).replace('__schema {', 'households(first: 1) { totalCount } __schema {');
      const res = await gql(srv.url, mixed, undefined, county);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions.code).toBe('QUERY_TOO_DEEP');
      // a shallow mix is an ordinary query and runs
      const shallow = await gql(srv.url, '{ households(first: 1) { totalCount } __schema { queryType { name } } }', undefined, county);
      expect(shallow.errors).toBeUndefined();
      expect(shallow.data.__schema.queryType.name).toBe('Query');
      // ordinary data queries keep the ordinary depth limit
      const deepData = `{ households { edges { node { members { id } } } } ${'a: __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } } }'} }`;
      expect((await gql(srv.url, deepData, undefined, county)).errors?.[0].extensions.code).toBe('QUERY_TOO_DEEP');
      await healthy();
    });
  });

  describe('GET /graphql/schema.graphql', () => {
    it('answers the printed schema with its descriptions, byte for byte the committed server/schema.graphql', async () => {
      for (const headers of [county, token]) {
        const res = await fetch(`${srv.url}/graphql/schema.graphql`, { headers });
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
        const body = Buffer.from(await res.arrayBuffer());
        expect(body.equals(Buffer.from(committed, 'utf8'))).toBe(true);
      }
      expect(committed).toContain('"""'); // descriptions are in it
    });
  });

  describe('the explorer switch', () => {
    it('is off unless enabled: /graphql/explorer and its assets answer NOT_FOUND, and the build is not reachable elsewhere', async () => {
      const page = await fetch(`${srv.url}/graphql/explorer`);
      expect(page.status).toBe(404);
      expect(((await page.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
      expect((await fetch(`${srv.url}/graphql/explorer/assets/index.js`)).status).toBe(404);
      // the build folder is not served as a static folder of the client either (the app shell answers instead)
      const shell = await fetch(`${srv.url}/explorer/index.html`);
      expect(await shell.text()).not.toContain('API 浏览器');
    });
  });
});
