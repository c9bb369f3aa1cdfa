import { OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

// The columns records share, declared once. Not @Entity classes: MikroORM copies these properties into each entity
// that extends one, so the tables (and the migrations) are exactly as before. `Optional` names the entity's own
// properties that have defaults (MikroORM's OptionalProps, for em.create).

/** createdAt and updatedAt. */
export abstract class TimestampedEntity<Optional = never> {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Optional;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3 })
  updatedAt: Date = new Date();
}

/** + version: the optimistic lock, compared in every UPDATE (a concurrent writer gets VERSION_CONFLICT). */
export abstract class VersionedEntity<Optional = never> extends TimestampedEntity<'version' | Optional> {
  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;
}

/** + createdBy: who created the record (a username or token:<name>). */
export abstract class AuthoredEntity<Optional = never> extends VersionedEntity<'createdBy' | Optional> {
  @Property({ type: 'string', length: 64, default: '' })
  createdBy: string = '';
}

/** The columns of an append-only log row: id, when, who, and the request it came from (audit, personal-data reads). */
export abstract class LoggedEvent {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'datetime', length: 3 })
  at!: Date;

  @Property({ type: 'string', length: 120 })
  actor!: string;

  @Property({ type: 'string', length: 64 })
  requestId!: string;
}
