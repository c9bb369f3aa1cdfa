/**
 * Who has which ledger open (issue 18, presence): entries of this instance's subscribers, shared with the other
 * instances through Redis when DOUDI_REDIS_URL is set. Nothing here is personal data of households: an entry holds
 * a user's display name and township, the region that user opened, and the id of the row being edited.
 */

export interface PresenceEntry {
  /** `<user>|<clientId>`: one open grid of one user. Never sent to subscribers. */
  key: string;
  bucket: string;
  userKey: string;
  displayName: string;
  townshipCode: string | null;
  townshipName: string;
  /** The region the user opened (null: a household's members sheet). */
  regionCode: string | null;
  rowId: string | null;
  /** The region of the row being edited (a row is shown only to subscribers whose opened region holds it). */
  rowRegion: string | null;
  since: string;
  editingSince: string | null;
  /** Epoch ms after which the entry counts as gone unless refreshed (a crashed instance's entries expire). */
  expiresAt: number;
}

/** Where entries are kept: this process's memory, or a Redis hash per bucket with pub/sub notification. */
export interface PresenceBackend {
  put(entry: PresenceEntry, notify: boolean): Promise<void>;
  remove(bucket: string, key: string): Promise<void>;
  list(bucket: string): Promise<PresenceEntry[]>;
  /** Changes the row of an entry wherever it lives; false when there is no such entry of that user. */
  setRow(bucket: string, key: string, userKey: string, rowId: string | null, rowRegion: string | null, at: string): Promise<boolean>;
  close(): Promise<void>;
}

export const DEFAULT_PRESENCE_TTL_MS = 30_000;

type Watcher = () => void;

export class PresenceHub {
  /** Entries whose subscription lives on this instance (refreshed by the heartbeat), with a count of subscriptions. */
  private readonly local = new Map<string, Map<string, { entry: PresenceEntry; refs: number }>>();
  private readonly watchers = new Map<string, Set<Watcher>>();
  private backend: PresenceBackend;
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly ttlMs = DEFAULT_PRESENCE_TTL_MS, private readonly now: () => number = Date.now) {
    this.backend = new MemoryBackend(this);
  }

  /** Switches to a shared backend (Redis) and starts the heartbeat that keeps this instance's entries alive. */
  share(backend: PresenceBackend): void {
    this.backend = backend;
    this.timer = setInterval(() => void this.heartbeat(), Math.max(50, Math.floor(this.ttlMs / 3)));
    this.timer.unref();
  }

  get shared(): boolean {
    return this.timer !== null;
  }

  localEntry(bucket: string, key: string): PresenceEntry | undefined {
    return this.local.get(bucket)?.get(key)?.entry;
  }

  localEntries(bucket: string): PresenceEntry[] {
    return [...(this.local.get(bucket)?.values() ?? [])].map((e) => e.entry);
  }

  async join(entry: PresenceEntry): Promise<void> {
    const byKey = this.local.get(entry.bucket) ?? new Map<string, { entry: PresenceEntry; refs: number }>();
    this.local.set(entry.bucket, byKey);
    const had = byKey.get(entry.key);
    if (had) had.refs++;
    else byKey.set(entry.key, { entry, refs: 1 });
    await this.backend.put(had?.entry ?? entry, true);
    this.changed(entry.bucket);
  }

  async leave(bucket: string, key: string): Promise<void> {
    const byKey = this.local.get(bucket);
    const had = byKey?.get(key);
    if (!byKey || !had) return;
    if (--had.refs > 0) return;
    byKey.delete(key);
    if (!byKey.size) this.local.delete(bucket);
    await this.backend.remove(bucket, key);
    this.changed(bucket);
  }

  list(bucket: string): Promise<PresenceEntry[]> {
    return this.backend.list(bucket);
  }

  async setRow(bucket: string, key: string, userKey: string, rowId: string | null, rowRegion: string | null): Promise<boolean> {
    const at = new Date(this.now()).toISOString();
    const ok = await this.backend.setRow(bucket, key, userKey, rowId, rowRegion, at);
    if (ok) this.changed(bucket);
    return ok;
  }

  /** An entry of this instance changed elsewhere (a setPresenceEditing answered by another instance). */
  applyRow(bucket: string, key: string, rowId: string | null, rowRegion: string | null, at: string): boolean {
    const e = this.localEntry(bucket, key);
    if (!e) return false;
    if (e.rowId !== rowId) e.editingSince = rowId ? at : null;
    e.rowId = rowId;
    e.rowRegion = rowRegion;
    return true;
  }

  watch(bucket: string, w: Watcher): () => void {
    const set = this.watchers.get(bucket) ?? new Set<Watcher>();
    this.watchers.set(bucket, set);
    set.add(w);
    return () => {
      set.delete(w);
      if (!set.size) this.watchers.delete(bucket);
    };
  }

  /** Wakes this instance's subscribers of a bucket: they read the list again and send it if it differs. */
  changed(bucket: string): void {
    for (const w of this.watchers.get(bucket) ?? []) w();
  }

  get watchedBuckets(): string[] {
    return [...this.watchers.keys()];
  }

  /** Shared backend: refreshes this instance's entries, and wakes every watched bucket (expired entries drop out). */
  private async heartbeat(): Promise<void> {
    const expiresAt = this.now() + this.ttlMs;
    try {
      for (const byKey of this.local.values()) {
        for (const { entry } of byKey.values()) {
          entry.expiresAt = expiresAt;
          await this.backend.put(entry, false);
        }
      }
    } catch {
      // Redis away for a moment: ioredis reconnects; the next beat writes again.
    }
    for (const b of this.watchedBuckets) this.changed(b);
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    for (const [bucket, byKey] of this.local) {
      for (const key of byKey.keys()) await this.backend.remove(bucket, key).catch(() => undefined);
    }
    this.local.clear();
    await this.backend.close();
  }
}

/** One instance: the hub's own entries are all there is. */
class MemoryBackend implements PresenceBackend {
  constructor(private readonly hub: PresenceHub) {}
  async put(): Promise<void> {}
  async remove(): Promise<void> {}
  async list(bucket: string): Promise<PresenceEntry[]> {
    return this.hub.localEntries(bucket);
  }
  async setRow(bucket: string, key: string, userKey: string, rowId: string | null, rowRegion: string | null, at: string): Promise<boolean> {
    const e = this.hub.localEntry(bucket, key);
    if (!e || e.userKey !== userKey) return false;
    return this.hub.applyRow(bucket, key, rowId, rowRegion, at);
  }
  async close(): Promise<void> {}
}
