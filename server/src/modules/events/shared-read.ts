import type { ChangeEvent } from './event-bus.js';

/**
 * One read of a live event's record per instance, event and key, shared by every subscriber it serves: 200
 * subscribers of one event cost one read and one render per view (masked / unmasked, or the arguments that change the
 * row, such as a month), not 200. The key must name everything the result depends on; what depends on the subscriber
 * alone (its region, its unit, its filter) is checked on the shared result afterwards. Kept with the event object the
 * bus hands every listener (a WeakMap: gone with the event). A failed read is retried a few times (a busy pool times
 * out) and not kept, so the next subscriber reads again.
 */
const shared = new WeakMap<ChangeEvent, Map<string, Promise<unknown>>>();

export async function withRetry<T>(fn: () => Promise<T>, tries = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= tries) throw err;
      await new Promise((r) => setTimeout(r, 250 * 2 ** i));
    }
  }
}

/** The shared result of `read` for this event and key: the first caller starts it, the others wait for the same. */
export function sharedRead<T>(e: ChangeEvent, key: string, read: () => Promise<T>): Promise<T> {
  let memo = shared.get(e);
  if (!memo) shared.set(e, (memo = new Map()));
  const hit = memo.get(key);
  if (hit) return hit as Promise<T>;
  const out = withRetry(read);
  memo.set(key, out);
  out.catch(() => memo.delete(key));
  return out;
}
