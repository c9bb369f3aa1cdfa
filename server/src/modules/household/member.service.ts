import type { EntityManager } from '@mikro-orm/core';
import { RowError, rowError } from '../../common/row-result.js';
import { Member } from './member.entity.js';
import type { Household } from './household.entity.js';
import type { HouseholdNode, MemberNode } from './household.types.js';
import type { MemberInput, MemberAddInput, MemberUpdateInput, MemberRemoveInput } from './household.inputs.js';
import { toIntId } from './household.query.js';
import { diffEntries } from '../audit/audit.service.js';
import { LedgerServiceBase, MEMBER_SCALARS, present, memberSnapshot, memberColumns, type MemberResult } from './ledger-base.service.js';

/** Members of households: add, change, remove, each row in its own transaction, scoped and audited. */
export class MemberService extends LedgerServiceBase {
  // ---- members -----------------------------------------------------------------------------------------------

  protected memberResult(index: number, id: string | null, out: { ok: true; value: { member: MemberNode | null; household: HouseholdNode } } | { ok: false; error: RowError }): MemberResult {
    return out.ok
      ? { index, id: out.value.member?.id ?? id, ok: true, member: out.value.member, household: out.value.household, errors: [], conflict: null }
      : { index, id, ok: false, member: null, household: null, errors: out.error.errors, conflict: (out.error.conflict as MemberNode | null) ?? null };
  }

  async addMembers(inputs: MemberAddInput[]): Promise<MemberResult[]> {
    const results: MemberResult[] = [];
    for (const [index, input] of inputs.entries()) {
      const out = await this.runRow(async (em) => {
        const h = await this.loadForWrite(em, input.householdId, { deleted: false });
        const m = await this.insertMember(em, h, input);
        return { member: await this.member(m.id, em), household: (await this.household(String(h.id), em))! };
      });
      results.push(this.memberResult(index, null, out));
    }
    return results;
  }

  /**
   * Checks a member to add (not the head) without writing: its fields and that the person is in no other active
   * household. Throws RowError. addMembers and the roll imports' dry run (excel/import/rolls.ts) ask it.
   */
  async checkNewMember(em: EntityManager, input: MemberInput): Promise<{ value: Record<string, unknown>; derived: { gender: string; birthDate: string } }> {
    const mv = this.validateMember(present(input, MEMBER_SCALARS), false);
    if (mv.errors.length) throw new RowError(mv.errors);
    if (mv.value.relation === 'HEAD') throw rowError('relation', 'HEAD_REQUIRED', '该户已有户主；如需变更户主请使用 setHouseholdHead');
    const idn = mv.value.idNumber as string;
    const dup = (await this.duplicatePersons(em, [idn], null)).get(idn);
    if (dup) throw new RowError([this.duplicateError('idNumber', dup)]);
    return { value: mv.value, derived: mv.derived! };
  }

  /**
   * Adds a member to a household (already loaded for writing, in the caller's region) in the caller's transaction —
   * the one path (addMembers and the roll imports): checkNewMember, the household's member count and version, audit.
   */
  async insertMember(em: EntityManager, h: Household, input: MemberInput): Promise<Member> {
    if (!this.access.canTouchRegion(h.region.code)) throw this.forbiddenRow('householdId');
    const { value, derived } = await this.checkNewMember(em, input);
    const now = this.clock.now();
    const m = em.create(Member, { household: h, ...memberColumns(value, derived), createdAt: now, updatedAt: now });
    h.memberCount += 1;
    h.updatedAt = now;
    await this.flushVersioned(em, 'householdId', '该户');
    this.audit(em, [{ action: 'CREATE', entityType: 'member', entityId: String(m.id), after: memberSnapshot(m), householdId: h.id, regionCode: h.region.code }]);
    await em.flush();
    return m;
  }

  protected async loadMemberForWrite(em: EntityManager, id: string, version: number): Promise<{ m: Member; h: Household }> {
    const n = toIntId(id);
    const m = n > 0 ? await em.findOne(Member, { id: n }, { populate: ['household'] }) : null;
    // Another township's member answers as a missing one.
    if (!m || m.household.deletedAt || !this.access.canTouchRegion(m.household.region.code)) {
      throw rowError('id', 'NOT_FOUND', `成员 ${id} 不存在或所在户已删除`);
    }
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
        const changes = diffEntries({ entityType: 'member', entityId: String(m.id), householdId: h.id, regionCode: h.region.code }, before, memberSnapshot(m));
        // Nothing changed: nothing is written, the versions stay and no event is raised (as a household's update).
        if (!changes.length) {
          em.clear();
          return { member: await this.member(m.id, em), household: (await this.household(String(h.id), em))! };
        }
        m.updatedAt = now;
        if (m.relation === 'HEAD' && (h.headName !== m.name || h.headIdNumber !== m.idNumber)) {
          // The household row shows the head: it changes too, and so does its version.
          h.headName = m.name;
          h.headIdNumber = m.idNumber;
          h.updatedAt = now;
        }
        await this.flushVersioned(em, 'version', '该成员');
        this.audit(em, changes);
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

  /** Makes another member the head; the former head takes `formerHeadRelation`. */}
