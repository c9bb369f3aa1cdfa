import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AuthoredEntity, VersionedEntity } from '../../common/base-entity.js';
import { StoredFileColumns } from '../tasks/stored-file.js';

// 数据比对 (issue 17). Dates of the rules (as-of, raised, due) are calendar dates kept as 'YYYY-MM-DD' text, as in
// the assistance tables, so that "overdue" compares the same on SQLite and PostgreSQL.

/**
 * One load of one agency's list (数据源): its kind, agency, as-of date, who loaded it, row count and the file's hash.
 * A later load of the same kind supersedes it for new comparisons (supersededAt); its findings stay.
 */
@Entity({ tableName: 'comparison_source' })
@Index({ name: 'comparison_source_kind_idx', properties: ['kind', 'id'] })
export class ComparisonSource extends AuthoredEntity<'fileName' | 'fileSize' | 'supersededAt' | 'supersededBy' | 'status' | 'progress'
  | 'matchedRows' | 'findingCount' | 'matchedAt' | 'duplicateRows'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;
  @Property({ type: 'string', length: 32 })
  kind!: string;
  @Property({ type: 'string', length: 100 })
  agency!: string;
  /** The date the agency's list is as of. */
  @Property({ type: 'string', length: 10 })
  asOf!: string;
  /** IMPORT (a sheet through POST /api/imports) or API (loadComparisonSource). */
  @Property({ type: 'string', length: 16 })
  via!: string;
  @Property({ type: 'integer' })
  rowCount!: number;
  /** Exact repeats of a row already in the file: reported, loaded once. */
  @Property({ type: 'integer', default: 0 })
  duplicateRows: number = 0;
  @Property({ type: 'string', length: 255, default: '' })
  fileName: string = '';
  @Property({ type: 'integer', default: 0 })
  fileSize: number = 0;
  /** Hex SHA-256 of the file as loaded (a sheet, or the rows pushed over the API as JSON): its name in the file store. */
  @Property({ type: 'string', length: 64 })
  fileSha256!: string;
  @Property({ type: 'datetime', length: 3, nullable: true })
  supersededAt?: Date | null;
  @Property({ type: 'integer', nullable: true })
  supersededBy?: number | null;
  /** LOADED → MATCHING → MATCHED (or FAILED); a re-run goes through MATCHING again. */
  @Property({ type: 'string', length: 16, default: 'LOADED' })
  status: string = 'LOADED';
  /** Matching progress, 0–100. */
  @Property({ type: 'integer', default: 0 })
  progress: number = 0;
  @Property({ type: 'integer', default: 0 })
  matchedRows: number = 0;
  @Property({ type: 'integer', default: 0 })
  findingCount: number = 0;
  @Property({ type: 'datetime', length: 3, nullable: true })
  matchedAt?: Date | null;
}

/**
 * One row of a source, its ID number normalised to 18 characters (the join column, indexed), its values in the
 * typed slots the rules read (`COMPARISON_COLUMNS` of @doudi/shared says which column goes where) and as shown.
 */
@Entity({ tableName: 'comparison_row' })
@Index({ name: 'comparison_row_source_idx', properties: ['sourceId', 'id'] })
@Index({ name: 'comparison_row_id_number_idx', properties: ['idNumber', 'sourceId'] })
export class ComparisonRow {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;
  @Property({ type: 'integer' })
  sourceId!: number;
  /** The sheet's row number (or the index + 1 of a row pushed over the API). */
  @Property({ type: 'integer' })
  rowNo!: number;
  @Property({ type: 'string', length: 18 })
  idNumber!: string;
  @Property({ type: 'string', length: 50 })
  name!: string;
  @Property({ type: 'string', length: 200, nullable: true })
  detail?: string | null;
  @Property({ type: 'double', nullable: true })
  amount?: number | null;
  @Property({ type: 'string', length: 16, nullable: true })
  status?: string | null;
  @Property({ type: 'string', length: 2, nullable: true })
  grade?: string | null;
  @Property({ type: 'string', length: 10, nullable: true })
  eventDate?: string | null;
  @Property({ type: 'string', length: 16, nullable: true })
  category?: string | null;
  @Property({ type: 'string', length: 12, nullable: true })
  regionCode?: string | null;
  /** The row's cells as the agency wrote them, by field (JSON): the right-hand side of the side-by-side view. */
  @Property({ type: 'text' })
  cells!: string;
  /** Identity of the row's content across loads (kind, ID number, values): re-runs and reloads find it again. */
  @Property({ type: 'string', length: 64 })
  rowKey!: string;
}

/** A 疑点: one rule's finding on one source row, and its verification (核查) by the household's township. */
@Entity({ tableName: 'comparison_finding' })
@Index({ name: 'comparison_finding_township_state_idx', properties: ['townshipCode', 'state', 'id'] })
@Index({ name: 'comparison_finding_rule_key_idx', properties: ['rule', 'rowKey'] })
@Index({ name: 'comparison_finding_source_idx', properties: ['sourceId', 'id'] })
@Index({ name: 'comparison_finding_state_due_idx', properties: ['state', 'dueDate', 'id'] })
export class ComparisonFinding extends VersionedEntity<'memberId' | 'householdId' | 'regionCode' | 'action' | 'actionRef' | 'note'
  | 'verifiedBy' | 'verifiedAt' | 'state'> {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;
  @Property({ type: 'string', length: 40 })
  rule!: string;
  @Property({ type: 'integer' })
  sourceId!: number;
  @Property({ type: 'integer' })
  rowId!: number;
  @Property({ type: 'string', length: 64 })
  rowKey!: string;
  @Property({ type: 'string', length: 18 })
  idNumber!: string;
  @Property({ type: 'integer', nullable: true })
  memberId?: number | null;
  @Property({ type: 'integer', nullable: true })
  householdId?: number | null;
  /** The township that verifies it; '' for a person in no household of any township (the county's own queue). */
  @Property({ type: 'string', length: 9 })
  townshipCode!: string;
  @Property({ type: 'string', length: 12, default: '' })
  regionCode: string = '';
  /** Why it matters, in words, with the values that made it (zh-CN). */
  @Property({ type: 'string', length: 500 })
  reason!: string;
  @Property({ type: 'string', length: 16, default: 'OPEN' })
  state: string = 'OPEN';
  @Property({ type: 'string', length: 10 })
  raisedOn!: string;
  @Property({ type: 'string', length: 10 })
  dueDate!: string;
  /** What the confirmed finding led to (FindingAction) and the record it names (a 低保 case id, a household id …). */
  @Property({ type: 'string', length: 16, nullable: true })
  action?: string | null;
  @Property({ type: 'string', length: 100, nullable: true })
  actionRef?: string | null;
  @Property({ type: 'text', nullable: true })
  note?: string | null;
  @Property({ type: 'string', length: 64, nullable: true })
  verifiedBy?: string | null;
  @Property({ type: 'datetime', length: 3, nullable: true })
  verifiedAt?: Date | null;
}

/** An evidence file of a verification, kept in the content-addressed file store (as evidence of the 责任台账). */
@Entity({ tableName: 'comparison_evidence' })
@Index({ name: 'comparison_evidence_finding_idx', properties: ['findingId', 'id'] })
export class ComparisonEvidence extends StoredFileColumns {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;
  @Property({ type: 'integer' })
  findingId!: number;
  @Property({ type: 'string', length: 64 })
  createdBy!: string;
}

export const COMPARISON_ENTITIES = [ComparisonSource, ComparisonRow, ComparisonFinding, ComparisonEvidence];
