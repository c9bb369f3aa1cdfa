import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

/**
 * The load of `pnpm bench -- --live` (live-bench.ts): subscribed WebSocket clients spread over the demo users, and
 * clerks editing households through POST /graphql at a fixed rate; every delivered event is matched to the edit that
 * raised it, per client, to count what was lost or duplicated and how long it took.
 */

export interface BenchUser {
  username: string;
  /** Region-code prefix the user sees; '' = the whole county. */
  region: string;
}

export interface Server {
  url: string;
}

export const DEMO_SUBSCRIBERS: BenchUser[] = [
  { username: 'county', region: '' }, { username: 'auditor', region: '' }, { username: 'office', region: '' },
  ...['tuanjie:640121001', 'yanghe:640121100', 'lijun:640121101', 'wangyuan:640121102', 'wanghong:640121103', 'minning:640121104',
    'shengli:640121200', 'huangyangtan:640121400', 'yuquanying:640121401'].map((s) => ({ username: s.split(':')[0]!, region: s.split(':')[1]! })),
];
/** The clerks who edit: the township users, each in its own township (so their edits never conflict). */
export const CLERKS = DEMO_SUBSCRIBERS.filter((u) => u.region);

const SUB = 'subscription { householdsChanged { eventId at id version } }';
const UPDATE = 'mutation($input: [HouseholdUpdateInput!]!) { updateHouseholds(input: $input) { ok household { id version } errors { code } } }';

/** A GraphQL answer as the bench reads it (loosely typed: the bench checks what it uses). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON answer, read field by field below
type Answer = { data?: any; errors?: unknown };

async function gql(url: string, query: string, variables: Record<string, unknown> | undefined, token: string | null): Promise<Answer> {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await r.json()) as Answer;
}

export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await gql(url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', { u: username, p: password }, null);
  const token = res.data?.login?.token as string | undefined;
  if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(res.errors)}`);
  return token;
}

/** One subscribed client: what it received, keyed `householdId:version`, with the time it arrived. */
export interface LiveBenchClient {
  user: BenchUser;
  server: number;
  client: Client;
  received: Map<string, number[]>;
  /** Event ids seen (a message delivered twice has the same eventId). */
  events: number;
  latencies: number[];
  errors: string[];
}

/** Opens `n` clients round-robin over the users and the servers, each subscribed to householdsChanged (no filter). */
export async function openClients(servers: Server[], users: BenchUser[], tokens: Map<string, string>, n: number): Promise<LiveBenchClient[]> {
  const out: LiveBenchClient[] = [];
  const started: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const user = users[i % users.length]!;
    const server = Math.floor(i / users.length) % servers.length;
    const c: LiveBenchClient = {
      user, server, received: new Map(), events: 0, latencies: [], errors: [],
      client: createClient({
        url: `${servers[server]!.url.replace(/^http/, 'ws')}/graphql`, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${tokens.get(user.username)}` }, onNonLazyError: (e) => void c.errors.push(String(e)),
      }),
    };
    started.push(new Promise<void>((res) => {
      // `connected` then a first tick: the subscription is registered on the server shortly after (waited for below).
      const off = c.client.on('connected', () => {
        off();
        res();
      });
      c.client.on('closed', (e) => {
        const code = (e as { code?: number }).code;
        if (code !== 1000) c.errors.push(`closed ${code}`);
        res();
      });
    }));
    c.client.subscribe<{ householdsChanged: { eventId: string; at: string; id: string; version: number } }>({ query: SUB }, {
      next: (msg) => {
        const now = Date.now();
        const e = msg.data?.householdsChanged;
        if (!e) {
          c.errors.push(JSON.stringify(msg.errors ?? msg).slice(0, 200));
          return;
        }
        c.events += 1;
        const key = `${e.id}:${e.version}`;
        const list = c.received.get(key) ?? [];
        list.push(now);
        c.received.set(key, list);
        c.latencies.push(now - Date.parse(e.at));
      },
      error: (err) => void c.errors.push(String((err as { message?: string }).message ?? JSON.stringify(err)).slice(0, 200)),
      complete: () => undefined,
    });
    out.push(c);
  }
  await Promise.all(started);
  return out;
}

/** One edit as the bench made it: which household (and its region), the version it produced, and when it came back. */
export interface Edit {
  id: string;
  region: string;
  version: number;
  sentAt: number;
  answeredAt: number;
}

interface Target {
  id: string;
  region: string;
  version: number;
}

/** Households each clerk will edit: the first `per` of its township (read as the clerk, so in its scope). */
export async function targets(url: string, tokens: Map<string, string>, per: number): Promise<Map<string, Target[]>> {
  const out = new Map<string, Target[]>();
  for (const clerk of CLERKS) {
    const res = await gql(url, `query { households(first: ${per}) { edges { node { id regionCode version } } } }`, undefined, tokens.get(clerk.username)!);
    const edges = (res.data?.households?.edges ?? []) as { node: { id: string; regionCode: string; version: number } }[];
    const list = edges.map((e) => ({ id: e.node.id, region: e.node.regionCode, version: e.node.version }));
    if (!list.length) throw new Error(`${clerk.username} sees no household to edit: ${JSON.stringify(res.errors)}`);
    out.set(clerk.username, list);
  }
  return out;
}

/**
 * `rate` edits per second for `seconds`, round-robin over the clerks (each clerk over its own households, one at a
 * time per household), each edit sent to the servers in turn. Answers the edits that were written.
 */
/** Edits one clerk has waiting for an answer at most (a person with a few grid rows saving). */
export const PER_CLERK = 4;

/** Each clerk's next household (kept across runs: the warm-up's households are not edited first again). */
const next = new Map<string, number>();

export async function runEdits(servers: Server[], tokens: Map<string, string>, work: Map<string, Target[]>, rate: number, seconds: number,
  onProgress: (sent: number, failed: number) => void): Promise<{ edits: Edit[]; failed: string[]; skipped: number }> {
  const edits: Edit[] = [];
  const failed: string[] = [];
  const total = Math.round(rate * seconds);
  const busy = new Set<string>();
  const open = new Map<string, number>();
  let skipped = 0;
  const inflight: Promise<void>[] = [];
  const t0 = performance.now();
  // Every edit writes a new value: an edit that changes nothing is audited as nothing and raises no event.
  const run = Math.random().toString(36).slice(2, 8);
  for (let i = 0; i < total; i++) {
    // Paced against the start, not the previous edit: a slow answer does not lower the rate.
    const due = t0 + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const clerk = CLERKS[i % CLERKS.length]!;
    const list = work.get(clerk.username)!;
    let k = next.get(clerk.username) ?? 0;
    // The next household of this clerk that is not being written right now.
    for (let tries = 0; tries < list.length && busy.has(list[k % list.length]!.id); tries++) k++;
    const t = list[k % list.length]!;
    next.set(clerk.username, k + 1);
    // A clerk is one person: at most PER_CLERK edits of its own in flight; beyond, this edit is not made (counted).
    if (busy.has(t.id) || (open.get(clerk.username) ?? 0) >= PER_CLERK) {
      skipped += 1;
      continue;
    }
    open.set(clerk.username, (open.get(clerk.username) ?? 0) + 1);
    busy.add(t.id);
    const url = servers[i % servers.length]!.url;
    const sentAt = Date.now();
    inflight.push(gql(url, UPDATE, { input: [{ id: t.id, version: t.version, remarks: `live bench ${run}-${i}` }] }, tokens.get(clerk.username)!)
      .then((res) => {
        const r = res.data?.updateHouseholds?.[0];
        if (!r?.ok) failed.push(JSON.stringify(r?.errors ?? res.errors).slice(0, 200));
        else {
          t.version = r.household.version;
          edits.push({ id: t.id, region: t.region, version: r.household.version, sentAt, answeredAt: Date.now() });
        }
      })
      .catch((err: Error) => void failed.push(err.message))
      .finally(() => {
        busy.delete(t.id);
        open.set(clerk.username, open.get(clerk.username)! - 1);
      }));
    if (i % rate === 0) onProgress(i, failed.length);
  }
  await Promise.all(inflight);
  return { edits, failed, skipped };
}

/** Whether a client should hear of an edit: the household is inside the client's user's region. */
export const inScope = (c: LiveBenchClient, e: Edit) => e.region.startsWith(c.user.region);

/** Waits until every client has every edit in its scope, or `ms` passed. */
export async function drain(clients: LiveBenchClient[], edits: Edit[], ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (clients.every((c) => edits.every((e) => !inScope(c, e) || c.received.has(`${e.id}:${e.version}`)))) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface LiveTally {
  expected: number;
  received: number;
  lost: number;
  duplicates: number;
  unexpected: number;
  clientsMissing: number;
  /** Edits that no client in their scope received (the event was never raised or never left the server). */
  editsNeverDelivered: number;
  /** commit (the event's `at`, stamped in the write's transaction) → client, ms */
  fromCommit: number[];
  /** the mutation's answer at the editing clerk → client, ms (negative: the event arrived first) */
  fromAnswer: number[];
  errors: string[];
}

export function tally(clients: LiveBenchClient[], edits: Edit[]): LiveTally {
  const byKey = new Map(edits.map((e) => [`${e.id}:${e.version}`, e]));
  const t: LiveTally = { expected: 0, received: 0, lost: 0, duplicates: 0, unexpected: 0, clientsMissing: 0, editsNeverDelivered: 0, fromCommit: [], fromAnswer: [], errors: [] };
  for (const c of clients) {
    let missing = 0;
    for (const e of edits) {
      if (!inScope(c, e)) continue;
      t.expected += 1;
      const got = c.received.get(`${e.id}:${e.version}`);
      if (!got) missing += 1;
      else {
        t.received += 1;
        t.duplicates += got.length - 1;
        t.fromAnswer.push(got[0]! - e.answeredAt);
      }
    }
    for (const key of c.received.keys()) if (!byKey.has(key) || !inScope(c, byKey.get(key)!)) t.unexpected += 1;
    t.lost += missing;
    if (missing) t.clientsMissing += 1;
    t.fromCommit.push(...c.latencies);
    t.errors.push(...c.errors.map((e) => `${c.user.username}: ${e}`));
  }
  t.editsNeverDelivered = edits.filter((e) => !clients.some((c) => inScope(c, e) && c.received.has(`${e.id}:${e.version}`))).length;
  return t;
}

/** p50/p95/p99/max of a sample, ms. */
export function quantiles(v: number[]): { p50: number; p95: number; p99: number; max: number } {
  const s = [...v].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1] ?? NaN };
}
