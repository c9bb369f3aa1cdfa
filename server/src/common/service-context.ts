import type { EntityManager } from '@mikro-orm/core';
import type { LoopSettings } from '@doudi/shared';
import type { DbKind } from '../config.js';
import type { Access } from './access.js';
import type { Clock, RequestContext } from './context.js';

/** Who is changing things, in which request and which user step: stamped on every audit row. */
export interface AuditStamp {
  actor: string;
  requestId: string;
  changeSet: string | null;
}

/** What a service needs from the request: the one shape every module's service is built from. */
export interface ServiceDeps {
  em: EntityManager;
  /** Lists and counts read here: a read replica when configured and caught up with the caller (RequestContext.readEm). */
  readEm?: EntityManager;
  kind: DbKind;
  clock: Clock;
  access: Access;
  stamp: AuditStamp;
  /** Households whose personal data this request returned unmasked (logged once at the end of the request). */
  pii: { households: Set<string>; purpose?: string };
  /** Mask personal data even for a caller who may see it (the grid reveals row by row). */
  maskPii?: boolean;
  /** The loops' settings (issue 16: referral due days, relief authority, visit frequency); defaults when absent. */
  loops?: LoopSettings;
}

/** The audit stamp of a request; `changeSet` overrides the request's step (undo records under a new one). */
export function stampOf(ctx: RequestContext, changeSet: string | null = ctx.changeSet): AuditStamp {
  return { actor: ctx.access.actor, requestId: ctx.requestId, changeSet };
}

/** ctx → service set-up, written once: `new XService(serviceDeps(ctx))`. */
export function serviceDeps(ctx: RequestContext, changeSet: string | null = ctx.changeSet): ServiceDeps {
  return {
    em: ctx.em, readEm: ctx.readEm, kind: ctx.config.db.kind, clock: ctx.clock, access: ctx.access, stamp: stampOf(ctx, changeSet),
    pii: ctx.pii, maskPii: ctx.maskPii, loops: ctx.config.loops,
  };
}
