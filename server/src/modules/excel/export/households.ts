// GET /api/exports/households.xlsx — a grid view (the households query's where / orderBy, the visible columns) as a
// streamed workbook. Rows are read in keyset pages through the same query code as the grid, so the same filter gives
// the same rows in the same order, confined to the caller's region, personal data masked as the caller sees it.
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import { COUNTY_NAME, HOUSEHOLD_FIELDS, HouseholdCategoryDef, piiFieldNames, regionByCode, townshipCodeOf } from '@doudi/shared';
import type { AppConfig } from '../../../config.js';
import type { Clock } from '../../../common/context.js';
import type { Access } from '../../../common/access.js';
import { forbidden } from '../../../common/access.js';
import { queryRows } from '../../../common/sql.js';
import { fetchHouseholdPage, HouseholdQueryBuilder } from '../../household/household.query.js';
import type { HouseholdOrder, HouseholdWhere } from '../../household/household.inputs.js';
import { toHouseholdNode } from '../../household/household.mapper.js';
import { maskHousehold } from '../../household/household.mask.js';
import { PiiAccess } from '../../audit/audit.entity.js';
import { HOUSEHOLD_COLUMNS, type ExcelColumn, type HouseholdExportRow } from '../columns.js';
import { badRequest, jsonArg, param } from './http.js';
import { StreamedSheet, XLSX_TYPE, contentDisposition } from './sheet-writer.js';
import { exportStamp } from './stamp.js';

/** Rows read per database page: big enough to amortise the query, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 2000;
/** Households whose unmasked data went out are recorded in pii_access in batches of this many ids. */
const PII_BATCH = 10_000;
/** Sorting by these would leak their order to a caller who sees them masked (as in the households query). */
// Sorting by personal data would reveal it (the order of hidden values): only with pii:read.
const PII_SORT = new Set(piiFieldNames(HOUSEHOLD_FIELDS));
/** Leading columns the grid pins. */
const PINNED = new Set(['code', 'headName']);

/** The tabs' short names (client/src/pages/ledger-page.vue). */
export const LEDGER_SHORT: Record<string, string> = { UNLIFTED: '待脱贫户', MONITORED: '监测户', MARGINAL: '边缘户', SUDDEN: '突发严重困难户' };

export interface ExportRequest {
  where: HouseholdWhere | null;
  orderBy: HouseholdOrder[] | null;
  columns: ExcelColumn<HouseholdExportRow>[];
  category: string | null;
  maskPii: boolean;
  title: string | null;
}

/** `columns=a,b,c` → catalogue columns in that order; absent: the grid's default layout. */
export function pickColumns<R>(all: readonly ExcelColumn<R>[], raw: string | undefined): ExcelColumn<R>[] {
  if (raw === undefined || raw.trim() === '') return all.filter((c) => c.visibleByDefault);
  const out: ExcelColumn<R>[] = [];
  for (const name of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const c = all.find((x) => x.field === name);
    if (!c) throw badRequest('columns', `没有列“${name.slice(0, 40)}”；可用的列：${all.map((x) => x.field).join(', ')}`, 'INVALID_VALUE');
    if (!out.includes(c)) out.push(c);
  }
  if (!out.length) throw badRequest('columns', '至少要导出一列', 'INVALID_VALUE');
  return out;
}

export function parseCategory(raw: string | undefined): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  const v = raw.trim();
  if (!HouseholdCategoryDef.values.includes(v as never)) {
    throw badRequest('category', `类别“${v.slice(0, 40)}”无效，应为 ${HouseholdCategoryDef.values.join('、')} 之一`, 'INVALID_VALUE');
  }
  return v;
}

const boolParam = (req: Request, name: string): boolean => {
  const v = param(req, name);
  if (v === undefined || v === '' || v === 'false' || v === '0') return false;
  if (v === 'true' || v === '1') return true;
  throw badRequest(name, `参数 ${name} 应为 true 或 false`);
};

export async function parseHouseholdExport(req: Request): Promise<ExportRequest> {
  const where = await jsonArg<HouseholdWhere>(req, 'where', 'HouseholdWhere');
  const orderBy = await jsonArg<HouseholdOrder[]>(req, 'orderBy', 'HouseholdOrder', true);
  const columns = pickColumns(HOUSEHOLD_COLUMNS, param(req, 'columns'));
  const category = parseCategory(param(req, 'category'));
  const title = param(req, 'title')?.trim().slice(0, 120) || null;
  return { where, orderBy, columns, category, maskPii: boolParam(req, 'maskPii'), title };
}

/** The ledger a view shows: the `category` parameter, else the filter's single category. */
function ledgerOf(x: ExportRequest): string | null {
  return x.category ?? x.where?.category?.eq ?? (x.where?.category?.in?.length === 1 ? x.where.category.in[0]! : null);
}

/** The unit a sheet is for: the caller's township (or village), else the township the filter names, else the county. */
function unitOf(access: Access, where: HouseholdWhere | null): { name: string; short: string } {
  const confined = access.principal?.regionCode;
  const fromFilter = where?.regionCode?.startsWith ?? where?.regionCode?.eq ?? null;
  for (const code of [confined, fromFilter]) {
    if (!code) continue;
    const c = code.trim();
    const r = regionByCode(c);
    if (r && r.level === 'VILLAGE') {
      const t = regionByCode(townshipCodeOf(c) ?? '');
      return { name: `${COUNTY_NAME}${t?.name ?? ''}${r.name}`, short: `${t?.name ?? ''}${r.name}` };
    }
    if (r && r.level === 'TOWNSHIP') return { name: `${COUNTY_NAME}${r.name}`, short: r.name };
  }
  return { name: COUNTY_NAME, short: COUNTY_NAME };
}


/** Title, sheet name and file name of an export, e.g. 永宁县杨和镇 待脱贫户台账（2026年12月） / 待脱贫户_杨和镇_2026-12.xlsx */
export function householdTitle(access: Access, x: ExportRequest, now: Date) {
  const cat = ledgerOf(x);
  const ledger = cat ? `${LEDGER_SHORT[cat] ?? HouseholdCategoryDef.labels[cat as 'UNLIFTED']?.zh ?? cat}台账` : '监测台账';
  const deleted = x.where?.deleted ? '（已删除）' : '';
  const unit = unitOf(access, x.where);
  const { monthText, month, stamp } = exportStamp(now);
  const title = x.title ?? `${unit.name} ${ledger}${deleted}（${monthText}，${stamp} 导出）`;
  const base = cat ? LEDGER_SHORT[cat] ?? cat : '监测台账';
  const fileName = `${base}${x.where?.deleted ? '_已删除' : ''}_${unit.short}_${month}.xlsx`;
  const asciiName = `households${cat ? `_${cat}` : ''}_${month}.xlsx`;
  return { title, sheetName: ledger, fileName, asciiName };
}

/** The where of the export: the view's filter, AND-ed with the ledger named by `category`. */
function effectiveWhere(x: ExportRequest): HouseholdWhere | null {
  if (!x.category) return x.where;
  const cat = { category: { eq: x.category } } as HouseholdWhere;
  if (!x.where) return cat;
  // `deleted` is top-level only: keep it there.
  const { deleted, ...rest } = x.where;
  return { and: [rest as HouseholdWhere, cat], ...(deleted ? { deleted } : {}) } as HouseholdWhere;
}

async function countRows(em: EntityManager, kind: AppConfig['db']['kind'], where: HouseholdWhere | null, access: Access): Promise<number> {
  const w = new HouseholdQueryBuilder(kind).where(where, access.householdScope());
  const [r] = await queryRows<{ n: number | string }>(em, { text: `SELECT COUNT(*) AS n FROM household h WHERE ${w.text}`, params: w.params });
  return Number(r?.n ?? 0);
}

/** Records unmasked exports in pii_access (purpose "export"), a batch of ids per row, as they are sent. */
class PiiLog {
  private ids: string[] = [];
  constructor(private readonly em: EntityManager, private readonly clock: Clock, private readonly actor: string, private readonly requestId: string) {}
  add(id: string): void {
    this.ids.push(id);
  }
  async flushIfFull(): Promise<void> {
    if (this.ids.length >= PII_BATCH) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.ids.length) return;
    const em = this.em.fork();
    em.create(PiiAccess, {
      at: this.clock.now(), actor: this.actor, requestId: this.requestId, purpose: 'export', entityType: 'household',
      entityIds: this.ids.join(','),
    });
    this.ids = [];
    await em.flush();
  }
}

export async function exportHouseholds(
  req: Request, res: Response, deps: { em: EntityManager; readEm?: EntityManager; config: AppConfig; clock: Clock; access: Access; hold: () => void; requestId: string },
): Promise<void> {
  const { em, config, clock, access } = deps;
  // The rows come from a read replica when there is one (db/read-replicas.ts); the pii_access records go to the primary.
  const reads = deps.readEm ?? em;
  const x = await parseHouseholdExport(req);
  const seesPii = access.seesPii && !x.maskPii;
  if (!access.seesPii && x.orderBy?.some((o) => PII_SORT.has(o.field))) {
    throw forbidden('没有“查看个人敏感信息”权限（pii:read），不能按身份证号或电话排序', { field: 'orderBy' });
  }
  const where = effectiveWhere(x);
  deps.hold();
  const scope = access.householdScope();
  const opts = { maxPageSize: EXPORT_PAGE_SIZE, countCap: 0, scope };
  // The first page before any byte is sent: a bad filter (region prefix, sort field) is still a clean 400.
  let page = await fetchHouseholdPage(reads, config.db.kind, { where, orderBy: x.orderBy, first: EXPORT_PAGE_SIZE }, opts);
  const total = await countRows(reads, config.db.kind, where, access);
  const now = clock.now();
  const names = householdTitle(access, x, now);

  res.status(200);
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', contentDisposition(names.fileName, names.asciiName));
  res.setHeader('X-Doudi-Row-Count', String(total));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.flushHeaders();

  let frozen = 0;
  while (frozen < x.columns.length && PINNED.has(x.columns[frozen]!.field)) frozen++;
  const sheet = new StreamedSheet<HouseholdExportRow>(res, { sheetName: names.sheetName, title: names.title, columns: x.columns, frozenColumns: frozen });
  const pii = seesPii ? new PiiLog(em, clock, access.actor, deps.requestId) : null;
  const wantsPii = x.columns.some((c) => c.pii);
  try {
    for (;;) {
      // Ask for the next page before writing this one: on PostgreSQL the query runs while this page is rendered.
      const after = page.hasNextPage ? page.cursorAt(page.rows.length - 1) : undefined;
      const next = after === undefined ? null
        : fetchHouseholdPage(reads, config.db.kind, { where, orderBy: x.orderBy, first: EXPORT_PAGE_SIZE, after }, opts);
      next?.catch(() => undefined); // handled where it is awaited
      for (const r of page.rows) {
        const node = toHouseholdNode(r);
        if (!seesPii) sheet.add(maskHousehold(node));
        else {
          // Only a sheet that carries personal data is a read of it.
          if (wantsPii && (node.headIdNumber || node.phone)) pii!.add(node.id);
          sheet.add(node);
        }
      }
      // Recorded before the page leaves the process (committed rows go out when the event loop turns, in flush()).
      await pii?.flushIfFull();
      await sheet.flush();
      if (sheet.aborted || !next) break;
      page = await next;
    }
    await pii?.flush();
    if (sheet.aborted) {
      sheet.abort();
      return;
    }
    await sheet.finish();
  } catch (err) {
    const clientGone = sheet.aborted;
    await pii?.flush().catch(() => undefined);
    sheet.abort();
    // A client that went away is not an error; anything else is logged by the route (the download is cut).
    if (!clientGone) throw err;
  }
}
