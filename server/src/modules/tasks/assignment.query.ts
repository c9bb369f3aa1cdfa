import type { EntityManager } from '@mikro-orm/core';
import { ASSIGNMENT_FIELDS, assessDeadline, firstReportPeriod, type DeadlineAssessment, type DeadlineRules, type DeadlineSubject } from '@doudi/shared';
import { queryRows, fromDbDate, sql, joinSql, type Sql } from '../../common/sql.js';
import { column } from '../../common/row-mapper.js';
import { storedFields } from '../../common/table-rows.js';
import type { Access } from '../../common/access.js';
import { MEASURE_COLUMNS, assignedUnitsOf, toMeasureNode, toUnitNode, type MeasureRow } from './plan.query.js';
import type { AssignmentNode, EventNode, MeasureNode, UnitNode } from './tasks.types.js';
import { AssignmentWhere } from './tasks.inputs.js';
import { tableWhere } from '../../common/table-where.js';

/**
 * The state of an assignment row — its stored fields of the field table (common/table-rows.ts) and the bookkeeping —
 * as the board reads it and as the service reads it for its checks (selected `a.<column> AS a_<column>`).
 */
const STATE = storedFields('a', ASSIGNMENT_FIELDS, {
  notStored: [
    'measureNo', 'measureTitle', 'deadlineText', 'unitName', 'unitKind', 'unitCode', 'dueDate', 'overdue', 'escalated', 'urged',
    'missingPeriods', 'lastReportText',
  ],
  more: [column('version', 'integer'), column('noticeEventId', 'integer'), column('closedAt', 'datetime'), column('closedBy', 'string')],
  prefix: 'a_',
});
export const ASSIGNMENT_STATE_COLUMNS = STATE.columns;

export interface AssignmentStateFields {
  status: string;
  version: number;
  rejectionCount: number;
  noticeEventId: number | null;
  lastReportAt: Date | null;
  closedAt: Date | null;
  closedBy: string | null;
}

export function readAssignmentState(r: object): AssignmentStateFields {
  const s = STATE.read(r);
  return { ...s, noticeEventId: s.noticeEventId == null ? null : Number(s.noticeEventId) } as AssignmentStateFields;
}

interface AssignmentRow extends MeasureRow {
  a_id: number | string;
  updated_at: unknown;
  unit_code: string;
  unit_name: string;
  unit_kind: string;
  unit_sort: number | string;
  issued_on: string;
  document_number: string;
}

export interface EventRow {
  id: number | string;
  assignment_id: number | string;
  kind: string;
  at: unknown;
  actor: string;
  text: string | null;
  from_status: string | null;
  to_status: string | null;
  report_id: number | string | null;
}
export const EVENT_COLUMNS = 'e.id, e.assignment_id, e.kind, e.at, e.actor, e.text, e.from_status, e.to_status, e.report_id';

export const toEventNode = (r: EventRow): EventNode => ({
  id: String(r.id), kind: r.kind, at: fromDbDate(r.at), actor: r.actor, text: r.text ?? null, fromStatus: r.from_status ?? null,
  toStatus: r.to_status ?? null, reportId: r.report_id == null ? null : String(r.report_id),
});

/** An assignment as loaded: its row, measure and unit, and the history the deadline rules need. */
export interface LoadedAssignment extends AssignmentStateFields {
  id: number;
  updatedAt: Date;
  issuedOn: string;
  documentNumber: string;
  measure: MeasureNode;
  unit: UnitNode & { sortOrder: number };
  subject: DeadlineSubject;
  /** Every status change with its time (for "as it stood then"). */
  transitions: { at: Date; to: string }[];
}

/** The filter's table fields (common/table-where.ts); overdue and escalated are assessed after the SQL (assignment.list.ts). */
const WHERE = tableWhere<AssignmentFilter>(AssignmentWhere, {
  measureNo: 'm.no', unitCode: 'a.unit_code', unitKind: 'u.kind', status: 'a.status', overdue: null, escalated: null,
});

export interface AssignmentFilter {
  ids?: number[];
  planId?: string | null;
  measureNo?: number | null;
  unitCode?: string | null;
  unitKind?: string | null;
  status?: string | null;
}

const toInt = (v: unknown): number => {
  const n = Number(v);
  return Number.isSafeInteger(n) && n > 0 ? n : -1;
};

/** Reads of the accountability tables, always confined to the caller's unit (Access.taskUnit). */
export class AssignmentReader {
  constructor(
    protected readonly em: EntityManager,
    protected readonly access: Access,
    protected readonly rules: DeadlineRules,
  ) {}

  /** The WHERE of every assignment read (alias a; measure m; unit u): the caller's scope first. */
  protected conditions(f: AssignmentFilter): Sql {
    const conds: Sql[] = [];
    const unit = this.access.taskUnit;
    if (unit !== null) conds.push(sql('a.unit_code = ?', unit));
    if (f.ids) conds.push(f.ids.length ? { text: `a.id IN (${f.ids.map(() => '?').join(', ')})`, params: f.ids } : sql('1 = 0'));
    if (f.planId != null) conds.push(sql('m.plan_id = ?', toInt(f.planId)));
    conds.push(...WHERE(f));
    return conds.length ? joinSql(conds, ' AND ') : sql('1 = 1');
  }

  async load(f: AssignmentFilter): Promise<LoadedAssignment[]> {
    const w = this.conditions(f);
    const from = 'FROM assignment a JOIN measure m ON m.id = a.measure_id JOIN plan p ON p.id = m.plan_id JOIN responsible_unit u ON u.code = a.unit_code';
    const rows = await queryRows<AssignmentRow>(this.em, {
      text: `SELECT a.id AS a_id, ${ASSIGNMENT_STATE_COLUMNS}, a.updated_at, ` +
        `u.code AS unit_code, u.name AS unit_name, u.kind AS unit_kind, u.sort_order AS unit_sort, p.issued_on, p.document_number, ${MEASURE_COLUMNS} ${from} WHERE ${w.text}`,
      params: w.params,
    });
    if (!rows.length) return [];
    // The history the deadline rules need, for the same rows (same conditions: no long IN lists).
    const reports = await queryRows<{ assignment_id: number | string; period: string; at: unknown }>(this.em, {
      text: `SELECT r.assignment_id, r.period, r.at FROM progress_report r JOIN assignment a ON a.id = r.assignment_id JOIN measure m ON m.id = a.measure_id JOIN responsible_unit u ON u.code = a.unit_code WHERE ${w.text}`,
      params: w.params,
    });
    const changes = await queryRows<{ assignment_id: number | string; kind: string; at: unknown; to_status: string | null }>(this.em, {
      text: `SELECT e.assignment_id, e.kind, e.at, e.to_status FROM assignment_event e JOIN assignment a ON a.id = e.assignment_id JOIN measure m ON m.id = a.measure_id JOIN responsible_unit u ON u.code = a.unit_code ` +
        `WHERE ${w.text} AND e.to_status IS NOT NULL ORDER BY e.id`,
      params: w.params,
    });
    const group = <T extends { assignment_id: number | string }>(list: T[]) => {
      const m = new Map<number, T[]>();
      for (const r of list) {
        const k = Number(r.assignment_id);
        const l = m.get(k) ?? [];
        l.push(r);
        m.set(k, l);
      }
      return m;
    };
    const reportsBy = group(reports);
    const changesBy = group(changes);
    const measureIds = [...new Set(rows.map((r) => Number(r.id)))];
    const unitsBy = await assignedUnitsOf(this.em, measureIds);
    const measures = new Map<number, MeasureNode>();
    for (const r of rows) if (!measures.has(Number(r.id))) measures.set(Number(r.id), toMeasureNode(r, unitsBy.get(Number(r.id)) ?? []));

    return rows.map((r): LoadedAssignment => {
      const id = Number(r.a_id);
      const measure = measures.get(Number(r.id))!;
      const state = readAssignmentState(r);
      const ch = changesBy.get(id) ?? [];
      return {
        id, ...state,
        updatedAt: fromDbDate(r.updated_at), issuedOn: r.issued_on, documentNumber: r.document_number, measure,
        unit: { ...toUnitNode({ code: r.unit_code, name: r.unit_name, kind: r.unit_kind }), sortOrder: Number(r.unit_sort) },
        subject: {
          deadline: measure.deadline, recurrence: measure.recurrence as DeadlineSubject['recurrence'],
          firstPeriod: firstReportPeriod(measure.deadline, r.issued_on),
          reports: (reportsBy.get(id) ?? []).map((x) => ({ period: x.period, at: fromDbDate(x.at) })),
          closedAt: state.status === 'CLOSED' ? state.closedAt : null,
          rejections: ch.filter((x) => x.kind === 'CLOSE_REJECTED').map((x) => fromDbDate(x.at)),
        },
        transitions: ch.map((x) => ({ at: fromDbDate(x.at), to: x.to_status! })),
      };
    });
  }

  assess(a: LoadedAssignment, now: Date): DeadlineAssessment {
    return assessDeadline(a.subject, now, this.rules);
  }

  /** Board order: newest plan first, then measure number, then the unit's place. */
  static sortKey(a: LoadedAssignment): (string | number)[] {
    return [a.issuedOn, Number(a.measure.planId), a.measure.no, a.unit.sortOrder, a.id];
  }

  static compare(x: (string | number)[], y: (string | number)[]): number {
    const dir = [-1, -1, 1, 1, 1];
    for (let i = 0; i < dir.length; i++) {
      if (x[i] === y[i]) continue;
      return (x[i]! < y[i]! ? -1 : 1) * dir[i]!;
    }
    return 0;
  }

  async notices(list: LoadedAssignment[]): Promise<Map<number, EventNode>> {
    const ids = list.map((a) => a.noticeEventId).filter((x): x is number => x != null);
    const out = new Map<number, EventNode>();
    if (!ids.length) return out;
    const rows = await queryRows<EventRow>(this.em, { text: `SELECT ${EVENT_COLUMNS} FROM assignment_event e WHERE e.id IN (${ids.map(() => '?').join(', ')})`, params: ids });
    for (const r of rows) out.set(Number(r.id), toEventNode(r));
    return out;
  }

  toNode(a: LoadedAssignment, d: DeadlineAssessment, notice: EventNode | null): AssignmentNode {
    const { sortOrder: _s, ...unit } = a.unit;
    return {
      id: String(a.id), measure: a.measure, unit, status: a.status, dueDate: d.dueDate, overdue: d.overdue, escalated: d.escalated,
      missingPeriods: d.missingPeriods, overduePeriods: d.overduePeriods, rejectionCount: a.rejectionCount, notice,
      version: a.version, lastReportAt: a.lastReportAt, closedAt: a.status === 'CLOSED' ? a.closedAt : null,
      closedBy: a.status === 'CLOSED' ? a.closedBy : null, updatedAt: a.updatedAt,
    };
  }

  async nodes(list: LoadedAssignment[], now: Date): Promise<AssignmentNode[]> {
    const notices = await this.notices(list);
    return list.map((a) => this.toNode(a, this.assess(a, now), a.noticeEventId != null ? notices.get(a.noticeEventId) ?? null : null));
  }

  /** One assignment: null when absent or another unit's alike (an id tells nothing about other units' rows). */
  async one(id: string, now: Date): Promise<AssignmentNode | null> {
    const n = toInt(id);
    const unit = this.access.taskUnit;
    const rows = await queryRows<{ unit_code: string }>(this.em, sql('SELECT unit_code FROM assignment WHERE id = ?', n));
    if (!rows[0]) return null;
    if (unit !== null && rows[0].unit_code !== unit) return null;
    const [a] = await this.load({ ids: [n] });
    return a ? (await this.nodes([a], now))[0]! : null;
  }
}
