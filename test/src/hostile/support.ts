// What the hostile-input suites share: a watcher of /healthz and of the server's memory while cases run, a cheap
// fingerprint of the data (to show that nothing changed), and the schema read by introspection.
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { gql } from '../server-process.js';

export interface WatchResult {
  polls: number;
  /** The longest time one /healthz request took (ms), failures counted as their time until they failed. */
  longestStallMs: number;
  /** Polls that failed or took more than 1 s. */
  slow: number;
  peakRssMb: number;
}

/** VmRSS of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : 0;
}

// Runs in a worker thread, so that the suite's own work (building and sending megabyte payloads) cannot delay the
// polls and be mistaken for a stall of the server.
const WATCHER = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { url, pid } = workerData;
const rss = () => { try { const m = /VmRSS:\\s+(\\d+)\\s+kB/.exec(readFileSync('/proc/' + pid + '/status', 'utf8')); return m ? Number(m[1]) / 1024 : 0; } catch { return 0; } };
const result = { polls: 0, longestStallMs: 0, slow: 0, peakRssMb: rss() };
let running = true;
parentPort.on('message', () => { running = false; });
const memory = setInterval(() => { result.peakRssMb = Math.max(result.peakRssMb, rss()); }, 50);
(async () => {
  while (running) {
    const t0 = performance.now();
    let ok = false;
    try {
      const r = await fetch(url + '/healthz', { signal: AbortSignal.timeout(5000) });
      ok = r.status === 200;
      await r.arrayBuffer();
    } catch { ok = false; }
    const ms = performance.now() - t0;
    result.polls += 1;
    result.longestStallMs = Math.max(result.longestStallMs, ms);
    if (!ok || ms > 1000) result.slow += 1;
    await new Promise((r) => setTimeout(r, 25));
  }
  clearInterval(memory);
  result.peakRssMb = Math.max(result.peakRssMb, rss());
  parentPort.postMessage(result);
})();
`;

/** Polls /healthz back to back (each with a 5 s abort) and samples the server's memory until `stop` is called. */
export function watchServer(url: string, pid: number): { stop(): Promise<WatchResult> } {
  const worker = new Worker(WATCHER, { eval: true, workerData: { url, pid } });
  const done = new Promise<WatchResult>((resolve, reject) => {
    worker.once('message', (r: WatchResult) => resolve(r));
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const r = await done;
      await worker.terminate();
      return r;
    },
  };
}

/** Counts and newest timestamps through the API: any write a case slipped through would change one of them. */
export async function fingerprint(url: string, headers: Record<string, string>): Promise<string> {
  const r = await gql(url, `{
    active: households(first: 1, orderBy: [{ field: updatedAt, direction: DESC }]) { totalCount edges { node { id updatedAt version } } }
    deleted: households(first: 1, where: { deleted: true }) { totalCount }
    audit: auditEvents(first: 1) { edges { node { id } } }
    plans { id }
    dibao: dibaoCases(first: 1) { edges { node { id } } }
    relief: reliefGrants(first: 1) { edges { node { id } } }
    views: viewState(key: "hostile")
  }`, undefined, headers);
  if (r.errors) throw new Error(`fingerprint failed: ${JSON.stringify(r.errors)}`);
  return JSON.stringify(r.data);
}

// --- the schema, by introspection -------------------------------------------------------------------------------

export interface TypeRef { kind: string; name: string | null; ofType: TypeRef | null }
export interface InputValue { name: string; type: TypeRef }
export interface FullType {
  kind: string;
  name: string;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}
export interface Schema { query: string; mutation: string; types: Map<string, FullType> }

const REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

export async function introspect(url: string, headers: Record<string, string>): Promise<Schema> {
  const r = await gql(url, `{ __schema { queryType { name } mutationType { name } types {
    kind name fields { name args { name type { ${REF} } } type { ${REF} } } inputFields { name type { ${REF} } } enumValues { name }
  } } }`, undefined, headers);
  if (r.errors) throw new Error(`introspection failed: ${JSON.stringify(r.errors)}`);
  const s = r.data.__schema;
  return { query: s.queryType.name, mutation: s.mutationType.name, types: new Map((s.types as FullType[]).map((t) => [t.name, t])) };
}

/** The type as written in a variable definition: `[HouseholdWhere!]!`. */
export function typeText(t: TypeRef): string {
  if (t.kind === 'NON_NULL') return `${typeText(t.ofType!)}!`;
  if (t.kind === 'LIST') return `[${typeText(t.ofType!)}]`;
  return t.name!;
}

export function unwrap(t: TypeRef): TypeRef {
  return t.kind === 'NON_NULL' ? t.ofType! : t;
}

export function named(t: TypeRef): TypeRef {
  let x = t;
  while (x.ofType) x = x.ofType;
  return x;
}

/** A small value of a type that passes the input limits (what it means to the resolver does not matter: the
 *  cases fail before execution). Required input fields only. */
export function sampleValue(schema: Schema, t: TypeRef, depth = 0): unknown {
  const u = unwrap(t);
  if (u.kind === 'LIST') return [];
  const n = schema.types.get(u.name!)!;
  if (n.kind === 'ENUM') return n.enumValues![0].name;
  if (n.kind === 'INPUT_OBJECT') {
    const out: Record<string, unknown> = {};
    if (depth > 3) return out;
    for (const f of n.inputFields ?? []) if (f.type.kind === 'NON_NULL') out[f.name] = sampleValue(schema, f.type, depth + 1);
    return out;
  }
  switch (n.name) {
    case 'Int': return 1;
    case 'Float': return 1.5;
    case 'Boolean': return false;
    case 'DateTimeISO': return '2026-01-01T00:00:00.000Z';
    case 'ID': return '1';
    default: return 'x';
  }
}
