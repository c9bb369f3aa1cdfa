import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { HOUSEHOLD_FIELDS, piiFieldNames, validateIdNumber, townshipCodeOf } from '@doudi/shared';
import { RowError, rowError } from '../../common/row-result.js';
import { queryRows } from '../../common/sql.js';
import { forbidden } from '../../common/access.js';
import type { Connection } from '../../common/connection.js';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { fetchHouseholdPage, type PageArgs } from './household.query.js';
import type { TotalCountKind } from '../../common/enums.js';
import { householdCodeAllocator } from './household-code.js';
import { Household } from './household.entity.js';
import { Member } from './member.entity.js';
import { Region } from '../region/region.entity.js';
import type { HouseholdNode } from './household.types.js';
import type { HouseholdCreateInput, HouseholdUpdateInput } from './household.inputs.js';
import { diffEntries, type AuditEntry } from '../audit/audit.service.js';
import {
  HOUSEHOLD_SCALARS, MEMBER_SCALARS, present, prefixed, riskTypesText, householdSnapshot, memberSnapshot, memberColumns,
  type HouseholdResult, type NewHouseholdCheck,
} from './ledger-base.service.js';
import { MemberService } from './member.service.js';

export type { HouseholdResult, MemberResult, PiiReads, HouseholdServiceDeps, NewHouseholdCheck } from './ledger-base.service.js';

/** The household service of a request; `changeSet` records the changes under another user step (undo). */
export const householdService = (ctx: RequestContext, changeSet: string | null = ctx.changeSet): HouseholdService =>
  new HouseholdService(serviceDeps(ctx, changeSet));

/** Sorting by an ID number or phone would leak their order to a caller who sees them masked. */
const PII_SORT = new Set(piiFieldNames(HOUSEHOLD_FIELDS));

/** A households page: Relay edges of plain rows, and a count computed only when asked for. */
export interface HouseholdPage extends Connection<HouseholdNode> {
  totalCount: () => Promise<number>;
  totalCountKind: () => Promise<TotalCountKind>;
}

/**
 * The household ledger's rules: create, change, delete, restore, change of head. Member operations come from
 * MemberService (one service object serves the resolver and undo).
 */
export class HouseholdService extends MemberService {
  /** The next free 户编号 (YN…), from the allocator the Excel import uses too. */
  protected async nextCode(em: EntityManager): Promise<string> {
    return (await householdCodeAllocator((text, params) => queryRows(em, { text, params })))();
  }

  // ---- reads -------------------------------------------------------------------------------------------------

  /** One page of the ledgers, confined to the caller's region; rows built plain and masked once (the hot path). */
  async page(args: PageArgs, limits: { maxPageSize: number; countCap: number; prepared?: boolean }, fields: ReadonlySet<string> | null = null): Promise<HouseholdPage> {
    if (!this.access.seesPii && args.orderBy?.some((o) => PII_SORT.has(o.field))) {
      throw forbidden('没有“查看个人敏感信息”权限（pii:read），不能按身份证号或电话排序', { field: 'orderBy' });
    }
    const page = await fetchHouseholdPage(this.deps.readEm ?? this.em, this.kind, args, { ...limits, scope: this.access.householdScope(), fields });
    const last = page.rows.length - 1;
    return {
      // Each edge's cursor is made only if the query asks for it (a getter: the edges' fields use the default resolver).
      edges: page.rows.map((r, i) => ({ get cursor() { return page.cursorAt(i); }, node: this.present(page.toNode(r)) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        get startCursor() { return last >= 0 ? page.cursorAt(0) : null; },
        get endCursor() { return last >= 0 ? page.cursorAt(last) : null; },
      },
      totalCount: async () => (await page.count()).n,
      totalCountKind: async () => (await page.count()).kind,
    };
  }

  /** One household for the `household` query: null when absent, FORBIDDEN outside the caller's region. */
  async readHousehold(id: string): Promise<HouseholdNode | null> {
    try {
      return await this.visibleHousehold(id);
    } catch (err) {
      if (err instanceof RowError) throw new GraphQLError(err.errors[0].message, { extensions: { code: err.errors[0].code } });
      throw err;
    }
  }

  /** One household with its personal data unmasked; the read is recorded as a reveal. */
  async revealHousehold(id: string): Promise<HouseholdNode | null> {
    this.deps.pii.purpose = 'reveal';
    return this.readHousehold(id);
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

  protected async createOne(em: EntityManager, input: HouseholdCreateInput): Promise<HouseholdNode> {
    const h = await this.insertHousehold(em, input);
    return (await this.household(String(h.id), em))!;
  }

  /**
   * Checks a new household without writing: its fields, one head, its members, the caller's township, persons already
   * in another active household. Throws RowError (member fields as `members[i].field`). The ledger's createHouseholds
   * and the roll imports' dry run (excel/import/rolls.ts) both ask it, so a dry run refuses what a commit would.
   */
  async checkNewHousehold(em: EntityManager, input: HouseholdCreateInput): Promise<NewHouseholdCheck> {
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
    return { value: hv.value, members: mv.map((m) => ({ value: m.value, derived: m.derived! })) };
  }

  /**
   * Creates a household and its members in the caller's transaction — the one path for a new household (the ledger's
   * createHouseholds and the roll imports): checkNewHousehold, its 户编号 (the sheet's, else the allocator's), gender
   * and birth date from the ID number, one audit row for the household (plus `auditExtra` in its `after`) and one per
   * member. The per-township counts follow from the database triggers on `household`. Throws RowError.
   */
  async insertHousehold(em: EntityManager, input: HouseholdCreateInput, auditExtra: Record<string, unknown> = {}): Promise<Household> {
    const { value, members } = await this.checkNewHousehold(em, input);
    const now = this.clock.now();
    const regionCode = value.regionCode as string;
    const head = members.find((m) => m.value.relation === 'HEAD')!;
    const h: Household = em.create(Household, {
      code: (value.code as string | undefined) ?? (await this.nextCode(em)),
      category: value.category as string,
      region: em.getReference(Region, regionCode),
      townshipCode: townshipCodeOf(regionCode)!,
      address: (value.address as string | null) ?? '',
      headName: head.value.name as string,
      headIdNumber: head.value.idNumber as string,
      phone: (value.phone as string | null) ?? '',
      memberCount: members.length,
      incomePerCapita: (value.incomePerCapita as number | null) ?? 0,
      riskTypes: riskTypesText(value.riskTypes),
      riskStatus: (value.riskStatus as string | null) ?? 'MONITORING',
      helperName: (value.helperName as string | null) ?? '',
      remarks: (value.remarks as string | null) ?? '',
      createdAt: now,
      updatedAt: now,
    });
    const created: Member[] = members.map((m) => em.create(Member, { household: h, ...memberColumns(m.value, m.derived), createdAt: now, updatedAt: now }));
    await em.flush();
    const base = { householdId: h.id, regionCode };
    this.audit(em, [
      { ...base, action: 'CREATE', entityType: 'household', entityId: String(h.id), after: { ...householdSnapshot(h), ...auditExtra } },
      ...created.map((m): AuditEntry => ({ ...base, action: 'CREATE', entityType: 'member', entityId: String(m.id), after: memberSnapshot(m) })),
    ]);
    await em.flush();
    return h;
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

  protected async updateOne(em: EntityManager, input: HouseholdUpdateInput): Promise<HouseholdNode> {
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
    const base = { householdId: h.id, regionCode: h.region.code };
    const changes = [
      ...diffEntries({ ...base, entityType: 'household', entityId: String(h.id) }, before, householdSnapshot(h)),
      ...(head && headBefore ? diffEntries({ ...base, entityType: 'member', entityId: String(head.id) }, headBefore, memberSnapshot(head)) : []),
    ];
    // Nothing changed: no write, so the version stays (a version that moved without an event would leave every live
    // grid one version behind, and its next edit would conflict).
    if (!changes.length) {
      // Nothing is written: the loaded entities are let go, so the transaction's closing flush writes nothing either.
      em.clear();
      return (await this.household(String(h.id), em))!;
    }
    h.updatedAt = this.clock.now();
    if (head && headBefore) head.updatedAt = h.updatedAt;
    await this.flushVersioned(em, 'version', '该户');
    this.audit(em, changes);
    await em.flush();
    return (await this.household(String(h.id), em))!;
  }

  async deleteHouseholds(ids: string[]): Promise<HouseholdResult[]> {
    return this.setDeleted(ids, true);
  }

  async restoreHouseholds(ids: string[]): Promise<HouseholdResult[]> {
    return this.setDeleted(ids, false);
  }

  protected async setDeleted(ids: string[], deleted: boolean): Promise<HouseholdResult[]> {
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
      if (next.relation !== 'HEAD') {
        next.relation = 'HEAD';
        next.updatedAt = now;
      }
      h.headName = next.name;
      h.headIdNumber = next.idNumber;
      const base = { householdId: h.id, regionCode: h.region.code };
      const changes = [
        ...diffEntries({ ...base, entityType: 'household', entityId: String(h.id) }, hBefore, householdSnapshot(h)),
        ...members.flatMap((m) => diffEntries({ ...base, entityType: 'member', entityId: String(m.id) }, mBefore.get(m)!, memberSnapshot(m))),
      ];
      // The member is the head already: nothing is written, the versions stay and no event is raised (as updateOne).
      if (!changes.length) {
        em.clear();
        return (await this.household(String(h.id), em))!;
      }
      h.updatedAt = now;
      await this.flushVersioned(em, 'version', '该户');
      this.audit(em, changes);
      await em.flush();
      return (await this.household(String(h.id), em))!;
    });
    if (out.ok) return { index: 0, id: householdId, ok: true, household: out.value, errors: [], conflict: null };
    const conflict = out.error.errors.some((e) => e.code === 'VERSION_CONFLICT') ? await this.household(householdId) : null;
    return { index: 0, id: householdId, ok: false, household: null, errors: out.error.errors, conflict };
  }
}
