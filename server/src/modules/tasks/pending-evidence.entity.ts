import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { StoredFileColumns } from './stored-file.js';

/**
 * A file received by POST /api/evidence and not yet attached to a report: reportProgress(evidenceIds) turns it into an
 * evidence_file row and deletes it. Only its uploader may attach it. The bytes are in the content-addressed store.
 */
@Entity({ tableName: 'evidence_upload' })
@Index({ name: 'evidence_upload_actor_idx', properties: ['actor', 'id'] })
export class PendingEvidence extends StoredFileColumns {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: 120 })
  actor!: string;
}
