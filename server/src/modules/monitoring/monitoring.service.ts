import type { EntityManager } from '@mikro-orm/core';
import {
  validateMonth, validateMonthlyCheck, incomeTotalOf, riskReasons, checkPasses, isWorkingAgeMember, monthsEnding,
  currentMonth, chinaDate, addPeriods, lastDayOfPeriod, fmt, TOWNSHIPS, townshipCodeOf, EliminationConditionDef,
  ELIMINATION_MIN_MONTHS, type FieldError, type EliminationCondition,
} from '@doudi/shared';
import { RowError, rowError } from '../../common/row-result.js';
import { queryRows, sql, dbDate, fromDbDate } from '../../common/sql.js';
import { forbidden } from '../../common/access.js';
import { diffEntries, type AuditEntry } from '../audit/audit.service.js';
import { Household } from '../household/household.entity.js';
import { LedgerServiceBase, householdSnapshot, present, riskTypesText, type HouseholdResult } from '../household/ledger-base.service.js';
import { toIntId } from '../household/household.query.js';
import { countAssistanceMeasures } from '../assistance/assistance-facts.js';
import { MonthlyCheck, RiskReferral, MonthLock, MonthlyCheckCorrection, MonitoringLine } from './monitoring.entity.js';
import { monitoringLineFor, monitoringLines, lineFromTable } from './monitoring-line.js';
import { badInput, completion, gridRow, regionConditions, requireMonth } from './monitoring.query.js';
import type {
  MonthlyCheckInput, CorrectMonthlyCheckInput, MonthlyCheckRow, LockMonthResult, EliminationConditionResult,
  MonitoringLineNode,
} from './monitoring.types.js';

/** What the monitoring rules read of a household. */
export interface HouseholdFacts {
  id: number;
  code: string;
  headName: string;
  regionCode: string;
  townshipCode: string;
  riskStatus: string;
  createdAt: Date;
}

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

/** The date `months` calendar months after `date` (YYYY-MM-DD), the day clamped to the month's end. */
function addMonthsToDate(date: string, months: number): string {
  const p = addPeriods(date.slice(0, 7), months);
  const last = lastDayOfPeriod(p);
  const day = date.slice(8, 10);
  return day > last.slice(8, 10) ? last : `${p}-${day}`;
}

/**
 * The monthly monitoring rules (measure 12): monthly checks DRAFT → SUBMITTED → LOCKED, corrections of locked checks,
 * the risk rules (at risk → referral, household back under monitoring) and 风险消除. Every row of a bulk mutation
 * runs in its own transaction; every change is audited in it.
 */
export class MonitoringService extends LedgerServiceBase {
  private lineCache = new Map<number, number>();
  /** The zh-CN reasons of each check evaluated in this request. */
  private reasons = new WeakMap<MonthlyCheck, string[]>();

  async lineOf(year: number, em: EntityManager = this.em): Promise<number> {
    let v = this.lineCache.get(year);
    if (v === undefined) this.lineCache.set(year, (v = await monitoringLineFor(em, year)));
    return v;
  }

  /** As the base's, plus this module's unique constraints (a concurrent create of the same household and month). */
  protected override async runRow<T>(fn: (em: EntityManager) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: RowError }> {
    try {
      return await super.runRow(fn);
    } catch (err) {
      const msg = String((err as { message?: string })?.message ?? '');
      if (/monthly_check_household_month_unique|monthly_check\.household_id, monthly_check\.month|risk_referral_open_unique|risk_referral\.household_id/.test(msg)) {
        return { ok: false, error: rowError('version', 'VERSION_CONFLICT', '该户本月的走访记录刚被他人保存，请刷新后重试') };
      }
      throw err;
    }
  }

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

  /** The household a check belongs to, read as plain facts (loading the entity would make its version a flush hazard). */
  private async loadHousehold(em: EntityManager, id: string | number, field = 'householdId'): Promise<HouseholdFacts> {
    const n = toIntId(id);
    const [r] = n > 0 ? await queryRows<Record<string, unknown>>(em, sql(
      'SELECT id, code, head_name, region_code, township_code, risk_status, created_at, deleted_at FROM household WHERE id = ?', n)) : [];
    if (!r || r.deleted_at != null) throw rowError(field, 'NOT_FOUND', `户 ${id} 不存在或已删除`);
    const h: HouseholdFacts = {
      id: Number(r.id), code: String(r.code), headName: String(r.head_name ?? ''), regionCode: String(r.region_code),
      townshipCode: String(r.township_code), riskStatus: String(r.risk_status), createdAt: fromDbDate(r.created_at),
    };
    if (!this.access.canTouchRegion(h.regionCode)) throw this.forbiddenRow(field);
    return h;
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
    await this.evaluate(em, h, c);
    c.updatedAt = now;
    c.updatedBy = this.access.actor;
    await this.flushVersioned(em, 'version', `该户 ${month} 的走访记录`);
    const base = this.auditBase(h, c);
    this.audit(em, before ? diffEntries(base, before, checkSnapshot(c)) : [{ ...base, action: 'CREATE', after: { month, ...checkSnapshot(c) } }]);
    await this.afterRisk(em, h, c);
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

  /** Derives at_risk (and its reasons) from the check and the line of its month's year. */
  private async evaluate(em: EntityManager, _h: HouseholdFacts, c: MonthlyCheck): Promise<string[]> {
    if (c.riskFound && !c.riskTypes) throw rowError('riskTypes', 'REQUIRED', '发现风险时请填写风险类型');
    const year = Number(c.month.slice(0, 4));
    const reasons = riskReasons({
      incomeTotal: c.incomeTotal ?? null, foodOk: c.foodOk ?? null, clothingOk: c.clothingOk ?? null,
      schoolingOk: c.schoolingOk ?? null, medicalInsuranceOk: c.medicalInsuranceOk ?? null,
      housingGrade: c.housingGrade || null, waterOk: c.waterOk ?? null,
    }, await this.lineOf(year, em), year);
    c.atRisk = reasons.length > 0;
    this.reasons.set(c, reasons);
    return reasons;
  }

  /**
   * A check at risk: one OPEN referral per household (opened, or brought up to the latest month's reasons), and the
   * household back under monitoring if its risk had been eliminated — all in the check's transaction, audited.
   */
  private async afterRisk(em: EntityManager, h: HouseholdFacts, c: MonthlyCheck): Promise<void> {
    if (!c.atRisk) return;
    const reasons = (this.reasons.get(c) ?? []).join('\n');
    const now = this.clock.now();
    const base = { householdId: h.id, regionCode: h.regionCode };
    const open = await em.findOne(RiskReferral, { household: h.id, state: 'OPEN' });
    if (!open) {
      const r = em.create(RiskReferral, {
        household: em.getReference(Household, h.id), month: c.month, townshipCode: h.townshipCode, checkId: c.id, reasons, createdAt: now, updatedAt: now,
      });
      await em.flush();
      this.audit(em, [{ ...base, action: 'CREATE', entityType: 'risk_referral', entityId: String(r.id), after: { month: c.month, reasons, state: 'OPEN' } }]);
    } else if (c.month >= open.month && (open.reasons !== reasons || open.month !== c.month)) {
      const b = { month: open.month, reasons: open.reasons };
      open.month = c.month;
      open.reasons = reasons;
      open.checkId = c.id;
      open.updatedAt = now;
      this.audit(em, diffEntries({ ...base, entityType: 'risk_referral', entityId: String(open.id) }, b, { month: open.month, reasons }));
    }
    if (h.riskStatus === 'ELIMINATED') {
      const he = await em.findOneOrFail(Household, { id: h.id });
      const hb = householdSnapshot(he);
      he.riskStatus = 'MONITORING';
      he.updatedAt = now;
      await this.flushVersioned(em, 'householdId', '该户');
      this.audit(em, diffEntries({ ...base, entityType: 'household', entityId: String(h.id) }, hb, householdSnapshot(he)));
    }
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
    if (role !== 'ADMIN' && role !== 'COUNTY_STAFF') throw forbidden('只有县民政局工作人员或系统管理员可以锁定月份', { field: 'regionCode' });
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
      if (!c) throw rowError('checkId', 'NOT_FOUND', `走访记录 ${input.checkId} 不存在`);
      hid = c.household.id;
      month = c.month;
      const h = await this.loadHousehold(em, c.household.id, 'checkId');
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
      await this.evaluate(em, h, c);
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
      await this.afterRisk(em, h, c);
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

  // ---- 风险消除 ---------------------------------------------------------------------------------------------------

  /** Each condition of 风险消除 for a household, met or not, with a zh-CN explanation. */
  async eliminationConditions(em: EntityManager, h: { id: number; createdAt: Date }): Promise<EliminationConditionResult[]> {
    const now = this.clock.now();
    const today = chinaDate(now);
    const cur = currentMonth(now);
    const checks = await queryRows<Record<string, unknown>>(em, sql(
      `SELECT month, visit_date, income_total, food_ok, clothing_ok, schooling_ok, medical_insurance_ok, housing_grade, water_ok, measures ` +
      `FROM monthly_check WHERE household_id = ? ORDER BY month`, h.id));
    const b = (v: unknown) => (v == null ? null : v === true || Number(v) === 1);
    const out: EliminationConditionResult[] = [];
    const push = (condition: EliminationCondition, met: boolean, message: string) =>
      out.push({ condition, label: EliminationConditionDef.labels[condition].zh, met, message });

    // 1. monitored for at least 6 months: from the household's entry into the ledger or its first check, if earlier.
    let start = chinaDate(fromDbDate(h.createdAt));
    if (checks.length && `${checks[0]!.month}-01` < start) start = `${checks[0]!.month}-01`;
    const due = addMonthsToDate(start, ELIMINATION_MIN_MONTHS);
    push('monitoredMonths', due <= today, due <= today
      ? `自 ${start} 起已监测满 ${ELIMINATION_MIN_MONTHS} 个月`
      : `监测未满 ${ELIMINATION_MIN_MONTHS} 个月：自 ${start} 起监测，须到 ${due} 才满 ${ELIMINATION_MIN_MONTHS} 个月`);

    // 2. at least one assistance measure: a 低保 case, a relief grant or 特困 support, or measures recorded in a check.
    const cases = (await countAssistanceMeasures(em, [h.id])).get(h.id) ?? 0;
    const measureMonths = checks.filter((c) => String(c.measures ?? '').trim() !== '').length;
    push('assistanceMeasures', cases > 0 || measureMonths > 0, cases > 0 || measureMonths > 0
      ? `已落实帮扶措施（救助记录 ${cases} 项，走访记录中填写帮扶措施 ${measureMonths} 个月）`
      : '未落实任何帮扶措施：无低保、临时救助或特困供养记录，月度走访记录中也未填写帮扶措施');

    // 3. income not below the line in each of the last 6 months (the current month counts once visited).
    const byMonth = new Map(checks.map((c) => [String(c.month), c]));
    const curVisited = Boolean(byMonth.get(cur)?.visit_date);
    const window = monthsEnding(curVisited ? cur : addPeriods(cur, -1), ELIMINATION_MIN_MONTHS);
    const lines = await monitoringLines(em);
    const problems: string[] = [];
    for (const m of window) {
      const c = byMonth.get(m);
      const line = lineFromTable(lines, Number(m.slice(0, 4)));
      if (!c || !c.visit_date) problems.push(`${m} 无走访记录`);
      else if (c.income_total == null) problems.push(`${m} 未填写收入`);
      else if (Number(c.income_total) < line) problems.push(`${m} 人均纯收入 ${fmt(Number(c.income_total))} 元低于监测线 ${fmt(line)} 元`);
    }
    push('incomeAboveLine', problems.length === 0, problems.length === 0
      ? `近 6 个月（${window[0]} 至 ${window[window.length - 1]}）人均纯收入均不低于监测线`
      : `近 6 个月（${window[0]} 至 ${window[window.length - 1]}）人均纯收入须均不低于监测线：${problems.join('；')}`);

    // 4. the latest visited check passes every 两不愁三保障 and water check.
    const latest = [...checks].reverse().find((c) => c.visit_date);
    if (!latest) push('latestCheck', false, '没有走访记录，无法确认两不愁三保障及饮水安全');
    else {
      const r = checkPasses({
        incomeTotal: null, foodOk: b(latest.food_ok), clothingOk: b(latest.clothing_ok), schoolingOk: b(latest.schooling_ok),
        medicalInsuranceOk: b(latest.medical_insurance_ok), housingGrade: (latest.housing_grade as string) || null, waterOk: b(latest.water_ok),
      });
      push('latestCheck', r.ok, r.ok
        ? `最近一次走访（${String(latest.month)}）两不愁三保障及饮水安全均达标`
        : `最近一次走访（${String(latest.month)}）未全部达标：${r.failed.join('、')}`);
    }

    // 5. not a household without working-age members (16–60 and able to work).
    const members = await queryRows<{ birth_date: string | null; labor_ability: string | null }>(em, sql(
      'SELECT birth_date, labor_ability FROM member WHERE household_id = ?', h.id));
    const workers = members.filter((m) => isWorkingAgeMember({ birthDate: m.birth_date, laborAbility: m.labor_ability }, today)).length;
    push('workingAgeMembers', workers > 0, workers > 0
      ? `家中有 ${workers} 名劳动年龄人口`
      : '无劳动年龄人口（16–60 周岁且有劳动能力）的家庭不能标注风险消除');
    return out;
  }

  async conditionsFor(householdId: string): Promise<EliminationConditionResult[]> {
    const h = await this.loadHousehold(this.em, householdId, 'householdId').catch((err) => {
      if (err instanceof RowError) throw badInput('householdId', err.errors[0]!.message, err.errors[0]!.code);
      throw err;
    });
    return this.eliminationConditions(this.em, h);
  }

  async eliminate(householdId: string, version: number): Promise<HouseholdResult> {
    const res = await this.runRow(async (em) => {
      const h = await this.loadForWrite(em, householdId, { deleted: false });
      this.checkVersion(h, version);
      if (h.riskStatus === 'ELIMINATED') throw rowError('riskStatus', 'INVALID_STATE', '该户风险已消除');
      const unmet = (await this.eliminationConditions(em, h)).filter((c) => !c.met);
      if (unmet.length) {
        throw new RowError(unmet.map((c) => ({ field: c.condition, code: 'ELIMINATION_NOT_ALLOWED', message: `不能标注风险消除：${c.message}` } as FieldError)));
      }
      const now = this.clock.now();
      const hb = householdSnapshot(h);
      h.riskStatus = 'ELIMINATED';
      h.updatedAt = now;
      await this.flushVersioned(em, 'version', '该户');
      const base = { householdId: h.id, regionCode: h.region.code };
      const entries: AuditEntry[] = diffEntries({ ...base, entityType: 'household', entityId: String(h.id) }, hb, householdSnapshot(h));
      for (const r of await em.find(RiskReferral, { household: h.id, state: 'OPEN' })) {
        r.state = 'CLOSED';
        r.closedAt = now;
        r.closedBy = this.access.actor;
        r.closeReason = '风险消除';
        r.updatedAt = now;
        entries.push({ ...base, action: 'UPDATE', entityType: 'risk_referral', entityId: String(r.id), field: 'state', before: 'OPEN', after: 'CLOSED' });
      }
      this.audit(em, entries);
      await em.flush();
      return (await this.household(String(h.id), em))!;
    });
    if (res.ok) return { index: 0, id: householdId, ok: true, household: res.value, errors: [], conflict: null };
    const conflict = res.error.errors.some((e) => e.code === 'VERSION_CONFLICT') ? await this.household(householdId) : null;
    return { index: 0, id: householdId, ok: false, household: null, errors: res.error.errors, conflict };
  }

  /** Township of a region code the caller may act for (helper for resolvers). */
  static townshipOf(code: string): string | null {
    return townshipCodeOf(code);
  }
}
