import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { EventSettings } from '../../config.js';
import type { ChangeEvent, EventBus, EventFanOut } from './event-bus.js';

/**
 * What travels over Redis: events in commit order and the instance they came from (which skips its own). No personal
 * data. `event` (one) is what an instance of the previous release sends; it is still understood.
 */
interface Envelope {
  origin: string;
  events?: ChangeEvent[];
  event?: ChangeEvent;
}

/** Events per Redis message (about 300 bytes each). */
const FAN_OUT_BATCH = 500;

const isEvent = (v: unknown): v is ChangeEvent => {
  const e = v as ChangeEvent | null;
  return Boolean(e) && typeof e?.eventId === 'string' && typeof e.entityType === 'string' && typeof e.entityId === 'string' &&
    Array.isArray(e.fields) && Array.isArray(e.actions);
};

/**
 * With DOUDI_REDIS_URL: every instance publishes its committed changes on one Redis channel and delivers the other
 * instances' to its own subscribers. Start-up fails when Redis does not answer (a configured Redis is required).
 */
export async function connectRedisFanOut(bus: EventBus, settings: EventSettings, log: (line: string) => void): Promise<EventFanOut> {
  const url = settings.redisUrl!;
  const origin = randomUUID();
  const options = { lazyConnect: true, maxRetriesPerRequest: 3, connectTimeout: 5000 };
  const pub = new Redis(url, options);
  const sub = new Redis(url, options);
  // ioredis reconnects by itself; an error is logged without the URL (it may hold a password).
  for (const c of [pub, sub]) c.on('error', (err: Error) => log(`[doudi] redis: ${err.name}`));
  try {
    await pub.connect();
    await sub.connect();
    await sub.subscribe(settings.redisChannel);
  } catch (err) {
    pub.disconnect();
    sub.disconnect();
    throw new Error(`DOUDI_REDIS_URL: Redis does not answer (${(err as Error).name})`);
  }
  sub.on('message', (channel: string, text: string) => {
    if (channel !== settings.redisChannel) return;
    let env: Envelope;
    try {
      env = JSON.parse(text) as Envelope;
    } catch {
      return;
    }
    if (!env || env.origin === origin) return;
    for (const e of Array.isArray(env.events) ? env.events : [env.event]) if (isEvent(e)) bus.deliver(e);
  });
  return {
    send(events) {
      for (let i = 0; i < events.length; i += FAN_OUT_BATCH) {
        const env: Envelope = { origin, events: events.slice(i, i + FAN_OUT_BATCH) };
        pub.publish(settings.redisChannel, JSON.stringify(env)).catch((err: Error) => log(`[doudi] redis publish: ${err.name}`));
      }
    },
    async close() {
      await Promise.allSettled([sub.quit(), pub.quit()]);
    },
  };
}
