import { Entity, Index, OptionalProps, Property } from '@mikro-orm/core';
import { LoggedEvent } from '../../common/base-entity.js';

/**
 * One changed field of one entity: who, when, in which request and user step (change set), before and after.
 * Written in the same transaction as the change; no API alters or deletes these rows.
 */
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_entity_idx', properties: ['entityType', 'entityId', 'id'] })
@Index({ name: 'audit_event_actor_idx', properties: ['actor', 'id'] })
@Index({ name: 'audit_event_change_set_idx', properties: ['changeSet', 'id'] })
@Index({ name: 'audit_event_at_idx', properties: ['at', 'id'] })
@Index({ name: 'audit_event_household_idx', properties: ['householdId', 'id'] })
export class AuditEvent extends LoggedEvent {
  [OptionalProps]?: 'field' | 'before' | 'after' | 'changeSet' | 'householdId' | 'regionCode';

  /** The user step (a paste, a fill, one edit) the change belongs to: the unit of undo. */
  @Property({ type: 'string', length: 64, nullable: true })
  changeSet?: string | null;

  /** CREATE, UPDATE, DELETE, RESTORE, REMOVE */
  @Property({ type: 'string', length: 16 })
  action!: string;

  @Property({ type: 'string', length: 32 })
  entityType!: string;

  @Property({ type: 'string', length: 32 })
  entityId!: string;

  @Property({ type: 'string', length: 64, nullable: true })
  field?: string | null;

  /** JSON text of the value before (null: none). */
  @Property({ type: 'text', nullable: true })
  before?: string | null;

  @Property({ type: 'text', nullable: true })
  after?: string | null;

  /** The household the event belongs to (itself, or a member's), for history and scope. */
  @Property({ type: 'integer', nullable: true })
  householdId?: number | null;

  /** The household's region at the time: scopes who may read the event. */
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;
}

/** Every read that returned unmasked personal data: who, when, which rows (PIPL). */
@Entity({ tableName: 'pii_access' })
@Index({ name: 'pii_access_at_idx', properties: ['at', 'id'] })
export class PiiAccess extends LoggedEvent {

  /** query, reveal, export */
  @Property({ type: 'string', length: 32 })
  purpose!: string;

  @Property({ type: 'string', length: 32 })
  entityType!: string;

  /** Comma-separated ids of the rows returned. */
  @Property({ type: 'text' })
  entityIds!: string;
}
