import type { EntityManager } from '@mikro-orm/core';
import { RowError, rowError } from '../../common/row-result.js';
import { queryRows, sql, fromDbDate } from '../../common/sql.js';
import { LedgerServiceBase } from '../household/ledger-base.service.js';
import { toIntId } from '../household/household.query.js';
import { monitoringLineFor } from './monitoring-line.js';

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

/** What the checks and the risk rules share: the line of a year, the household as plain facts, the row runner. */
export class MonitoringBase extends LedgerServiceBase {
  private lineCache = new Map<number, number>();

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
      if (/monthly_check_household_month_unique|monthly_check\.household_id, monthly_check\.month|risk_referral_active_unique|risk_referral\.household_id/.test(msg)) {
        return { ok: false, error: rowError('version', 'VERSION_CONFLICT', '该户本月的走访记录刚被他人保存，请刷新后重试') };
      }
      throw err;
    }
  }

  /** The household a check belongs to, read as plain facts (loading the entity would make its version a flush hazard). */
  protected async loadHousehold(em: EntityManager, id: string | number, field = 'householdId', missing = `户 ${id} 不存在或已删除`): Promise<HouseholdFacts> {
    const n = toIntId(id);
    const [r] = n > 0 ? await queryRows<Record<string, unknown>>(em, sql(
      'SELECT id, code, head_name, region_code, township_code, risk_status, created_at, deleted_at FROM household WHERE id = ?', n)) : [];
    // Another township's household answers exactly as a missing one: an id tells nothing about who exists elsewhere.
    if (!r || r.deleted_at != null || !this.access.canTouchRegion(String(r.region_code))) throw rowError(field, 'NOT_FOUND', missing);
    const h: HouseholdFacts = {
      id: Number(r.id), code: String(r.code), headName: String(r.head_name ?? ''), regionCode: String(r.region_code),
      townshipCode: String(r.township_code), riskStatus: String(r.risk_status), createdAt: fromDbDate(r.created_at),
    };
    return h;
  }
}
