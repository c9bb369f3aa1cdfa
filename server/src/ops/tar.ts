import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import { createGzip, createGunzip } from 'node:zlib';
import type { Writable } from 'node:stream';

/**
 * A minimal ustar writer and reader (regular files only) over gzip: enough for Doudi's backup archives, and readable by
 * `tar -xzf` too. Sizes of 8 GiB and more use the GNU base-256 size field.
 */

const BLOCK = 512;

async function write(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtime: Date): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  if (nameBytes.length > 100) throw new Error(`tar: entry name too long: ${name}`);
  const h = Buffer.alloc(BLOCK);
  nameBytes.copy(h, 0);
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  if (size < 8 ** 11) h.write(octal(size, 12), 124, 'ascii');
  else {
    // GNU base-256: high bit set, big-endian binary in the remaining 11 bytes.
    h[124] = 0x80;
    let v = BigInt(size);
    for (let i = 135; i > 124; i--) {
      h[i] = Number(v & 0xffn);
      v >>= 8n;
    }
  }
  h.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'ascii');
  return h;
}

function padding(size: number): Buffer {
  const rest = size % BLOCK;
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest);
}

/** Writes a .tar.gz entry by entry; `finish()` ends the archive and waits until it is on disk. */
export class TarGzWriter {
  private readonly gzip = createGzip();
  private readonly file: WriteStream;
  private readonly done: Promise<unknown>;

  constructor(path: string) {
    this.file = createWriteStream(path, { flags: 'wx' });
    this.gzip.pipe(this.file);
    this.done = once(this.file, 'close');
    this.done.catch(() => undefined);
  }

  async addBuffer(name: string, data: Buffer, mtime = new Date()): Promise<void> {
    await write(this.gzip, header(name, data.length, mtime));
    await write(this.gzip, data);
    await write(this.gzip, padding(data.length));
  }

  /** Streams a file in; fails if its size differs from `size` (the file changed after it was hashed). */
  async addFile(name: string, path: string, size: number, mtime = new Date()): Promise<void> {
    await write(this.gzip, header(name, size, mtime));
    let n = 0;
    for await (const chunk of createReadStream(path)) {
      n += (chunk as Buffer).length;
      if (n > size) break;
      await write(this.gzip, chunk as Buffer);
    }
    if (n !== size) throw new Error(`tar: ${name} changed while it was archived`);
    await write(this.gzip, padding(size));
  }

  async finish(): Promise<void> {
    await write(this.gzip, Buffer.alloc(BLOCK * 2));
    this.gzip.end();
    await this.done;
  }

  /** Abandons a half-written archive (the caller removes the file). */
  async abort(): Promise<void> {
    this.gzip.destroy();
    this.file.destroy();
  }
}

export interface ExtractedEntry {
  name: string;
  size: number;
  sha256: string;
}

function parseSize(h: Buffer): number {
  if (h[124]! & 0x80) {
    let v = 0n;
    for (let i = 125; i < 136; i++) v = (v << 8n) | BigInt(h[i]!);
    return Number(v);
  }
  const text = h.toString('ascii', 124, 136).replace(/[\0 ]+$/g, '').trim();
  if (!/^[0-7]*$/.test(text)) throw new Error('tar: malformed size field');
  return text ? parseInt(text, 8) : 0;
}

function parseName(h: Buffer): string {
  const cut = (from: number, len: number) => {
    const raw = h.subarray(from, from + len);
    const end = raw.indexOf(0);
    return raw.subarray(0, end < 0 ? len : end).toString('utf8');
  };
  const prefix = h.toString('ascii', 257, 262) === 'ustar' ? cut(345, 155) : '';
  const name = cut(0, 100);
  return prefix ? `${prefix}/${name}` : name;
}

function checksumOk(h: Buffer): boolean {
  const stored = parseInt(h.toString('ascii', 148, 156).replace(/[\0 ]/g, ''), 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i]!;
  return stored === sum;
}

/**
 * Extracts a .tar.gz into `destDir`, hashing every regular file on the way. `accept(name)` says whether an entry may be
 * written (a name it refuses stops the extraction: archives are not trusted to name paths).
 */
export async function extractTarGz(path: string, destDir: string, accept: (name: string) => boolean): Promise<ExtractedEntry[]> {
  const entries: ExtractedEntry[] = [];
  let pending: Buffer = Buffer.alloc(0);
  let current: { name: string; size: number; left: number; pad: number; out: WriteStream | null; hash: ReturnType<typeof createHash> } | null = null;
  let ended = false;

  const startEntry = async (h: Buffer) => {
    if (!checksumOk(h)) throw new Error('tar: header checksum mismatch (the archive is damaged)');
    const name = parseName(h);
    const size = parseSize(h);
    const type = String.fromCharCode(h[156]!);
    const regular = type === '0' || type === '\0';
    if (regular && !accept(name)) throw new Error(`tar: unexpected entry "${name}"`);
    let out: WriteStream | null = null;
    if (regular) {
      const target = join(destDir, name);
      await mkdir(dirname(target), { recursive: true });
      out = createWriteStream(target, { flags: 'wx' });
    }
    const rest = size % BLOCK;
    current = { name, size, left: size, pad: rest === 0 ? 0 : BLOCK - rest, out, hash: createHash('sha256') };
  };

  const endEntry = async () => {
    const c = current!;
    if (c.out) {
      c.out.end();
      await once(c.out, 'close');
      entries.push({ name: c.name, size: c.size, sha256: c.hash.digest('hex') });
    }
    current = null;
  };

  try {
    for await (const chunk of createReadStream(path).pipe(createGunzip())) {
      pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
      while (!ended) {
        if (!current) {
          if (pending.length < BLOCK) break;
          const h = pending.subarray(0, BLOCK);
          pending = pending.subarray(BLOCK);
          if (h.every((b) => b === 0)) {
            ended = true;
            break;
          }
          await startEntry(h);
        }
        const c = current!;
        if (c.left > 0) {
          if (!pending.length) break;
          const take = pending.subarray(0, Math.min(c.left, pending.length));
          pending = pending.subarray(take.length);
          c.left -= take.length;
          c.hash.update(take);
          if (c.out) await write(c.out, take);
          if (c.left > 0) break;
        }
        if (pending.length < c.pad) break;
        pending = pending.subarray(c.pad);
        await endEntry();
      }
    }
  } finally {
    const c = current as { out: WriteStream | null } | null;
    if (c?.out) c.out.destroy();
  }
  if (!ended || current) throw new Error('tar: the archive is truncated');
  return entries;
}
