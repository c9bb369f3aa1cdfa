// Existing rolls (低保 / 特困 名册, one row per person) brought in as approved cases dated as in the sheet (issue 16,
// point 9). Rows are grouped into households by 户编号, else by 户主身份证号 (特困: a person already a ledger member is
// found by ID number; else by 户编号, 户主身份证号, or alone). A household in the ledger must be in the caller's township;
// a person not yet in it is added as a member; a household not in the ledger is created (所在村(社区) column) through
// the ledger's own path (HouseholdService.insertHousehold / insertMember: 户编号, audit, counts). 低保: a household's
// 整户保 rows make one case (start: the earliest 纳入日期, amount: the sum of the rows' 月保障金), each 单人保 row one case
// of that member; 特困: each row one person. Each case gets an approved application marked `imported`. Atomic: all in
// one transaction, nothing when a row is invalid; not atomic: each household in its own transaction.
import type { EntityManager } from '@mikro-orm/core';
import {
  DibaoKindDef, SupportModeDef, TEKUN_MINOR_AGE_LIMIT, ageFromIdNumber, birthdayAt, chinaDate, enumFromLabel, validateIdNumber,
  type DibaoKind,
} from '@doudi/shared';
import type { RequestContext } from '../../../common/context.js';
import { stampOf } from '../../../common/service-context.js';
import { RowError, mapConstraintError } from '../../../common/row-result.js';
import { queryRows, sql } from '../../../common/sql.js';
import { appendAll } from '../../../common/append.js';
import { recordAudit } from '../../audit/audit.service.js';
import { Household } from '../../household/household.entity.js';
import { Member } from '../../household/member.entity.js';
import { householdService } from '../../household/household.service.js';
import type { HouseholdCreateInput, MemberInput } from '../../household/household.inputs.js';
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

/** A unit written in one go (one transaction unless atomic): a household, the members it gains, its cases or persons. */
interface Unit {
  rows: Parsed[];
  /** 0 for a household created by the import. */
  householdId: number;
  regionCode: string;
  headName: string;
  /** A household not in the ledger, and the rows that are its members (in order: members[i] ↔ memberRows[i]). */
  create?: { input: HouseholdCreateInput; memberRows: Parsed[] };
  /** Persons of the sheet added to a ledger household. */
  add: { row: Parsed; input: MemberInput }[];
  cases: { idNumber: string | null; kind: DibaoKind; startDate: string; amount: number }[];
  tekun: { idNumber: string; supportMode: string; org: string; startDate: string; name: string }[];
}

export interface RollResult {
  rows: number; valid: number; invalid: number; created: number; updated: number; unchanged: number;
  errors: ImportError[]; warnings: ImportError[]; committed: boolean;
  /** Ledger households created for the roll, their members, and members added to households already in the ledger. */
  newHouseholds: { households: number; members: number; addedMembers: number };
}

const LABEL: Record<RollTarget, { date: string; roll: string }> = {
  'dibao-roll': { date: '纳入日期', roll: '存量低保名册' },
  'tekun-roll': { date: '供养开始日期', roll: '存量特困名册' },
};

export async function importRolls(
  ctx: RequestContext, target: RollTarget, rows: DataRow[], columns: ImportColumn[], opts: { commit: boolean; atomic: boolean; progress?: Progress },
): Promise<RollResult> {
  const colOf = new Map<string, ImportColumn>();
  for (const c of columns) if (c.field) colOf.set(c.field, c);
  const col = (field: string | null) => (field ? colOf.get(field)?.letter ?? null : null);
  const today = chinaDate(ctx.clock.now());
  const warnings: ImportError[] = [];
  const seenIds = new Map<string, number>();
  const dibao = target === 'dibao-roll';

  const parsed: Parsed[] = rows.map((r) => {
    const cell = (f: string) => {
      const c = colOf.get(f);
      return c ? r.values[c.index - 1] ?? null : null;
    };
    const p: Parsed = { row: r.row, name: cellText(cell('name')), idNumber: null, headId: null, code: cellText(cell('householdCode')), kind: 'HOUSEHOLD', amount: 0, startDate: null, supportMode: null, org: cellText(cell('careProviderOrg')), place: cellText(cell('regionCode')), errors: [] };
    const err = (field: string, code: string, message: string) => p.errors.push({ row: r.row, column: col(field), field, code, message });
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
    if (p.code.length > 32) err('householdCode', 'TOO_LONG', '户编号不能超过 32 个字符');
    const dateCell = cell('startDate');
    p.startDate = readDate(dateCell);
    const dateLabel = LABEL[target].date;
    if (dateCell === null || cellText(dateCell) === '') err('startDate', 'REQUIRED', `${dateLabel}不能为空`);
    else if (!p.startDate) err('startDate', 'INVALID_VALUE', `${dateLabel}“${cellText(dateCell)}”不是有效日期`);
    else if (p.startDate > today) err('startDate', 'OUT_OF_RANGE', `${dateLabel} ${p.startDate} 晚于今天`);
    p.headId = id('headIdNumber', '户主身份证号', false);
    if (dibao) {
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
  const hs = householdService(ctx, null);
  const units: Unit[] = [];
  const groupErr = (ps: Parsed[], field: string, code: string, message: string) => {
    for (const p of ps) p.errors.push({ row: p.row, column: col(field), field, code, message });
  };
  const inScope = (regionCode: string) => ctx.access.canTouchRegion(regionCode);
  /** The ledger's refusal (RowError of HouseholdService / MemberService) on the rows it is about. */
  const rowErrors = (err: RowError, all: Parsed[], memberRows: Parsed[] = [], one?: Parsed) => {
    for (const e of err.errors) {
      const m = /^members\[(\d+)\]\.(\w+)$/.exec(e.field);
      const field = m ? m[2]! : e.field === 'code' ? 'householdCode' : e.field;
      const targets = m ? [memberRows[Number(m[1])]].filter((x): x is Parsed => Boolean(x)) : one ? [one] : all;
      for (const p of targets) p.errors.push({ row: p.row, column: col(field), field, code: e.code, message: e.message });
    }
  };
  const otherHousehold = async (idNumber: string) => (await queryRows<{ code: string; region_code: string }>(em,
    sql('SELECT h.code, h.region_code FROM member m JOIN household h ON h.id = m.household_id WHERE m.active_id_number = ?', idNumber)))[0];

  // Groups: a 特困 person already in the ledger joins the household they are in; any other row its 户编号, else its
  // 户主身份证号, else (特困 only) the person alone.
  const groups = new Map<string, Parsed[]>();
  for (const p of parsed) {
    let key: string | null = p.code ? `C:${p.code}` : p.headId ? `I:${p.headId}` : null;
    if (!dibao && p.idNumber) {
      const [m] = await queryRows<{ household_id: number | string; region_code: string }>(em, sql(
        'SELECT m.household_id, h.region_code FROM member m JOIN household h ON h.id = m.household_id WHERE m.active_id_number = ?', p.idNumber));
      if (m && !inScope(m.region_code)) {
        groupErr([p], 'idNumber', 'NOT_FOUND', `身份证号 ${p.idNumber} 是其他乡镇(街道)台账中的成员，不能在本乡镇(街道)导入`);
        continue;
      }
      key = m ? `H:${m.household_id}` : key ?? `I:${p.idNumber}`;
    }
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }

  for (const [key, ps] of groups) {
    const by = key.slice(0, 2);
    const value = key.slice(2);
    const keyField = by === 'C:' ? 'householdCode' : by === 'I:' && ps.some((p) => p.headId === value) ? 'headIdNumber' : 'idNumber';
    const keyLabel = by === 'C:' ? '户编号' : keyField === 'headIdNumber' ? '户主身份证号' : '身份证号';
    const [h] = await queryRows<{ id: number | string; region_code: string; head_name: string }>(em, by === 'H:'
      ? sql('SELECT id, region_code, head_name FROM household WHERE id = ?', Number(value))
      : by === 'C:'
        ? sql('SELECT id, region_code, head_name FROM household WHERE code = ? AND deleted_at IS NULL', value)
        : sql('SELECT id, region_code, head_name FROM household WHERE head_id_number = ? AND deleted_at IS NULL ORDER BY id LIMIT 1', value));
    if (h && !inScope(h.region_code)) {
      groupErr(ps, keyField, 'NOT_FOUND', `${keyLabel} ${value} 在台账中找不到（或不在本乡镇(街道)），请先在监测台账中登记该户`);
      continue;
    }
    const unit: Unit = { rows: ps, householdId: h ? Number(h.id) : 0, regionCode: h?.region_code ?? '', headName: h?.head_name ?? '', add: [], cases: [], tekun: [] };
    const members = new Map<string, number>();
    if (h) {
      for (const m of await queryRows<{ id: number | string; id_number: string }>(em, sql('SELECT id, id_number FROM member WHERE household_id = ?', unit.householdId))) members.set(m.id_number, Number(m.id));
    } else {
      // Not in the ledger: created from these rows, in the village of the 所在村(社区) column, as the ledger creates one.
      if (!colOf.has('regionCode')) {
        groupErr(ps, keyField, 'NOT_FOUND', `${keyLabel} ${value} 在台账中找不到（或不在本乡镇(街道)），请先在监测台账中登记该户，或在表中加“所在村(社区)”列以新建该户`);
        continue;
      }
      const place = resolvePlace(ps.map((p) => p.place).find(Boolean) ?? '', '');
      if (!place.ok) groupErr(ps, 'regionCode', place.code, `台账中没有该户，须新建：${place.message}`);
      else if (!inScope(place.code)) groupErr(ps, 'regionCode', 'FORBIDDEN', '所在村(社区)不在本乡镇(街道)');
      for (const p of ps) {
        if (!p.name) p.errors.push({ row: p.row, column: col('name'), field: 'name', code: 'REQUIRED', message: '姓名不能为空（新建该户时登记为成员）' });
        const dup = p.idNumber ? await otherHousehold(p.idNumber) : undefined;
        if (dup) p.errors.push({ row: p.row, column: col('idNumber'), field: 'idNumber', code: 'DUPLICATE_PERSON', message: `身份证号已是台账中另一户（${inScope(dup.region_code) ? dup.code : '其他乡镇(街道)'}）的成员，不会移户；请核对户编号或户主身份证号` });
      }
      const headId = by === 'I:' ? value : ps.find((p) => p.headId)?.headId;
      const headRow = ps.find((p) => p.idNumber && p.idNumber === headId) ?? (headId ? undefined : ps.find((p) => p.idNumber));
      if (!headRow) groupErr(ps, keyField === 'idNumber' ? 'idNumber' : 'headIdNumber', 'REQUIRED', '台账中没有该户，须新建：户主本人须是名册中的一行');
      const memberRows = [...(headRow ? [headRow] : []), ...ps.filter((p) => p.idNumber && p !== headRow)];
      unit.regionCode = place.ok ? place.code : '';
      unit.headName = headRow?.name ?? '';
      unit.create = {
        memberRows,
        input: {
          code: by === 'C:' ? value : null, category: 'MARGINAL', regionCode: unit.regionCode, remarks: `${LABEL[target].roll}导入时新建`,
          members: memberRows.map((p) => ({ name: p.name, idNumber: p.idNumber!, relation: p === headRow ? 'HEAD' : 'OTHER' }) as MemberInput),
        },
      };
      // What the ledger itself would refuse (the commit runs the same check again in its transaction).
      if (ps.every((p) => !p.errors.length)) {
        try {
          await hs.checkNewHousehold(em, unit.create.input);
        } catch (e) {
          if (!(e instanceof RowError)) throw e;
          rowErrors(e, ps, memberRows);
        }
      }
    }
    // Persons of the sheet not (yet) in a ledger household found above: added to it as members.
    const joining = h ? ps.filter((p) => p.idNumber && !members.has(p.idNumber)) : [];
    for (const p of joining) {
      const dup = await otherHousehold(p.idNumber!);
      if (dup && dibao && p.kind === 'HOUSEHOLD') {
        warnings.push({ row: p.row, column: col('idNumber'), field: 'idNumber', code: 'NOT_FOUND', message: `提示：${p.name || p.idNumber} 是台账中另一户的成员，不会移户；整户案件照常导入` });
        continue;
      }
      const input = { name: p.name, idNumber: p.idNumber!, relation: 'OTHER' } as MemberInput;
      try {
        await hs.checkNewMember(em, input);
        unit.add.push({ row: p, input });
      } catch (e) {
        if (!(e instanceof RowError)) throw e;
        rowErrors(e, ps, [], p);
      }
    }
    const open = h ? (await em.find(DibaoCase, { household: unit.householdId, state: { $ne: 'ENDED' } })).filter((c) => !(c.state === 'GRADUAL_EXIT' && c.exitEndDate && c.exitEndDate <= today)) : [];
    if (dibao) {
      const whole = ps.filter((p) => p.kind === 'HOUSEHOLD');
      if (whole.length) {
        const clash = open.find((c) => c.kind === 'HOUSEHOLD');
        if (clash) groupErr(whole, 'idNumber', 'ALREADY_ENROLLED', `该户已有在保的低保案件（案件 ${clash.id}），不能重复导入`);
        const dates = whole.map((p) => p.startDate).filter((d): d is string => Boolean(d)).sort();
        if (dates.length) unit.cases.push({ idNumber: null, kind: 'HOUSEHOLD', startDate: dates[0]!, amount: Math.round(whole.reduce((s, p) => s + p.amount, 0) * 100) / 100 });
      }
      for (const p of ps.filter((x) => x.kind === 'SINGLE_PERSON' && x.idNumber)) {
        const mid = members.get(p.idNumber!);
        if (mid !== undefined && open.some((c) => c.kind === 'HOUSEHOLD' || c.memberId === mid)) p.errors.push({ row: p.row, column: col('idNumber'), field: 'idNumber', code: 'ALREADY_ENROLLED', message: `${p.name}所在户或本人已有在保的低保案件，不能重复导入` });
        else if (p.startDate) unit.cases.push({ idNumber: p.idNumber, kind: 'SINGLE_PERSON', startDate: p.startDate, amount: p.amount });
      }
      if (whole.length && ps.some((p) => p.kind === 'SINGLE_PERSON')) groupErr(ps, 'kind', 'INVALID_VALUE', '同一户不能既整户保又单人保，请核对保障类别');
    } else {
      for (const p of ps) {
        const mid = p.idNumber ? members.get(p.idNumber) : undefined;
        if (mid !== undefined && (await em.find(TekunPerson, { memberId: mid, state: 'ACTIVE' })).some((x) => !x.coverageEndDate || x.coverageEndDate > today)) {
          p.errors.push({ row: p.row, column: col('idNumber'), field: 'idNumber', code: 'ALREADY_ENROLLED', message: `${p.name || p.idNumber}已是在供养的特困人员，不能重复导入` });
        }
        if (p.idNumber && p.startDate && p.supportMode) unit.tekun.push({ idNumber: p.idNumber, supportMode: p.supportMode, org: p.org, startDate: p.startDate, name: p.name });
      }
    }
    units.push(unit);
  }

  const tally = () => {
    const invalid = parsed.filter((p) => p.errors.length).length;
    return { invalid, valid: parsed.length - invalid, errors: parsed.flatMap((p) => p.errors) };
  };
  const good = units.filter((u) => u.rows.every((p) => !p.errors.length) && (u.cases.length || u.tekun.length));
  const counts = (us: Unit[]) => ({
    households: us.filter((u) => u.create).length,
    members: us.reduce((n, u) => n + (u.create?.input.members.length ?? 0), 0),
    addedMembers: us.reduce((n, u) => n + u.add.length, 0),
  });
  const made = (us: Unit[]) => us.reduce((n, u) => n + u.cases.length + u.tekun.length, 0);
  const first = tally();
  const result: RollResult = { rows: parsed.length, ...first, created: 0, updated: 0, unchanged: 0, warnings, committed: false, newHouseholds: counts(good) };
  // A dry run tells what a commit of the valid rows would create (as the household import does).
  if (!opts.commit) return { ...result, created: made(good) };
  result.newHouseholds = counts([]);
  if (!good.length || (opts.atomic && first.invalid > 0)) return result;

  const stamp = stampOf(ctx, null);
  const write = async (tx: EntityManager, u: Unit): Promise<void> => {
    const now = ctx.clock.now();
    // The ledger's one path for households and members (its checks run again here, inside the transaction).
    const h = u.create
      ? await hs.insertHousehold(tx, u.create.input, { imported: true })
      : await tx.findOneOrFail(Household, { id: u.householdId });
    for (const a of u.add) await hs.insertMember(tx, h, a.input);
    const ids = new Map((await tx.find(Member, { household: h })).map((m) => [m.idNumber, m.id]));
    const base = { household: h, townshipCode: h.townshipCode, applicantName: u.headName, imported: true, stage: 'APPROVED', approved: true,
      decidedBy: ctx.access.actor, dueDate: today, createdBy: ctx.access.actor, createdAt: now, updatedAt: now };
    const regionCode = h.region.code;
    for (const c of u.cases) {
      const memberId = c.idNumber ? ids.get(c.idNumber)! : null;
      const dc = tx.create(DibaoCase, { household: h, memberId, kind: c.kind, townshipCode: h.townshipCode, state: 'ACTIVE', startDate: c.startDate,
        monthlyAmount: c.amount, remarks: '存量名册导入', createdBy: ctx.access.actor, createdAt: now, updatedAt: now });
      await tx.flush();
      const a = tx.create(AssistanceApplication, { ...base, kind: 'DIBAO', memberId, singlePerson: c.kind === 'SINGLE_PERSON', appliedOn: c.startDate,
        decidedOn: c.startDate, startMonth: c.startDate.slice(0, 7), amount: c.amount, dibaoCaseId: dc.id });
      await tx.flush();
      recordAudit(tx, stamp, now, [
        { action: 'CREATE', entityType: 'dibao_case', entityId: String(dc.id), householdId: h.id, regionCode, after: { kind: c.kind, memberId, startDate: c.startDate, monthlyAmount: c.amount, imported: true } },
        { action: 'CREATE', entityType: 'assistance_application', entityId: String(a.id), householdId: h.id, regionCode, after: { kind: 'DIBAO', stage: 'APPROVED', imported: true, dibaoCaseId: dc.id } },
      ]);
    }
    for (const t of u.tekun) {
      const memberId = ids.get(t.idNumber)!;
      const isMinor = ageFromIdNumber(t.idNumber, t.startDate) < TEKUN_MINOR_AGE_LIMIT;
      const p = tx.create(TekunPerson, { memberId, household: h, townshipCode: h.townshipCode, supportMode: t.supportMode, careProviderOrg: t.org,
        startDate: t.startDate, state: 'ACTIVE', minorClause: isMinor, coverageEndDate: isMinor ? birthdayAt(t.idNumber, TEKUN_MINOR_AGE_LIMIT) : null,
        createdBy: ctx.access.actor, createdAt: now, updatedAt: now });
      await tx.flush();
      const a = tx.create(AssistanceApplication, { ...base, kind: 'TEKUN', memberId, applicantName: t.name, appliedOn: t.startDate, decidedOn: t.startDate,
        startMonth: t.startDate.slice(0, 7), supportMode: t.supportMode, careProviderOrg: t.org, tekunPersonId: p.id });
      await tx.flush();
      recordAudit(tx, stamp, now, [
        { action: 'CREATE', entityType: 'tekun_person', entityId: String(p.id), householdId: h.id, regionCode, after: { memberId, supportMode: t.supportMode, careProviderOrg: t.org, startDate: t.startDate, imported: true } },
        { action: 'CREATE', entityType: 'assistance_application', entityId: String(a.id), householdId: h.id, regionCode, after: { kind: 'TEKUN', stage: 'APPROVED', imported: true, tekunPersonId: p.id } },
      ]);
    }
    await tx.flush();
  };
  // A refusal at commit time (another writer got there between the checks and the write) lands on the unit's rows.
  const refused = (u: Unit, e: unknown): boolean => {
    const err = e instanceof RowError ? e : mapConstraintError(e);
    if (!err) return false;
    const before = u.rows.reduce((n, p) => n + p.errors.length, 0);
    rowErrors(err, u.rows, u.create?.memberRows ?? []);
    if (u.rows.reduce((n, p) => n + p.errors.length, 0) === before) groupErr(u.rows, 'idNumber', err.errors[0]?.code ?? 'CONFLICT', err.errors[0]?.message ?? '写入失败');
    return true;
  };
  const written: Unit[] = [];
  if (opts.atomic) {
    try {
      await em.fork().transactional(async (tx) => {
        for (const u of good) {
          try {
            await write(tx, u);
          } catch (e) {
            if (refused(u, e)) throw new RowError([]);
            throw e;
          }
        }
      });
      appendAll(written, good);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
    }
  } else {
    for (const u of good) {
      try {
        await em.fork().transactional((tx) => write(tx, u));
        written.push(u);
      } catch (e) {
        if (!refused(u, e)) throw e;
      }
    }
  }
  opts.progress?.('commit', good.length, good.length);
  const after = tally();
  return { ...result, ...after, created: made(written), committed: written.length > 0, newHouseholds: counts(written) };
}
