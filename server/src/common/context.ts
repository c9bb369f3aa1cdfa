import type { EntityManager } from '@mikro-orm/core';
import type { AppConfig } from '../config.js';
import type { Access } from './access.js';
import type { RequestObservation } from './observe.js';
import type { LoginLimiter } from '../modules/auth/login-limiter.js';
import type { PresenceHub } from '../modules/presence/presence.hub.js';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What every resolver gets: a request-scoped EntityManager, the caller's Access, and the request's identity. */
export interface RequestContext {
  em: EntityManager;
  /**
   * Where lists, counts, exports and the overview read: a read replica's EntityManager when replicas are configured
   * and the caller's own writes have reached it (db/read-replicas.ts), otherwise `em`. Never for writes.
   */
  readEm: EntityManager;
  config: AppConfig;
  clock: Clock;
  requestId: string;
  /** The user step this request belongs to (header x-doudi-change-set): the unit of undo. */
  changeSet: string | null;
  access: Access;
  /** Households whose personal data this request returned unmasked: logged once at the end of the request. */
  pii: { households: Set<string>; purpose?: string };
  /** The caller asked for personal data masked even though it may see it (the grid: reveal row by row). */
  maskPii?: boolean;
  /** API tokens: the request's usage mark (an answer with errors counts as an error in the token's usage). */
  usageMark?: unknown;
  /** API tokens' usage counted in memory and not yet written (the admin's usage read adds it). */
  tokenUsage?: { unwritten(tokenId: number, day: string): { requests: number; errors: number; limited: number } };
  /** Per-request batchers (e.g. members by household). */
  loaders: Map<string, unknown>;
  /** The client's address (the proxy's X-Forwarded-For only when DOUDI_TRUST_PROXY names it). */
  clientIp?: string;
  /** Failed sign-ins per address and per (username, address); absent outside HTTP requests. */
  loginLimiter?: LoginLimiter;
  /** Who has which ledger open (presence subscription and setPresenceEditing). */
  presence?: PresenceHub;
  /** The request's access-line and metrics record. */
  observation?: RequestObservation;
  /** Asks this instance's webhook worker to look for due deliveries now (after a replay); absent without a worker. */
  webhooksNudge?: () => void;
}
