// GET /api/exports/monthly-checks.xlsx?where=<json> — the monthly check grid (台账月度记录) of a month: the same where
// as the `monthlyChecks` query (month required), every household in the caller's scope with its check or 未走访, in
// the grid's order (village, id), read in keyset pages through the grid's own query.
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import { COUNTY_NAME, regionByCode } from '@doudi/shared';
import type { AppConfig } from '../../../config.js';
import type { Clock } from '../../../common/context.js';
import type { Access } from '../../../common/access.js';
import { fetchGridPage, requireMonth } from '../../monitoring/monitoring.query.js';
import { monitoringLineFor } from '../../monitoring/monitoring-line.js';
import type { MonthlyCheckWhere } from '../../monitoring/monitoring.types.js';
import { MONTHLY_CHECK_COLUMNS, type MonthlyCheckExportRow } from '../columns.js';
import { badRequest, jsonArg, param } from './http.js';
import { pickColumns, EXPORT_PAGE_SIZE, LEDGER_SHORT } from './households.js';
import { StreamedSheet, XLSX_TYPE, contentDisposition } from './sheet-writer.js';
import { exportStamp } from './stamp.js';


export async function exportMonthlyChecks(
  req: Request, res: Response, deps: { em: EntityManager; config: AppConfig; clock: Clock; access: Access; hold: () => void },
): Promise<void> {
  const { em, config, clock, access } = deps;
  const where = await jsonArg<MonthlyCheckWhere>(req, 'where', 'MonthlyCheckWhere');
  if (!where) throw badRequest('where', '请给出月份：where={"month":"YYYY-MM"}');
  const month = requireMonth(where.month, 'where.month');
  const columns = pickColumns(MONTHLY_CHECK_COLUMNS, param(req, 'columns'));
  deps.hold();
  const line = await monitoringLineFor(em, Number(month.slice(0, 4)));
  const scope = access.householdScope();
  let page = await fetchGridPage(em, config.db.kind, where, { first: EXPORT_PAGE_SIZE, scope, line });
  const total = await page.count();

  const now = clock.now();
  const region = regionByCode(access.principal?.regionCode ?? where.regionCode?.trim() ?? '');
  const unit = region && region.level !== 'COUNTY' ? region.name : COUNTY_NAME;
  const ledger = where.category ? `${LEDGER_SHORT[where.category] ?? where.category}` : '';
  const [y, m] = month.split('-').map(Number);
  const { stamp } = exportStamp(now);
  const title = param(req, 'title')?.trim().slice(0, 120) ||
    `${unit === COUNTY_NAME ? COUNTY_NAME : `${COUNTY_NAME}${unit}`} ${ledger}月度监测记录（${y}年${m}月，${stamp} 导出）`;

  res.status(200);
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', contentDisposition(`月度监测_${ledger ? `${ledger}_` : ''}${unit}_${month}.xlsx`, `monthly-checks_${month}.xlsx`));
  res.setHeader('X-Doudi-Row-Count', String(total));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.flushHeaders();
  let frozen = 0;
  while (frozen < columns.length && ['householdCode', 'headName'].includes(columns[frozen]!.field)) frozen++;
  const sheet = new StreamedSheet<MonthlyCheckExportRow>(res, { sheetName: '月度监测记录', title, columns, frozenColumns: frozen });
  try {
    for (;;) {
      const after = page.hasNextPage ? page.cursors[page.cursors.length - 1] : undefined;
      const next = after === undefined ? null : fetchGridPage(em, config.db.kind, where, { first: EXPORT_PAGE_SIZE, after, scope, line });
      next?.catch(() => undefined);
      for (const r of page.rows) sheet.add(r);
      await sheet.flush();
      if (sheet.aborted || !next) break;
      page = await next;
    }
    if (sheet.aborted) return sheet.abort();
    await sheet.finish();
  } catch (err) {
    const clientGone = sheet.aborted;
    sheet.abort();
    if (!clientGone) throw err;
  }
}
