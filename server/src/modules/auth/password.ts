import { randomBytes, scrypt as scryptCb, timingSafeEqual, createHash } from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;

/**
 * scrypt at OWASP's minimum (Password Storage Cheat Sheet): N=2^17, r=8, p=1 — 128 MiB and a few hundred ms per hash.
 * The parameters are stored in the hash string (`scrypt$N$r$p$salt$key`), so a hash made with weaker ones still
 * verifies and is replaced on the next successful sign-in (needsRehash).
 */
export const SCRYPT_PARAMS = { N: 1 << 17, r: 8, p: 1 } as const;
/** Memory one hash may use (128·N·r bytes, plus slack); also bounds what a stored hash string can make us spend. */
const MAXMEM = 160 * 1024 * 1024;
/** Hashes computed at once: each takes 128 MiB, so a burst of sign-ins queues here instead of exhausting memory. */
const MAX_CONCURRENT = 2;

let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((r) => waiting.push(r));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p } = SCRYPT_PARAMS;
  const key = await limited(() => scrypt(password, salt, 32, { N, r, p, maxmem: MAXMEM }));
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parse(stored: string): { N: number; r: number; p: number; salt: Buffer; key: Buffer } | null {
  const [alg, n, r, p, salt, key] = stored.split('$');
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  if (alg !== 'scrypt' || !salt || !key) return null;
  // Only parameters this server could have written: a tampered row must not make a sign-in take minutes or gigabytes.
  if (!Number.isInteger(Math.log2(N)) || N < 2 || N > SCRYPT_PARAMS.N || R < 1 || R > 16 || P < 1 || P > 4) return null;
  return { N, r: R, p: P, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const h = parse(stored);
  if (!h || h.key.length === 0) return false;
  const actual = await limited(() => scrypt(password, h.salt, h.key.length, { N: h.N, r: h.r, p: h.p, maxmem: MAXMEM }));
  return timingSafeEqual(h.key, actual);
}

/** Whether a stored hash was made with weaker parameters than today's (then it is replaced after a good sign-in). */
export function needsRehash(stored: string): boolean {
  const h = parse(stored);
  return !h || h.N < SCRYPT_PARAMS.N || h.r < SCRYPT_PARAMS.r || h.p < SCRYPT_PARAMS.p;
}

/** A hash computed for unknown usernames, so that a login takes as long whether or not the user exists. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword('not-a-real-password');
  return dummy;
}

export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function tokenHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
