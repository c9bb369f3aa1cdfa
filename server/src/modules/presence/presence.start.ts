import type { EventSettings } from '../../config.js';
import { DEFAULT_PRESENCE_TTL_MS, PresenceHub } from './presence.hub.js';

/**
 * The instance's presence hub: in memory, or with DOUDI_REDIS_URL shared through Redis under the events channel's
 * name (`<DOUDI_REDIS_CHANNEL>:presence…`, so deployments sharing a Redis stay apart). Start-up fails when a
 * configured Redis does not answer, as the events' fan-out does.
 */
export async function startPresence(settings: EventSettings, log: (line: string) => void): Promise<PresenceHub> {
  const hub = new PresenceHub(settings.presenceTtlMs ?? DEFAULT_PRESENCE_TTL_MS);
  if (settings.redisUrl) {
    const { connectRedisPresence } = await import('./presence.redis.js');
    hub.share(await connectRedisPresence(hub, settings.redisUrl, settings.redisChannel, log));
  }
  return hub;
}
