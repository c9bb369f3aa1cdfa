import type { EntityManager } from '@mikro-orm/core';
import {
  validateMonth, validateMonthlyCheck, incomeTotalOf, currentMonth, TOWNSHIPS, townshipCodeOf, type FieldError,
  COUNTY_ROLES,
} from '@doudi/shared';
import { RowError, rowError } from '../../common/row-result.js';
import { queryRows, sql, dbDate } from '../../common/sql.js';
import { forbidden } from '../../common/access.js';
import { diffEntries } from '../audit/audit.service.js';
import { Household } from '../household/household.entity.js';
import { present, riskTypesText } from '../household/ledger-base.service.js';
import { toIntId } from '../household/household.query.js';
import { MonthlyCheck, MonthLock, MonthlyCheckCorrection, MonitoringLine } from './monitoring.entity.js';
import { badInput, completion, gridRow, regionConditions, requireMonth } from './monitoring.query.js';
import { RiskService } from './risk.service.js';
import type { HouseholdFacts } from './monitoring-base.service.js';
import type {
  MonthlyCheckInput, CorrectMonthlyCheckInput, MonthlyCheckRow, LockMonthResult, MonitoringLineNode,
} from './monitoring.types.js';

export interface CheckResult {
  index: number;
  householdId: string | null;
  month: string | null;
  ok: boolean;
  row: MonthlyCheckRow | null;
  errors: FieldError[];
  conflict: MonthlyCheckRow | null;
}

const FIELDS = ['visitDate', 'visitor', 'incomeWages', 'incomeBusiness', 'incomeProperty', 'incomeTransfer',
  'spendingMedical', 'spendingSchooling', 'foodOk', 'clothingOk', 'schoolingOk', 'medicalInsuranceOk', 'housingGrade',
  'waterOk', 'riskFound', 'riskTypes', 'measures', 'remarks'] as const;

export function checkSnapshot(c: MonthlyCheck): Record<string, unknown> {
  return {
    visitDate: c.visitDate, visitor: c.visitor, incomeWages: c.incomeWages ?? null, incomeBusiness: c.incomeBusiness ?? null,
    incomeProperty: c.incomeProperty ?? null, incomeTransfer: c.incomeTransfer ?? null, incomeTotal: c.incomeTotal ?? null,
    spendingMedical: c.spendingMedical ?? null, spendingSchooling: c.spendingSchooling ?? null, foodOk: c.foodOk ?? null,
    clothingOk: c.clothingOk ?? null, schoolingOk: c.schoolingOk ?? null, medicalInsuranceOk: c.medicalInsuranceOk ?? null,
    housingGrade: c.housingGrade, waterOk: c.waterOk ?? null, riskFound: c.riskFound, riskTypes: c.riskTypes,
    measures: c.measures, remarks: c.remarks, atRisk: c.atRisk, state: c.state,
  };
}

/**
 * The monthly checks of measure 12: DRAFT → SUBMITTED → LOCKED, corrections of locked checks and the monitoring
 * lines; each saved check goes through the risk rules (RiskService). Every row of a bulk mutation
 * runs in its own transaction; every change is audited in it.
 */
export class MonitoringService extends RiskService {
  private async rowOf(householdId: number, month: string): Promise<MonthlyCheckRow | null> {
    return gridRow(this.em, householdId, month, await this.lineOf(Number(month.slice(0, 4))));
  }

  private auditBase(h: HouseholdFacts, c: MonthlyCheck) {
    return { entityType: 'monthly_check', entityId: String(c.id), householdId: h.id, regionCode: h.regionCode };
  }

  // ---- saveMonthlyChecks ------------------------------------------------------------------------------------------

  async saveChecks(inputs: MonthlyCheckInput[]): Promise<CheckResult[]> {
    const out: CheckResult[] = [];
    for (const [index, input] of inputs.entries()) {
      const res = await this.runRow((em) => this.saveOne(em, input));
      const hid = toIntId(input.householdId);
      const month = typeof input.month === 'string' ? input.month : null;
      if (res.ok) {
        out.push({ index, householdId: input.householdId, month, ok: true, row: await this.rowOf(hid, month!), errors: [], conflict: null });
      } else {
        const conflict = res.error.errors.some((e) => e.code === 'VERSION_CONFLICT') && month ? await this.rowOf(hid, month) : null;
        out.push({ index, householdId: input.householdId, month, ok: false, row: null, errors: res.error.errors, conflict });
      }
    }
    return out;
  }

  private async saveOne(em: EntityManager, input: MonthlyCheckInput): Promise<void> {
    const now = this.clock.now();
    const monthErr = validateMonth(input.month, now);
    if (monthErr) throw new RowError([monthErr]);
    const month = input.month;
    const h = await this.loadHousehold(em, input.householdId);
    const v = validateMonthlyCheck(present(input, FIELDS), month, now);
    if (v.errors.length) throw new RowError(v.errors);
    const existing = await em.findOne(MonthlyCheck, { household: h.id, month });
    const version = input.version ?? null;
    let c: MonthlyCheck;
    let before: Record<string, unknown> | null = null;
    if (!existing) {
      if (version != null) throw rowError('version', 'NOT_FOUND', `该户 ${month} 尚无走访记录；新建时版本(version)应为空`);
      c = em.create(MonthlyCheck, {
        household: em.getReference(Household, h.id), month, townshipCode: h.townshipCode, createdAt: now, updatedAt: now, createdBy: this.access.actor,
        updatedBy: this.access.actor,
      });
    } else {
      c = existing;
      if (c.state === 'LOCKED') {
        throw rowError('state', 'LOCKED', `该户 ${month} 的走访记录已被县级锁定，只能通过更正（correctMonthlyCheck）修改`);
      }
      if (version == null) {
        throw rowError('version', 'VERSION_CONFLICT', `该户 ${month} 的走访记录已存在（当前版本 ${c.version}），请刷新后修改`);
      }
      this.checkVersion(c, version, `该户 ${month} 的走访记录`);
      before = checkSnapshot(c);
    }
    this.apply(c, v.value);
    if (c.state === 'SUBMITTED' && !c.visitDate) throw rowError('visitDate', 'REQUIRED', '已上报的记录走访日期不能为空');
    await this.evaluate(em, c);
    // A new check has its id only once flushed: its audit row is built after the flush.
    const changes = before ? diffEntries(this.auditBase(h, c), before, checkSnapshot(c)) : null;
    // A save of an existing check that changes nothing: nothing is written, the version stays and no event is raised.
    if (changes && !changes.length) {
      em.clear();
      return;
    }
    c.updatedAt = now;
    c.updatedBy = this.access.actor;
    await this.flushVersioned(em, 'version', `该户 ${month} 的走访记录`);
    this.audit(em, changes ?? [{ ...this.auditBase(h, c), action: 'CREATE', after: { month, ...checkSnapshot(c) } }]);
    await this.syncReferral(em, h, c);
    await em.flush();
  }

  private apply(c: MonthlyCheck, val: Record<string, unknown>): void {
    const rec = c as unknown as Record<string, unknown>;
    for (const [k, x] of Object.entries(val)) {
      if (k === 'riskTypes') c.riskTypes = riskTypesText(x);
      else rec[k] = x;
    }
    c.incomeTotal = incomeTotalOf(c as unknown as Record<'incomeWages', number | null>);
  }

  // ---- submitMonthlyChecks ------------------------------------------------------------------------------------------

  async submit(regionCode: string, monthArg: string, householdIds: string[] | null | undefined): Promise<CheckResult[]> {
    const month = requireMonth(monthArg);
    const region = regionConditions(regionCode);
    if (!region.length) throw badInput('regionCode', '请指定乡镇(街道)或村的区划代码', 'REQUIRED');
    if (!this.access.canTouchRegion(regionCode)) throw forbidden('无权上报本乡镇(街道)以外的走访记录', { field: 'regionCode' });
    let targets: { householdId: string }[];
    if (householdIds?.length) {
      targets = householdIds.map((id) => ({ householdId: id }));
    } else {
      const rows = await queryRows<{ household_id: number | string }>(this.em, {
        text: `SELECT c.household_id FROM monthly_check c JOIN household h ON h.id = c.household_id WHERE c.month = ? AND c.state = 'DRAFT' ` +
          `AND h.deleted_at IS NULL AND ${region.map((r) => r.text).join(' AND ')} ORDER BY h.region_code, h.id`,
        params: [month, ...region.flatMap((r) => r.params)],
      });
      targets = rows.map((r) => ({ householdId: String(r.household_id) }));
    }
    const out: CheckResult[] = [];
    for (const [index, t] of targets.entries()) {
      const res = await this.runRow(async (em) => {
        const h = await this.loadHousehold(em, t.householdId);
        if (!h.regionCode.startsWith(regionCode)) throw rowError('householdId', 'INVALID_VALUE', `户 ${h.code} 不在区划 ${regionCode} 内`);
        const c = await em.findOne(MonthlyCheck, { household: h.id, month });
        if (!c) throw rowError('householdId', 'NOT_FOUND', `户 ${h.code}（${h.headName}）${month} 尚无走访记录，不能上报`);
        if (c.state === 'LOCKED') throw rowError('state', 'LOCKED', `户 ${h.code} ${month} 的走访记录已被县级锁定`);
        if (c.state === 'SUBMITTED') return;
        if (!c.visitDate) throw rowError('visitDate', 'REQUIRED', `户 ${h.code}（${h.headName}）${month} 的走访日期为空，不能上报`);
        const now = this.clock.now();
        c.state = 'SUBMITTED';
        c.submittedAt = now;
        c.submittedBy = this.access.actor;
        c.updatedAt = now;
        c.updatedBy = this.access.actor;
        await this.flushVersioned(em, 'version', `该户 ${month} 的走访记录`);
        this.audit(em, [{ ...this.auditBase(h, c), action: 'UPDATE', field: 'state', before: 'DRAFT', after: 'SUBMITTED' }]);
        await em.flush();
      });
      const hid = toIntId(t.householdId);
      out.push(res.ok
        ? { index, householdId: t.householdId, month, ok: true, row: await this.rowOf(hid, month), errors: [], conflict: null }
        : { index, householdId: t.householdId, month, ok: false, row: null, errors: res.error.errors, conflict: null });
    }
    return out;
  }

  // ---- lockMonth --------------------------------------------------------------------------------------------------

  async lockMonth(regionCodeArg: string, monthArg: string): Promise<LockMonthResult> {
    const role = this.access.principal?.role;
    if (!role || !COUNTY_ROLES.includes(role)) throw forbidden('只有县民政局工作人员或系统管理员可以锁定月份', { field: 'regionCode' });
    const month = requireMonth(monthArg);
    if (month > currentMonth(this.clock.now())) throw badInput('month', `月份 ${month} 晚于本月，不能锁定`, 'OUT_OF_RANGE');
    const regionCode = String(regionCodeArg ?? '').trim();
    let townships: string[];
    if (/^\d{6}$/.test(regionCode) && TOWNSHIPS.some((t) => t.code.startsWith(regionCode))) townships = TOWNSHIPS.map((t) => t.code).filter((c) => c.startsWith(regionCode));
    else if (/^\d{9}$/.test(regionCode) && TOWNSHIPS.some((t) => t.code === regionCode)) townships = [regionCode];
    else throw badInput('regionCode', `区划代码“${regionCode}”应为本县(6 位)或一个乡镇(街道)(9 位)`, 'INVALID_VALUE');
    const now = this.clock.now();
    const at = dbDate(this.kind, now);
    const actor = this.access.actor;
    let locked = 0;
    await this.em.fork().transactional(async (em) => {
      const conn = em.getConnection();
      const tx = em.getTransactionContext();
      for (const t of townships) {
        const [cnt] = await queryRows<{ n: number | string }>(em, sql(
          `SELECT COUNT(*) AS n FROM monthly_check WHERE month = ? AND township_code = ? AND state = 'SUBMITTED'`, month, t));
        const n = Number(cnt?.n ?? 0);
        if (n > 0) {
          // One audit row per check, written by the database from the rows it changes (same transaction).
          await conn.execute(
            `INSERT INTO audit_event (at, actor, request_id, change_set, action, entity_type, entity_id, field, "before", "after", household_id, region_code) ` +
            `SELECT ?, ?, ?, ?, 'UPDATE', 'monthly_check', CAST(c.id AS VARCHAR(32)), 'state', '"SUBMITTED"', '"LOCKED"', c.household_id, h.region_code ` +
            `FROM monthly_check c JOIN household h ON h.id = c.household_id WHERE c.month = ? AND c.township_code = ? AND c.state = 'SUBMITTED'`,
            [at, actor, this.deps.stamp.requestId, this.deps.stamp.changeSet, month, t], 'run', tx);
          await conn.execute(
            `UPDATE monthly_check SET state = 'LOCKED', locked_at = ?, locked_by = ?, updated_at = ?, updated_by = ?, version = version + 1 ` +
            `WHERE month = ? AND township_code = ? AND state = 'SUBMITTED'`, [at, actor, at, actor, month, t], 'run', tx);
        }
        locked += n;
        const lock = await em.findOne(MonthLock, { townshipCode: t, month });
        if (lock) {
          lock.lockedAt = now;
          lock.lockedBy = actor;
          lock.lockedCount += n;
        } else {
          em.create(MonthLock, { townshipCode: t, month, lockedAt: now, lockedBy: actor, lockedCount: n });
        }
        this.audit(em, [{ action: lock ? 'UPDATE' : 'CREATE', entityType: 'month_lock', entityId: `${t}:${month}`, field: 'lockedCount', before: lock ? lock.lockedCount - n : null, after: lock ? lock.lockedCount : n, regionCode: t }]);
        await em.flush();
      }
    });
    const region = regionConditions(regionCode);
    const [draft] = await queryRows<{ n: number | string }>(this.em, {
      text: `SELECT COUNT(*) AS n FROM monthly_check c JOIN household h ON h.id = c.household_id WHERE c.month = ? AND c.state = 'DRAFT' AND h.deleted_at IS NULL AND ${region.map((r) => r.text).join(' AND ')}`,
      params: [month, ...region.flatMap((r) => r.params)],
    });
    const rows = await completion(this.em, month, regionCode, [], null);
    return {
      month, regionCode, locked, notSubmitted: Number(draft?.n ?? 0),
      notVisited: rows.reduce((s, r) => s + r.notVisited, 0), townships: rows,
    };
  }

  // ---- correctMonthlyCheck ----------------------------------------------------------------------------------------

  async correct(input: CorrectMonthlyCheckInput): Promise<CheckResult> {
    let hid = -1;
    let month: string | null = null;
    const res = await this.runRow(async (em) => {
      const n = toIntId(input.checkId);
      const c = n > 0 ? await em.findOne(MonthlyCheck, { id: n }) : null;
      const missing = `走访记录 ${input.checkId} 不存在`;
      if (!c) throw rowError('checkId', 'NOT_FOUND', missing);
      // A check of another township's household answers as a missing check.
      const h = await this.loadHousehold(em, c.household.id, 'checkId', missing);
      hid = c.household.id;
      month = c.month;
      if (c.state !== 'LOCKED') throw rowError('state', 'INVALID_STATE', `该记录尚未锁定（${c.state === 'DRAFT' ? '草稿' : '已上报'}），请直接修改（saveMonthlyChecks），不需要更正`);
      this.checkVersion(c, input.version, `该户 ${c.month} 的走访记录`);
      const reason = String(input.reason ?? '').trim();
      const errors: FieldError[] = [];
      if (!reason) errors.push({ field: 'reason', code: 'REQUIRED', message: '更正原因不能为空' });
      else if ([...reason].length > 500) errors.push({ field: 'reason', code: 'TOO_LONG', message: '更正原因最多 500 个字' });
      const v = validateMonthlyCheck(present(input, FIELDS), c.month, this.clock.now());
      errors.push(...v.errors);
      if (errors.length) throw new RowError(errors);
      const before = checkSnapshot(c);
      this.apply(c, v.value);
      if (!c.visitDate) throw rowError('visitDate', 'REQUIRED', '已锁定的记录走访日期不能为空');
      await this.evaluate(em, c);
      const after = checkSnapshot(c);
      const changes = diffEntries(this.auditBase(h, c), before, after);
      if (!changes.length) throw rowError('reason', 'INVALID_VALUE', '没有需要更正的内容：提交的值与原记录相同');
      const now = this.clock.now();
      c.updatedAt = now;
      c.updatedBy = this.access.actor;
      await this.flushVersioned(em, 'version', `该户 ${c.month} 的走访记录`);
      const corr = em.create(MonthlyCheckCorrection, {
        checkId: c.id, householdId: h.id, month: c.month, townshipCode: c.townshipCode, actor: this.access.actor, at: now, reason,
        before: JSON.stringify(Object.fromEntries(changes.map((e) => [e.field, e.before ?? null]))),
        after: JSON.stringify(Object.fromEntries(changes.map((e) => [e.field, e.after ?? null]))),
      });
      await em.flush();
      this.audit(em, [...changes, {
        action: 'CREATE', entityType: 'monthly_check_correction', entityId: String(corr.id), householdId: h.id,
        regionCode: h.regionCode, after: { checkId: c.id, reason },
      }]);
      await this.syncReferral(em, h, c);
      await em.flush();
    });
    if (res.ok) return { index: 0, householdId: String(hid), month, ok: true, row: await this.rowOf(hid, month!), errors: [], conflict: null };
    const conflict = res.error.errors.some((e) => e.code === 'VERSION_CONFLICT') && month ? await this.rowOf(hid, month) : null;
    return { index: 0, householdId: hid > 0 ? String(hid) : null, month, ok: false, row: null, errors: res.error.errors, conflict };
  }

  // ---- monitoring lines ---------------------------------------------------------------------------------------------

  async setLine(year: number, amount: number): Promise<MonitoringLineNode> {
    this.access.requireAdmin();
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', `年份 ${year} 应在 2000 到 2100 之间`, 'OUT_OF_RANGE');
    if (!Number.isFinite(amount) || amount <= 0 || amount > 1_000_000) throw badInput('amount', '监测线金额应大于 0 且不超过 1000000 元', 'OUT_OF_RANGE');
    const now = this.clock.now();
    return this.em.fork().transactional(async (em) => {
      const row = await em.findOne(MonitoringLine, { year });
      const before = row ? row.amount : null;
      const line = row ?? em.create(MonitoringLine, { year, amount, updatedAt: now });
      line.amount = Math.round(amount * 100) / 100;
      line.updatedAt = now;
      line.updatedBy = this.access.actor;
      this.audit(em, [{ action: row ? 'UPDATE' : 'CREATE', entityType: 'monitoring_line', entityId: String(year), field: 'amount', before, after: line.amount }]);
      await em.flush();
      return { year, amount: line.amount, updatedAt: now, updatedBy: line.updatedBy };
    });
  }

  /** Township of a region code the caller may act for (helper for resolvers). */
  static townshipOf(code: string): string | null {
    return townshipCodeOf(code);
  }
}
