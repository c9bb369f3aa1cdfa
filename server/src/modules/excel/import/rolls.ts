// Existing rolls (低保 / 特困 名册, one row per person) brought in as approved cases dated as in the sheet (issue 16,
// point 9). 低保: rows are grouped into households by 户编号, else by 户主身份证号; the household must be in the ledger
// (and the caller's township); its 整户保 rows make one case (start: the earliest 纳入日期, amount: the sum of the rows'
// 月保障金), each 单人保 row one case of that member. 特困: each row is a member of a ledger household, found by ID number.
// Each case gets an approved application marked `imported` (its history starts with the roll). Atomic: all in one
// transaction, nothing when a row is invalid; not atomic: each household (or person) in its own transaction.
import type { EntityManager } from '@mikro-orm/core';
import {
  DibaoKindDef, SupportModeDef, townshipCodeOf, TEKUN_MINOR_AGE_LIMIT, ageFromIdNumber, birthdayAt, chinaDate, enumFromLabel, validateIdNumber,
  type DibaoKind,
} from '@doudi/shared';
import type { RequestContext } from '../../../common/context.js';
import { stampOf } from '../../../common/service-context.js';
import { queryRows, sql } from '../../../common/sql.js';
import { recordAudit, type AuditEntry } from '../../audit/audit.service.js';
import { Household } from '../../household/household.entity.js';
import { Member } from '../../household/member.entity.js';
import { Region } from '../../region/region.entity.js';
import { householdCodeAllocator } from '../../household/household-code.js';
import { memberSnapshot } from '../../household/ledger-base.service.js';
import { resolvePlace } from './places.js';
import { DibaoCase, TekunPerson } from '../../assistance/assistance.entities.js';
import { AssistanceApplication } from '../../applications/application.entity.js';
import type { ImportColumn } from './header.js';
import { SCIENTIFIC_MESSAGE, cellText, readDate, readIdCell } from './cells.js';
import type { DataRow, ImportError, Progress } from './types.js';

type RollTarget = 'dibao-roll' | 'tekun-roll';

export function missingRollColumns(target: RollTarget, columns: ImportColumn[], headerRow: number): ImportError[] {
  const has = (f: string) => columns.some((c) => c.field === f);
  const miss = (field: string, label: string): ImportError => ({ row: headerRow, column: null, field, code: 'MISSING_COLUMN', message: `缺少必填列“${label}”` });
  const out: ImportError[] = [];
  if (!has('idNumber')) out.push(miss('idNumber', '身份证号'));
  if (!has('startDate')) out.push(miss('startDate', target === 'dibao-roll' ? '纳入日期' : '供养开始日期'));
  if (target === 'dibao-roll' && !has('householdCode') && !has('headIdNumber')) out.push(miss('householdCode', '户编号（或户主身份证号）'));
  if (target === 'tekun-roll') {
    if (!has('supportMode')) out.push(miss('supportMode', '供养方式'));
    if (!has('careProviderOrg')) out.push(miss('careProviderOrg', '照料服务机构'));
  }
  return out;
}

interface Parsed {
  row: number;
  name: string;
  idNumber: string | null;
  headId: string | null;
  code: string;
  kind: DibaoKind;
  amount: number;
  startDate: string | null;
  supportMode: string | null;
  org: string;
  place: string;
  errors: ImportError[];
}

/** A household not in the ledger, created from its roll rows (category MARGINAL 边缘易致贫户, see docs/applications.md). */
interface NewHousehold {
  code: string | null;
  regionCode: string;
  head: { name: string; idNumber: string };
  members: { name: string; idNumber: string; relation: string }[];
}

/** A unit written in one go: a household's case(s), or one 特困 person. */
interface Unit {
  rows: Parsed[];
  householdId: number;
  regionCode: string;
  headName: string;
  cases: { memberId: number | null; kind: DibaoKind; startDate: string; amount: number }[];
  create?: NewHousehold;
  tekun?: { memberId: number; birthId: string; supportMode: string; org: string; startDate: string; name: string };
}

export interface RollResult {
  rows: number; valid: number; invalid: number; created: number; updated: number; unchanged: number;
  errors: ImportError[]; warnings: ImportError[]; committed: boolean;
  newHouseholds?: { households: number; members: number };
}

export async function importRolls(
  ctx: RequestContext, target: RollTarget, rows: DataRow[], columns: ImportColumn[], opts: { commit: boolean; atomic: boolean; progress?: Progress },
): Promise<RollResult> {
  const colOf = new Map<string, ImportColumn>();
  for (const c of columns) if (c.field) colOf.set(c.field, c);
  const today = chinaDate(ctx.clock.now());
  const warnings: ImportError[] = [];
  const seenIds = new Map<string, number>();

  const parsed: Parsed[] = rows.map((r) => {
    const cell = (f: string) => {
      const c = colOf.get(f);
      return c ? r.values[c.index - 1] ?? null : null;
    };
    const p: Parsed = { row: r.row, name: cellText(cell('name')), idNumber: null, headId: null, code: cellText(cell('householdCode')), kind: 'HOUSEHOLD', amount: 0, startDate: null, supportMode: null, org: cellText(cell('careProviderOrg')), place: cellText(cell('regionCode')), errors: [] };
    const err = (field: string, code: string, message: string) => p.errors.push({ row: r.row, column: colOf.get(field)?.letter ?? null, field, code, message });
    const id = (field: string, label: string, required: boolean): string | null => {
      const v = cell(field);
      if (v === null || cellText(v) === '') {
        if (required) err(field, 'REQUIRED', `${label}不能为空`);
        return null;
      }
      const c = readIdCell(v);
      if (c.kind === 'scientific') return err(field, 'ID_NUMBER_SCIENTIFIC', SCIENTIFIC_MESSAGE(label, c.shown)), null;
      if (c.kind === 'masked') return err(field, 'INVALID_ID_NUMBER', `${label}已打码（*），无法导入；请使用完整号码`), null;
      const res = validateIdNumber(c.value, ctx.clock.now());
      if (!res.ok) return err(field, 'INVALID_ID_NUMBER', `${label}：${res.message}`), null;
      return res.value;
    };
    p.idNumber = id('idNumber', '身份证号', true);
    if (p.idNumber) {
      const first = seenIds.get(p.idNumber);
      if (first) err('idNumber', 'DUPLICATE_IN_FILE', `身份证号与第 ${first} 行重复`);
      else seenIds.set(p.idNumber, r.row);
    }
    if (p.name.length > 50) err('name', 'TOO_LONG', '姓名不能超过 50 个字');
    const dateCell = cell('startDate');
    p.startDate = readDate(dateCell);
    const dateLabel = target === 'dibao-roll' ? '纳入日期' : '供养开始日期';
    if (dateCell === null || cellText(dateCell) === '') err('startDate', 'REQUIRED', `${dateLabel}不能为空`);
    else if (!p.startDate) err('startDate', 'INVALID_VALUE', `${dateLabel}“${cellText(dateCell)}”不是有效日期`);
    else if (p.startDate > today) err('startDate', 'OUT_OF_RANGE', `${dateLabel} ${p.startDate} 晚于今天`);
    if (target === 'dibao-roll') {
      p.headId = id('headIdNumber', '户主身份证号', false);
      if (!p.code && !p.headId && !p.errors.some((e) => e.field === 'headIdNumber')) err(colOf.has('householdCode') ? 'householdCode' : 'headIdNumber', 'REQUIRED', '户编号和户主身份证号至少填写一项（用于把成员归到同一户）');
      const kindText = cellText(cell('kind'));
      if (kindText) {
        const k = enumFromLabel(DibaoKindDef, kindText);
        if (!k) err('kind', 'INVALID_VALUE', `保障类别“${kindText}”应为 整户保 或 单人保`);
        else p.kind = k;
      }
      const amountCell = cell('monthlyAmount');
      if (amountCell !== null && cellText(amountCell) !== '') {
        const n = typeof amountCell === 'number' ? amountCell : Number(cellText(amountCell).replace(/[,，元]/g, ''));
        if (!Number.isFinite(n) || n < 0 || n > 100_000) err('monthlyAmount', 'OUT_OF_RANGE', `月保障金“${cellText(amountCell)}”应为 0 到 100000 元`);
        else p.amount = Math.round(n * 100) / 100;
      }
    } else {
      const modeText = cellText(cell('supportMode'));
      p.supportMode = modeText ? enumFromLabel(SupportModeDef, modeText) ?? null : null;
      if (!modeText) err('supportMode', 'REQUIRED', '供养方式不能为空');
      else if (!p.supportMode) err('supportMode', 'INVALID_VALUE', `供养方式“${modeText}”应为 集中供养 或 分散供养`);
      if (!p.org) err('careProviderOrg', 'REQUIRED', '照料服务机构不能为空');
      else if (p.org.length > 100) err('careProviderOrg', 'TOO_LONG', '照料服务机构不能超过 100 个字');
    }
    return p;
  });
  opts.progress?.('validate', 0, parsed.length);

  const em = ctx.em.fork();
  const units: Unit[] = [];
  const groupErr = (ps: Parsed[], field: string, code: string, message: string) => {
    for (const p of ps) p.errors.push({ row: p.row, column: colOf.get(field)?.letter ?? null, field, code, message });
  };
  const inScope = (regionCode: string) => ctx.access.canTouchRegion(regionCode);

  if (target === 'dibao-roll') {
    const groups = new Map<string, Parsed[]>();
    for (const p of parsed) {
      if (!p.code && !p.headId) continue;
      const key = p.code ? `C:${p.code}` : `I:${p.headId}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    for (const [key, ps] of groups) {
      const byCode = key.startsWith('C:');
      const [h] = await queryRows<{ id: number | string; region_code: string; head_name: string }>(em, byCode
        ? sql('SELECT id, region_code, head_name FROM household WHERE code = ? AND deleted_at IS NULL', key.slice(2))
        : sql('SELECT id, region_code, head_name FROM household WHERE head_id_number = ? AND deleted_at IS NULL ORDER BY id LIMIT 1', key.slice(2)));
      if (h && !inScope(h.region_code)) {
        groupErr(ps, byCode ? 'householdCode' : 'headIdNumber', 'NOT_FOUND', `${byCode ? '户编号' : '户主身份证号'} ${key.slice(2)} 在台账中找不到（或不在本乡镇(街道)），请先在监测台账中登记该户`);
        continue;
      }
      if (!h) {
        // Not in the ledger: created from these rows, in the village of the 所在村(社区) column.
        if (!colOf.has('regionCode')) {
          groupErr(ps, byCode ? 'householdCode' : 'headIdNumber', 'NOT_FOUND', `${byCode ? '户编号' : '户主身份证号'} ${key.slice(2)} 在台账中找不到（或不在本乡镇(街道)），请先在监测台账中登记该户，或在表中加“所在村(社区)”列以新建该户`);
          continue;
        }
        const placeText = ps.map((p) => p.place).find(Boolean) ?? '';
        const place = resolvePlace(placeText, '');
        if (!place.ok) groupErr(ps, 'regionCode', place.code, `台账中没有该户，须新建：${place.message}`);
        else if (!inScope(place.code)) groupErr(ps, 'regionCode', 'FORBIDDEN', '所在村(社区)不在本乡镇(街道)');
        if (byCode && key.length - 2 > 32) groupErr(ps, 'householdCode', 'TOO_LONG', '户编号不能超过 32 个字符');
        for (const p of ps) {
          if (!p.name) p.errors.push({ row: p.row, column: colOf.get('name')?.letter ?? null, field: 'name', code: 'REQUIRED', message: '姓名不能为空（新建该户时登记为成员）' });
          if (!p.idNumber) continue;
          const [dup] = await queryRows<{ code: string; region_code: string }>(em, sql('SELECT h.code, h.region_code FROM member m JOIN household h ON h.id = m.household_id WHERE m.active_id_number = ?', p.idNumber));
          if (dup) p.errors.push({ row: p.row, column: colOf.get('idNumber')?.letter ?? null, field: 'idNumber', code: 'DUPLICATE_PERSON', message: `身份证号已是台账中另一户（${inScope(dup.region_code) ? dup.code : '其他乡镇(街道)'}）的成员，不会移户；请核对户编号或户主身份证号` });
        }
        const headRow = ps.find((p) => p.idNumber && p.idNumber === (p.headId ?? (byCode ? undefined : key.slice(2)))) ?? ps.find((p) => p.idNumber);
        if (!byCode && ps.every((p) => p.idNumber !== key.slice(2))) groupErr(ps, 'headIdNumber', 'REQUIRED', '台账中没有该户，须新建：户主本人须是名册中的一行');
        const members = ps.filter((p) => p.idNumber).map((p) => ({ name: p.name, idNumber: p.idNumber!, relation: p === headRow ? 'HEAD' : 'OTHER' }));
        const unit: Unit = { rows: ps, householdId: 0, regionCode: place.ok ? place.code : '', headName: headRow?.name ?? '', cases: [],
          create: { code: byCode ? key.slice(2) : null, regionCode: place.ok ? place.code : '', head: { name: headRow?.name ?? '', idNumber: headRow?.idNumber ?? '' }, members } };
        const whole = ps.filter((p) => p.kind === 'HOUSEHOLD');
        const dates = whole.map((p) => p.startDate).filter((d): d is string => Boolean(d)).sort();
        if (dates.length) unit.cases.push({ memberId: null, kind: 'HOUSEHOLD', startDate: dates[0]!, amount: Math.round(whole.reduce((sum, p) => sum + p.amount, 0) * 100) / 100 });
        if (ps.some((p) => p.kind === 'SINGLE_PERSON')) groupErr(ps, 'kind', 'INVALID_VALUE', '台账中没有该户：新建的户只能按整户保导入；单人保请先在台账中登记该户');
        units.push(unit);
        continue;
      }
      const hid = Number(h.id);
      const members = new Map((await queryRows<{ id: number | string; id_number: string }>(em, sql('SELECT id, id_number FROM member WHERE household_id = ?', hid))).map((m) => [m.id_number, Number(m.id)]));
      const open = (await em.find(DibaoCase, { household: hid, state: { $ne: 'ENDED' } })).filter((c) => !(c.state === 'GRADUAL_EXIT' && c.exitEndDate && c.exitEndDate <= today));
      const unit: Unit = { rows: ps, householdId: hid, regionCode: h.region_code, headName: h.head_name, cases: [] };
      const whole = ps.filter((p) => p.kind === 'HOUSEHOLD');
      for (const p of whole) {
        if (p.idNumber && !members.has(p.idNumber)) {
          warnings.push({ row: p.row, column: colOf.get('idNumber')?.letter ?? null, field: 'idNumber', code: 'NOT_FOUND', message: `提示：${p.name || p.idNumber} 不是台账中该户的成员，整户案件照常导入；请在台账中补录该成员` });
        }
      }
      if (whole.length) {
        const clash = open.find((c) => c.kind === 'HOUSEHOLD');
        if (clash) groupErr(whole, 'idNumber', 'ALREADY_ENROLLED', `该户已有在保的低保案件（案件 ${clash.id}），不能重复导入`);
        const dates = whole.map((p) => p.startDate).filter((d): d is string => Boolean(d)).sort();
        if (dates.length) unit.cases.push({ memberId: null, kind: 'HOUSEHOLD', startDate: dates[0]!, amount: Math.round(whole.reduce((s, p) => s + p.amount, 0) * 100) / 100 });
      }
      for (const p of ps.filter((x) => x.kind === 'SINGLE_PERSON')) {
        const mid = p.idNumber ? members.get(p.idNumber) : undefined;
        if (p.idNumber && mid === undefined) p.errors.push({ row: p.row, column: colOf.get('idNumber')?.letter ?? null, field: 'idNumber', code: 'NOT_FOUND', message: `单人保对象 ${p.name || p.idNumber} 不是台账中该户的成员，请先在台账中登记` });
        else if (mid !== undefined && open.some((c) => c.kind === 'HOUSEHOLD' || c.memberId === mid)) p.errors.push({ row: p.row, column: colOf.get('idNumber')?.letter ?? null, field: 'idNumber', code: 'ALREADY_ENROLLED', message: `${p.name}所在户或本人已有在保的低保案件，不能重复导入` });
        else if (mid !== undefined && p.startDate) unit.cases.push({ memberId: mid, kind: 'SINGLE_PERSON', startDate: p.startDate, amount: p.amount });
      }
      if (whole.length && ps.some((p) => p.kind === 'SINGLE_PERSON')) groupErr(ps, 'kind', 'INVALID_VALUE', '同一户不能既整户保又单人保，请核对保障类别');
      units.push(unit);
    }
  } else {
    for (const p of parsed) {
      if (!p.idNumber) continue;
      const [m] = await queryRows<{ id: number | string; name: string; household_id: number | string; region_code: string; head_name: string }>(em, sql(
        'SELECT m.id, m.name, m.household_id, h.region_code, h.head_name FROM member m JOIN household h ON h.id = m.household_id WHERE m.active_id_number = ?', p.idNumber));
      if (!m || !inScope(m.region_code)) {
        groupErr([p], 'idNumber', 'NOT_FOUND', `身份证号 ${p.idNumber} 在台账成员中找不到（或不在本乡镇(街道)），请先在监测台账中登记`);
        continue;
      }
      const active = await em.find(TekunPerson, { memberId: Number(m.id), state: 'ACTIVE' });
      if (active.some((x) => !x.coverageEndDate || x.coverageEndDate > today)) groupErr([p], 'idNumber', 'ALREADY_ENROLLED', `${m.name}已是在供养的特困人员，不能重复导入`);
      if (p.startDate && p.supportMode) {
        units.push({ rows: [p], householdId: Number(m.household_id), regionCode: m.region_code, headName: m.head_name, cases: [],
          tekun: { memberId: Number(m.id), birthId: p.idNumber, supportMode: p.supportMode, org: p.org, startDate: p.startDate, name: m.name } });
      }
    }
  }

  const errors = parsed.flatMap((p) => p.errors);
  const invalid = parsed.filter((p) => p.errors.length).length;
  const valid = parsed.length - invalid;
  const result: RollResult = { rows: parsed.length, valid, invalid, created: 0, updated: 0, unchanged: 0, errors, warnings, committed: false };
  const good = units.filter((u) => u.rows.every((p) => !p.errors.length) && (u.cases.length || u.tekun));
  // A dry run tells what a commit of the valid rows would create (as the household import does).
  const fresh = good.filter((u) => u.create);
  if (target === 'dibao-roll') result.newHouseholds = { households: fresh.length, members: fresh.reduce((n, u) => n + u.create!.members.length, 0) };
  if (!opts.commit) return { ...result, created: good.reduce((n, u) => n + u.cases.length + (u.tekun ? 1 : 0), 0) };
  if (!good.length || (opts.atomic && invalid > 0)) return { ...result, newHouseholds: result.newHouseholds && { households: 0, members: 0 } };

  const stamp = stampOf(ctx, null);
  const write = async (tx: EntityManager, u: Unit): Promise<number> => {
    const now = ctx.clock.now();
    if (u.create) u.householdId = await createHousehold(tx, u.create);
    const h = await tx.findOneOrFail(Household, { id: u.householdId });
    let made = 0;
    const base = { household: h, townshipCode: h.townshipCode, applicantName: u.headName, imported: true, stage: 'APPROVED', approved: true,
      decidedBy: ctx.access.actor, dueDate: today, createdBy: ctx.access.actor, createdAt: now, updatedAt: now };
    for (const c of u.cases) {
      const dc = tx.create(DibaoCase, { household: h, memberId: c.memberId, kind: c.kind, townshipCode: h.townshipCode, state: 'ACTIVE', startDate: c.startDate,
        monthlyAmount: c.amount, remarks: '存量名册导入', createdBy: ctx.access.actor, createdAt: now, updatedAt: now });
      await tx.flush();
      const a = tx.create(AssistanceApplication, { ...base, kind: 'DIBAO', memberId: c.memberId, singlePerson: c.kind === 'SINGLE_PERSON', appliedOn: c.startDate,
        decidedOn: c.startDate, startMonth: c.startDate.slice(0, 7), amount: c.amount, dibaoCaseId: dc.id });
      await tx.flush();
      recordAudit(tx, stamp, now, [
        { action: 'CREATE', entityType: 'dibao_case', entityId: String(dc.id), householdId: h.id, regionCode: u.regionCode, after: { kind: c.kind, memberId: c.memberId, startDate: c.startDate, monthlyAmount: c.amount, imported: true } },
        { action: 'CREATE', entityType: 'assistance_application', entityId: String(a.id), householdId: h.id, regionCode: u.regionCode, after: { kind: 'DIBAO', stage: 'APPROVED', imported: true, dibaoCaseId: dc.id } },
      ]);
      made += 1;
    }
    if (u.tekun) {
      const t = u.tekun;
      const isMinor = ageFromIdNumber(t.birthId, t.startDate) < TEKUN_MINOR_AGE_LIMIT;
      const p = tx.create(TekunPerson, { memberId: t.memberId, household: h, townshipCode: h.townshipCode, supportMode: t.supportMode, careProviderOrg: t.org,
        startDate: t.startDate, state: 'ACTIVE', minorClause: isMinor, coverageEndDate: isMinor ? birthdayAt(t.birthId, TEKUN_MINOR_AGE_LIMIT) : null,
        createdBy: ctx.access.actor, createdAt: now, updatedAt: now });
      await tx.flush();
      const a = tx.create(AssistanceApplication, { ...base, kind: 'TEKUN', memberId: t.memberId, applicantName: t.name, appliedOn: t.startDate, decidedOn: t.startDate,
        startMonth: t.startDate.slice(0, 7), supportMode: t.supportMode, careProviderOrg: t.org, tekunPersonId: p.id });
      await tx.flush();
      recordAudit(tx, stamp, now, [
        { action: 'CREATE', entityType: 'tekun_person', entityId: String(p.id), householdId: h.id, regionCode: u.regionCode, after: { memberId: t.memberId, supportMode: t.supportMode, careProviderOrg: t.org, startDate: t.startDate, imported: true } },
        { action: 'CREATE', entityType: 'assistance_application', entityId: String(a.id), householdId: h.id, regionCode: u.regionCode, after: { kind: 'TEKUN', stage: 'APPROVED', imported: true, tekunPersonId: p.id } },
      ]);
      made += 1;
    }
    await tx.flush();
    return made;
  };
  // The ledger's path for a new household: its 户编号 from the allocator (unless the sheet has one), the head and members
  // with gender and birth date from the ID number, one audit row each; the unique active ID number index stops a race.
  const createHousehold = async (tx: EntityManager, n: NewHousehold): Promise<number> => {
    const now = ctx.clock.now();
    const allocate = n.code ? () => n.code! : await householdCodeAllocator((text, params) => queryRows<Record<string, unknown>>(tx, sql(text, ...(params ?? []))), 1);
    const h = tx.create(Household, { code: allocate(), category: 'MARGINAL', region: tx.getReference(Region, n.regionCode), townshipCode: townshipCodeOf(n.regionCode)!, address: '',
      headName: n.head.name, headIdNumber: n.head.idNumber, phone: '', memberCount: n.members.length, incomePerCapita: 0, riskTypes: '', riskStatus: 'MONITORING',
      helperName: '', remarks: '存量低保名册导入时新建', createdAt: now, updatedAt: now });
    await tx.flush();
    const entries: AuditEntry[] = [{ action: 'CREATE', entityType: 'household', entityId: String(h.id), householdId: h.id, regionCode: n.regionCode,
      after: { code: h.code, category: 'MARGINAL', regionCode: n.regionCode, headName: n.head.name, headIdNumber: n.head.idNumber, imported: true } }];
    for (const m of n.members) {
      const v = validateIdNumber(m.idNumber, now);
      const row = tx.create(Member, { household: h, name: m.name, idNumber: m.idNumber, activeIdNumber: m.idNumber, gender: v.ok ? v.gender : 'MALE',
        birthDate: v.ok ? v.birthDate : '1900-01-01', relation: m.relation, phone: '', createdAt: now, updatedAt: now });
      await tx.flush();
      entries.push({ action: 'CREATE', entityType: 'member', entityId: String(row.id), householdId: h.id, regionCode: n.regionCode, after: memberSnapshot({ name: m.name, idNumber: m.idNumber, relation: m.relation, phone: '' }) });
    }
    recordAudit(tx, stamp, now, entries);
    return h.id;
  };
  if (opts.atomic) {
    result.created = await em.fork().transactional(async (tx) => {
      let n = 0;
      for (const u of good) n += await write(tx, u);
      return n;
    });
  } else {
    for (const u of good) result.created += await em.fork().transactional((tx) => write(tx, u));
  }
  opts.progress?.('commit', good.length, good.length);
  result.committed = result.created > 0;
  return result;
}
