import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { PresenceBackend, PresenceEntry, PresenceHub } from './presence.hub.js';

/** A pub/sub note: a bucket changed (and, for setPresenceEditing answered elsewhere, which entry's row). */
interface Note {
  origin: string;
  bucket: string;
  row?: { key: string; rowId: string | null; rowRegion: string | null; at: string };
}

const isEntry = (v: unknown): v is PresenceEntry => {
  const e = v as PresenceEntry | null;
  return Boolean(e) && typeof e?.key === 'string' && typeof e.userKey === 'string' && typeof e.expiresAt === 'number';
};

/**
 * Presence shared by the instances (DOUDI_REDIS_URL): one hash per bucket (`<channel>:presence:<bucket>`, field = the
 * entry's key, value = the entry as JSON with its expiry time), and one channel (`<channel>:presence`) saying which
 * bucket changed. Redis 7.0 has no per-field expiry (HEXPIRE is 7.4), so each entry carries `expiresAt`: readers skip
 * and delete expired fields, every instance rewrites its own entries every TTL/3, and the hash itself expires two TTLs
 * after its last write. An instance that crashes leaves entries that drop out within one TTL.
 */
export async function connectRedisPresence(hub: PresenceHub, url: string, prefix: string, log: (line: string) => void): Promise<PresenceBackend> {
  const origin = randomUUID();
  const options = { lazyConnect: true, maxRetriesPerRequest: 3, connectTimeout: 5000 };
  const cmd = new Redis(url, options);
  const sub = new Redis(url, options);
  for (const c of [cmd, sub]) c.on('error', (err: Error) => log(`[doudi] redis (presence): ${err.name}`));
  const channel = `${prefix}:presence`;
  const hashOf = (bucket: string) => `${prefix}:presence:${bucket}`;
  try {
    await cmd.connect();
    await sub.connect();
    await sub.subscribe(channel);
  } catch (err) {
    cmd.disconnect();
    sub.disconnect();
    throw new Error(`DOUDI_REDIS_URL: Redis does not answer (${(err as Error).name})`);
  }
  const publish = (note: Omit<Note, 'origin'>) =>
    cmd.publish(channel, JSON.stringify({ origin, ...note } satisfies Note)).then(() => undefined);
  sub.on('message', (ch: string, text: string) => {
    if (ch !== channel) return;
    let note: Note;
    try {
      note = JSON.parse(text) as Note;
    } catch {
      return;
    }
    if (typeof note?.bucket !== 'string' || note.origin === origin) return;
    if (note.row) hub.applyRow(note.bucket, note.row.key, note.row.rowId, note.row.rowRegion, note.row.at);
    hub.changed(note.bucket);
  });

  return {
    async put(entry, notify) {
      await cmd.multi().hset(hashOf(entry.bucket), entry.key, JSON.stringify(entry)).pexpire(hashOf(entry.bucket), hub.ttlMs * 2).exec();
      if (notify) await publish({ bucket: entry.bucket });
    },
    async remove(bucket, key) {
      await cmd.hdel(hashOf(bucket), key);
      await publish({ bucket });
    },
    async list(bucket) {
      const all = await cmd.hgetall(hashOf(bucket));
      const now = Date.now();
      const out: PresenceEntry[] = [];
      const expired: string[] = [];
      for (const [field, text] of Object.entries(all)) {
        let e: unknown;
        try {
          e = JSON.parse(text);
        } catch {
          e = null;
        }
        if (!isEntry(e) || e.expiresAt <= now) expired.push(field);
        else out.push(e);
      }
      if (expired.length) await cmd.hdel(hashOf(bucket), ...expired);
      return out;
    },
    async setRow(bucket, key, userKey, rowId, rowRegion, at) {
      // This instance's own entry: changed here (the heartbeat rewrites it from memory), then written through.
      const mine = hub.localEntry(bucket, key);
      if (mine) {
        if (mine.userKey !== userKey) return false;
        hub.applyRow(bucket, key, rowId, rowRegion, at);
        await cmd.hset(hashOf(bucket), key, JSON.stringify(mine));
        await publish({ bucket });
        return true;
      }
      // Another instance's entry (the WebSocket there, this mutation here): write it and tell its owner.
      const text = await cmd.hget(hashOf(bucket), key);
      let e: unknown = null;
      try {
        e = text ? JSON.parse(text) : null;
      } catch {
        e = null;
      }
      if (!isEntry(e) || e.userKey !== userKey || e.expiresAt <= Date.now()) return false;
      if (e.rowId !== rowId) e.editingSince = rowId ? at : null;
      e.rowId = rowId;
      e.rowRegion = rowRegion;
      await cmd.hset(hashOf(bucket), key, JSON.stringify(e));
      await publish({ bucket, row: { key, rowId, rowRegion, at } });
      return true;
    },
    async close() {
      await Promise.allSettled([sub.quit(), cmd.quit()]);
    },
  };
}
