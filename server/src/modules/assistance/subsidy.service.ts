import type { EntityManager } from '@mikro-orm/core';
import {
  SUBSIDY_RUN_FIELDS, SubsidyGroupDef, TOWNSHIPS, dedupeSubsidyRecipients, isPeriod, maxLengthOf, maxOf, monthBounds, type SubsidyCandidate,
  type SubsidyGroup,
} from '@doudi/shared';
import { queryRows, sql, joinSql, type Sql } from '../../common/sql.js';
import { checkPageSize, idBelow, idDescPage } from '../../common/id-desc-page.js';
import { AssistanceBase, intId, num, refuse } from './assistance.base.js';
import { SubsidyPayment, SubsidyRun } from './loops.entities.js';
import type { OpenSubsidyRunInput, SubsidyPaymentConnection, SubsidyPaymentNode, SubsidyRunNode, SubsidyRunResult } from './loops.types.js';

interface Person { memberId: number; householdId: number; townshipCode: string; regionCode: string; name: string; idNumber: string }

const townshipName = (code: string): string => TOWNSHIPS.find((t) => t.code === code)?.name ?? code;

/**
 * 价格临时补贴 (measure 3): the county opens a run for a month with an amount per person and the groups it covers;
 * the payment list is fixed then — every eligible person once (by ID number), whatever groups they are in.
 */
export class SubsidyService extends AssistanceBase {
  /** The people of a group on the month: a case or support in force on any day of it, household not deleted. */
  private async candidates(em: EntityManager, group: SubsidyGroup, month: string): Promise<SubsidyCandidate<Person>[]> {
    const { first, last } = monthBounds(month);
    const cols = 'm.id AS member_id, m.household_id, m.name, m.id_number, h.township_code, h.region_code';
    const q: Sql = group === 'DIBAO'
      // A whole-household case pays every member; 单人保 the member alone. endDibao's end date is the first day not paid.
      ? sql(`SELECT ${cols} FROM dibao_case c JOIN household h ON h.id = c.household_id JOIN member m ON m.household_id = c.household_id ` +
        `AND (c.kind = 'HOUSEHOLD' OR m.id = c.member_id) WHERE h.deleted_at IS NULL AND c.start_date <= ? ` +
        `AND COALESCE(c.end_date, c.exit_end_date, '9999-12-31') > ? ORDER BY h.township_code, h.region_code, m.id`, last, first)
      : sql(`SELECT ${cols} FROM tekun_person p JOIN household h ON h.id = p.household_id JOIN member m ON m.id = p.member_id ` +
        `WHERE h.deleted_at IS NULL AND p.start_date <= ? AND COALESCE(p.end_date, p.coverage_end_date, '9999-12-31') > ? ` +
        'ORDER BY h.township_code, h.region_code, m.id', last, first);
    const rows = await queryRows<Record<string, unknown>>(em, q);
    return rows.map((r) => ({
      key: String(r.id_number), group,
      row: { memberId: Number(r.member_id), householdId: Number(r.household_id), townshipCode: String(r.township_code),
        regionCode: String(r.region_code), name: String(r.name), idNumber: String(r.id_number) },
    }));
  }

  async open(input: OpenSubsidyRunInput): Promise<SubsidyRunResult> {
    const res = await this.run(async (em) => {
      this.requireCounty('价格临时补贴发放');
      const month: string = (input.month ?? '').trim();
      if (!isPeriod(month)) throw refuse('month', 'INVALID_VALUE', `补贴月份“${String(month).slice(0, 10)}”不是 YYYY-MM`);
      const amount = input.amountPerPerson;
      const most = maxOf(SUBSIDY_RUN_FIELDS, 'amountPerPerson');
      if (!Number.isFinite(amount) || amount <= 0 || amount > most) throw refuse('amountPerPerson', 'OUT_OF_RANGE', `每人补贴金额应大于 0 且不超过 ${most} 元`);
      if (Math.round(amount * 100) !== amount * 100) throw refuse('amountPerPerson', 'INVALID_VALUE', '每人补贴金额最多两位小数');
      const groups = SubsidyGroupDef.values.filter((g) => (input.groups ?? []).includes(g));
      if (!groups.length) throw refuse('groups', 'REQUIRED', '请选择至少一个覆盖的保障类别（低保、特困）');
      const title = this.text('title', '名称', input.title, maxLengthOf(SUBSIDY_RUN_FIELDS, 'title'), true);
      const note = this.text('note', '依据/备注', input.note, maxLengthOf(SUBSIDY_RUN_FIELDS, 'note'), false);
      const have = await em.findOne(SubsidyRun, { month });
      if (have) throw refuse('month', 'INVALID_STATE', `${month} 已开展价格临时补贴发放（${have.title}），每月一次`);

      const all: SubsidyCandidate<Person>[] = [];
      for (const g of groups) all.push(...await this.candidates(em, g, month));
      const people = dedupeSubsidyRecipients(all);
      const now = this.deps.clock.now();
      const run = em.create(SubsidyRun, {
        month, title, amountPerPerson: amount, groups: groups.join(','), note, personCount: people.length,
        totalAmount: Math.round(people.length * amount * 100) / 100, createdBy: this.access.actor, createdAt: now, updatedAt: now,
      });
      await em.flush();
      // Inserted last-first: the list reads newest id first, so it comes out by township, village, member.
      for (const p of [...people].reverse()) {
        em.create(SubsidyPayment, { runId: run.id, ...p.row, idNumber: p.key, groups: p.groups.join(','), amount });
      }
      this.audit(em, [{ action: 'CREATE', entityType: 'subsidy_run', entityId: String(run.id), householdId: null, regionCode: null,
        after: { month, title, amountPerPerson: amount, groups, personCount: people.length, totalAmount: run.totalAmount } }]);
      await em.flush();
      return run.id;
    });
    if (!res.ok) return { ok: false, run: null, errors: res.errors };
    return { ok: true, run: (await this.runs(null)).find((r) => r.id === String(res.value)) ?? null, errors: [] };
  }

  /** The runs, newest month first, with the people and amount in the caller's region. */
  async runs(regionCode: string | null | undefined): Promise<SubsidyRunNode[]> {
    const conds = this.householdRegion(this.regionPrefix(regionCode), 'p');
    const on = conds.length ? ` AND ${joinSql(conds, ' AND ').text}` : '';
    const rows = await queryRows<Record<string, unknown>>(this.em, {
      text: `SELECT r.*, (SELECT COUNT(*) FROM subsidy_payment p WHERE p.run_id = r.id${on}) AS n, ` +
        `(SELECT COALESCE(SUM(p.amount), 0) FROM subsidy_payment p WHERE p.run_id = r.id${on}) AS total FROM subsidy_run r ORDER BY r.month DESC, r.id DESC`,
      params: [...conds.flatMap((c) => c.params), ...conds.flatMap((c) => c.params)],
    });
    return rows.map((r) => ({
      id: String(r.id), month: String(r.month), title: String(r.title), amountPerPerson: num(r.amount_per_person),
      groups: String(r.groups).split(',').filter(Boolean), note: String(r.note ?? ''), personCount: num(r.n), totalAmount: Math.round(num(r.total) * 100) / 100,
      countyPersonCount: num(r.person_count), countyTotalAmount: num(r.total_amount), createdBy: String(r.created_by), version: num(r.version),
    }));
  }

  /** The payment list of a run in the caller's region, by township, village, id (ID numbers masked without pii:read). */
  async payments(runId: string, regionCode: string | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<SubsidyPaymentConnection> {
    const n = first ?? 100;
    checkPageSize(n);
    const conds: Sql[] = [sql('p.run_id = ?', intId(runId)), ...this.householdRegion(this.regionPrefix(regionCode), 'p')];
    const where = joinSql(conds, ' AND ');
    const [cnt] = await queryRows<{ n: unknown; total: unknown }>(this.em, { text: `SELECT COUNT(*) AS n, COALESCE(SUM(p.amount), 0) AS total FROM subsidy_payment p WHERE ${where.text}`, params: where.params });
    const below = idBelow(after, 'subsidy');
    const page = below != null ? joinSql([where, sql('p.id < ?', below)], ' AND ') : where;
    const rows = await queryRows<Record<string, unknown> & { id: number }>(this.em, {
      text: `SELECT p.*, h.code, r.name AS region_name FROM subsidy_payment p LEFT JOIN household h ON h.id = p.household_id ` +
        `LEFT JOIN region r ON r.code = p.region_code WHERE ${page.text} ORDER BY p.id DESC LIMIT ${n + 1}`,
      params: page.params,
    });
    const toNode = (r: Record<string, unknown>): SubsidyPaymentNode => ({
      id: String(r.id), runId: String(r.run_id), memberId: r.member_id == null ? null : String(r.member_id),
      householdId: r.household_id == null ? null : String(r.household_id), householdCode: (r.code as string) ?? null, name: String(r.name),
      idNumber: this.idShown(String(r.id_number), r.household_id as number | null), townshipCode: String(r.township_code),
      townshipName: townshipName(String(r.township_code)), regionName: String(r.region_name ?? ''),
      groups: String(r.groups).split(',').filter(Boolean), amount: num(r.amount),
    });
    return { ...idDescPage(rows, n, after, 'subsidy', toNode), totalCount: num(cnt?.n), totalAmount: Math.round(num(cnt?.total) * 100) / 100 };
  }
}
