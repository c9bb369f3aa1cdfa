import type { EntityManager } from '@mikro-orm/core';
import {
  riskReasons, checkJudgeable, checkPasses, isWorkingAgeMember, monthsEnding, currentMonth, chinaDate, addPeriods,
  lastDayOfPeriod, fmt, EliminationConditionDef, ELIMINATION_MIN_MONTHS, REFERRAL_WITHDRAWN_REASON, type FieldError,
  type EliminationCondition, type CheckFacts, ACTIVE_REFERRAL_STATES, DEFAULT_LOOP_SETTINGS, referralDueDate,
} from '@doudi/shared';
import { RowError, rowError } from '../../common/row-result.js';
import { queryRows, sql, fromDbDate } from '../../common/sql.js';
import { diffEntries, type AuditEntry } from '../audit/audit.service.js';
import { Household } from '../household/household.entity.js';
import { householdSnapshot, type HouseholdResult } from '../household/ledger-base.service.js';
import { countAssistanceMeasures } from '../assistance/assistance-facts.js';
import { MonthlyCheck, RiskReferral } from './monitoring.entity.js';
import { monitoringLines, lineFromTable } from './monitoring-line.js';
import { badInput } from './monitoring.query.js';
import { MonitoringBase, type HouseholdFacts } from './monitoring-base.service.js';
import type { EliminationConditionResult } from './monitoring.types.js';

/** The date `months` calendar months after `date` (YYYY-MM-DD), the day clamped to the month's end. */
function addMonthsToDate(date: string, months: number): string {
  const p = addPeriods(date.slice(0, 7), months);
  const last = lastDayOfPeriod(p);
  const day = date.slice(8, 10);
  return day > last.slice(8, 10) ? last : `${p}-${day}`;
}

const b = (v: unknown) => (v == null ? null : v === true || Number(v) === 1);

/** A check row read with raw SQL as the facts the risk rules read. */
function factsOfRow(r: Record<string, unknown>): CheckFacts {
  return {
    incomeTotal: r.income_total == null ? null : Number(r.income_total), foodOk: b(r.food_ok), clothingOk: b(r.clothing_ok),
    schoolingOk: b(r.schooling_ok), medicalInsuranceOk: b(r.medical_insurance_ok), housingGrade: (r.housing_grade as string) || null,
    waterOk: b(r.water_ok),
  };
}

/**
 * The risk rules of measure 12: a check complete enough to judge and at risk opens (or brings up to date) the
 * household's one OPEN referral; a draft check edited so it no longer supports its referral hands it back to an
 * earlier check of the referral that still does, or withdraws it (kept, audited; an eliminated household it had put
 * back under monitoring is eliminated again); and 风险消除 with its conditions.
 */
export class RiskService extends MonitoringBase {
  /** The zh-CN reasons of each check evaluated in this request. */
  private reasons = new WeakMap<MonthlyCheck, string[]>();

  /** Derives at_risk (and its reasons) from the check and the line of its month's year; a half-filled check is not judged. */
  protected async evaluate(em: EntityManager, c: MonthlyCheck): Promise<string[]> {
    if (c.riskFound && !c.riskTypes) throw rowError('riskTypes', 'REQUIRED', '发现风险时请填写风险类型');
    const year = Number(c.month.slice(0, 4));
    const judgeable = checkJudgeable({
      visitDate: c.visitDate, incomeWages: c.incomeWages ?? null, incomeBusiness: c.incomeBusiness ?? null,
      incomeProperty: c.incomeProperty ?? null, incomeTransfer: c.incomeTransfer ?? null,
    }).ok;
    const reasons = judgeable ? riskReasons({
      incomeTotal: c.incomeTotal ?? null, foodOk: c.foodOk ?? null, clothingOk: c.clothingOk ?? null,
      schoolingOk: c.schoolingOk ?? null, medicalInsuranceOk: c.medicalInsuranceOk ?? null,
      housingGrade: c.housingGrade || null, waterOk: c.waterOk ?? null,
    }, await this.lineOf(year, em), year) : [];
    c.atRisk = reasons.length > 0;
    this.reasons.set(c, reasons);
    return reasons;
  }

  /**
   * After a check is saved: at risk → one OPEN referral per household (opened, or brought up to the latest month's
   * reasons), the household back under monitoring if its risk had been eliminated; a DRAFT no longer at risk → its
   * referral released (see releaseReferral). All in the check's transaction, audited.
   */
  protected async syncReferral(em: EntityManager, h: HouseholdFacts, c: MonthlyCheck): Promise<void> {
    if (!c.atRisk) {
      // Submitted and locked checks may already have assistance under way: only a draft takes its referral back.
      if (c.state === 'DRAFT') await this.releaseReferral(em, h, c);
      return;
    }
    const reasons = (this.reasons.get(c) ?? []).join('\n');
    const now = this.clock.now();
    const base = { householdId: h.id, regionCode: h.regionCode };
    const open = await em.findOne(RiskReferral, { household: h.id, state: { $in: [...ACTIVE_REFERRAL_STATES] } });
    if (!open) {
      // The 动态救助 loop: help must start within the configured days of the opening (DOUDI_REFERRAL_DUE_DAYS).
      const dueDate = referralDueDate(chinaDate(now), (this.deps.loops ?? DEFAULT_LOOP_SETTINGS).referralDueDays);
      const r = em.create(RiskReferral, {
        household: em.getReference(Household, h.id), month: c.month, openedMonth: c.month, townshipCode: h.townshipCode, checkId: c.id,
        reasons, reopenedHousehold: h.riskStatus === 'ELIMINATED', dueDate, createdAt: now, updatedAt: now,
      });
      await em.flush();
      this.audit(em, [{ ...base, action: 'CREATE', entityType: 'risk_referral', entityId: String(r.id), after: { month: c.month, reasons, state: 'OPEN', dueDate } }]);
    } else if (c.month >= open.month && (open.reasons !== reasons || open.month !== c.month || open.checkId !== c.id)) {
      this.moveReferral(em, h, open, c.id, c.month, reasons);
    }
    if (h.riskStatus === 'ELIMINATED') await this.setRiskStatus(em, h, 'MONITORING');
  }

  private async setRiskStatus(em: EntityManager, h: HouseholdFacts, status: 'MONITORING' | 'ELIMINATED'): Promise<void> {
    const he = await em.findOneOrFail(Household, { id: h.id });
    const hb = householdSnapshot(he);
    he.riskStatus = status;
    he.updatedAt = this.clock.now();
    await this.flushVersioned(em, 'householdId', '该户');
    this.audit(em, diffEntries({ householdId: h.id, regionCode: h.regionCode, entityType: 'household', entityId: String(h.id) }, hb, householdSnapshot(he)));
  }

  private moveReferral(em: EntityManager, h: HouseholdFacts, open: RiskReferral, checkId: number, month: string, reasons: string): void {
    const before = { month: open.month, reasons: open.reasons, checkId: open.checkId ?? null };
    open.month = month;
    open.reasons = reasons;
    open.checkId = checkId;
    open.updatedAt = this.clock.now();
    this.audit(em, diffEntries({ householdId: h.id, regionCode: h.regionCode, entityType: 'risk_referral', entityId: String(open.id) }, before,
      { month, reasons, checkId }));
  }

  /**
   * The OPEN referral rests on this draft check, which no longer shows a risk (a mistyped value corrected, a cell
   * cleared): it goes back to the latest other check since the referral opened that is still at risk, or, if none
   * is, it is withdrawn (WITHDRAWN, with its reason; never deleted).
   */
  private async releaseReferral(em: EntityManager, h: HouseholdFacts, c: MonthlyCheck): Promise<void> {
    const open = await em.findOne(RiskReferral, { household: h.id, state: { $in: [...ACTIVE_REFERRAL_STATES] } });
    if (!open || open.checkId !== c.id) return;
    const others = await queryRows<Record<string, unknown>>(em, sql(
      `SELECT id, month, income_total, food_ok, clothing_ok, schooling_ok, medical_insurance_ok, housing_grade, water_ok ` +
      `FROM monthly_check WHERE household_id = ? AND id <> ? AND at_risk = TRUE AND month >= ? ORDER BY month DESC`,
      h.id, c.id, open.openedMonth ?? open.month));
    for (const r of others) {
      const month = String(r.month);
      const year = Number(month.slice(0, 4));
      const reasons = riskReasons(factsOfRow(r), await this.lineOf(year, em), year);
      if (reasons.length) return this.moveReferral(em, h, open, Number(r.id), month, reasons.join('\n'));
    }
    const now = this.clock.now();
    const was = open.state;
    open.state = 'WITHDRAWN';
    open.closedAt = now;
    open.closedBy = this.access.actor;
    open.closeReason = REFERRAL_WITHDRAWN_REASON;
    open.updatedAt = now;
    this.audit(em, [{
      householdId: h.id, regionCode: h.regionCode, action: 'UPDATE', entityType: 'risk_referral', entityId: String(open.id),
      field: 'state', before: was, after: 'WITHDRAWN',
    }]);
    // The withdrawn referral had put an eliminated household back under monitoring: nothing saved supports that now.
    if (open.reopenedHousehold && h.riskStatus === 'MONITORING') await this.setRiskStatus(em, h, 'ELIMINATED');
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
      const r = checkPasses({ ...factsOfRow(latest), incomeTotal: null });
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
      for (const r of await em.find(RiskReferral, { household: h.id, state: { $in: [...ACTIVE_REFERRAL_STATES] } })) {
        const was = r.state;
        r.state = 'CLOSED';
        r.closeKind = 'RISK_ELIMINATED';
        r.closedAt = now;
        r.closedBy = this.access.actor;
        r.closeReason = '风险消除';
        r.updatedAt = now;
        entries.push({ ...base, action: 'UPDATE', entityType: 'risk_referral', entityId: String(r.id), field: 'state', before: was, after: 'CLOSED' });
      }
      this.audit(em, entries);
      await em.flush();
      return (await this.household(String(h.id), em))!;
    });
    if (res.ok) return { index: 0, id: householdId, ok: true, household: res.value, errors: [], conflict: null };
    const conflict = res.error.errors.some((e) => e.code === 'VERSION_CONFLICT') ? await this.household(householdId) : null;
    return { index: 0, id: householdId, ok: false, household: null, errors: res.error.errors, conflict };
  }
}
