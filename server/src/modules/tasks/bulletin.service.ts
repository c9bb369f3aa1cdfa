import { chinaDate, chinaDayStart, chinaMonth, isOpenAssignment, isPeriod, periodEnd } from '@doudi/shared';
import type { AssignmentReader, LoadedAssignment } from './assignment.query.js';
import type { BulletinItem, BulletinNode, BulletinUnit } from './bulletin.types.js';
import { badInput } from './tasks.errors.js';

/** The status an assignment had at an instant, from its timeline. */
export function statusAt(a: LoadedAssignment, at: Date): string {
  let status = 'NOT_STARTED';
  for (const t of a.transitions) if (t.at.getTime() <= at.getTime()) status = t.to;
  return status;
}

/**
 * The monthly bulletin (通报): every unit with assignments in force that month, and what was overdue and escalated
 * at the month's end (or now, for the current month) and what was closed off during it. Figures are rebuilt from
 * the timeline, so a past month reads as it stood then, whatever happened since.
 */
export async function buildBulletin(reader: AssignmentReader, month: string, now: Date, planId?: string | null): Promise<BulletinNode> {
  if (!isPeriod(month)) throw badInput('month', `月份“${month}”应写作 YYYY-MM`);
  const current = chinaMonth(now);
  if (month > current) throw badInput('month', `${month} 尚未到来（当前 ${current}）`);
  const asOf = month === current ? now : periodEnd(month);
  const start = chinaDayStart(`${month}-01`).getTime();
  const asOfDate = chinaDate(asOf);

  const all = (await reader.load({ planId })).filter((a) => a.issuedOn <= asOfDate);
  all.sort((x, y) => x.unit.sortOrder - y.unit.sortOrder || x.unit.code.localeCompare(y.unit.code) || x.measure.no - y.measure.no || x.id - y.id);
  const byUnit = new Map<string, BulletinUnit>();
  const totals = { total: 0, openCount: 0, overdueCount: 0, escalatedCount: 0, closedCount: 0 };
  for (const a of all) {
    const { sortOrder: _s, ...unit } = a.unit;
    let u = byUnit.get(unit.code);
    if (!u) {
      u = { unit, total: 0, openCount: 0, overdueCount: 0, escalatedCount: 0, closedCount: 0, overdue: [], escalated: [], closed: [] };
      byUnit.set(unit.code, u);
    }
    const d = reader.assess(a, asOf);
    const closedAt = d.closed ? a.subject.closedAt : null;
    const item: BulletinItem = {
      assignmentId: String(a.id), planId: a.measure.planId, documentNumber: a.documentNumber, measureNo: a.measure.no, measureTitle: a.measure.title,
      status: statusAt(a, asOf), dueDate: d.dueDate, missingPeriods: d.missingPeriods, overduePeriods: d.overduePeriods,
      rejectionCount: d.rejections, closedAt,
    };
    u.total += 1;
    totals.total += 1;
    // 在办 (figures.ts): not closed off at asOf — an item closed earlier is in force but not open
    if (isOpenAssignment(item.status)) {
      u.openCount += 1;
      totals.openCount += 1;
    }
    if (d.overdue) {
      u.overdue.push(item);
      u.overdueCount += 1;
      totals.overdueCount += 1;
    }
    if (d.escalated) {
      u.escalated.push(item);
      u.escalatedCount += 1;
      totals.escalatedCount += 1;
    }
    if (closedAt && closedAt.getTime() >= start) {
      u.closed.push(item);
      u.closedCount += 1;
      totals.closedCount += 1;
    }
  }
  return { month, asOf, ...totals, units: [...byUnit.values()] };
}
