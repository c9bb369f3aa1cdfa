import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A user step (one edit, a paste, a fill) that can be undone and redone. The step's changes are its audit rows
 * (audit_event.change_set); undoing applies their inverse as a new change set, redoing inverts that inverse.
 */
@Entity({ tableName: 'change_set_state' })
@Index({ name: 'change_set_state_actor_idx', properties: ['actor', 'lastAt'] })
export class ChangeSetState {
  @PrimaryKey({ type: 'string', length: 64 })
  id!: string;

  @Property({ type: 'string', length: 120 })
  actor!: string;

  @Property({ type: 'boolean', default: false })
  undone: boolean = false;

  /** The change set whose effect is currently in place: the step itself, or its latest redo. */
  @Property({ type: 'string', length: 64 })
  current!: string;

  /** The change set that undid `current`, while undone. */
  @Property({ type: 'string', length: 64, nullable: true })
  inverse?: string | null;

  @Property({ type: 'datetime', length: 3 })
  lastAt!: Date;
}
