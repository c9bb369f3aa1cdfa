import { OptionalProps, Property } from '@mikro-orm/core';

// The columns every versioned record has, declared once. Not an @Entity: MikroORM copies these properties into each
// entity that extends the class, so the tables (and the migrations) are exactly as before. `Optional` names the
// entity's own properties that have defaults (MikroORM's OptionalProps, for em.create).

/** version (optimistic lock, compared in every UPDATE), createdAt, updatedAt. */
export abstract class VersionedEntity<Optional = never> {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | Optional;

  @Property({ type: 'integer', version: true, default: 1 })
  version: number = 1;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3 })
  updatedAt: Date = new Date();
}

/** A versioned record that also keeps who created it (the actor: a username or token:<name>). */
export abstract class AuthoredEntity<Optional = never> extends VersionedEntity<'createdBy' | Optional> {
  @Property({ type: 'string', length: 64, default: '' })
  createdBy: string = '';
}
