import type { EntityManager } from '@mikro-orm/core';
import {
  RESPONSIBLE_UNITS, expandUnitNames, isIsoDate, RecurrenceDef, type PlanDef, type ResponsibleUnitDef, type UnitKind,
  type Recurrence,
} from '@doudi/shared';
import { recordAudit, type AuditStamp, type AuditEntry } from '../audit/audit.service.js';
import { Plan, Measure, ResponsibleUnit } from './plan.entity.js';
import { Assignment } from './assignment.entity.js';
import { taskError } from './tasks.errors.js';
import type { PlanInput } from './tasks.inputs.js';
import type { PlanNode } from './tasks.types.js';
import { planNodes } from './plan.query.js';
import { forbidden, type Access } from '../../common/access.js';
import { sql } from '../../common/sql.js';

/** Keeps the predefined responsible units (RESPONSIBLE_UNITS) in the table; units added with a plan stay. */
export async function syncResponsibleUnits(em: EntityManager): Promise<void> {
  const existing = new Map((await em.find(ResponsibleUnit, {})).map((u) => [u.code, u]));
  RESPONSIBLE_UNITS.forEach((def, i) => {
    const want = { name: def.name, kind: def.kind, sortOrder: (i + 1) * 10, aliases: (def.aliases ?? []).join(',') };
    const u = existing.get(def.code);
    if (!u) em.create(ResponsibleUnit, { code: def.code, ...want });
    else if (u.name !== want.name || u.kind !== want.kind || u.sortOrder !== want.sortOrder || u.aliases !== want.aliases) Object.assign(u, want);
  });
  await em.flush();
}

export async function unitDefs(em: EntityManager): Promise<(ResponsibleUnitDef & { sortOrder: number })[]> {
  return (await em.find(ResponsibleUnit, {}, { orderBy: { sortOrder: 'asc', code: 'asc' } })).map((u) => ({
    code: u.code, name: u.name, kind: u.kind as UnitKind, sortOrder: u.sortOrder, aliases: u.aliases ? u.aliases.split(',') : [],
  }));
}

/** A plan as the service stores it: PLAN_2020 has this shape, and createPlan's input is checked into it. */
export type PlanSpec = Omit<PlanDef, 'measures'> & {
  measures: readonly { no: number; groupNo: number; group: string; title: string; content: string; deadline: string | null; deadlineText: string; recurrence: Recurrence; units: readonly string[] }[];
};

/** Writes a plan, its measures and one assignment per measure × unit ("各乡镇" expanded); audited. */
export async function insertPlan(em: EntityManager, spec: PlanSpec, units: ResponsibleUnitDef[], stamp: AuditStamp, now: Date): Promise<Plan> {
  const plan = em.create(Plan, { documentNumber: spec.documentNumber, title: spec.title, issuer: spec.issuer, issuedOn: spec.issuedOn, createdAt: now, createdBy: stamp.actor });
  const audit: AuditEntry[] = [{ action: 'CREATE', entityType: 'plan', entityId: '', after: { documentNumber: spec.documentNumber, title: spec.title, issuer: spec.issuer, issuedOn: spec.issuedOn, measures: spec.measures.length } }];
  const created: Assignment[] = [];
  for (const m of spec.measures) {
    const measure = em.create(Measure, {
      plan, no: m.no, groupNo: m.groupNo, groupTitle: m.group, title: m.title, content: m.content, units: JSON.stringify(m.units),
      deadline: m.deadline, deadlineText: m.deadlineText, recurrence: m.recurrence,
    });
    const exp = expandUnitNames(m.units, units);
    if (exp.unknown.length) throw new Error(`measure ${m.no}: unknown responsible unit(s) ${exp.unknown.join(', ')}`);
    for (const u of exp.units) {
      created.push(em.create(Assignment, { measure, unit: em.getReference(ResponsibleUnit, u.code), createdAt: now, updatedAt: now }));
    }
  }
  await em.flush();
  audit[0]!.entityId = String(plan.id);
  for (const a of created) {
    audit.push({ action: 'CREATE', entityType: 'assignment', entityId: String(a.id), regionCode: /^\d{9}$/.test(a.unit.code) ? a.unit.code : null, after: { planId: plan.id, measureId: a.measure.id, unitCode: a.unit.code, status: a.status } });
  }
  recordAudit(em, { ...stamp, changeSet: null }, now, audit);
  await em.flush();
  return plan;
}

interface Problem {
  field: string;
  code: string;
  message: string;
}

const MAX_MEASURES = 200;

function deadlineTextOf(deadline: string | null, recurrence: string): string {
  const zh = RecurrenceDef.labels[recurrence as Recurrence]?.zh ?? '';
  if (!deadline) return zh;
  const [y, m, d] = deadline.split('-').map(Number);
  return `${y}年${m}月${d}日前${recurrence === 'NONE' ? '' : `并${zh}`}`;
}

/** Checks createPlan's input; every problem is named (field, code, message), none is fixed silently. */
export async function checkPlanInput(em: EntityManager, input: PlanInput): Promise<{ spec: PlanSpec; newUnits: ResponsibleUnitDef[]; units: ResponsibleUnitDef[] }> {
  const problems: Problem[] = [];
  const need = (field: string, value: string | null | undefined, max: number, name: string): string => {
    const v = (value ?? '').trim();
    if (!v) problems.push({ field, code: 'REQUIRED', message: `${name}不能为空` });
    else if (v.length > max) problems.push({ field, code: 'TOO_LONG', message: `${name}不能超过 ${max} 字` });
    return v;
  };
  const documentNumber = need('documentNumber', input.documentNumber, 64, '文号');
  const title = need('title', input.title, 200, '方案名称');
  const issuer = need('issuer', input.issuer, 100, '发布机构');
  const issuedOn = (input.issuedOn ?? '').trim();
  if (!isIsoDate(issuedOn)) problems.push({ field: 'issuedOn', code: 'INVALID_VALUE', message: `印发日期“${issuedOn}”应写作 YYYY-MM-DD` });
  if (documentNumber && (await em.count(Plan, { documentNumber })) > 0) {
    problems.push({ field: 'documentNumber', code: 'INVALID_VALUE', message: `文号“${documentNumber}”的方案已录入` });
  }

  const existing = await unitDefs(em);
  const newUnits: ResponsibleUnitDef[] = [];
  let seq = existing.filter((u) => /^U\d+$/.test(u.code)).length;
  for (const [i, u] of (input.newUnits ?? []).entries()) {
    const name = need(`newUnits[${i}].name`, u.name, 64, '责任单位名称');
    let code = (u.code ?? '').trim().toUpperCase();
    if (!code) do code = `U${String(++seq).padStart(3, '0')}`; while (existing.some((x) => x.code === code));
    if (!/^[A-Z][A-Z0-9_]{0,31}$/.test(code)) problems.push({ field: `newUnits[${i}].code`, code: 'INVALID_VALUE', message: `单位代码“${code}”只能由大写字母、数字和下划线组成` });
    if ([...existing, ...newUnits].some((x) => x.code === code || x.name === name)) {
      problems.push({ field: `newUnits[${i}]`, code: 'INVALID_VALUE', message: `责任单位“${name}”（${code}）已存在` });
    }
    newUnits.push({ code, name, kind: u.kind as UnitKind });
  }
  const units = [...existing, ...newUnits];

  const measures: PlanSpec['measures'][number][] = [];
  if (!input.measures?.length) problems.push({ field: 'measures', code: 'REQUIRED', message: '方案至少要有一项工作措施' });
  if ((input.measures?.length ?? 0) > MAX_MEASURES) problems.push({ field: 'measures', code: 'OUT_OF_RANGE', message: `工作措施不能超过 ${MAX_MEASURES} 项` });
  const groups: string[] = [];
  const nos = new Set<number>();
  for (const [i, m] of (input.measures ?? []).entries()) {
    const f = (k: string) => `measures[${i}].${k}`;
    if (!Number.isInteger(m.no) || m.no < 1) problems.push({ field: f('no'), code: 'OUT_OF_RANGE', message: `第 ${i + 1} 项措施的序号应为正整数` });
    else if (nos.has(m.no)) problems.push({ field: f('no'), code: 'INVALID_VALUE', message: `措施序号 ${m.no} 重复` });
    nos.add(m.no);
    const group = need(f('group'), m.group, 200, `措施 ${m.no} 的分组`);
    if (group && !groups.includes(group)) groups.push(group);
    const deadline = m.deadline?.trim() || null;
    if (deadline && !isIsoDate(deadline)) problems.push({ field: f('deadline'), code: 'INVALID_VALUE', message: `措施 ${m.no} 的完成时限“${deadline}”应写作 YYYY-MM-DD` });
    const names = (m.units ?? []).map((s) => s.trim()).filter(Boolean);
    const exp = expandUnitNames(names, units);
    if (!names.length) problems.push({ field: f('units'), code: 'REQUIRED', message: `措施 ${m.no} 没有责任单位` });
    else if (exp.unknown.length) {
      problems.push({ field: f('units'), code: 'INVALID_VALUE', message: `措施 ${m.no} 的责任单位“${exp.unknown.join('、')}”不在责任单位名录中：请核对名称，或在 newUnits 中新增` });
    }
    measures.push({
      no: m.no, group, groupNo: m.groupNo ?? groups.indexOf(group) + 1, title: need(f('title'), m.title, 200, `措施 ${m.no} 的标题`),
      content: need(f('content'), m.content, 20000, `措施 ${m.no} 的内容`), deadline, recurrence: m.recurrence as Recurrence, units: names,
      deadlineText: m.deadlineText?.trim() || deadlineTextOf(deadline, m.recurrence),
    });
  }
  if (problems.length) {
    throw taskError('BAD_USER_INPUT', problems.length === 1 ? problems[0]!.message : `${problems[0]!.message}（共 ${problems.length} 处问题）`, { field: problems[0]!.field, errors: problems });
  }
  measures.sort((x, y) => x.no - y.no);
  return { spec: { documentNumber, title, issuer, issuedOn, measures }, newUnits, units };
}

/** createPlan: the next plan the county issues, entered without code. */
export async function createPlan(em: EntityManager, input: PlanInput, stamp: AuditStamp, now: Date): Promise<number> {
  const { spec, newUnits, units } = await checkPlanInput(em, input);
  return em.fork().transactional(async (tx) => {
    const base = (await tx.find(ResponsibleUnit, {})).length;
    newUnits.forEach((u, i) => tx.create(ResponsibleUnit, { code: u.code, name: u.name, kind: u.kind, sortOrder: 1000 + (base + i) * 10 }));
    if (newUnits.length) {
      recordAudit(tx, { ...stamp, changeSet: null }, now, newUnits.map((u) => ({ action: 'CREATE', entityType: 'responsible_unit', entityId: u.code, after: { name: u.name, kind: u.kind } })));
    }
    const plan = await insertPlan(tx, spec, units, stamp, now);
    return plan.id;
  });
}

/** createPlan as the API answers it: only the office (and the admin) enters plans; returns the stored plan. */
export async function enterPlan(em: EntityManager, access: Access, input: PlanInput, stamp: AuditStamp, now: Date): Promise<PlanNode> {
  if (!access.isTaskOffice) throw forbidden('只有领导小组办公室或系统管理员可以录入方案');
  const id = await createPlan(em, input, stamp, now);
  return (await planNodes(em, sql('p.id = ?', id)))[0]!;
}
