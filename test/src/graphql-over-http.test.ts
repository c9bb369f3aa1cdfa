import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { startBuiltServer, loginHeaders, type RunningServer } from './server-process.js';

// The GraphQL-over-HTTP specification's own audit suite (graphql-http), against the running production build.
// The audits send `{ __typename }` and similar; they run with a session token, as any real client would.
let srv: RunningServer;
let auth: Record<string, string>;
beforeAll(async () => {
  srv = await startBuiltServer({ DOUDI_DEMO_HOUSEHOLDS: '50' });
  auth = await loginHeaders(srv.url, 'county');
});
afterAll(async () => {
  await srv?.stop();
});

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it('passes every MUST audit', async () => {
    const audits = serverAudits({
      url: `${srv.url}/graphql`,
      fetchFn: (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        for (const [k, v] of Object.entries(auth)) headers.set(k, v);
        // Apollo's CSRF prevention asks GET/simple requests for a preflight-forcing header, as browsers send.
        headers.set('apollo-require-preflight', 'true');
        return fetch(input, { ...init, headers });
      },
    });
    const failed: string[] = [];
    let musts = 0;
    for (const audit of audits) {
      if (!audit.name.startsWith('MUST')) continue;
      musts += 1;
      const result = await audit.fn();
      if (result.status !== 'ok') failed.push(`${audit.name}: ${result.reason}`);
    }
    expect(musts).toBeGreaterThan(10);
    expect(failed).toEqual([]);
  });
});
