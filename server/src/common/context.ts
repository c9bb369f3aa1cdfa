import type { EntityManager } from '@mikro-orm/core';
import type { AppConfig } from '../config.js';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** What every resolver gets: a request-scoped EntityManager and the request's identity. */
export interface RequestContext {
  em: EntityManager;
  config: AppConfig;
  clock: Clock;
  requestId: string;
  /** Per-request batchers (e.g. members by household). */
  loaders: Map<string, unknown>;
}
