import { GraphQLError } from 'graphql';

/** A minimal DataLoader: collects keys asked for in the same tick and loads them in one call. */
export class Batcher<K, V> {
  private queue: { key: K; resolve: (v: V) => void; reject: (e: unknown) => void }[] = [];
  private scheduled = false;

  constructor(private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>, private readonly fallback: V) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.queue.push({ key, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.scheduled = false;
    try {
      const result = await this.loadMany([...new Set(batch.map((b) => b.key))]);
      for (const b of batch) b.resolve(result.get(b.key) ?? this.fallback);
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
  }
}

/** Rows per bulk mutation: a big paste fits; a runaway client gets a clear error instead of a minutes-long request. */
export const MAX_BATCH = 5000;

/** Refuses a bulk request of more than MAX_BATCH rows (OUT_OF_RANGE on the argument `field`). */
export function checkBatch(rows: readonly unknown[], field: string, max = MAX_BATCH): void {
  if (rows.length > max) {
    throw new GraphQLError(`一次最多提交 ${max} 行，本次 ${rows.length} 行；请分批提交`, { extensions: { code: 'OUT_OF_RANGE', field } });
  }
}
