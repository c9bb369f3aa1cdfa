// GET /api/exports/loops/<list>.xlsx — the lists of issue 16's loops as the pages show them (same service reads, so
// the same township scope and the same masking: ID numbers and phones masked without pii:read, or with maskPii=true).
// Lists: referrals (where=<RiskReferralWhere json>), relief-requests (the county's queue), subsidy-payments (runId=),
// central-care (awaitingOnly=true), care-agreements (problemsOnly=true), visits (overdueOnly=true). ?regionCode=
// narrows to a township or village. Unmasked rows are recorded in pii_access (purpose "export").
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/core';
import {
  CARE_AGREEMENT_FIELDS, CARE_VISIT_FIELDS, CENTRAL_CARE_FIELDS, COUNTY_NAME, DEFAULT_LOOP_SETTINGS, RELIEF_DECISION_FIELDS, RELIEF_GRANT_FIELDS,
  RISK_REFERRAL_FIELDS, SUBSIDY_PAYMENT_FIELDS, SubsidyGroupDef, enumLabel, regionByCode, type FieldMeta,
} from '@doudi/shared';
import type { AppConfig } from '../../../config.js';
import type { Clock } from '../../../common/context.js';
import type { Access } from '../../../common/access.js';
import type { ServiceDeps } from '../../../common/service-context.js';
import { PiiAccess } from '../../audit/audit.entity.js';
import { MonitoringReader } from '../../monitoring/monitoring.reader.js';
import type { RiskReferralWhere } from '../../monitoring/monitoring.types.js';
import { ReliefService } from '../../assistance/relief.service.js';
import { SubsidyService } from '../../assistance/subsidy.service.js';
import { CareService } from '../../assistance/care.service.js';
import { excelDay, type ColumnKind, type ExcelColumn } from '../columns.js';
import { ExportError, badRequest, jsonArg, param } from './http.js';
import { StreamedSheet, XLSX_TYPE, contentDisposition } from './sheet-writer.js';
import { exportStamp } from './stamp.js';

type Row = Record<string, unknown>;

const KIND: Partial<Record<FieldMeta['type'], ColumnKind>> = { number: 'number', integer: 'integer', date: 'date', idNumber: 'idNumber', phone: 'phone', enum: 'enum' };

/** A column from a field table: enums as their zh label (true/false as 是/否), dates as Excel dates, arrays joined by 、. */
function column(table: readonly FieldMeta[], name: string, over: Partial<FieldMeta> = {}): ExcelColumn<Row> {
  const m = { ...table.find((x) => x.name === name)!, ...over };
  const kind = KIND[m.type] ?? 'text';
  return {
    field: name, zh: m.label.zh, en: m.label.en, aliases: [], kind, enumDef: m.enumDef, width: Math.max(8, Math.round((m.width ?? 100) / 7)),
    numFmt: kind === 'date' ? 'yyyy-mm-dd' : kind === 'number' ? '#,##0.00' : kind === 'idNumber' || kind === 'phone' ? '@' : undefined,
    pii: m.pii, importable: false, visibleByDefault: true,
    value: (r) => {
      const v = r[name];
      if (v == null || v === '') return null;
      if (Array.isArray(v)) return v.map((x) => (m.enumDef ? enumLabel(m.enumDef, String(x), 'zh') : String(x))).join('、');
      if (typeof v === 'boolean') return v ? '是' : '否';
      if (kind === 'date') return excelDay(String(v));
      if (kind === 'enum' && m.enumDef) return enumLabel(m.enumDef, String(v), 'zh');
      return typeof v === 'number' ? v : String(v);
    },
  };
}
const cols = (table: readonly FieldMeta[], names: string[]) => names.map((n) => column(table, n));

interface ListDef { sheet: string; columns: ExcelColumn<Row>[]; load: (deps: ServiceDeps, req: Request, region: string | null) => Promise<Row[]> }

const LISTS: Record<string, ListDef> = {
  referrals: {
    sheet: '风险转介',
    columns: cols(RISK_REFERRAL_FIELDS, ['householdCode', 'headName', 'regionName', 'month', 'reasons', 'state', 'owner', 'helper', 'dueDate', 'overdue',
      'assistanceKind', 'assistanceRef', 'assistanceNote', 'closeKind', 'closeReason']),
    load: async (deps, req, region) => {
      const where = { ...(await jsonArg<RiskReferralWhere>(req, 'where', 'RiskReferralWhere')), ...(region ? { regionCode: region } : {}) };
      const reader = new MonitoringReader(deps);
      const out: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await reader.referrals(where, 500, after);
        out.push(...page.edges.map((e) => e.node as unknown as Row));
        if (!page.pageInfo.hasNextPage || out.length >= 100_000) return out;
        after = page.pageInfo.endCursor;
      }
    },
  },
  'relief-requests': {
    sheet: '临时救助县级审批',
    columns: [...cols(RELIEF_GRANT_FIELDS, ['grantDate', 'recipientName', 'recipientIdNumber', 'householdCode', 'townshipName', 'type', 'amount', 'cause', 'caseByCase', 'meetingRef']),
      ...cols(RELIEF_DECISION_FIELDS, ['approval', 'decidedBy', 'decidedOn', 'decisionNote'])],
    load: async (deps, _req, region) => {
      const relief = new ReliefService(deps);
      const out: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await relief.page({ regionCode: region, approval: 'PENDING' }, 500, after);
        out.push(...page.edges.map((e) => e.node as unknown as Row));
        if (!page.pageInfo.hasNextPage) return out;
        after = page.pageInfo.endCursor;
      }
    },
  },
  'subsidy-payments': {
    sheet: '价格临时补贴发放名单',
    columns: cols(SUBSIDY_PAYMENT_FIELDS, ['name', 'idNumber', 'householdCode', 'townshipName', 'regionName', 'groups', 'amount'])
      .map((c) => (c.field === 'groups' ? { ...c, enumDef: SubsidyGroupDef, value: (r: Row) => (r.groups as string[]).map((g) => enumLabel(SubsidyGroupDef, g, 'zh')).join('、') } : c)),
    load: async (deps, req, region) => {
      const runId = param(req, 'runId');
      if (!runId) throw badRequest('runId', '请给出发放批次：runId=<id>');
      const s = new SubsidyService(deps);
      const out: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await s.payments(runId, region, 500, after);
        out.push(...page.edges.map((e) => e.node as unknown as Row));
        if (!page.pageInfo.hasNextPage) return out;
        after = page.pageInfo.endCursor;
      }
    },
  },
  'central-care': {
    sheet: '集中供养意愿',
    columns: cols(CENTRAL_CARE_FIELDS, ['name', 'idNumber', 'age', 'townshipName', 'regionName', 'supportMode', 'selfCare', 'wish', 'askedOn']),
    load: async (deps, req, region) => (await new CareService(deps).centralCare(region, param(req, 'awaitingOnly') === 'true')) as unknown as Row[],
  },
  'care-agreements': {
    sheet: '委托照料服务协议',
    columns: cols(CARE_AGREEMENT_FIELDS, ['name', 'idNumber', 'townshipName', 'regionName', 'status', 'carerKind', 'carerName', 'carerPhone', 'startDate', 'endDate', 'signedOn', 'duties']),
    load: async (deps, req, region) => (await new CareService(deps).agreements(region, param(req, 'problemsOnly') === 'true')) as unknown as Row[],
  },
  visits: {
    sheet: '定期探访',
    columns: cols(CARE_VISIT_FIELDS, ['name', 'idNumber', 'age', 'townshipName', 'regionName', 'intervalDays', 'lastVisit', 'nextDue', 'daysOverdue']),
    load: async (deps, req, region) => (await new CareService(deps).schedule(region, param(req, 'overdueOnly') === 'true')) as unknown as Row[],
  },
};

export const LOOP_LISTS = Object.keys(LISTS);

export async function exportLoopList(
  list: string, req: Request, res: Response, deps: { em: EntityManager; config: AppConfig; clock: Clock; access: Access; requestId: string },
): Promise<void> {
  const def = LISTS[list];
  if (!def) throw new ExportError(404, 'NOT_FOUND', `没有“${list.slice(0, 40)}”名单；可用：${LOOP_LISTS.map((l) => `loops/${l}.xlsx`).join('、')}`);
  const { em, config, clock, access } = deps;
  const region = param(req, 'regionCode')?.trim() || null;
  const maskPii = param(req, 'maskPii') === 'true';
  const pii = { households: new Set<string>(), purpose: 'export' };
  const svc: ServiceDeps = {
    em, kind: config.db.kind, clock, access, stamp: { actor: access.actor, requestId: deps.requestId || randomUUID(), changeSet: null }, pii, maskPii,
    loops: config.loops ?? DEFAULT_LOOP_SETTINGS,
  };
  let rows: Row[];
  try {
    rows = await def.load(svc, req, region);
  } catch (err) {
    const e = err as { extensions?: { code?: string; field?: string }; message?: string };
    if (e?.extensions?.code === 'FORBIDDEN') throw new ExportError(403, 'FORBIDDEN', e.message ?? '无权导出', e.extensions.field);
    if (e?.extensions?.code) throw badRequest(e.extensions.field ?? 'regionCode', e.message ?? '参数错误');
    throw err;
  }
  const now = clock.now();
  const r = regionByCode(access.principal?.regionCode ?? region ?? '');
  const unit = r && r.level !== 'COUNTY' ? `${COUNTY_NAME}${r.name}` : COUNTY_NAME;
  const { month, stamp } = exportStamp(now);
  const title = param(req, 'title')?.trim().slice(0, 120) || `${unit} ${def.sheet}（${stamp} 导出）`;
  res.status(200);
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', contentDisposition(`${def.sheet}_${month}.xlsx`, `${list}_${month}.xlsx`));
  res.setHeader('X-Doudi-Row-Count', String(rows.length));
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const sheet = new StreamedSheet<Row>(res, { sheetName: def.sheet, title, columns: def.columns, frozenColumns: 1 });
  for (const row of rows) sheet.add(row);
  if (sheet.aborted) return sheet.abort();
  await sheet.finish();
  if (pii.households.size) {
    const log = em.fork();
    const ids = [...pii.households];
    for (let i = 0; i < ids.length; i += 500) {
      log.create(PiiAccess, { at: now, actor: access.actor, requestId: svc.stamp.requestId, purpose: 'export', entityType: 'household', entityIds: ids.slice(i, i + 500).join(',') });
    }
    await log.flush();
  }
}
