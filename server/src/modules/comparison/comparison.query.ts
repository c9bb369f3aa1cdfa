// Reading findings: pages, the side-by-side view, the county's figures per township and rule, the bulletin section.
// Scoped to the caller's region; ID numbers and the health data of sources masked without pii:read, and every page
// returned unmasked recorded in pii_access (entity type comparison_finding).
import {
  COMPARISON_COLUMNS, ComparisonRuleDef, ComparisonKindDef, chinaDate, isFindingOverdue, isPeriod, maskIdNumber, periodEnd, regionByCode,
  regionPath, chinaDayStart, type ComparisonKind,
} from '@doudi/shared';
import { GraphQLError } from 'graphql';
import type { ServiceDeps } from '../../common/service-context.js';
import { dbDate, fromDbDate, joinSql, queryRows, sql, type Sql } from '../../common/sql.js';
import { checkPageSize, idBelow, idDescPage } from '../../common/id-desc-page.js';
import { PiiAccess } from '../audit/audit.entity.js';
import type {
  ComparisonBulletinSection, ComparisonFindingConnection, ComparisonFindingNode, ComparisonFindingWhere, ComparisonMemberNode, ComparisonSummaryRow,
} from './comparison.types.js';

const TAG = 'cf';
/** Kinds whose columns beyond the name are health data (残疾, 大病): masked like the ledger's health fields. */
const HEALTH_KINDS = new Set<string>(['DISABILITY', 'MEDICAL_AID']);
const HIDDEN = '（无权查看）';

const bad = (field: string, code: string, message: string) => new GraphQLError(message, { extensions: { code, field } });

interface Row {
  id: unknown; version: unknown; rule: string; source_id: unknown; kind: string; agency: string; row_no: unknown; person_name: string;
  id_number: string; household_id: unknown; household_code: string | null; township_code: string; region_code: string; reason: string;
  state: string; raised_on: string; due_date: string; action: string | null; action_ref: string | null; note: string | null;
  verified_by: string | null; verified_at: unknown; cells: string; member_id: unknown;
}

const SELECT = `SELECT f.id, f.version, f.rule, f.source_id, s.kind, s.agency, r.row_no, r.name AS person_name, f.id_number, f.household_id,
  h.code AS household_code, f.township_code, f.region_code, f.reason, f.state, f.raised_on, f.due_date, f.action, f.action_ref, f.note,
  f.verified_by, f.verified_at, r.cells, f.member_id
  FROM comparison_finding f JOIN comparison_source s ON s.id = f.source_id JOIN comparison_row r ON r.id = f.row_id
  LEFT JOIN household h ON h.id = f.household_id`;

export class ComparisonFindingReader {
  constructor(readonly deps: ServiceDeps) {}

  get today(): string {
    return chinaDate(this.deps.clock.now());
  }

  /** Whether the caller's region covers a finding (the county's own queue, township '', only the whole county). */
  canSee(townshipCode: string, regionCode: string): boolean {
    const prefix = this.deps.access.principal?.regionCode;
    if (!prefix || prefix.length <= 6) return true;
    return (regionCode || townshipCode).startsWith(prefix);
  }

  private scope(): Sql[] {
    const prefix = this.deps.access.principal?.regionCode;
    if (!prefix || prefix.length <= 6) return [];
    if (prefix.length === 9) return [sql('f.township_code = ?', prefix)];
    return [sql('f.region_code = ?', prefix)];
  }

  private conds(where: ComparisonFindingWhere | null | undefined): Sql[] {
    const c = this.scope();
    const w = where ?? {};
    if (w.rule) c.push(sql('f.rule = ?', w.rule));
    if (w.state) c.push(sql('f.state = ?', w.state));
    if (w.sourceId) {
      if (!/^\d{1,12}$/.test(w.sourceId)) throw bad('sourceId', 'INVALID_VALUE', '数据源编号无效');
      c.push(sql('f.source_id = ?', Number(w.sourceId)));
    }
    if (w.regionCode) {
      const r = w.regionCode.trim();
      if (!/^\d{6}(\d{3}(\d{3})?)?$/.test(r) || !regionByCode(r)) throw bad('regionCode', 'INVALID_VALUE', `区划代码“${r.slice(0, 20)}”无效`);
      const own = this.deps.access.principal?.regionCode;
      if (own && !r.startsWith(own) && !own.startsWith(r)) throw bad('regionCode', 'FORBIDDEN', '无权查看本乡镇(街道)以外的疑点');
      if (r.length === 9) c.push(sql('f.township_code = ?', r));
      else if (r.length === 12) c.push(sql('f.region_code = ?', r));
    }
    if (w.overdue === true) c.push(sql(`f.state = 'OPEN' AND f.due_date < ?`, this.today));
    if (w.overdue === false) c.push(sql(`NOT (f.state = 'OPEN' AND f.due_date < ?)`, this.today));
    return c;
  }

  async page(where: ComparisonFindingWhere | null | undefined, first = 100, after?: string | null): Promise<ComparisonFindingConnection> {
    this.deps.access.require('ledger:read');
    checkPageSize(first);
    const conds = this.conds(where);
    const below = idBelow(after, TAG);
    const countWhere = conds.length ? joinSql([sql(' WHERE '), joinSql(conds, ' AND ')], '') : sql('');
    const [count] = await queryRows<{ c: unknown }>(this.deps.em, { text: `SELECT COUNT(*) AS c FROM comparison_finding f${countWhere.text}`, params: countWhere.params });
    const pageConds = below !== null ? [...conds, sql('f.id < ?', below)] : conds;
    const w = pageConds.length ? joinSql(pageConds, ' AND ') : sql('1 = 1');
    const rows = await queryRows<Row>(this.deps.em, { text: `${SELECT} WHERE ${w.text} ORDER BY f.id DESC LIMIT ?`, params: [...w.params, first + 1] });
    const nodes = await this.nodes(rows.slice(0, first), false);
    const page = idDescPage(rows.map((r, i) => ({ id: Number(r.id), i })), first, after, TAG, (r) => nodes[r.i]!);
    return { ...page, totalCount: Number(count?.c ?? 0) } as ComparisonFindingConnection;
  }

  /** Findings by id (scope applied), with the ledger side and the evidence: the side-by-side view. */
  async byIds(ids: number[]): Promise<ComparisonFindingNode[]> {
    this.deps.access.require('ledger:read');
    if (!ids.length) return [];
    const scope = this.scope();
    const w = joinSql([sql(`f.id IN (${ids.map(() => '?').join(', ')})`, ...ids), ...scope], ' AND ');
    const rows = await queryRows<Row>(this.deps.em, { text: `${SELECT} WHERE ${w.text} ORDER BY f.id DESC`, params: w.params });
    return this.nodes(rows, true);
  }

  /** Every finding the filter selects, for the Excel export (bounded). */
  async all(where: ComparisonFindingWhere | null | undefined, max = 50_000): Promise<ComparisonFindingNode[]> {
    this.deps.access.require('ledger:read');
    const conds = this.conds(where);
    const w = conds.length ? joinSql(conds, ' AND ') : sql('1 = 1');
    const rows = await queryRows<Row>(this.deps.em, { text: `${SELECT} WHERE ${w.text} ORDER BY f.id DESC LIMIT ?`, params: [...w.params, max] });
    return this.nodes(rows, false);
  }

  private async nodes(rows: Row[], detail: boolean): Promise<ComparisonFindingNode[]> {
    const pii = this.deps.access.seesPii && !this.deps.maskPii;
    const today = this.today;
    const ledger = detail ? await this.ledgerSide(rows, pii) : new Map<number, ComparisonMemberNode>();
    const evidence = detail ? await this.evidence(rows.map((r) => Number(r.id))) : new Map();
    const out = rows.map((r) => {
      const kind = r.kind as ComparisonKind;
      const cells = JSON.parse(r.cells || '{}') as Record<string, string>;
      const sourceRow = COMPARISON_COLUMNS[kind].map((c) => {
        let value = cells[c.field] ?? '';
        if (!pii && c.slot === 'idNumber') value = maskIdNumber(r.id_number);
        else if (!pii && HEALTH_KINDS.has(kind) && c.slot !== 'name' && value) value = HIDDEN;
        return { field: c.field, label: c.zh, value };
      });
      const township = r.township_code ? regionByCode(r.township_code)?.name ?? r.township_code : '县本级';
      return {
        id: String(r.id), version: Number(r.version), rule: r.rule, ruleLabel: ComparisonRuleDef.labels[r.rule as 'NAME_MISMATCH']?.zh ?? r.rule,
        sourceId: String(r.source_id), kind, agency: r.agency, rowNo: Number(r.row_no), personName: r.person_name,
        idNumber: pii ? r.id_number : maskIdNumber(r.id_number), householdId: r.household_id == null ? null : String(r.household_id),
        householdCode: r.household_code ?? null, townshipCode: r.township_code, townshipName: township, regionCode: r.region_code, reason: r.reason,
        state: r.state, raisedOn: r.raised_on, dueDate: r.due_date, overdue: isFindingOverdue(r.state, r.due_date, today), action: r.action ?? null,
        actionRef: r.action_ref ?? null, note: r.note ?? null, verifiedBy: r.verified_by ?? null, verifiedAt: r.verified_at == null ? null : fromDbDate(r.verified_at),
        sourceRow, ledger: ledger.get(Number(r.id)) ?? null, evidence: evidence.get(Number(r.id)) ?? [],
      } satisfies ComparisonFindingNode;
    });
    if (pii && rows.length) await this.recordPii(rows.map((r) => String(r.id)));
    return out;
  }

  private async recordPii(ids: string[]): Promise<void> {
    const em = this.deps.em.fork();
    em.create(PiiAccess, {
      at: this.deps.clock.now(), actor: this.deps.access.actor, requestId: this.deps.stamp.requestId, purpose: this.deps.pii.purpose ?? 'query',
      entityType: 'comparison_finding', entityIds: ids.join(','),
    });
    await em.flush();
  }

  private async ledgerSide(rows: Row[], pii: boolean): Promise<Map<number, ComparisonMemberNode>> {
    const out = new Map<number, ComparisonMemberNode>();
    const today = this.today;
    for (const r of rows) {
      if (r.household_id == null) continue;
      const [h] = await queryRows<{ id: unknown; code: string; category: string; region_code: string; deleted_at: unknown; member_count: unknown }>(this.deps.em, sql(
        'SELECT id, code, category, region_code, deleted_at, member_count FROM household WHERE id = ?', Number(r.household_id)));
      if (!h) continue;
      const [m] = r.member_id == null ? [] : await queryRows<{ id: unknown; name: string; id_number: string; relation: string; disability_grade: string | null }>(this.deps.em, sql(
        'SELECT id, name, id_number, relation, disability_grade FROM member WHERE id = ?', Number(r.member_id)));
      const [d] = await queryRows<{ state: string }>(this.deps.em, sql(
        `SELECT state FROM dibao_case WHERE (state = 'ACTIVE' OR (state = 'GRADUAL_EXIT' AND (exit_end_date IS NULL OR exit_end_date > ?)))
          AND ((kind = 'HOUSEHOLD' AND household_id = ?) OR (kind = 'SINGLE_PERSON' AND member_id = ?)) ORDER BY id DESC LIMIT 1`,
        today, Number(h.id), Number(m?.id ?? -1)));
      const [t] = m ? await queryRows(this.deps.em, sql(`SELECT 1 AS x FROM tekun_person WHERE member_id = ? AND state = 'ACTIVE'`, Number(m.id))) : [];
      out.set(Number(r.id), {
        householdId: String(h.id), householdCode: h.code, category: h.category, regionName: regionPath(h.region_code), deleted: h.deleted_at != null,
        memberId: m ? String(m.id) : null, name: m?.name ?? null, idNumber: m ? (pii ? m.id_number : maskIdNumber(m.id_number)) : null,
        relation: m?.relation ?? null, disabilityGrade: m?.disability_grade ? (pii ? m.disability_grade : HIDDEN) : null,
        memberCount: Number(h.member_count), dibao: d?.state ?? 'NONE', tekun: Boolean(t),
      });
    }
    return out;
  }

  private async evidence(ids: number[]) {
    const out = new Map<number, { id: string; fileName: string; size: number; url: string }[]>();
    if (!ids.length) return out;
    const rows = await queryRows<{ id: unknown; finding_id: unknown; file_name: string; size: unknown }>(this.deps.em, sql(
      `SELECT id, finding_id, file_name, size FROM comparison_evidence WHERE finding_id IN (${ids.map(() => '?').join(', ')}) ORDER BY id`, ...ids));
    for (const e of rows) {
      const list = out.get(Number(e.finding_id)) ?? [];
      list.push({ id: String(e.id), fileName: e.file_name, size: Number(e.size), url: `/api/comparison/evidence/${String(e.id)}` });
      out.set(Number(e.finding_id), list);
    }
    return out;
  }

  /**
   * Per township and rule, as the findings stood at `asOf` (default now): total raised by then, open, overdue (open and
   * past due), 属实, 不属实. Rebuilt from raised and verified times, so a past month reads as it stood then.
   */
  async summary(regionCode?: string | null, asOf?: Date): Promise<ComparisonSummaryRow[]> {
    this.deps.access.require('ledger:read');
    const at = asOf ?? this.deps.clock.now();
    const day = chinaDate(at);
    const conds = this.conds(regionCode ? { regionCode } : null);
    const atDb = dbDate(this.deps.kind, at);
    conds.push(sql('f.created_at <= ?', atDb));
    const w = joinSql(conds, ' AND ');
    const openAt = `(f.verified_at IS NULL OR f.verified_at > ?)`;
    const rows = await queryRows<Record<string, unknown>>(this.deps.em, {
      text: `SELECT f.township_code, f.rule, COUNT(*) AS total,
        SUM(CASE WHEN ${openAt} THEN 1 ELSE 0 END) AS open_count,
        SUM(CASE WHEN ${openAt} AND f.due_date < ? THEN 1 ELSE 0 END) AS overdue_count,
        SUM(CASE WHEN NOT ${openAt} AND f.state = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed_count,
        SUM(CASE WHEN NOT ${openAt} AND f.state = 'REJECTED' THEN 1 ELSE 0 END) AS rejected_count
        FROM comparison_finding f WHERE ${w.text} GROUP BY f.township_code, f.rule ORDER BY f.township_code, f.rule`,
      params: [atDb, atDb, day, atDb, atDb, ...w.params],
    });
    return rows.map((r) => ({
      townshipCode: String(r.township_code), townshipName: r.township_code ? regionByCode(String(r.township_code))?.name ?? String(r.township_code) : '县本级',
      rule: String(r.rule), ruleLabel: ComparisonRuleDef.labels[r.rule as 'NAME_MISMATCH']?.zh ?? String(r.rule),
      total: Number(r.total), open: Number(r.open_count ?? 0), overdue: Number(r.overdue_count ?? 0), confirmed: Number(r.confirmed_count ?? 0),
      rejected: Number(r.rejected_count ?? 0),
    }));
  }

  /** The 数据比对 section of the monthly 通报 (month YYYY-MM; the current month as of now). */
  async bulletin(month: string): Promise<ComparisonBulletinSection> {
    if (!isPeriod(month)) throw bad('month', 'INVALID_VALUE', `月份“${String(month).slice(0, 20)}”应写作 YYYY-MM`);
    const now = this.deps.clock.now();
    const asOf = periodEnd(month).getTime() > now.getTime() ? now : periodEnd(month);
    const rows = await this.summary(null, asOf);
    const start = dbDate(this.deps.kind, chinaDayStart(`${month}-01`));
    const end = dbDate(this.deps.kind, asOf);
    const scope = this.scope();
    const w = scope.length ? ` AND ${joinSql(scope, ' AND ').text}` : '';
    const sp = scope.flatMap((s) => s.params);
    const [c] = await queryRows<Record<string, unknown>>(this.deps.em, {
      text: `SELECT SUM(CASE WHEN f.created_at >= ? AND f.created_at <= ? THEN 1 ELSE 0 END) AS raised,
        SUM(CASE WHEN f.verified_at >= ? AND f.verified_at <= ? THEN 1 ELSE 0 END) AS verified,
        SUM(CASE WHEN f.verified_at >= ? AND f.verified_at <= ? AND f.state = 'CONFIRMED' THEN 1 ELSE 0 END) AS confirmed
        FROM comparison_finding f WHERE 1 = 1${w}`,
      params: [start, end, start, end, start, end, ...sp],
    });
    return {
      raised: Number(c?.raised ?? 0), verified: Number(c?.verified ?? 0), confirmed: Number(c?.confirmed ?? 0),
      open: rows.reduce((a, r) => a + r.open, 0), overdue: rows.reduce((a, r) => a + r.overdue, 0), rows,
    };
  }
}

export const kindLabel = (k: string): string => ComparisonKindDef.labels[k as ComparisonKind]?.zh ?? k;
