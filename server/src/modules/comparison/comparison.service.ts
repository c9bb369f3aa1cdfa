// 数据比对: loading sources, running the comparison job, verifying findings. Scope: loading and running need
// compare:write; findings are read with ledger:read and verified with ledger:write, each within the caller's township.
import { GraphQLError } from 'graphql';
import {
  COMPARISON_AGENCY, COMPARISON_COLUMNS, ComparisonKindDef, FindingActionDef, chinaDate, isIsoDate,
  type ComparisonKind,
} from '@doudi/shared';
import type { ServiceDeps } from '../../common/service-context.js';
import { dbDate, queryRows, sql } from '../../common/sql.js';
import { recordAudit } from '../audit/audit.service.js';
import { EvidenceStore, decodeUploads } from '../tasks/evidence.store.js';
import { ComparisonEvidence, ComparisonFinding, ComparisonSource } from './comparison.entity.js';
import { MAX_SOURCE_ROWS, prepareRows, type PreparedRow, type RowProblem, type SourceRowIn } from './comparison.rows.js';
import { comparisonJobs, runMatching, type MatchOutcome } from './comparison.match.js';
import { RULES } from './rules/index.js';
import { ComparisonFindingReader } from './comparison.query.js';
import type { ComparisonFindingNode, ComparisonSourceNode } from './comparison.types.js';

export interface ComparisonSettings {
  /** The content-addressed file store (source files and evidence): the evidence folder of the 责任台账. */
  storeDir: string;
  dueDays: number;
  evidenceMaxBytes: number;
}

export const refuse = (field: string | null, code: string, message: string, extra: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code, field, ...extra } });

export interface LoadRequest {
  kind: string;
  agency?: string | null;
  asOf: string;
  via: 'IMPORT' | 'API';
  fileName: string;
  bytes: Buffer;
  rows: Iterable<SourceRowIn>;
  commit: boolean;
  atomic: boolean;
}

export interface LoadOutcome {
  rows: number;
  valid: number;
  invalid: number;
  errors: RowProblem[];
  warnings: RowProblem[];
  /** Rows that would be (or were) stored: valid, repeats counted once. */
  loadable: number;
  source: ComparisonSourceNode | null;
}

const COLS = ['source_id', 'row_no', 'id_number', 'name', 'detail', 'amount', 'status', 'grade', 'event_date', 'category', 'region_code', 'cells', 'row_key'] as const;
const tuple = (sourceId: number, r: PreparedRow): unknown[] =>
  [sourceId, r.rowNo, r.idNumber, r.name, r.detail, r.amount, r.status, r.grade, r.eventDate, r.category, r.regionCode, r.cells, r.rowKey];

export class ComparisonService {
  readonly store: EvidenceStore;

  constructor(readonly deps: ServiceDeps, readonly settings: ComparisonSettings) {
    this.store = new EvidenceStore(settings.storeDir);
  }

  get access() {
    return this.deps.access;
  }

  /** Checks a load's options; the kind, agency and as-of date are bounded like every input. */
  checkOptions(kind: string, agency: string | null | undefined, asOf: string): { kind: ComparisonKind; agency: string; asOf: string } {
    if (!(ComparisonKindDef.values as readonly string[]).includes(kind)) {
      throw refuse('kind', 'BAD_USER_INPUT', `数据源种类“${String(kind).slice(0, 40)}”无效，应为 ${ComparisonKindDef.values.join('、')} 之一`);
    }
    const k = kind as ComparisonKind;
    const a = (agency ?? '').trim() || COMPARISON_AGENCY[k];
    if (a.length > 100) throw refuse('agency', 'TOO_LONG', '提供单位不能超过 100 个字');
    if (!isIsoDate(asOf)) throw refuse('asOf', 'INVALID_VALUE', `数据日期“${String(asOf).slice(0, 20)}”不是有效日期（格式 YYYY-MM-DD）`);
    if (asOf > chinaDate(this.deps.clock.now())) throw refuse('asOf', 'OUT_OF_RANGE', `数据日期 ${asOf} 晚于今天`);
    return { kind: k, agency: a, asOf };
  }

  /**
   * Checks every row; with `commit`, stores the file (content-addressed), the source and its rows in one transaction,
   * and marks earlier loads of the kind superseded. Atomic: nothing is stored while a row is invalid.
   */
  async load(req: LoadRequest): Promise<LoadOutcome> {
    this.access.require('compare:write');
    const opts = this.checkOptions(req.kind, req.agency, req.asOf);
    const prepared = prepareRows(opts.kind, req.rows);
    const out: LoadOutcome = {
      rows: prepared.total, valid: prepared.rows.length + prepared.warnings.length, invalid: prepared.invalid, errors: prepared.errors,
      warnings: prepared.warnings, loadable: prepared.rows.length, source: null,
    };
    if (prepared.total > MAX_SOURCE_ROWS) {
      out.errors = [{ row: null, field: null, code: 'TOO_LARGE', message: `数据源最多 ${MAX_SOURCE_ROWS} 行，本次 ${prepared.total} 行，请拆分后载入` }];
      return out;
    }
    if (!req.commit || (req.atomic && prepared.invalid > 0) || prepared.rows.length === 0) {
      if (req.commit && prepared.rows.length === 0 && !prepared.errors.length) out.errors.push({ row: null, field: null, code: 'REQUIRED', message: '没有可载入的数据行' });
      return out;
    }
    const file = await this.store.put(req.bytes);
    const now = this.deps.clock.now();
    const em = this.deps.em.fork();
    const id = await em.transactional(async (tx) => {
      const src = tx.create(ComparisonSource, {
        kind: opts.kind, agency: opts.agency, asOf: opts.asOf, via: req.via, rowCount: prepared.rows.length,
        duplicateRows: prepared.warnings.length, fileName: req.fileName.slice(-255), fileSize: file.size, fileSha256: file.sha256,
        createdBy: this.deps.stamp.actor, createdAt: now, updatedAt: now,
      });
      await tx.flush();
      const conn = tx.getConnection();
      const ctx = tx.getTransactionContext();
      const per = 500;
      for (let i = 0; i < prepared.rows.length; i += per) {
        const chunk = prepared.rows.slice(i, i + per);
        const marks = chunk.map(() => `(${COLS.map(() => '?').join(', ')})`).join(', ');
        await conn.execute(`INSERT INTO comparison_row (${COLS.join(', ')}) VALUES ${marks}`, chunk.flatMap((r) => tuple(src.id, r)), 'run', ctx);
      }
      // Earlier loads of the kind are superseded for new comparisons (their findings stay).
      await conn.execute('UPDATE comparison_source SET superseded_at = ?, superseded_by = ?, version = version + 1 WHERE kind = ? AND id <> ? AND superseded_at IS NULL',
        [dbDate(this.deps.kind, now), src.id, opts.kind, src.id], 'run', ctx);
      recordAudit(tx, this.deps.stamp, now, [{
        action: 'CREATE', entityType: 'comparison_source', entityId: String(src.id),
        after: { kind: opts.kind, agency: opts.agency, asOf: opts.asOf, via: req.via, rowCount: prepared.rows.length, fileSha256: file.sha256 },
      }]);
      return src.id;
    });
    out.source = (await this.sources(id))[0] ?? null;
    return out;
  }

  /** Runs the comparison of a source (not superseded) as the one comparison job of the process. */
  async run(sourceId: string | number, onProgress?: (pct: number) => void): Promise<{ source: ComparisonSourceNode; outcome: MatchOutcome }> {
    this.access.require('compare:write');
    const id = Number(sourceId);
    const [src] = Number.isSafeInteger(id) ? await queryRows<{ superseded_at: unknown; status: string }>(this.deps.em, sql('SELECT superseded_at, status FROM comparison_source WHERE id = ?', id)) : [];
    if (!src) throw refuse('sourceId', 'NOT_FOUND', `数据源 ${String(sourceId).slice(0, 20)} 不存在`);
    if (src.superseded_at != null) throw refuse('sourceId', 'INVALID_STATE', '该数据源已被同类的新数据取代，请用最新一次载入的数据比对');
    const release = comparisonJobs.acquire('comparison');
    if (!release) throw refuse(null, 'TOO_MANY_JOBS', '另一次数据比对正在进行，请等它完成后再试');
    try {
      const outcome = await runMatching(this.deps.em.fork(), this.deps.kind, this.deps.stamp, this.deps.clock.now(), id, this.settings.dueDays, onProgress);
      return { source: (await this.sources(id))[0]!, outcome };
    } finally {
      release();
    }
  }

  /** Loads, newest first (one source when `id` is given). Metadata only: no personal data. */
  async sources(id?: number): Promise<ComparisonSourceNode[]> {
    this.access.require('ledger:read');
    const rows = await queryRows<Record<string, unknown>>(this.deps.em, sql(
      `SELECT id, kind, agency, as_of, via, created_by, created_at, row_count, duplicate_rows, file_name, file_sha256, superseded_at, status,
        progress, matched_rows, finding_count, matched_at FROM comparison_source ${id ? 'WHERE id = ?' : ''} ORDER BY id DESC LIMIT 500`,
      ...(id ? [id] : [])));
    const date = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : (v as string | number)));
    return rows.map((r) => ({
      id: String(r.id), kind: String(r.kind), agency: String(r.agency), asOf: String(r.as_of), via: String(r.via), loadedBy: String(r.created_by),
      loadedAt: date(r.created_at)!, rowCount: Number(r.row_count), duplicateRows: Number(r.duplicate_rows), fileName: String(r.file_name),
      fileSha256: String(r.file_sha256), superseded: r.superseded_at != null, status: String(r.status), progress: Number(r.progress),
      matchedRows: Number(r.matched_rows), findingCount: Number(r.finding_count), matchedAt: date(r.matched_at),
    }));
  }

  rules() {
    return RULES.map((r) => ({ rule: r.rule, label: r.label.zh, kinds: [...r.kinds], description: r.description, measure: r.measure }));
  }

  kinds() {
    return ComparisonKindDef.values.map((k) => ({
      kind: k, label: ComparisonKindDef.labels[k].zh, agency: COMPARISON_AGENCY[k],
      columns: COMPARISON_COLUMNS[k].map((c) => ({ field: c.field, label: c.zh, required: c.required, aliases: c.aliases })),
    }));
  }

  /**
   * Records the verification of an open finding: 属实 with the action it led to, or 不属实 with what was checked; the
   * evidence files stored content-addressed. Version-checked; audited in the same transaction.
   */
  async verify(input: { findingId: string; version: number; result: string; action?: string | null; actionRef?: string | null; note?: string | null;
    evidence?: { fileName: string; contentType?: string | null; base64: string }[] | null }): Promise<ComparisonFindingNode> {
    this.access.require('ledger:write');
    const id = /^\d{1,12}$/.test(input.findingId) ? Number(input.findingId) : -1;
    // Read on a fork of its own: the update below is a versioned raw UPDATE on another one.
    const f = await this.deps.em.fork().findOne(ComparisonFinding, { id });
    const em = this.deps.em.fork();
    const reader = new ComparisonFindingReader(this.deps);
    if (!f || !reader.canSee(f.townshipCode, f.regionCode)) throw refuse('findingId', 'NOT_FOUND', `疑点 ${input.findingId.slice(0, 20)} 不存在`);
    if (f.version !== input.version) throw refuse('version', 'VERSION_CONFLICT', '该疑点已被他人核查或修改，请刷新后重试', { currentVersion: f.version });
    if (f.state !== 'OPEN') throw refuse('result', 'INVALID_STATE', `该疑点已核查（${f.state === 'CONFIRMED' ? '属实' : '不属实'}），不能重复核查`);
    if (input.result !== 'CONFIRMED' && input.result !== 'REJECTED') throw refuse('result', 'INVALID_VALUE', '核查结果应为 属实（CONFIRMED）或 不属实（REJECTED）');
    const note = (input.note ?? '').trim();
    if (note.length > 2000) throw refuse('note', 'TOO_LONG', '核查说明不能超过 2000 个字');
    const actionRef = (input.actionRef ?? '').trim();
    if (actionRef.length > 100) throw refuse('actionRef', 'TOO_LONG', '处理结果关联不能超过 100 个字');
    let action: string | null = null;
    if (input.result === 'CONFIRMED') {
      if (!input.action) throw refuse('action', 'REQUIRED', '核查属实时须填写处理结果');
      if (!(FindingActionDef.values as readonly string[]).includes(input.action)) throw refuse('action', 'INVALID_VALUE', '处理结果无效');
      action = input.action;
      if (action !== 'NONE' && action !== 'OTHER' && !actionRef) {
        throw refuse('actionRef', 'REQUIRED', `处理结果为“${FindingActionDef.labels[action as 'LEDGER_EDIT'].zh}”时须关联对应记录（案件号、户编号或申请编号）`);
      }
      if (action === 'DIBAO_ENDED' || action === 'TEKUN_ENDED' || action === 'LEDGER_EDIT' || action === 'APPLICATION') await this.checkActionRef(action, actionRef, f);
    } else if (!note) {
      throw refuse('note', 'REQUIRED', '核查不属实时须说明核查情况');
    }
    const files = decodeUploads(input.evidence ?? [], this.settings.evidenceMaxBytes);
    const stored = await Promise.all(files.map(async (u) => ({ u, s: await this.store.put(u.bytes) })));
    const now = this.deps.clock.now();
    const before = { state: f.state, action: f.action ?? null, actionRef: f.actionRef ?? null, note: f.note ?? null };
    await em.transactional(async (tx) => {
      const res = await tx.getConnection().execute(
        `UPDATE comparison_finding SET state = ?, action = ?, action_ref = ?, note = ?, verified_by = ?, verified_at = ?, updated_at = ?,
          version = version + 1 WHERE id = ? AND version = ? AND state = 'OPEN'`,
        [input.result, action, actionRef || null, note || null, this.deps.stamp.actor, dbDate(this.deps.kind, now), dbDate(this.deps.kind, now), id, input.version],
        'run', tx.getTransactionContext()) as { affectedRows?: number; rowCount?: number; changes?: number };
      if (Number(res?.affectedRows ?? res?.rowCount ?? res?.changes ?? 0) !== 1) throw refuse('version', 'VERSION_CONFLICT', '该疑点已被他人核查或修改，请刷新后重试');
      for (const { u, s } of stored) {
        tx.create(ComparisonEvidence, { findingId: id, fileName: u.fileName, contentType: u.contentType, size: s.size, sha256: s.sha256, at: now, createdBy: this.deps.stamp.actor });
      }
      recordAudit(tx, this.deps.stamp, now, [{
        action: 'UPDATE', entityType: 'comparison_finding', entityId: String(id), field: 'verification', householdId: f.householdId ?? null,
        regionCode: f.regionCode || null, before, after: { state: input.result, action, actionRef: actionRef || null, note: note || null, evidence: stored.map((x) => x.s.sha256) },
      }]);
    });
    return (await reader.byIds([id]))[0]!;
  }

  /** The record an action names must exist and be about the finding's household (a case ended, the household edited). */
  private async checkActionRef(action: string, ref: string, f: ComparisonFinding): Promise<void> {
    const id = /^\d{1,12}$/.test(ref) ? Number(ref) : -1;
    // The record the finding led to: an ended case, the edited household, or an application (申请) of that household.
    const table = action === 'DIBAO_ENDED' ? 'dibao_case' : action === 'TEKUN_ENDED' ? 'tekun_person' : action === 'APPLICATION' ? 'assistance_application' : 'household';
    const col = table === 'household' ? 'id' : 'household_id';
    const withState = table === 'dibao_case' || table === 'tekun_person';
    const [row] = await queryRows<{ hid: unknown; state?: string }>(this.deps.em, sql(
      `SELECT ${col} AS hid${withState ? ', state' : ''} FROM ${table} WHERE id = ?`, id));
    if (!row || (f.householdId != null && Number(row.hid) !== f.householdId)) {
      throw refuse('actionRef', 'NOT_FOUND', `关联记录 ${ref.slice(0, 20)} 不存在或不属于该疑点的家庭`);
    }
    if (withState && row.state !== 'ENDED') {
      throw refuse('actionRef', 'INVALID_STATE', `关联的${table === 'dibao_case' ? '低保案件' : '特困供养'}尚未按程序终止，请先办结后再登记核查结果`);
    }
  }
}
