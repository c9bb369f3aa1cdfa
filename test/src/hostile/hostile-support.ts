// Support of the hostile-input suite: a watcher that polls /healthz and the server's RSS while a case runs, valid
// fictitious ID numbers, and small HTTP helpers for uploads.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { idCheckChar } from '@doudi/shared';

export interface Watch {
  /** Longest /healthz answer (ms) since the watch began, polls not answered in time, and the highest RSS (MB). */
  stop(): Promise<{ stallMs: number; missed: number; rssMb: number }>;
}

export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

// The poller runs in its own process: the test's own work (building a 50 MB body) must not count as a server stall.
const POLLER = `
const [url, pid, timeoutMs] = process.argv.slice(1);
const fs = require('node:fs');
const rss = () => { try { const m = /VmRSS:\\s+(\\d+)\\s+kB/.exec(fs.readFileSync('/proc/' + pid + '/status', 'utf8')); return m ? Math.round(Number(m[1]) / 1024) : 0; } catch { return 0; } };
let running = true, stallMs = 0, missed = 0, peak = rss();
process.stdin.on('data', () => { running = false; });
(async () => {
  while (running) {
    const t0 = performance.now();
    try { const r = await fetch(url + '/healthz', { signal: AbortSignal.timeout(Number(timeoutMs)) }); await r.arrayBuffer(); if (r.status !== 200) missed++; } catch { missed++; }
    stallMs = Math.max(stallMs, performance.now() - t0);
    peak = Math.max(peak, rss());
    await new Promise((r) => setTimeout(r, 100));
  }
  peak = Math.max(peak, rss());
  process.stdout.write(JSON.stringify({ stallMs: Math.round(stallMs), missed, rssMb: peak }));
  process.exit(0);
})();
`;

/** Polls /healthz (one request at a time, every 100 ms; \`timeoutMs\` to answer) and /proc/<pid>/status until stopped. */
export function watch(url: string, pid: number, timeoutMs: number): Watch {
  const child = spawn(process.execPath, ['-e', POLLER, url, String(pid), String(timeoutMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  const done = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    stop: async () => {
      child.stdin!.end('stop');
      await done;
      return JSON.parse(out) as { stallMs: number; missed: number; rssMb: number };
    },
  };
}

let serial = 0;
const salt = Math.floor(Math.random() * 50);
/** A valid fictitious ID number of 永宁县, unique within the run: its birth date walks day by day from 1940. */
export function idNumber(female = false): string {
  serial += 1;
  const d = new Date(Date.UTC(1940, 0, 1) + serial * 86_400_000);
  const birth = d.toISOString().slice(0, 10).replace(/-/g, '');
  const seq = `${String(salt + 50).padStart(2, '0')}${female ? 2 * (serial % 5) : 2 * (serial % 5) + 1}`;
  const first17 = `640121${birth}${seq}`;
  return first17 + idCheckChar(first17);
}

export async function postForm(url: string, path: string, form: FormData, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  const r = await fetch(`${url}${path}`, { method: 'POST', body: form, headers });
  const text = await r.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text
  }
  return { status: r.status, body };
}

/** POST /api/imports with a file (dry run unless fields say otherwise). */
export function importFile(url: string, headers: Record<string, string>, bytes: Buffer, name: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ mode: 'dry-run', ...fields })) form.append(k, v);
  form.append('file', new Blob([new Uint8Array(bytes)]), name);
  return postForm(url, '/api/imports', form, headers);
}
