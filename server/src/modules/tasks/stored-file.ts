import { Property } from '@mikro-orm/core';

/**
 * The columns of a file kept in the content-addressed store (see evidence.store), declared once for an uploaded file
 * waiting to be attached (evidence_upload) and an attached one (evidence_file). Not an entity: MikroORM copies these
 * properties into each entity that extends it, so both tables are as before.
 */
export abstract class StoredFileColumns {
  @Property({ type: 'string', length: 255 })
  fileName!: string;

  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Property({ type: 'integer' })
  size!: number;

  /** Hex SHA-256 of the content: the file's name on disk. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  @Property({ type: 'datetime', length: 3 })
  at!: Date;
}
