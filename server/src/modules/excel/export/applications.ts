// GET /api/exports/applications.xlsx?where=<ApplicationWhere json> — the application queues as the page shows them;
// GET /api/exports/gradual-exit-candidates.xlsx?regionCode=… and /epidemic-uncovered.xlsx?regionCode=… — the 渐退 and
// 因疫 应保未保 lists. Read through the same reader as the API, so scope and masking are the screen's (ID numbers
// unmasked only with pii:read, and then recorded in pii_access with purpose "export").
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import {
  APPLICATION_FIELDS, ApplicationKindDef, ApplicationStageDef, COUNTY_NAME, DibaoAreaDef, DibaoKindDef, RiskTypeDef, enumLabel, metaOf,
  regionByCode, type FieldMeta,
} from '@doudi/shared';
import type { AppConfig } from '../../../config.js';
import type { Clock } from '../../../common/context.js';
import type { Access } from '../../../common/access.js';
import { PiiAccess } from '../../audit/audit.entity.js';
import { ApplicationReader } from '../../applications/application.query.js';
import type { ApplicationNode, ApplicationWhere, DibaoListRow } from '../../applications/application.types.js';
import type { CellValue, ColumnKind, ExcelColumn } from '../columns.js';
import { jsonArg, param } from './http.js';
import { StreamedSheet, XLSX_TYPE, contentDisposition } from './sheet-writer.js';
import { exportStamp } from './stamp.js';

export type ApplicationExport = 'applications' | 'gradual-exit-candidates' | 'epidemic-uncovered';

const column = <R>(m: FieldMeta | { name: string; zh: string }, kind: ColumnKind, value: (r: R) => CellValue, width = 14): ExcelColumn<R> => {
  const name = 'label' in m ? m.name : m.name;
  const zh = 'label' in m ? m.label.zh : m.zh;
  return { field: name, zh, en: name, kind, aliases: [], width, importable: false, visibleByDefault: true, pii: 'pii' in m ? m.pii : false,
    numFmt: kind === 'idNumber' ? '@' : undefined, value };
};
const A = (name: string) => metaOf(APPLICATION_FIELDS, name);
const label = (def: Parameters<typeof enumLabel>[0], v: string | null | undefined) => (v ? enumLabel(def, v, 'zh') : null);

const APPLICATION_COLUMNS: ExcelColumn<ApplicationNode>[] = [
  column(A('householdCode'), 'text', (r) => r.householdCode, 19),
  column(A('headName'), 'text', (r) => r.headName, 10),
  column(A('idNumber'), 'idNumber', (r) => r.idNumber, 21),
  column(A('townshipName'), 'text', (r) => r.townshipName),
  column(A('regionName'), 'text', (r) => r.regionName),
  column(A('kind'), 'enum', (r) => label(ApplicationKindDef, r.kind), 10),
  column(A('dibaoKind'), 'enum', (r) => label(DibaoKindDef, r.dibaoKind), 10),
  column(A('memberName'), 'text', (r) => r.memberName, 10),
  column(A('applicantName'), 'text', (r) => r.applicantName, 10),
  column(A('appliedOn'), 'text', (r) => r.appliedOn, 12),
  column(A('reasons'), 'enumList', (r) => r.reasons.map((x) => enumLabel(RiskTypeDef, x, 'zh')).join('、') || null),
  column(A('stage'), 'enum', (r) => label(ApplicationStageDef, r.stage), 12),
  column(A('dueDate'), 'text', (r) => r.dueDate, 12),
  column(A('overdue'), 'boolean', (r) => (r.overdue ? '是' : '否'), 6),
  column(A('incomePerCapita'), 'number', (r) => r.incomePerCapita),
  column(A('noticeEndDate'), 'text', (r) => r.noticeEndDate, 12),
  column(A('openObjections'), 'integer', (r) => r.openObjections, 10),
  column(A('decidedOn'), 'text', (r) => r.decidedOn, 12),
  column(A('amount'), 'number', (r) => r.amount),
  column(A('startMonth'), 'text', (r) => r.startMonth, 10),
  column(A('rejectReason'), 'text', (r) => r.rejectReason, 24),
];

const LIST_COLUMNS: ExcelColumn<DibaoListRow>[] = [
  column({ name: 'householdCode', zh: '户编号' }, 'text', (r) => r.householdCode, 19),
  column({ name: 'headName', zh: '户主' }, 'text', (r) => r.headName, 10),
  column({ ...A('idNumber'), name: 'idNumber' }, 'idNumber', (r) => r.idNumber, 21),
  column({ name: 'townshipName', zh: '乡镇' }, 'text', (r) => r.townshipName),
  column({ name: 'regionName', zh: '村(社区)' }, 'text', (r) => r.regionName),
  column({ name: 'checkMonth', zh: '收入所据月份' }, 'text', (r) => r.checkMonth, 12),
  column({ name: 'incomePerCapita', zh: '人均收入(元/年)' }, 'number', (r) => r.incomePerCapita),
  column({ name: 'monthlyIncome', zh: '人均收入(元/月)' }, 'number', (r) => r.monthlyIncome),
  column({ name: 'area', zh: '城乡' }, 'enum', (r) => label(DibaoAreaDef, r.area), 8),
  column({ name: 'standard', zh: '低保标准(元/人·月)' }, 'number', (r) => r.standard),
];

const TITLES: Record<ApplicationExport, string> = {
  applications: '低保、特困申请审批',
  'gradual-exit-candidates': '低保渐退对象（收入超过低保标准）',
  'epidemic-uncovered': '因疫致困应保未保名单',
};

export async function exportApplicationLists(
  what: ApplicationExport, req: Request, res: Response, deps: { em: EntityManager; config: AppConfig; clock: Clock; access: Access; hold: () => void; requestId: string },
): Promise<void> {
  const { em, config, clock, access } = deps;
  const pii = { households: new Set<string>() };
  const reader = new ApplicationReader({ em, kind: config.db.kind, clock, access, stamp: { actor: access.actor, requestId: deps.requestId, changeSet: null }, pii });
  const regionCode = param(req, 'regionCode')?.trim() || null;
  const where = what === 'applications' ? ((await jsonArg<ApplicationWhere>(req, 'where', 'ApplicationWhere')) ?? {}) : {};
  deps.hold();
  let rows: (ApplicationNode | DibaoListRow)[];
  if (what === 'applications') {
    rows = [];
    let after: string | null = null;
    for (;;) {
      const page = await reader.page(where, 500, after);
      rows.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage || rows.length >= 50_000) break;
      after = page.pageInfo.endCursor;
    }
  } else rows = what === 'gradual-exit-candidates' ? await reader.gradualExitCandidates(regionCode) : await reader.epidemicUncovered(regionCode);

  const region = regionByCode(access.principal?.regionCode ?? regionCode ?? '');
  const unit = region && region.level !== 'COUNTY' ? `${COUNTY_NAME}${region.name}` : COUNTY_NAME;
  const { stamp } = exportStamp(clock.now());
  res.status(200);
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', contentDisposition(`${TITLES[what]}_${unit}.xlsx`, `${what}.xlsx`));
  res.setHeader('X-Doudi-Row-Count', String(rows.length));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.flushHeaders();
  const columns = (what === 'applications' ? APPLICATION_COLUMNS : LIST_COLUMNS) as ExcelColumn<ApplicationNode | DibaoListRow>[];
  const sheet = new StreamedSheet<ApplicationNode | DibaoListRow>(res, { sheetName: TITLES[what].slice(0, 30), title: `${unit} ${TITLES[what]}（${stamp} 导出）`, columns, frozenColumns: 2 });
  try {
    for (const r of rows) sheet.add(r);
    await sheet.flush();
    if (sheet.aborted) return sheet.abort();
    await sheet.finish();
  } catch (err) {
    const gone = sheet.aborted;
    sheet.abort();
    if (!gone) throw err;
  }
  if (pii.households.size) {
    const log = em.fork();
    log.create(PiiAccess, { at: clock.now(), actor: access.actor, requestId: deps.requestId, purpose: 'export', entityType: 'household', entityIds: [...pii.households].join(',') });
    await log.flush();
  }
}
