import type { EntityManager } from '@mikro-orm/core';
import { queryRows, sql, type Sql } from '../../common/sql.js';
import type { MeasureNode, PlanNode, UnitNode } from './tasks.types.js';

export interface PlanRow {
  id: number | string;
  document_number: string;
  title: string;
  issuer: string;
  issued_on: string;
}

export interface MeasureRow {
  id: number | string;
  plan_id: number | string;
  no: number | string;
  group_no: number | string;
  group_title: string;
  title: string;
  content: string;
  units: string;
  deadline: string | null;
  deadline_text: string;
  recurrence: string;
}

export const MEASURE_COLUMNS = 'm.id, m.plan_id, m.no, m.group_no, m.group_title, m.title, m.content, m.units, m.deadline, m.deadline_text, m.recurrence';

export const toUnitNode = (r: { code: string; name: string; kind: string }): UnitNode => ({ code: r.code, name: r.name, kind: r.kind });

export function toMeasureNode(r: MeasureRow, assignedUnits: UnitNode[]): MeasureNode {
  let units: string[] = [];
  try {
    units = JSON.parse(r.units) as string[];
  } catch {
    units = [];
  }
  return {
    id: String(r.id), planId: String(r.plan_id), no: Number(r.no), groupNo: Number(r.group_no), group: r.group_title,
    title: r.title, content: r.content, deadline: r.deadline ?? null, deadlineText: r.deadline_text, recurrence: r.recurrence,
    units, assignedUnits,
  };
}

/** The units each measure is assigned to, in board order. */
export async function assignedUnitsOf(em: EntityManager, measureIds: number[]): Promise<Map<number, UnitNode[]>> {
  const out = new Map<number, UnitNode[]>();
  if (!measureIds.length) return out;
  const rows = await queryRows<{ measure_id: number | string; code: string; name: string; kind: string }>(em, {
    text: 'SELECT a.measure_id, u.code, u.name, u.kind FROM assignment a JOIN responsible_unit u ON u.code = a.unit_code ' +
      `WHERE a.measure_id IN (${measureIds.map(() => '?').join(', ')}) ORDER BY a.measure_id, u.sort_order, u.code`,
    params: measureIds,
  });
  for (const r of rows) {
    const id = Number(r.measure_id);
    const list = out.get(id) ?? [];
    list.push(toUnitNode(r));
    out.set(id, list);
  }
  return out;
}

/** Measures (with their assigned units) matching a condition, in plan order. */
export async function measureNodes(em: EntityManager, where: Sql | null): Promise<MeasureNode[]> {
  const rows = await queryRows<MeasureRow>(em, {
    text: `SELECT ${MEASURE_COLUMNS} FROM measure m${where ? ` WHERE ${where.text}` : ''} ORDER BY m.plan_id, m.no`,
    params: where?.params ?? [],
  });
  const units = await assignedUnitsOf(em, rows.map((r) => Number(r.id)));
  return rows.map((r) => toMeasureNode(r, units.get(Number(r.id)) ?? []));
}

/** Plans, newest first, each with its measures. */
export async function planNodes(em: EntityManager, where: Sql | null = null): Promise<PlanNode[]> {
  const plans = await queryRows<PlanRow>(em, {
    text: `SELECT p.id, p.document_number, p.title, p.issuer, p.issued_on FROM plan p${where ? ` WHERE ${where.text}` : ''} ORDER BY p.issued_on DESC, p.id DESC`,
    params: where?.params ?? [],
  });
  if (!plans.length) return [];
  const ids = plans.map((p) => Number(p.id));
  const measures = await measureNodes(em, { text: `m.plan_id IN (${ids.map(() => '?').join(', ')})`, params: ids });
  return plans.map((p) => ({
    id: String(p.id), documentNumber: p.document_number, title: p.title, issuer: p.issuer, issuedOn: p.issued_on,
    measures: measures.filter((m) => m.planId === String(p.id)),
  }));
}

/** The measures of one plan (an id that is no number matches none), or of every plan without planId. */
export function measuresOfPlan(em: EntityManager, planId: string | null | undefined): Promise<MeasureNode[]> {
  return measureNodes(em, planId == null ? null : sql('m.plan_id = ?', /^\d{1,12}$/.test(planId) ? Number(planId) : -1));
}
