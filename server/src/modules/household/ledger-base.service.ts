import type { EntityManager } from '@mikro-orm/core';
import { OptimisticLockError } from '@mikro-orm/core';
import {
  validateRecord, validateIdNumber, isVillageCode, RiskTypeDef, HOUSEHOLD_FIELDS, MEMBER_FIELDS, type FieldError,
} from '@doudi/shared';
import type { DbKind } from '../../config.js';
import type { Clock } from '../../common/context.js';
import { RowError, rowError, mapConstraintError } from '../../common/row-result.js';
import { queryRows } from '../../common/sql.js';
import { Household } from './household.entity.js';
import { Member } from './member.entity.js';
import { HOUSEHOLD_EDITABLE } from './household.columns.js';
import { HOUSEHOLD_COLUMNS, MEMBER_COLUMNS, toHouseholdNode, toMemberNode, type HouseholdRow, type MemberRow } from './household.mapper.js';
import type { HouseholdNode, MemberNode } from './household.types.js';
import { toIntId } from './household.query.js';
import type { Access } from '../../common/access.js';
import { recordAudit, type AuditEntry } from '../audit/audit.service.js';
import type { ServiceDeps } from '../../common/service-context.js';
import { maskHousehold, maskMember } from './household.mask.js';
import { markUnmasked } from '../../common/pii-fields.js';

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

// The editable fields of the shared tables; the head's name and ID number are the head member's, written through it.
const HEAD_FIELDS = new Set(['headName', 'headIdNumber']);
export const HOUSEHOLD_SCALARS: readonly string[] = HOUSEHOLD_FIELDS.filter((m) => m.editable && !HEAD_FIELDS.has(m.name)).map((m) => m.name);
export const MEMBER_SCALARS: readonly string[] = MEMBER_FIELDS.filter((m) => m.editable).map((m) => m.name);

/** Only the keys the caller sent (GraphQL leaves absent arguments out; null means "clear"). */
export function present<T extends object>(input: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Object.prototype.hasOwnProperty.call(input, k)) out[k] = (input as Record<string, unknown>)[k];
  return out;
}

export const prefixed = (prefix: string, errors: FieldError[]): FieldError[] =>
  errors.map((e) => ({ ...e, field: `${prefix}${e.field}` }));

/** Risk types in the vocabulary's order, so the stored text (and sorting on it) is canonical. */
export function riskTypesText(v: unknown): string {
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

/** The common service set-up (common/service-context.ts). */
export type HouseholdServiceDeps = ServiceDeps;

/** A household's audited fields (HOUSEHOLD_EDITABLE, in order): the before/after of its audit rows. */
export function householdSnapshot(h: Household): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of HOUSEHOLD_EDITABLE) out[k] = k === 'regionCode' ? h.region.code : h[k as keyof Household];
  return out;
}

/** What a member snapshot is made of: a Member, or the plain values of a new head (the Excel import). */
export type MemberSnapshotSource = Pick<Member, 'name' | 'idNumber' | 'relation' | 'phone'> &
  Partial<Pick<Member, 'health' | 'disabilityType' | 'disabilityGrade' | 'laborAbility' | 'schooling'>>;

export function memberSnapshot(m: MemberSnapshotSource): Record<string, unknown> {
  return {
    name: m.name, idNumber: m.idNumber, relation: m.relation, phone: m.phone, health: m.health ?? null,
    disabilityType: m.disabilityType ?? null, disabilityGrade: m.disabilityGrade ?? null,
    laborAbility: m.laborAbility ?? null, schooling: m.schooling ?? null,
  };
}

/** A new household as checked (HouseholdService.checkNewHousehold): its validated fields and members. */
export interface NewHouseholdCheck {
  value: Record<string, unknown>;
  members: { value: Record<string, unknown>; derived: { gender: string; birthDate: string } }[];
}

/** A new member's columns from its validated fields (gender and birth date derived from the ID number). */
export function memberColumns(v: Record<string, unknown>, derived: { gender: string; birthDate: string }) {
  const idNumber = v.idNumber as string;
  return {
    name: v.name as string, idNumber, activeIdNumber: idNumber, gender: derived.gender, birthDate: derived.birthDate,
    relation: v.relation as string, phone: (v.phone as string | null) ?? '', health: (v.health as string | null) ?? null,
    disabilityType: (v.disabilityType as string | null) ?? null, disabilityGrade: (v.disabilityGrade as string | null) ?? null,
    laborAbility: (v.laborAbility as string | null) ?? null, schooling: (v.schooling as string | null) ?? null,
  };
}

/**
 * What the household and member services share: the caller's access, masking, audit, validation, reads and the
 * per-row transaction. Every row of a bulk mutation runs in its own transaction: a row is all-or-nothing and never
 * affects the other rows of the request.
 */
export class LedgerServiceBase {
  protected readonly em: EntityManager;
  protected readonly kind: DbKind;
  protected readonly clock: Clock;
  protected readonly access: Access;

  constructor(protected readonly deps: HouseholdServiceDeps) {
    this.em = deps.em;
    this.kind = deps.kind;
    this.clock = deps.clock;
    this.access = deps.access;
  }

  /** Masks personal data unless the caller may see it; an unmasked row is marked so that returning one of its personal fields is recorded (PIPL, common/pii-fields.ts). */
  present(node: HouseholdNode): HouseholdNode {
    if (!this.access.seesPii || this.deps.maskPii) return maskHousehold(node);
    return markUnmasked(node, node.id);
  }

  presentMember(node: MemberNode): MemberNode {
    if (!this.access.seesPii || this.deps.maskPii) return maskMember(node);
    return markUnmasked(node, node.householdId);
  }

  protected audit(em: EntityManager, entries: AuditEntry[]): void {
    if (entries.length) recordAudit(em, this.deps.stamp, this.clock.now(), entries);
  }

  protected forbiddenRow(field = 'id'): RowError {
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
    const svc = em === this.em ? this : new LedgerServiceBase({ ...this.deps, em });
    return (await svc.householdRows([n])).get(n) ?? null;
  }

  /** A household for reading: null when absent; FORBIDDEN (as a thrown error) when outside the caller's region. */
  async visibleHousehold(id: string): Promise<HouseholdNode | null> {
    const h = await this.household(id);
    if (h && !this.access.canTouchRegion(h.regionCode)) {
      // Another township's household is as absent as a missing one (null), not FORBIDDEN: an id tells nothing.
      return null;
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

  protected async member(id: number, em: EntityManager): Promise<MemberNode | null> {
    const rows = await queryRows<MemberRow>(em, { text: `SELECT ${MEMBER_COLUMNS} FROM member m WHERE m.id = ?`, params: [id] });
    return rows[0] ? this.presentMember(toMemberNode(rows[0])) : null;
  }

  // ---- validation helpers ------------------------------------------------------------------------------------

  protected validateHouseholdFields(values: Record<string, unknown>, partial: boolean): { value: Record<string, unknown>; errors: FieldError[] } {
    const res = validateRecord('household', values, { partial, now: this.clock.now() });
    if ('regionCode' in res.value && res.value.regionCode != null && !isVillageCode(String(res.value.regionCode))) {
      if (!res.errors.some((e) => e.field === 'regionCode')) {
        res.errors.push({ field: 'regionCode', code: 'INVALID_VALUE', message: `所在村(社区)代码“${String(values.regionCode)}”不是本县的村或社区` });
      }
    }
    return res;
  }

  protected validateMember(input: Record<string, unknown>, partial: boolean): { value: Record<string, unknown>; errors: FieldError[]; derived?: { gender: string; birthDate: string } } {
    const res = validateRecord('member', input, { partial, now: this.clock.now() });
    let derived: { gender: string; birthDate: string } | undefined;
    if (typeof res.value.idNumber === 'string') {
      const id = validateIdNumber(res.value.idNumber, this.clock.now());
      if (id.ok) derived = { gender: id.gender, birthDate: id.birthDate };
    }
    return { ...res, derived };
  }

  /** DUPLICATE_PERSON: an ID number already in another active household, naming that household when the caller may read it. */
  protected async duplicatePersons(em: EntityManager, idNumbers: string[], exceptHouseholdId: number | null): Promise<Map<string, { code: string; headName: string }>> {
    const out = new Map<string, { code: string; headName: string }>();
    if (!idNumbers.length) return out;
    const rows = await queryRows<{ active_id_number: string; code: string; head_name: string; region_code: string }>(em, {
      text: `SELECT m.active_id_number, h.code, h.head_name, h.region_code FROM member m JOIN household h ON h.id = m.household_id ` +
        `WHERE m.active_id_number IN (${idNumbers.map(() => '?').join(', ')})${exceptHouseholdId != null ? ' AND h.id <> ?' : ''}`,
      params: exceptHouseholdId != null ? [...idNumbers, exceptHouseholdId] : idNumbers,
    });
    // A household outside the caller's region is not named at all (not even its code: it would tell where the person lives).
    for (const r of rows) {
      const mine = this.access.canTouchRegion(r.region_code);
      out.set(r.active_id_number, { code: mine ? r.code : '', headName: mine ? r.head_name : '' });
    }
    return out;
  }

  protected duplicateError(field: string, where: { code: string; headName: string }): FieldError {
    if (!where.code) return { field, code: 'DUPLICATE_PERSON', message: '该身份证号已登记在其他户，一人只能属于一个在册家庭' };
    return { field, code: 'DUPLICATE_PERSON', message: `身份证号已在户 ${where.code}（户主 ${where.headName}）中登记，一人只能属于一个在册家庭` };
  }

  /** Runs one row in its own transaction and turns its outcome into a row result. */
  protected async runRow<T>(fn: (em: EntityManager) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: RowError }> {
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

  protected async loadForWrite(em: EntityManager, id: string, opts: { deleted: boolean }): Promise<Household> {
    const n = toIntId(id);
    const h = n > 0 ? await em.findOne(Household, { id: n }) : null;
    // Another township's household answers as a missing one: an id tells nothing about who exists elsewhere.
    if (!h || Boolean(h.deletedAt) !== opts.deleted || !this.access.canTouchRegion(h.region.code)) {
      throw rowError('id', 'NOT_FOUND', opts.deleted ? `已删除的户 ${id} 不存在` : `户 ${id} 不存在或已删除`);
    }
    return h;
  }

  protected checkVersion(h: { version: number }, version: number, what = '该户'): void {
    if (h.version !== version) {
      throw rowError('version', 'VERSION_CONFLICT', `${what}已被他人修改（当前版本 ${h.version}，提交的版本 ${version}），请核对后重试`);
    }
  }

  /** Flushes; a concurrent writer that got there first (version check in the UPDATE) becomes VERSION_CONFLICT. */
  protected async flushVersioned(em: EntityManager, field: string, what: string): Promise<void> {
    try {
      await em.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw rowError(field, 'VERSION_CONFLICT', `${what}已被他人修改，请核对后重试`);
      throw err;
    }
  }

}
