import type { EntityManager } from '@mikro-orm/core';
import { OptimisticLockError } from '@mikro-orm/core';
import {
  validateRecord, validateIdNumber, isVillageCode, townshipCodeOf, RiskTypeDef, type FieldError,
} from '@doudi/shared';
import type { DbKind } from '../../config.js';
import type { Clock } from '../../common/context.js';
import { RowError, rowError, mapConstraintError } from '../../common/row-result.js';
import { queryRows, sql } from '../../common/sql.js';
import { Household } from './household.entity.js';
import { Member } from './member.entity.js';
import { Region } from '../region/region.entity.js';
import { HOUSEHOLD_COLUMNS, MEMBER_COLUMNS, toHouseholdNode, toMemberNode, type HouseholdRow, type MemberRow } from './household.mapper.js';
import type { HouseholdNode, MemberNode } from './household.types.js';
import type {
  HouseholdCreateInput, HouseholdUpdateInput, MemberInput, MemberAddInput, MemberUpdateInput, MemberRemoveInput,
} from './household.inputs.js';
import { toIntId } from './household.query.js';
import type { Access } from '../../common/access.js';
import { recordAudit, diffEntries, type AuditStamp, type AuditEntry } from '../audit/audit.service.js';
import { maskHousehold, maskMember } from './household.mask.js';

export interface HouseholdResult {
  index: number;
  id: string | null;
  ok: boolean;
  household: HouseholdNode | null;
  errors: FieldError[];
  conflict: HouseholdNode | null;
}

export interface MemberResult {
  index: number;
  id: string | null;
  ok: boolean;
  member: MemberNode | null;
  household: HouseholdNode | null;
  errors: FieldError[];
  conflict: MemberNode | null;
}

const HOUSEHOLD_SCALARS = ['code', 'category', 'regionCode', 'address', 'phone', 'incomePerCapita', 'riskTypes',
  'riskStatus', 'helperName', 'remarks'] as const;
const MEMBER_SCALARS = ['name', 'idNumber', 'relation', 'phone', 'health', 'disabilityType', 'disabilityGrade',
  'laborAbility', 'schooling'] as const;

/** Only the keys the caller sent (GraphQL leaves absent arguments out; null means "clear"). */
function present<T extends object>(input: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Object.prototype.hasOwnProperty.call(input, k)) out[k] = (input as Record<string, unknown>)[k];
  return out;
}

const prefixed = (prefix: string, errors: FieldError[]): FieldError[] =>
  errors.map((e) => ({ ...e, field: `${prefix}${e.field}` }));

/** Risk types in the vocabulary's order, so the stored text (and sorting on it) is canonical. */
function riskTypesText(v: unknown): string {
  const set = new Set((v as string[] | null) ?? []);
  return RiskTypeDef.values.filter((t) => set.has(t)).join(',');
}

/**
 * The household ledger's rules. Every row of a bulk mutation runs in its own transaction: a row is all-or-nothing
 * and never affects the other rows of the request.
 */
export interface PiiReads {
  /** Ids of households whose personal data this request returned unmasked. */
  households: Set<string>;
}

export interface HouseholdServiceDeps {
  em: EntityManager;
  kind: DbKind;
  clock: Clock;
  access: Access;
  stamp: AuditStamp;
  pii: PiiReads;
  /** Mask personal data even for a caller who may see it. */
  maskPii?: boolean;
}

function householdSnapshot(h: Household): Record<string, unknown> {
  return {
    code: h.code, category: h.category, regionCode: h.region.code, address: h.address, headName: h.headName,
    headIdNumber: h.headIdNumber, phone: h.phone, incomePerCapita: h.incomePerCapita, riskTypes: h.riskTypes,
    riskStatus: h.riskStatus, helperName: h.helperName, remarks: h.remarks,
  };
}

function memberSnapshot(m: Member): Record<string, unknown> {
  return {
    name: m.name, idNumber: m.idNumber, relation: m.relation, phone: m.phone, health: m.health ?? null,
    disabilityType: m.disabilityType ?? null, disabilityGrade: m.disabilityGrade ?? null,
    laborAbility: m.laborAbility ?? null, schooling: m.schooling ?? null,
  };
}

export class HouseholdService {
  private readonly em: EntityManager;
  private readonly kind: DbKind;
  private readonly clock: Clock;
  private readonly access: Access;

  constructor(private readonly deps: HouseholdServiceDeps) {
    this.em = deps.em;
    this.kind = deps.kind;
    this.clock = deps.clock;
    this.access = deps.access;
  }

  /** Masks personal data unless the caller may see it; records unmasked reads (PIPL). */
  present(node: HouseholdNode): HouseholdNode {
    if (!this.access.seesPii || this.deps.maskPii) return maskHousehold(node);
    this.deps.pii.households.add(node.id);
    return node;
  }

  presentMember(node: MemberNode): MemberNode {
    if (!this.access.seesPii || this.deps.maskPii) return maskMember(node);
    this.deps.pii.households.add(node.householdId);
    return node;
  }

  private audit(em: EntityManager, entries: AuditEntry[]): void {
    if (entries.length) recordAudit(em, this.deps.stamp, this.clock.now(), entries);
  }

  private forbiddenRow(field = 'id'): RowError {
    return rowError(field, 'FORBIDDEN', '无权操作本乡镇(街道)以外的户');
  }

  // ---- reads -------------------------------------------------------------------------------------------------

  async householdRows(ids: number[], includeDeleted = true): Promise<Map<number, HouseholdNode>> {
    const out = new Map<number, HouseholdNode>();
    if (!ids.length) return out;
    const rows = await queryRows<HouseholdRow>(this.em, {
      text:
        `SELECT ${HOUSEHOLD_COLUMNS}, r.name AS region_name, t.name AS township_name FROM household h ` +
        'LEFT JOIN region r ON r.code = h.region_code LEFT JOIN region t ON t.code = h.township_code ' +
        `WHERE h.id IN (${ids.map(() => '?').join(', ')})${includeDeleted ? '' : ' AND h.deleted_at IS NULL'}`,
      params: ids,
    });
    for (const r of rows) out.set(Number(r.id), this.present(toHouseholdNode(r)));
    return out;
  }

  async household(id: string, em: EntityManager = this.em): Promise<HouseholdNode | null> {
    const n = toIntId(id);
    if (n < 0) return null;
    const svc = em === this.em ? this : new HouseholdService({ ...this.deps, em });
    return (await svc.householdRows([n])).get(n) ?? null;
  }

  /** A household for reading: null when absent; FORBIDDEN (as a thrown error) when outside the caller's region. */
  async visibleHousehold(id: string): Promise<HouseholdNode | null> {
    const h = await this.household(id);
    if (h && !this.access.canTouchRegion(h.regionCode)) {
      this.deps.pii.households.delete(h.id);
      throw rowError('id', 'FORBIDDEN', '无权查看本乡镇(街道)以外的户');
    }
    return h;
  }

  async membersOf(householdIds: number[]): Promise<Map<number, MemberNode[]>> {
    const out = new Map<number, MemberNode[]>();
    if (!householdIds.length) return out;
    const rows = await queryRows<MemberRow>(this.em, {
      text: `SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.household_id IN (${householdIds.map(() => '?').join(', ')}) ` +
        // Head first, then in the order members were added.
        `ORDER BY m.household_id, CASE WHEN m.relation = 'HEAD' THEN 0 ELSE 1 END, m.id`,
      params: householdIds,
    });
    for (const r of rows) {
      const hid = Number(r.household_id);
      let list = out.get(hid);
      if (!list) out.set(hid, (list = []));
      list.push(this.presentMember(toMemberNode(r)));
    }
    return out;
  }

  private async member(id: number, em: EntityManager): Promise<MemberNode | null> {
    const rows = await queryRows<MemberRow>(em, { text: `SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.id = ?`, params: [id] });
    return rows[0] ? this.presentMember(toMemberNode(rows[0])) : null;
  }

  // ---- validation helpers ------------------------------------------------------------------------------------

  private validateHouseholdFields(values: Record<string, unknown>, partial: boolean): { value: Record<string, unknown>; errors: FieldError[] } {
    const res = validateRecord('household', values, { partial, now: this.clock.now() });
    if ('regionCode' in res.value && res.value.regionCode != null && !isVillageCode(String(res.value.regionCode))) {
      if (!res.errors.some((e) => e.field === 'regionCode')) {
        res.errors.push({ field: 'regionCode', code: 'INVALID_VALUE', message: `所在村(社区)代码“${String(values.regionCode)}”不是本县的村或社区` });
      }
    }
    return res;
  }

  private validateMember(input: Record<string, unknown>, partial: boolean): { value: Record<string, unknown>; errors: FieldError[]; derived?: { gender: string; birthDate: string } } {
    const res = validateRecord('member', input, { partial, now: this.clock.now() });
    let derived: { gender: string; birthDate: string } | undefined;
    if (typeof res.value.idNumber === 'string') {
      const id = validateIdNumber(res.value.idNumber, this.clock.now());
      if (id.ok) derived = { gender: id.gender, birthDate: id.birthDate };
    }
    return { ...res, derived };
  }

  /** DUPLICATE_PERSON: an ID number already in another active household, naming that household. */
  private async duplicatePersons(em: EntityManager, idNumbers: string[], exceptHouseholdId: number | null): Promise<Map<string, { code: string; headName: string }>> {
    const out = new Map<string, { code: string; headName: string }>();
    if (!idNumbers.length) return out;
    const rows = await queryRows<{ active_id_number: string; code: string; head_name: string; region_code: string }>(em, {
      text: `SELECT m.active_id_number, h.code, h.head_name, h.region_code FROM member m JOIN household h ON h.id = m.household_id ` +
        `WHERE m.active_id_number IN (${idNumbers.map(() => '?').join(', ')})${exceptHouseholdId != null ? ' AND h.id <> ?' : ''}`,
      params: exceptHouseholdId != null ? [...idNumbers, exceptHouseholdId] : idNumbers,
    });
    // A household outside the caller's region is named by its code only.
    for (const r of rows) out.set(r.active_id_number, { code: r.code, headName: this.access.canTouchRegion(r.region_code) ? r.head_name : '' });
    return out;
  }

  private duplicateError(field: string, where: { code: string; headName: string }): FieldError {
    const head = where.headName ? `（户主 ${where.headName}）` : '（其他乡镇）';
    return { field, code: 'DUPLICATE_PERSON', message: `身份证号已在户 ${where.code}${head}中登记，一人只能属于一个在册家庭` };
  }

  private async nextCode(em: EntityManager, regionCode: string): Promise<string> {
    const [row] = await queryRows<{ code: string | null }>(em, sql(
      'SELECT MAX(code) AS code FROM household WHERE code >= ? AND code < ? AND LENGTH(code) = 16', `${regionCode}0000`, `${regionCode}a`));
    const last = row?.code ? Number(row.code.slice(12)) : 0;
    return `${regionCode}${String(last + 1).padStart(4, '0')}`;
  }

  /** Runs one row in its own transaction and turns its outcome into a row result. */
  private async runRow<T>(fn: (em: EntityManager) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: RowError }> {
    try {
      const value = await this.em.fork().transactional(fn);
      return { ok: true, value };
    } catch (err) {
      if (err instanceof RowError) return { ok: false, error: err };
      const mapped = mapConstraintError(err);
      if (mapped) return { ok: false, error: mapped };
      throw err;
    }
  }

  // ---- households --------------------------------------------------------------------------------------------

  async createHouseholds(inputs: HouseholdCreateInput[]): Promise<HouseholdResult[]> {
    const results: HouseholdResult[] = [];
    for (const [index, input] of inputs.entries()) {
      const out = await this.runRow((em) => this.createOne(em, input));
      results.push(out.ok
        ? { index, id: out.value.id, ok: true, household: out.value, errors: [], conflict: null }
        : { index, id: null, ok: false, household: null, errors: out.error.errors, conflict: null });
    }
    return results;
  }

  private async createOne(em: EntityManager, input: HouseholdCreateInput): Promise<HouseholdNode> {
    const raw = present(input, HOUSEHOLD_SCALARS);
    if (raw.code === null || raw.code === '') delete raw.code;
    const hv = this.validateHouseholdFields(raw, true);
    const errors = [...hv.errors];
    if (hv.value.category == null) errors.push({ field: 'category', code: 'REQUIRED', message: '监测类别不能为空' });
    if (hv.value.regionCode == null && !errors.some((e) => e.field === 'regionCode')) {
      errors.push({ field: 'regionCode', code: 'REQUIRED', message: '所在村(社区)不能为空' });
    }
    const members = input.members ?? [];
    const mv = members.map((m, i) => ({ i, ...this.validateMember(present(m, MEMBER_SCALARS), false) }));
    for (const m of mv) errors.push(...prefixed(`members[${m.i}].`, m.errors));
    const heads = mv.filter((m) => m.value.relation === 'HEAD');
    if (heads.length !== 1) {
      errors.push({ field: 'members', code: 'HEAD_REQUIRED', message: heads.length === 0 ? '家庭成员中必须有一位户主' : `家庭成员中只能有一位户主，当前有 ${heads.length} 位` });
    }
    const seen = new Map<string, number>();
    for (const m of mv) {
      const id = m.value.idNumber as string | undefined;
      if (!id || m.errors.length) continue;
      if (seen.has(id)) errors.push({ field: `members[${m.i}].idNumber`, code: 'DUPLICATE_PERSON', message: `身份证号与第 ${seen.get(id)! + 1} 位成员重复` });
      else seen.set(id, m.i);
    }
    if (errors.length) throw new RowError(errors);
    if (!this.access.canTouchRegion(hv.value.regionCode as string)) throw this.forbiddenRow('regionCode');

    const dups = await this.duplicatePersons(em, [...seen.keys()], null);
    if (dups.size) {
      throw new RowError(mv.filter((m) => dups.has(m.value.idNumber as string))
        .map((m) => this.duplicateError(`members[${m.i}].idNumber`, dups.get(m.value.idNumber as string)!)));
    }
    const now = this.clock.now();
    const regionCode = hv.value.regionCode as string;
    const head = heads[0];
    const h: Household = em.create(Household, {
      code: (hv.value.code as string | undefined) ?? (await this.nextCode(em, regionCode)),
      category: hv.value.category as string,
      region: em.getReference(Region, regionCode),
      townshipCode: townshipCodeOf(regionCode)!,
      address: (hv.value.address as string | null) ?? '',
      headName: head.value.name as string,
      headIdNumber: head.value.idNumber as string,
      phone: (hv.value.phone as string | null) ?? '',
      memberCount: members.length,
      incomePerCapita: (hv.value.incomePerCapita as number | null) ?? 0,
      riskTypes: riskTypesText(hv.value.riskTypes),
      riskStatus: (hv.value.riskStatus as string | null) ?? 'MONITORING',
      helperName: (hv.value.helperName as string | null) ?? '',
      remarks: (hv.value.remarks as string | null) ?? '',
      createdAt: now,
      updatedAt: now,
    });
    const created: Member[] = [];
    for (const m of mv) {
      created.push(em.create(Member, {
        household: h,
        name: m.value.name as string,
        idNumber: m.value.idNumber as string,
        activeIdNumber: m.value.idNumber as string,
        gender: m.derived!.gender,
        birthDate: m.derived!.birthDate,
        relation: m.value.relation as string,
        phone: (m.value.phone as string | null) ?? '',
        health: (m.value.health as string | null) ?? null,
        disabilityType: (m.value.disabilityType as string | null) ?? null,
        disabilityGrade: (m.value.disabilityGrade as string | null) ?? null,
        laborAbility: (m.value.laborAbility as string | null) ?? null,
        schooling: (m.value.schooling as string | null) ?? null,
        createdAt: now,
        updatedAt: now,
      }));
    }
    await em.flush();
    const base = { householdId: h.id, regionCode };
    this.audit(em, [
      { ...base, action: 'CREATE', entityType: 'household', entityId: String(h.id), after: householdSnapshot(h) },
      ...created.map((m): AuditEntry => ({ ...base, action: 'CREATE', entityType: 'member', entityId: String(m.id), after: memberSnapshot(m) })),
    ]);
    await em.flush();
    return (await this.household(String(h.id), em))!;
  }

  async updateHouseholds(inputs: HouseholdUpdateInput[]): Promise<HouseholdResult[]> {
    const results: HouseholdResult[] = [];
    for (const [index, input] of inputs.entries()) {
      const out = await this.runRow((em) => this.updateOne(em, input));
      if (out.ok) {
        results.push({ index, id: input.id, ok: true, household: out.value, errors: [], conflict: null });
      } else {
        const conflict = out.error.errors.some((e) => e.code === 'VERSION_CONFLICT') ? await this.household(input.id) : null;
        results.push({ index, id: input.id, ok: false, household: null, errors: out.error.errors, conflict });
      }
    }
    return results;
  }

  private async loadForWrite(em: EntityManager, id: string, opts: { deleted: boolean }): Promise<Household> {
    const n = toIntId(id);
    const h = n > 0 ? await em.findOne(Household, { id: n }) : null;
    if (!h || Boolean(h.deletedAt) !== opts.deleted) {
      throw rowError('id', 'NOT_FOUND', opts.deleted ? `已删除的户 ${id} 不存在` : `户 ${id} 不存在或已删除`);
    }
    if (!this.access.canTouchRegion(h.region.code)) throw this.forbiddenRow();
    return h;
  }

  private checkVersion(h: { version: number }, version: number, what = '该户'): void {
    if (h.version !== version) {
      throw rowError('version', 'VERSION_CONFLICT', `${what}已被他人修改（当前版本 ${h.version}，提交的版本 ${version}），请核对后重试`);
    }
  }

  private async updateOne(em: EntityManager, input: HouseholdUpdateInput): Promise<HouseholdNode> {
    const h = await this.loadForWrite(em, input.id, { deleted: false });
    this.checkVersion(h, input.version);
    const before = householdSnapshot(h);
    let head: Member | null = null;
    let headBefore: Record<string, unknown> | null = null;
    const raw = present(input, [...HOUSEHOLD_SCALARS, 'headName', 'headIdNumber']);
    const v = this.validateHouseholdFields(raw, true);
    if (v.errors.length) throw new RowError(v.errors);
    const val = v.value;

    if ('headName' in val || 'headIdNumber' in val) {
      head = await em.findOne(Member, { household: h, relation: 'HEAD' });
      if (!head) throw rowError('headName', 'HEAD_REQUIRED', '该户没有户主，请先在家庭成员中指定户主');
      headBefore = memberSnapshot(head);
      if ('headName' in val) {
        head.name = val.headName as string;
        h.headName = head.name;
      }
      if ('headIdNumber' in val) {
        const idn = val.headIdNumber as string | null;
        if (!idn) throw rowError('headIdNumber', 'REQUIRED', '户主身份证号不能为空');
        const dup = (await this.duplicatePersons(em, [idn], h.id)).get(idn);
        if (dup) throw new RowError([this.duplicateError('headIdNumber', dup)]);
        const other = await em.findOne(Member, { household: h, idNumber: idn, id: { $ne: head.id } });
        if (other) throw rowError('headIdNumber', 'DUPLICATE_PERSON', '户主身份证号与本户另一位成员相同');
        const parsed = validateIdNumber(idn, this.clock.now());
        if (parsed.ok) {
          head.idNumber = parsed.value;
          head.activeIdNumber = parsed.value;
          head.gender = parsed.gender;
          head.birthDate = parsed.birthDate;
          h.headIdNumber = parsed.value;
        }
      }
      head.updatedAt = this.clock.now();
    }
    if ('code' in val) {
      if (!val.code) throw rowError('code', 'REQUIRED', '户编号不能为空');
      h.code = val.code as string;
    }
    if ('category' in val) {
      if (!val.category) throw rowError('category', 'REQUIRED', '监测类别不能为空');
      h.category = val.category as string;
    }
    if ('regionCode' in val) {
      if (!val.regionCode) throw rowError('regionCode', 'REQUIRED', '所在村(社区)不能为空');
      if (!this.access.canTouchRegion(val.regionCode as string)) throw this.forbiddenRow('regionCode');
      h.region = em.getReference(Region, val.regionCode as string);
      h.townshipCode = townshipCodeOf(val.regionCode as string)!;
    }
    if ('address' in val) h.address = (val.address as string | null) ?? '';
    if ('phone' in val) h.phone = (val.phone as string | null) ?? '';
    if ('incomePerCapita' in val) h.incomePerCapita = (val.incomePerCapita as number | null) ?? 0;
    if ('riskTypes' in val) h.riskTypes = riskTypesText(val.riskTypes);
    if ('riskStatus' in val) {
      if (!val.riskStatus) throw rowError('riskStatus', 'REQUIRED', '风险状态不能为空');
      h.riskStatus = val.riskStatus as string;
    }
    if ('helperName' in val) h.helperName = (val.helperName as string | null) ?? '';
    if ('remarks' in val) h.remarks = (val.remarks as string | null) ?? '';
    h.updatedAt = this.clock.now();
    await this.flushVersioned(em, 'version', '该户');
    const base = { householdId: h.id, regionCode: h.region.code };
    this.audit(em, [
      ...diffEntries({ ...base, entityType: 'household', entityId: String(h.id) }, before, householdSnapshot(h)),
      ...(head && headBefore ? diffEntries({ ...base, entityType: 'member', entityId: String(head.id) }, headBefore, memberSnapshot(head)) : []),
    ]);
    await em.flush();
    return (await this.household(String(h.id), em))!;
  }

  /** Flushes; a concurrent writer that got there first (version check in the UPDATE) becomes VERSION_CONFLICT. */
  private async flushVersioned(em: EntityManager, field: string, what: string): Promise<void> {
    try {
      await em.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw rowError(field, 'VERSION_CONFLICT', `${what}已被他人修改，请核对后重试`);
      throw err;
    }
  }

  async deleteHouseholds(ids: string[]): Promise<HouseholdResult[]> {
    return this.setDeleted(ids, true);
  }

  async restoreHouseholds(ids: string[]): Promise<HouseholdResult[]> {
    return this.setDeleted(ids, false);
  }

  private async setDeleted(ids: string[], deleted: boolean): Promise<HouseholdResult[]> {
    const results: HouseholdResult[] = [];
    for (const [index, id] of ids.entries()) {
      const out = await this.runRow(async (em) => {
        const h = await this.loadForWrite(em, id, { deleted: !deleted });
        const members = await em.find(Member, { household: h });
        if (!deleted) {
          const dups = await this.duplicatePersons(em, members.map((m) => m.idNumber), h.id);
          if (dups.size) {
            throw new RowError(members.filter((m) => dups.has(m.idNumber)).map((m) =>
              ({ ...this.duplicateError('idNumber', dups.get(m.idNumber)!), message: `成员 ${m.name} 的${this.duplicateError('idNumber', dups.get(m.idNumber)!).message}，不能恢复` })));
          }
        }
        const now = this.clock.now();
        for (const m of members) m.activeIdNumber = deleted ? null : m.idNumber;
        h.deletedAt = deleted ? now : null;
        h.updatedAt = now;
        await this.flushVersioned(em, 'id', '该户');
        this.audit(em, [{
          action: deleted ? 'DELETE' : 'RESTORE', entityType: 'household', entityId: String(h.id), field: 'deletedAt',
          before: deleted ? null : now.toISOString(), after: deleted ? now.toISOString() : null, householdId: h.id, regionCode: h.region.code,
        }]);
        await em.flush();
        return (await this.household(String(h.id), em))!;
      });
      results.push(out.ok
        ? { index, id, ok: true, household: out.value, errors: [], conflict: null }
        : { index, id, ok: false, household: null, errors: out.error.errors, conflict: null });
    }
    return results;
  }

  // ---- members -----------------------------------------------------------------------------------------------

  private memberResult(index: number, id: string | null, out: { ok: true; value: { member: MemberNode | null; household: HouseholdNode } } | { ok: false; error: RowError }): MemberResult {
    return out.ok
      ? { index, id: out.value.member?.id ?? id, ok: true, member: out.value.member, household: out.value.household, errors: [], conflict: null }
      : { index, id, ok: false, member: null, household: null, errors: out.error.errors, conflict: (out.error.conflict as MemberNode | null) ?? null };
  }

  async addMembers(inputs: MemberAddInput[]): Promise<MemberResult[]> {
    const results: MemberResult[] = [];
    for (const [index, input] of inputs.entries()) {
      const out = await this.runRow(async (em) => {
        const h = await this.loadForWrite(em, input.householdId, { deleted: false });
        const mv = this.validateMember(present(input as MemberInput, MEMBER_SCALARS), false);
        if (mv.errors.length) throw new RowError(mv.errors);
        if (mv.value.relation === 'HEAD') throw rowError('relation', 'HEAD_REQUIRED', '该户已有户主；如需变更户主请使用 setHouseholdHead');
        const idn = mv.value.idNumber as string;
        const dup = (await this.duplicatePersons(em, [idn], null)).get(idn);
        if (dup) throw new RowError([this.duplicateError('idNumber', dup)]);
        const now = this.clock.now();
        const m = em.create(Member, {
          household: h, name: mv.value.name as string, idNumber: idn, activeIdNumber: idn,
          gender: mv.derived!.gender, birthDate: mv.derived!.birthDate, relation: mv.value.relation as string,
          phone: (mv.value.phone as string | null) ?? '', health: (mv.value.health as string | null) ?? null,
          disabilityType: (mv.value.disabilityType as string | null) ?? null,
          disabilityGrade: (mv.value.disabilityGrade as string | null) ?? null,
          laborAbility: (mv.value.laborAbility as string | null) ?? null,
          schooling: (mv.value.schooling as string | null) ?? null, createdAt: now, updatedAt: now,
        });
        h.memberCount += 1;
        h.updatedAt = now;
        await this.flushVersioned(em, 'householdId', '该户');
        this.audit(em, [{ action: 'CREATE', entityType: 'member', entityId: String(m.id), after: memberSnapshot(m), householdId: h.id, regionCode: h.region.code }]);
        await em.flush();
        return { member: await this.member(m.id, em), household: (await this.household(String(h.id), em))! };
      });
      results.push(this.memberResult(index, null, out));
    }
    return results;
  }

  private async loadMemberForWrite(em: EntityManager, id: string, version: number): Promise<{ m: Member; h: Household }> {
    const n = toIntId(id);
    const m = n > 0 ? await em.findOne(Member, { id: n }, { populate: ['household'] }) : null;
    if (!m || m.household.deletedAt) throw rowError('id', 'NOT_FOUND', `成员 ${id} 不存在或所在户已删除`);
    if (!this.access.canTouchRegion(m.household.region.code)) throw this.forbiddenRow();
    if (m.version !== version) {
      throw new RowError([{ field: 'version', code: 'VERSION_CONFLICT', message: `该成员已被他人修改（当前版本 ${m.version}，提交的版本 ${version}），请核对后重试` }], await this.member(m.id, em));
    }
    return { m, h: m.household };
  }

  async updateMembers(inputs: MemberUpdateInput[]): Promise<MemberResult[]> {
    const results: MemberResult[] = [];
    for (const [index, input] of inputs.entries()) {
      const out = await this.runRow(async (em) => {
        const { m, h } = await this.loadMemberForWrite(em, input.id, input.version);
        const before = memberSnapshot(m);
        const mv = this.validateMember(present(input, MEMBER_SCALARS), true);
        if (mv.errors.length) throw new RowError(mv.errors);
        const val = mv.value;
        for (const req of ['name', 'idNumber', 'relation'] as const) {
          if (req in val && (val[req] == null || val[req] === '')) {
            throw rowError(req, 'REQUIRED', `${{ name: '姓名', idNumber: '身份证号', relation: '与户主关系' }[req]}不能为空`);
          }
        }
        if ('relation' in val && val.relation !== m.relation && (val.relation === 'HEAD' || m.relation === 'HEAD')) {
          throw rowError('relation', 'HEAD_REQUIRED', '每户必须恰有一位户主；变更户主请使用 setHouseholdHead');
        }
        const now = this.clock.now();
        if ('idNumber' in val && val.idNumber !== m.idNumber) {
          const idn = val.idNumber as string;
          const dup = (await this.duplicatePersons(em, [idn], h.id)).get(idn);
          if (dup) throw new RowError([this.duplicateError('idNumber', dup)]);
          if (await em.findOne(Member, { household: h, idNumber: idn, id: { $ne: m.id } })) {
            throw rowError('idNumber', 'DUPLICATE_PERSON', '身份证号与本户另一位成员相同');
          }
          m.idNumber = idn;
          m.activeIdNumber = idn;
          m.gender = mv.derived!.gender;
          m.birthDate = mv.derived!.birthDate;
        }
        if ('name' in val) m.name = val.name as string;
        if ('relation' in val) m.relation = val.relation as string;
        if ('phone' in val) m.phone = (val.phone as string | null) ?? '';
        for (const k of ['health', 'disabilityType', 'disabilityGrade', 'laborAbility', 'schooling'] as const) {
          if (k in val) m[k] = (val[k] as string | null) ?? null;
        }
        m.updatedAt = now;
        if (m.relation === 'HEAD' && (h.headName !== m.name || h.headIdNumber !== m.idNumber)) {
          // The household row shows the head: it changes too, and so does its version.
          h.headName = m.name;
          h.headIdNumber = m.idNumber;
          h.updatedAt = now;
        }
        await this.flushVersioned(em, 'version', '该成员');
        this.audit(em, diffEntries({ entityType: 'member', entityId: String(m.id), householdId: h.id, regionCode: h.region.code }, before, memberSnapshot(m)));
        await em.flush();
        return { member: await this.member(m.id, em), household: (await this.household(String(h.id), em))! };
      });
      results.push(this.memberResult(index, input.id, out));
    }
    return results;
  }

  async removeMembers(inputs: MemberRemoveInput[]): Promise<MemberResult[]> {
    const results: MemberResult[] = [];
    for (const [index, input] of inputs.entries()) {
      const out = await this.runRow(async (em) => {
        const { m, h } = await this.loadMemberForWrite(em, input.id, input.version);
        if (m.relation === 'HEAD') throw rowError('relation', 'HEAD_REQUIRED', '不能移除户主；请先用 setHouseholdHead 指定新户主');
        const snapshot = memberSnapshot(m);
        const memberId = m.id;
        em.remove(m);
        h.memberCount -= 1;
        h.updatedAt = this.clock.now();
        await this.flushVersioned(em, 'version', '该成员');
        this.audit(em, [{ action: 'REMOVE', entityType: 'member', entityId: String(memberId), before: snapshot, householdId: h.id, regionCode: h.region.code }]);
        await em.flush();
        return { member: null, household: (await this.household(String(h.id), em))! };
      });
      results.push(this.memberResult(index, input.id, out));
    }
    return results;
  }

  /** Makes another member the head; the former head takes `formerHeadRelation`. */
  async setHead(householdId: string, version: number, memberId: string, formerHeadRelation: string): Promise<HouseholdResult> {
    const out = await this.runRow(async (em) => {
      const h = await this.loadForWrite(em, householdId, { deleted: false });
      this.checkVersion(h, version);
      if (formerHeadRelation === 'HEAD') throw rowError('formerHeadRelation', 'HEAD_REQUIRED', '原户主的新关系不能是户主');
      const members = await em.find(Member, { household: h });
      const next = members.find((m) => String(m.id) === String(memberId));
      if (!next) throw rowError('memberId', 'NOT_FOUND', `成员 ${memberId} 不在该户`);
      const now = this.clock.now();
      const hBefore = householdSnapshot(h);
      const mBefore = new Map(members.map((m) => [m, memberSnapshot(m)]));
      for (const m of members) {
        if (m.relation === 'HEAD' && m !== next) {
          m.relation = formerHeadRelation;
          m.updatedAt = now;
        }
      }
      next.relation = 'HEAD';
      next.updatedAt = now;
      h.headName = next.name;
      h.headIdNumber = next.idNumber;
      h.updatedAt = now;
      await this.flushVersioned(em, 'version', '该户');
      const base = { householdId: h.id, regionCode: h.region.code };
      this.audit(em, [
        ...diffEntries({ ...base, entityType: 'household', entityId: String(h.id) }, hBefore, householdSnapshot(h)),
        ...members.flatMap((m) => diffEntries({ ...base, entityType: 'member', entityId: String(m.id) }, mBefore.get(m)!, memberSnapshot(m))),
      ]);
      await em.flush();
      return (await this.household(String(h.id), em))!;
    });
    if (out.ok) return { index: 0, id: householdId, ok: true, household: out.value, errors: [], conflict: null };
    const conflict = out.error.errors.some((e) => e.code === 'VERSION_CONFLICT') ? await this.household(householdId) : null;
    return { index: 0, id: householdId, ok: false, household: null, errors: out.error.errors, conflict };
  }
}
