import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { isIsoDate } from '@doudi/shared';
import { encodeCursor, decodeCursor } from '../../common/cursor.js';
import { queryRows, fromDbDate } from '../../common/sql.js';
import { AssignmentReader } from './assignment.query.js';
import { EVENT_COLUMNS, toEventNode, type EventRow } from './assignment.query.js';
import type { AssignmentConnection, EventNode, ReportNode, EvidenceNode } from './tasks.types.js';
import type { AssignmentWhere } from './tasks.inputs.js';

const ORDER = 'assignment-board';

/**
 * The rows `where` selects, assessed as of `now`, in the board's order: the SQL filters (plan, measure, unit, status,
 * the caller's scope) first, then the derived ones (overdue, escalated, due before). Shared by the `assignments`
 * query and the Excel export, so that both list the same rows.
 */
export async function selectAssignments(reader: AssignmentReader, where: AssignmentWhere | null | undefined, now: Date) {
  if (where?.dueBefore != null && !isIsoDate(where.dueBefore)) {
    throw new GraphQLError(`dueBefore“${where.dueBefore}”应写作 YYYY-MM-DD`, { extensions: { code: 'BAD_USER_INPUT', field: 'where.dueBefore' } });
  }
  const loaded = await reader.load({
    planId: where?.planId, measureNo: where?.measureNo, unitCode: where?.unitCode, unitKind: where?.unitKind, status: where?.status,
  });
  return loaded
    .map((a) => ({ a, d: reader.assess(a, now), key: AssignmentReader.sortKey(a) }))
    .filter(({ d }) => where?.overdue == null || d.overdue === where.overdue)
    .filter(({ d }) => where?.escalated == null || d.escalated === where.escalated)
    .filter(({ d }) => where?.dueBefore == null || (d.dueDate != null && d.dueDate <= where.dueBefore))
    .sort((x, y) => AssignmentReader.compare(x.key, y.key));
}

/**
 * A page of assignments in board order. Overdue and escalated depend on "now", so rows are assessed in memory after
 * the SQL filters (plan, measure, unit, status, the caller's scope): a plan has tens to a few hundred rows.
 */
export async function assignmentPage(
  reader: AssignmentReader, where: AssignmentWhere | null | undefined, first: number | null | undefined,
  after: string | null | undefined, now: Date, maxPageSize: number,
): Promise<AssignmentConnection> {
  const size = first ?? 100;
  if (!Number.isInteger(size) || size < 0 || size > maxPageSize) {
    throw new GraphQLError(`first 应在 0 到 ${maxPageSize} 之间`, { extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  }
  const rows = await selectAssignments(reader, where, now);
  const afterKey = after ? (decodeCursor(after, ORDER) as (string | number)[]) : null;
  const rest = afterKey ? rows.filter((r) => AssignmentReader.compare(r.key, afterKey) > 0) : rows;
  const page = rest.slice(0, size);
  const notices = await reader.notices(page.map((r) => r.a));
  const edges = page.map(({ a, d, key }) => ({
    cursor: encodeCursor(ORDER, key),
    node: reader.toNode(a, d, a.noticeEventId != null ? notices.get(a.noticeEventId) ?? null : null),
  }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rest.length > page.length,
      hasPreviousPage: Boolean(afterKey),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: rows.length,
  };
}

const ids = (list: number[]) => list.map(() => '?').join(', ');

/** Reports of assignments, newest first, each with its evidence files. */
export async function reportsOf(em: EntityManager, assignmentIds: number[]): Promise<Map<number, ReportNode[]>> {
  const out = new Map<number, ReportNode[]>();
  if (!assignmentIds.length) return out;
  const rows = await queryRows<{ id: number | string; assignment_id: number | string; period: string; text: string; reporter: string; at: unknown }>(em, {
    text: `SELECT r.id, r.assignment_id, r.period, r.text, r.reporter, r.at FROM progress_report r WHERE r.assignment_id IN (${ids(assignmentIds)}) ORDER BY r.at DESC, r.id DESC`,
    params: assignmentIds,
  });
  const files = new Map<number, EvidenceNode[]>();
  const reportIds = rows.map((r) => Number(r.id));
  if (reportIds.length) {
    const fr = await queryRows<{ id: number | string; report_id: number | string; file_name: string; content_type: string; size: number | string; sha256: string; at: unknown }>(em, {
      text: `SELECT f.id, f.report_id, f.file_name, f.content_type, f.size, f.sha256, f.at FROM evidence_file f JOIN progress_report r ON r.id = f.report_id WHERE r.assignment_id IN (${ids(assignmentIds)}) ORDER BY f.id`,
      params: assignmentIds,
    });
    for (const f of fr) {
      const list = files.get(Number(f.report_id)) ?? [];
      list.push({ id: String(f.id), fileName: f.file_name, contentType: f.content_type, size: Number(f.size), sha256: f.sha256, url: `/api/evidence/${f.id}`, at: fromDbDate(f.at) });
      files.set(Number(f.report_id), list);
    }
  }
  for (const r of rows) {
    const k = Number(r.assignment_id);
    const list = out.get(k) ?? [];
    list.push({ id: String(r.id), assignmentId: String(r.assignment_id), period: r.period, text: r.text, reporter: r.reporter, at: fromDbDate(r.at), evidence: files.get(Number(r.id)) ?? [] });
    out.set(k, list);
  }
  return out;
}

/** Timelines of assignments, oldest first. */
export async function eventsOf(em: EntityManager, assignmentIds: number[]): Promise<Map<number, EventNode[]>> {
  const out = new Map<number, EventNode[]>();
  if (!assignmentIds.length) return out;
  const rows = await queryRows<EventRow>(em, {
    text: `SELECT ${EVENT_COLUMNS} FROM assignment_event e WHERE e.assignment_id IN (${ids(assignmentIds)}) ORDER BY e.at, e.id`,
    params: assignmentIds,
  });
  for (const r of rows) {
    const k = Number(r.assignment_id);
    const list = out.get(k) ?? [];
    list.push(toEventNode(r));
    out.set(k, list);
  }
  return out;
}
