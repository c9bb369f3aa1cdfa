import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A user's saved grid layout (column order, widths, visibility, sort, filters) per view key. */
@Entity({ tableName: 'view_state' })
export class ViewState {
  @PrimaryKey({ type: 'string', length: 120 })
  actor!: string;

  @PrimaryKey({ type: 'string', length: 120 })
  key!: string;

  @Property({ type: 'text' })
  state!: string;

  @Property({ type: 'datetime', length: 3 })
  updatedAt!: Date;
}
