import { ASSIGNMENT_STATE_COLUMNS, readAssignmentState, type AssignmentStateFields } from './assignment.query.js';
import type { EntityManager } from '@mikro-orm/core';
import { isPeriod, periodOf, AssignmentStatusDef, type DeadlineRules } from '@doudi/shared';
import type { Access } from '../../common/access.js';
import { forbidden } from '../../common/access.js';
import type { Clock } from '../../common/context.js';
import { recordAudit, type AuditStamp, type AuditEntry } from '../audit/audit.service.js';
import { queryRows, sql } from '../../common/sql.js';
import { Assignment, AssignmentEvent, EvidenceFile, ProgressReport } from './assignment.entity.js';
import { AssignmentReader } from './assignment.query.js';
import { decodeUploads, MAX_EVIDENCE_FILES, type EvidenceStore } from './evidence.store.js';
import { PendingEvidence } from './pending-evidence.entity.js';
import type { EvidenceUpload } from './tasks.inputs.js';
import type { AssignmentNode } from './tasks.types.js';
import { badInput, invalidState, notFound, versionConflict } from './tasks.errors.js';

export interface TaskDeps {
  em: EntityManager;
  clock: Clock;
  access: Access;
  stamp: AuditStamp;
  rules: DeadlineRules;
  store: EvidenceStore;
  evidenceMaxBytes: number;
}

export const MAX_TEXT = 4000;
export const DEFAULT_URGE = '请抓紧推进，并及时报送进展情况';
const label = (s: string) => AssignmentStatusDef.labels[s as keyof typeof AssignmentStatusDef.labels]?.zh ?? s;

/** The columns of an assignment a mutation reads and writes. */
export interface AssignmentState extends AssignmentStateFields {
  id: number;
  measureId: number;
  unitCode: string;
}

interface StateRow {
  id: number | string;
  measure_id: number | string;
  unit_code: string;
}

const toState = (r: StateRow): AssignmentState => ({
  id: Number(r.id), measureId: Number(r.measure_id), unitCode: r.unit_code, ...readAssignmentState(r),
});

interface Change {
  /** Audit entries beyond the status change. */
  audit: Omit<AuditEntry, 'entityType' | 'entityId' | 'regionCode'>[];
}

/**
 * The status flow of an assignment: report (unit), request close-off (unit), approve or send back (office), urge
 * (office). Each call is one transaction: the row (version-checked), its timeline event and the audit rows commit
 * together or not at all.
 */
export class AssignmentService {
  readonly reader: AssignmentReader;

  constructor(private readonly deps: TaskDeps) {
    this.reader = new AssignmentReader(deps.em, deps.access, deps.rules);
  }

  private text(field: string, value: string | null | undefined, required: boolean): string | null {
    const t = (value ?? '').trim();
    if (!t) {
      if (required) throw badInput(field, field === 'reason' ? '退回原因不能为空' : '进展情况不能为空');
      return null;
    }
    if (t.length > MAX_TEXT) throw badInput(field, `内容不能超过 ${MAX_TEXT} 字（当前 ${t.length} 字）`);
    return t;
  }

  /**
   * Loads, checks who may act and the version, applies, audits and commits; answers the assignment as saved.
   * The row is written with one compare-and-set (`UPDATE … SET version = v + 1 WHERE id = ? AND version = v`), so
   * every mutation is exactly one version step and a concurrent writer always gets VERSION_CONFLICT, whether or not
   * its change alters any other column.
   */
  private async mutate(
    id: string, version: number, who: 'unit' | 'office',
    apply: (em: EntityManager, a: AssignmentState, now: Date) => Promise<Change>,
  ): Promise<AssignmentNode> {
    const n = Number(id);
    const now = this.deps.clock.now();
    // Joins a transaction the caller's em is in (an atomic Excel import runs every row in one): a fork copies the
    // transaction context only when asked, and the nested `transactional` is then a savepoint inside it.
    await this.deps.em.fork({ keepTransactionContext: true }).transactional(async (em) => {
      const [row] = Number.isSafeInteger(n) && n > 0 ? await queryRows<StateRow>(em, sql(
        `SELECT a.id, a.measure_id, a.unit_code, ${ASSIGNMENT_STATE_COLUMNS} FROM assignment a WHERE a.id = ?`, n)) : [];
      const access = this.deps.access;
      // A row the caller cannot see answers as a missing one; one it sees but may not act on is FORBIDDEN.
      if (!row || !access.canSeeUnit(row.unit_code)) throw notFound(id);
      const a = toState(row);
      if (who === 'unit' && !access.canReportFor(a.unitCode)) {
        throw forbidden(access.taskUnit === null ? '只有责任单位本身可以报送进展或申请销号' : '无权操作其他责任单位的台账');
      }
      if (who === 'office' && !access.isTaskOffice) {
        throw forbidden(access.canSeeUnit(a.unitCode) ? '只有领导小组办公室可以审核销号、退回或催办' : '无权操作其他责任单位的台账');
      }
      if (a.version !== version) throw versionConflict(a.version, version);
      const before = a.status;
      const change = await apply(em, a, now);
      const written = await em.nativeUpdate(Assignment, { id: a.id, version }, {
        status: a.status, rejectionCount: a.rejectionCount, noticeEventId: a.noticeEventId, lastReportAt: a.lastReportAt,
        closedAt: a.closedAt, closedBy: a.closedBy, updatedAt: now, version: version + 1,
      });
      if (written !== 1) throw versionConflict(null, version);
      const entries: AuditEntry[] = change.audit.map((e) => ({ ...e, entityType: 'assignment', entityId: String(a.id) }));
      if (a.status !== before) entries.unshift({ action: 'UPDATE', entityType: 'assignment', entityId: String(a.id), field: 'status', before, after: a.status });
      const regionCode = /^\d{9}$/.test(a.unitCode) ? a.unitCode : null;
      // Not part of a grid step: undo does not apply to the accountability tables.
      recordAudit(em, { ...this.deps.stamp, changeSet: null }, now, entries.map((e) => ({ ...e, regionCode })));
      await em.flush();
    });
    return (await this.reader.one(id, now))!;
  }

  // Timeline rows, reports and files are inserted at once (em.insert, inside the transaction) and the assignment is
  // flushed once at the end: one version step per mutation, and the version check is the last write.
  private async event(em: EntityManager, a: AssignmentState, now: Date, kind: string, text: string | null, from: string | null, to: string | null, reportId: number | null = null): Promise<number> {
    const changed = from !== to;
    return Number(await em.insert(AssignmentEvent, {
      assignment: a.id, kind, at: now, actor: this.deps.access.actor, text, fromStatus: changed ? from : null, toStatus: changed ? to : null, reportId,
    } as never));
  }

  async reportProgress(
    id: string, version: number, text: string, period: string | null | undefined, evidence: EvidenceUpload[] | null | undefined,
    evidenceIds: string[] | null | undefined = null,
  ): Promise<AssignmentNode> {
    const body = this.text('text', text, true)!;
    const files = decodeUploads(evidence ?? [], this.deps.evidenceMaxBytes);
    const uploadIds = [...new Set((evidenceIds ?? []).map((x) => (/^\d{1,12}$/.test(String(x)) ? Number(x) : -1)))];
    if (files.length + uploadIds.length > MAX_EVIDENCE_FILES) {
      throw badInput('evidenceIds', `每次最多附 ${MAX_EVIDENCE_FILES} 个佐证材料，本次 ${files.length + uploadIds.length} 个`);
    }
    return this.mutate(id, version, 'unit', async (em, a, now) => {
      const current = periodOf(now);
      const p = period?.trim() || current;
      const [plan] = await queryRows<{ issued_on: string }>(em, sql('SELECT p.issued_on FROM measure m JOIN plan p ON p.id = m.plan_id WHERE m.id = ?', a.measureId));
      const issuedOn = plan?.issued_on ?? '1900-01-01';
      if (!isPeriod(p)) throw badInput('period', `报送期间“${p}”应写作 YYYY-MM`);
      if (p > current) throw badInput('period', `报送期间 ${p} 尚未开始（当前 ${current}）`);
      if (p < periodOf(issuedOn)) throw badInput('period', `报送期间 ${p} 早于方案印发（${issuedOn}）`);
      if (a.status === 'CLOSED') throw invalidState('该台账已销号，不能再报送进展', a.status);
      const stored: { fileName: string; contentType: string; size: number; sha256: string }[] = [];
      for (const f of files) stored.push({ ...f, ...(await this.deps.store.put(f.bytes)) });
      if (uploadIds.length) {
        // The caller's own uploads only; another user's id answers as a missing one.
        const pending = await em.find(PendingEvidence, { id: { $in: uploadIds }, actor: this.deps.access.actor });
        if (pending.length !== uploadIds.length) throw badInput('evidenceIds', '佐证材料不存在或已使用，请重新上传');
        for (const p of pending) stored.push({ fileName: p.fileName, contentType: p.contentType, size: p.size, sha256: p.sha256 });
        await em.nativeDelete(PendingEvidence, { id: { $in: uploadIds } });
      }
      const reportId = Number(await em.insert(ProgressReport, { assignment: a.id, period: p, text: body, reporter: this.deps.access.actor, at: now } as never));
      for (const f of stored) {
        await em.insert(EvidenceFile, { report: reportId, fileName: f.fileName, contentType: f.contentType, size: f.size, sha256: f.sha256, at: now } as never);
      }
      const from = a.status;
      if (a.status === 'NOT_STARTED') a.status = 'IN_PROGRESS';
      await this.event(em, a, now, 'REPORTED', body, from, a.status, reportId);
      a.lastReportAt = now;
      // Reporting answers the office's urge: the notice goes away.
      a.noticeEventId = null;
      return { audit: [{ action: 'UPDATE', field: 'report', after: { reportId, period: p, text: body, evidence: stored.map((f) => ({ fileName: f.fileName, sha256: f.sha256, size: f.size })) } }] };
    });
  }

  async requestClose(id: string, version: number): Promise<AssignmentNode> {
    return this.mutate(id, version, 'unit', async (em, a, now) => {
      if (a.status === 'NOT_STARTED') throw invalidState('尚未报送任何进展，不能申请销号：请先报送进展', a.status);
      if (a.status !== 'IN_PROGRESS') throw invalidState(`当前状态为“${label(a.status)}”，不能申请销号`, a.status);
      await this.event(em, a, now, 'CLOSE_REQUESTED', null, a.status, 'CLOSE_REQUESTED');
      a.status = 'CLOSE_REQUESTED';
      return { audit: [] };
    });
  }

  async approveClose(id: string, version: number): Promise<AssignmentNode> {
    return this.mutate(id, version, 'office', async (em, a, now) => {
      if (a.status !== 'CLOSE_REQUESTED') throw invalidState(`当前状态为“${label(a.status)}”，只有申请销号的台账可以销号`, a.status);
      await this.event(em, a, now, 'CLOSE_APPROVED', null, a.status, 'CLOSED');
      a.status = 'CLOSED';
      a.closedAt = now;
      a.closedBy = this.deps.access.actor;
      a.noticeEventId = null;
      return { audit: [{ action: 'UPDATE', field: 'closedAt', before: null, after: now }] };
    });
  }

  async rejectClose(id: string, version: number, reason: string): Promise<AssignmentNode> {
    const why = this.text('reason', reason, true)!;
    return this.mutate(id, version, 'office', async (em, a, now) => {
      if (a.status !== 'CLOSE_REQUESTED') throw invalidState(`当前状态为“${label(a.status)}”，只有申请销号的台账可以退回`, a.status);
      await this.event(em, a, now, 'CLOSE_REJECTED', why, a.status, 'IN_PROGRESS');
      a.status = 'IN_PROGRESS';
      a.rejectionCount += 1;
      return { audit: [{ action: 'UPDATE', field: 'rejection', before: a.rejectionCount - 1, after: { count: a.rejectionCount, reason: why } }] };
    });
  }

  async urge(id: string, version: number, text: string | null | undefined): Promise<AssignmentNode> {
    const body = this.text('text', text, false) ?? DEFAULT_URGE;
    return this.mutate(id, version, 'office', async (em, a, now) => {
      if (a.status === 'CLOSED') throw invalidState('该台账已销号，无需催办', a.status);
      const eventId = await this.event(em, a, now, 'URGED', body, null, null);
      const before = a.noticeEventId ?? null;
      a.noticeEventId = eventId;
      return { audit: [{ action: 'UPDATE', field: 'notice', before, after: { eventId, text: body } }] };
    });
  }
}
