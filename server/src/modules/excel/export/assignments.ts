// GET /api/exports/assignments.xlsx — the accountability rows (督办总览) as the board shows them: the same filters as
// the `assignments` query (where JSON), board order, a unit seeing only its own rows. Tens to hundreds of rows.
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import { COUNTY_NAME } from '@doudi/shared';
import type { AppConfig } from '../../../config.js';
import type { Clock } from '../../../common/context.js';
import type { Access } from '../../../common/access.js';
import { queryRows, sql } from '../../../common/sql.js';
import { AssignmentReader } from '../../tasks/assignment.query.js';
import { reportsOf, selectAssignments } from '../../tasks/assignment.list.js';
import { deadlineRules } from '../../tasks/tasks.context.js';
import type { AssignmentWhere } from '../../tasks/tasks.inputs.js';
import { ASSIGNMENT_COLUMNS, type AssignmentExportRow } from '../columns.js';
import { jsonArg, param } from './http.js';
import { pickColumns } from './households.js';
import { StreamedSheet, XLSX_TYPE, contentDisposition } from './sheet-writer.js';
import { exportStamp } from './stamp.js';


/** The caller's unit name for the title: its own unit, else the county (the office, the county staff). */
async function unitName(em: EntityManager, access: Access): Promise<{ name: string; short: string }> {
  const code = access.taskUnit;
  if (code) {
    const [u] = await queryRows<{ name: string }>(em, sql('SELECT name FROM responsible_unit WHERE code = ?', code));
    if (u) return { name: `${COUNTY_NAME}${u.name}`, short: u.name };
  }
  return { name: COUNTY_NAME, short: COUNTY_NAME };
}

export async function loadAssignmentRows(em: EntityManager, config: AppConfig, access: Access, where: AssignmentWhere | null, now: Date): Promise<AssignmentExportRow[]> {
  const reader = new AssignmentReader(em, access, deadlineRules(config));
  const rows = await selectAssignments(reader, where, now);
  const reports = await reportsOf(em, rows.map((r) => r.a.id));
  return rows.map(({ a, d }) => ({
    id: String(a.id), measureNo: a.measure.no, measureTitle: a.measure.title, deadlineText: a.measure.deadlineText,
    unitCode: a.unit.code, unitName: a.unit.name, unitKind: a.unit.kind, status: a.status, dueDate: d.dueDate,
    overdue: d.overdue, escalated: d.escalated, missingPeriods: d.missingPeriods, rejectionCount: a.rejectionCount,
    lastReportAt: a.lastReportAt, lastReportText: reports.get(a.id)?.[0]?.text ?? null, urged: a.noticeEventId != null,
  }));
}

export async function exportAssignments(
  req: Request, res: Response, deps: { em: EntityManager; config: AppConfig; clock: Clock; access: Access; hold: () => void },
): Promise<void> {
  const { em, config, clock, access } = deps;
  const where = await jsonArg<AssignmentWhere>(req, 'where', 'AssignmentWhere');
  const columns = pickColumns(ASSIGNMENT_COLUMNS, param(req, 'columns'));
  deps.hold();
  const now = clock.now();
  const rows = await loadAssignmentRows(em, config, access, where, now);
  const unit = await unitName(em, access);
  const { monthText, month, stamp } = exportStamp(now);
  const title = param(req, 'title')?.trim().slice(0, 120) || `${unit.name} 责任台账（${monthText}，${stamp} 导出）`;

  res.status(200);
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', contentDisposition(`责任台账_${unit.short}_${month}.xlsx`, `assignments_${month}.xlsx`));
  res.setHeader('X-Doudi-Row-Count', String(rows.length));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const sheet = new StreamedSheet<AssignmentExportRow>(res, { sheetName: '责任台账', title, columns, frozenColumns: columns[0]?.field === 'measureNo' ? 1 : 0 });
  for (const r of rows) sheet.add(r);
  if (sheet.aborted) return sheet.abort();
  await sheet.finish();
}
