// Accountability rows (责任台账): a sheet of measure × unit rows with a status and the progress text, applied through
// the same status flow as the board (AssignmentService: report, request close-off, approve): a unit reports and asks
// for close-off on its own rows; only the leadership office closes (销号). Rows are few (12 measures × units), so they
// go one by one through the service, each with its own audit rows and timeline event. Atomic: all rows in one
// transaction (a failure at write time rolls back every row); not atomic: each row in its own.
import { AssignmentStatusDef, enumFromLabel, resolveUnitName, responsibleUnitByCode } from '@doudi/shared';
import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../../../common/context.js';
import { queryRows, sql } from '../../../common/sql.js';
import { assignmentService } from '../../tasks/tasks.context.js';
import type { AssignmentService } from '../../tasks/assignment.service.js';
import type { ImportColumn } from './header.js';
import { cellText } from './cells.js';
import type { DataRow, ImportError, Progress } from './types.js';


const ORDER = ['NOT_STARTED', 'IN_PROGRESS', 'CLOSE_REQUESTED', 'CLOSED'];
const zh = (s: string) => AssignmentStatusDef.labels[s as keyof typeof AssignmentStatusDef.labels]?.zh ?? s;

/** A row refused at write time by the service (the cause), blamed on the column of the action that failed. */
class RowFailure extends Error {
  constructor(override readonly cause: unknown, readonly field: string) {
    super('row failed');
  }
}

type Action = { kind: 'report'; text: string } | { kind: 'requestClose' } | { kind: 'approve' };

interface Plan {
  row: number;
  id?: number;
  actions: Action[];
  errors: ImportError[];
}

export function missingAssignmentColumns(columns: ImportColumn[], headerRow: number): ImportError[] {
  const has = (f: string) => columns.some((c) => c.field === f);
  const out: ImportError[] = [];
  if (!has('measureNo')) out.push({ row: headerRow, column: null, field: 'measureNo', code: 'MISSING_COLUMN', message: '缺少必填列“措施序号”' });
  if (!has('unitName') && !has('unitCode')) out.push({ row: headerRow, column: null, field: 'unitName', code: 'MISSING_COLUMN', message: '缺少必填列“责任单位”' });
  if (!has('status') && !has('lastReportText')) {
    out.push({ row: headerRow, column: null, field: 'status', code: 'MISSING_COLUMN', message: '缺少“状态”或“进展情况”列：没有可导入的内容' });
  }
  return out;
}

export async function importAssignments(
  ctx: RequestContext, rows: DataRow[], columns: ImportColumn[], opts: { commit: boolean; atomic: boolean; progress?: Progress },
): Promise<{ rows: number; valid: number; invalid: number; created: number; updated: number; unchanged: number; errors: ImportError[]; committed: boolean }> {
  const colOf = new Map<string, ImportColumn>();
  for (const c of columns) if (c.field) colOf.set(c.field, c);
  const em = ctx.em.fork();
  const [plan] = await queryRows<{ id: number | string }>(em, sql('SELECT MAX(id) AS id FROM plan'));
  const measures = new Map((await queryRows<{ id: number | string; no: number | string }>(em, sql('SELECT id, no FROM measure WHERE plan_id = ?', Number(plan?.id ?? 0))))
    .map((m) => [Number(m.no), Number(m.id)]));
  const assignments = await queryRows<{ id: number | string; measure_id: number | string; unit_code: string; status: string }>(em, sql('SELECT id, measure_id, unit_code, status FROM assignment'));
  const byKey = new Map(assignments.map((a) => [`${a.measure_id}|${a.unit_code}`, a]));
  const lastText = new Map((await queryRows<{ assignment_id: number | string; text: string }>(em, sql(
    'SELECT r.assignment_id, r.text FROM progress_report r WHERE r.id IN (SELECT MAX(id) FROM progress_report GROUP BY assignment_id)')))
    .map((r) => [Number(r.assignment_id), r.text]));
  const access = ctx.access;
  const seen = new Map<number, number>();

  const plans: Plan[] = rows.map((r) => {
    const p: Plan = { row: r.row, actions: [], errors: [] };
    const cell = (f: string) => {
      const c = colOf.get(f);
      return c ? r.values[c.index - 1] ?? null : null;
    };
    const err = (field: string, code: string, message: string) => p.errors.push({ row: r.row, column: colOf.get(field)?.letter ?? null, field, code, message });
    const noText = cellText(cell('measureNo')).replace(/^第|条$|项$/g, '');
    const no = Number(noText.normalize('NFKC'));
    const measureId = Number.isInteger(no) ? measures.get(no) : undefined;
    if (!noText) err('measureNo', 'REQUIRED', '措施序号不能为空');
    else if (measureId === undefined) err('measureNo', 'INVALID_VALUE', `措施序号“${noText}”不是方案中的措施（1–${measures.size}）`);
    const codeText = cellText(cell('unitCode'));
    const nameText = cellText(cell('unitName'));
    const unit = (codeText ? responsibleUnitByCode(codeText) : undefined) ?? (nameText ? resolveUnitName(nameText) : undefined);
    if (!codeText && !nameText) err(colOf.has('unitName') ? 'unitName' : 'unitCode', 'REQUIRED', '责任单位不能为空');
    else if (!unit) err(codeText ? 'unitCode' : 'unitName', 'INVALID_VALUE', `责任单位“${codeText || nameText}”不是本县的责任单位`);
    const statusText = cellText(cell('status'));
    const wanted = statusText ? enumFromLabel(AssignmentStatusDef, statusText) : undefined;
    if (statusText && !wanted) err('status', 'INVALID_VALUE', `状态“${statusText}”无效，应为 未启动、推进中、申请销号 或 已销号`);
    const text = cellText(cell('lastReportText'));
    if (text.length > 4000) err('lastReportText', 'TOO_LONG', `进展情况不能超过4000字（当前${text.length}字）`);
    if (p.errors.length || measureId === undefined || !unit) return p;
    const a = byKey.get(`${measureId}|${unit.code}`);
    if (!a) {
      err(colOf.has('unitName') ? 'unitName' : 'unitCode', 'NOT_FOUND', `措施 ${no} 没有分配给${unit.name}`);
      return p;
    }
    p.id = Number(a.id);
    const first = seen.get(p.id);
    if (first !== undefined) {
      err('measureNo', 'DUPLICATE_IN_FILE', `与第 ${first} 行是同一条台账（措施 ${no} × ${unit.name}）`);
      return p;
    }
    seen.set(p.id, r.row);
    let cur = a.status;
    const unitMay = access.canReportFor(a.unit_code);
    if (text && text !== lastText.get(p.id)) {
      if (cur === 'CLOSED') err('lastReportText', 'INVALID_STATE', '该台账已销号，不能再报送进展');
      else if (!unitMay) err('lastReportText', 'FORBIDDEN', `只有${unit.name}本身可以报送该台账的进展`);
      else {
        p.actions.push({ kind: 'report', text });
        if (cur === 'NOT_STARTED') cur = 'IN_PROGRESS';
      }
    }
    if (wanted && wanted !== cur && !p.errors.length) {
      const from = ORDER.indexOf(cur);
      const to = ORDER.indexOf(wanted);
      if (to < from) err('status', 'INVALID_STATE', `当前状态为“${zh(a.status)}”，导入不能改回“${zh(wanted)}”`);
      else if (wanted === 'IN_PROGRESS') err('lastReportText', 'REQUIRED', '改为“推进中”需要同时填写进展情况（报送一次进展）');
      else if (cur === 'NOT_STARTED') err('lastReportText', 'REQUIRED', `改为“${zh(wanted)}”前需要先报送进展：请填写进展情况`);
      else {
        if (cur === 'IN_PROGRESS') {
          if (!unitMay) err('status', 'FORBIDDEN', `只有${unit.name}本身可以申请销号`);
          else p.actions.push({ kind: 'requestClose' });
          cur = 'CLOSE_REQUESTED';
        }
        if (wanted === 'CLOSED' && !p.errors.length) {
          if (!access.isTaskOffice) err('status', 'FORBIDDEN', '只有领导小组办公室可以销号');
          else p.actions.push({ kind: 'approve' });
        }
      }
    }
    if (p.errors.length) p.actions = [];
    return p;
  });
  opts.progress?.('validate', rows.length, rows.length);
  const invalid = plans.filter((p) => p.errors.length).length;
  const changed = plans.filter((p) => !p.errors.length && p.actions.length);
  const result = {
    rows: rows.length, valid: rows.length - invalid, invalid, created: 0, updated: changed.length,
    unchanged: plans.filter((p) => !p.errors.length && !p.actions.length).length, errors: [] as ImportError[], committed: false,
  };
  if (!opts.commit || (opts.atomic && invalid > 0)) {
    result.errors = plans.flatMap((p) => p.errors);
    if (opts.commit) Object.assign(result, { updated: 0, unchanged: 0 });
    return result;
  }
  // One row: its actions through the service, each version-checked against the row as it now is.
  const commitRow = async (svc: AssignmentService, em: EntityManager, p: Plan) => {
    let [row] = await queryRows<{ version: number | string }>(em, sql('SELECT version FROM assignment WHERE id = ?', p.id));
    let version = Number(row?.version ?? 0);
    for (const a of p.actions) {
      try {
        const node = a.kind === 'report' ? await svc.reportProgress(String(p.id), version, a.text, null, null)
          : a.kind === 'requestClose' ? await svc.requestClose(String(p.id), version) : await svc.approveClose(String(p.id), version);
        [row] = await queryRows<{ version: number | string }>(em, sql('SELECT version FROM assignment WHERE id = ?', Number(node.id)));
        version = Number(row?.version ?? version + 1);
      } catch (err) {
        throw new RowFailure(err, a.kind === 'report' ? 'lastReportText' : 'status');
      }
    }
  };
  const writeError = (p: Plan, f: RowFailure, note = ''): ImportError => {
    const e = f.cause;
    const code = e instanceof GraphQLError ? String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'INTERNAL_SERVER_ERROR';
    const message = e instanceof GraphQLError ? e.message : '服务器内部错误';
    return { row: p.row, column: colOf.get(f.field)?.letter ?? null, field: f.field, code, message: message + note };
  };
  let done = 0;
  let updated = 0;
  if (opts.atomic) {
    // All or nothing: every row's writes in one transaction. The service is handed the transaction's em; each of its
    // mutations (a transaction of its own) then runs as a savepoint inside this one, so the first row that fails at
    // write time rolls back every row before it.
    let failed: { plan: Plan; failure: RowFailure } | null = null;
    try {
      await ctx.em.fork().transactional(async (tx) => {
        const svc = assignmentService({ ...ctx, em: tx, changeSet: null });
        for (const p of changed) {
          try {
            await commitRow(svc, tx, p);
          } catch (err) {
            if (!(err instanceof RowFailure)) throw err;
            failed = { plan: p, failure: err };
            throw err;
          }
          done += 1;
          opts.progress?.('commit', done, changed.length);
        }
      });
      updated = changed.length;
    } catch (err) {
      const f = failed as { plan: Plan; failure: RowFailure } | null;
      if (!f || err !== f.failure) throw err;
      f.plan.errors.push(writeError(f.plan, f.failure, `（整个文件已回滚：按“全部或全不”导入，其余 ${changed.length - 1} 行也未写入）`));
      result.errors = plans.flatMap((p) => p.errors);
      result.invalid = plans.filter((p) => p.errors.length).length;
      result.valid = rows.length - result.invalid;
      Object.assign(result, { updated: 0, unchanged: 0 });
      return result;
    }
  } else {
    const svc = assignmentService({ ...ctx, changeSet: null });
    for (const p of changed) {
      try {
        await commitRow(svc, ctx.em.fork(), p);
        updated += 1;
      } catch (err) {
        if (!(err instanceof RowFailure)) throw err;
        p.errors.push(writeError(p, err));
      }
      done += 1;
      opts.progress?.('commit', done, changed.length);
    }
  }
  result.errors = plans.flatMap((p) => p.errors);
  result.invalid = plans.filter((p) => p.errors.length).length;
  result.valid = rows.length - result.invalid;
  result.updated = updated;
  result.committed = true;
  return result;
}
