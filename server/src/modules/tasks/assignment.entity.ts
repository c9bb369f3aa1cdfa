import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Measure, ResponsibleUnit } from './plan.entity.js';
import { StoredFileColumns } from './stored-file.js';

/**
 * One row of the accountability table: a measure × a responsible unit, with its status
 * (NOT_STARTED → IN_PROGRESS → CLOSE_REQUESTED → CLOSED, or back to IN_PROGRESS when the office sends it back).
 * Overdue and escalated are not stored: they depend on "now" and are derived from the history (shared/deadlines).
 */
@Entity({ tableName: 'assignment' })
@Unique({ name: 'assignment_measure_unit_unique', properties: ['measure', 'unit'] })
@Index({ name: 'assignment_unit_idx', properties: ['unit', 'id'] })
@Index({ name: 'assignment_status_idx', properties: ['status', 'id'] })
export class Assignment {
  [OptionalProps]?: 'status' | 'version' | 'rejectionCount' | 'noticeEventId' | 'lastReportAt' | 'closedAt' | 'closedBy' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Measure, { fieldName: 'measure_id', deleteRule: 'no action', updateRule: 'no action' })
  measure!: Measure;

  @ManyToOne(() => ResponsibleUnit, { fieldName: 'unit_code', deleteRule: 'no action', updateRule: 'no action' })
  unit!: ResponsibleUnit;

  @Property({ type: 'string', length: 16, default: 'NOT_STARTED' })
  status: string = 'NOT_STARTED';

  /** Optimistic-lock version, stepped by AssignmentService with a compare-and-set (not MikroORM's auto-versioning,
   *  which skips the write, and so the check, when no other column changes). */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  /** Times the office sent a close-off request back. */
  @Property({ type: 'integer', default: 0 })
  rejectionCount: number = 0;

  /** The office's urge (催办) the unit has not answered with a report yet: shown to the unit as a notice. */
  @Property({ type: 'integer', nullable: true })
  noticeEventId?: number | null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  lastReportAt?: Date | null;

  @Property({ type: 'datetime', length: 3, nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'string', length: 120, nullable: true })
  closedBy?: string | null;

  @Property({ type: 'datetime', length: 3 })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', length: 3 })
  updatedAt: Date = new Date();
}

/** A progress report (进展报送) of a unit on one of its assignments, for a period (month). */
@Entity({ tableName: 'progress_report' })
@Index({ name: 'progress_report_assignment_idx', properties: ['assignment', 'id'] })
export class ProgressReport {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Assignment, { fieldName: 'assignment_id', deleteRule: 'no action', updateRule: 'no action' })
  assignment!: Assignment;

  /** YYYY-MM */
  @Property({ type: 'string', length: 7 })
  period!: string;

  @Property({ type: 'text' })
  text!: string;

  /** The actor who reported (username or token:name). */
  @Property({ type: 'string', length: 120 })
  reporter!: string;

  @Property({ type: 'datetime', length: 3 })
  at!: Date;
}

/** A file attached to a progress report, kept on disk by the server under its content hash (see evidence.store). */
@Entity({ tableName: 'evidence_file' })
@Index({ name: 'evidence_file_report_idx', properties: ['report', 'id'] })
export class EvidenceFile extends StoredFileColumns {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ProgressReport, { fieldName: 'report_id', deleteRule: 'no action', updateRule: 'no action' })
  report!: ProgressReport;
}

/** The timeline of an assignment: reports, close-off requests, the office's decisions and urges. */
@Entity({ tableName: 'assignment_event' })
@Index({ name: 'assignment_event_assignment_idx', properties: ['assignment', 'id'] })
export class AssignmentEvent {
  [OptionalProps]?: 'text' | 'fromStatus' | 'toStatus' | 'reportId';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Assignment, { fieldName: 'assignment_id', deleteRule: 'no action', updateRule: 'no action' })
  assignment!: Assignment;

  /** REPORTED, CLOSE_REQUESTED, CLOSE_APPROVED, CLOSE_REJECTED, URGED */
  @Property({ type: 'string', length: 16 })
  kind!: string;

  @Property({ type: 'datetime', length: 3 })
  at!: Date;

  @Property({ type: 'string', length: 120 })
  actor!: string;

  /** The office's reason (sent back), the urge's text, or the report's text. */
  @Property({ type: 'text', nullable: true })
  text?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  fromStatus?: string | null;

  @Property({ type: 'string', length: 16, nullable: true })
  toStatus?: string | null;

  @Property({ type: 'integer', nullable: true })
  reportId?: number | null;
}
