import { HOUSEHOLD_FIELDS, MEMBER_FIELDS, maskIdNumber, maskPhone, piiFieldNames } from '@doudi/shared';
import { forbidden, unauthenticated } from '../../common/access.js';
import { queryRows, sql, joinSql, dbDate, fromDbDate, type Sql } from '../../common/sql.js';
import { checkPageSize, idBelow, idDescPage } from '../../common/id-desc-page.js';
import type { ServiceDeps } from '../../common/service-context.js';
import type { AuditEventConnection, AuditEventWhere, PiiAccessConnection, PiiAccessWhere } from './audit.types.js';
import { stepKind } from '../undo/step-kind.js';

// The personal-data fields of the ledger records, as their field tables mark them (birth dates included).
const PII_FIELDS = new Set([...piiFieldNames(HOUSEHOLD_FIELDS), ...piiFieldNames(MEMBER_FIELDS)]);

/** Masks personal data inside an event's before/after JSON for callers without pii:read. */
function maskJson(field: string | null, text: string | null): string | null {
  if (text == null) return text;
  const maskValue = (k: string, v: unknown): unknown => {
    if (typeof v !== 'string' || !PII_FIELDS.has(k)) return v;
    if (k === 'idNumber' || k === 'headIdNumber') return maskIdNumber(v);
    if (k === 'phone') return maskPhone(v);
    return '***';
  };
  const value = JSON.parse(text) as unknown;
  if (field) return JSON.stringify(maskValue(field, value));
  if (value && typeof value === 'object') {
    return JSON.stringify(Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskValue(k, v)])));
  }
  return text;
}

interface AuditRow {
  id: number | string; at: unknown; actor: string; request_id: string; change_set: string | null; action: string;
  entity_type: string; entity_id: string; field: string | null; before: string | null; after: string | null;
  household_id: number | string | null;
}

interface PiiRow { id: number | string; at: unknown; actor: string; request_id: string; purpose: string; entity_type: string; entity_ids: string }

/** Reading the audit trail and the record of personal-data reads (PIPL): who may read what, and the masking. */
export class AuditTrailService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The audit trail, newest first: audit:read sees everything in its region; staff the history of ledger records. */
  async events(where: AuditEventWhere | null | undefined, first: number, after: string | null | undefined): Promise<AuditEventConnection> {
    const a = this.deps.access;
    if (!a.principal) throw unauthenticated();
    if (!a.has('audit:read') && !a.has('ledger:read')) throw forbidden('没有“查看操作记录”权限（audit:read）');
    checkPageSize(first);
    const kind = this.deps.kind;
    const conds: Sql[] = [];
    // Without audit:read, only the history of ledger records (households, members).
    if (!a.has('audit:read')) conds.push(sql(`e.entity_type IN ('household', 'member')`));
    if (a.principal.regionCode) conds.push(sql('e.region_code LIKE ?', `${a.principal.regionCode}%`));
    if (where?.entityType) conds.push(sql('e.entity_type = ?', where.entityType));
    if (where?.entityId) conds.push(sql('e.entity_id = ?', where.entityId));
    if (where?.householdId) conds.push(sql('e.household_id = ?', Number(where.householdId) || -1));
    if (where?.actor) conds.push(sql('e.actor = ?', where.actor));
    if (where?.changeSet) conds.push(sql('e.change_set = ?', where.changeSet));
    if (where?.from) conds.push(sql('e.at >= ?', dbDate(kind, where.from)));
    if (where?.to) conds.push(sql('e.at <= ?', dbDate(kind, where.to)));
    const below = idBelow(after, 'audit:D');
    if (below != null) conds.push(sql('e.id < ?', below));
    const w = conds.length ? joinSql(conds, ' AND ') : sql('1 = 1');
    const rows = await queryRows<AuditRow>(this.deps.em, {
      text: `SELECT e.id, e.at, e.actor, e.request_id, e.change_set, e.action, e.entity_type, e.entity_id, e.field, e.before, e.after, e.household_id FROM audit_event e WHERE ${w.text} ORDER BY e.id DESC LIMIT ?`,
      params: [...w.params, first + 1],
    });
    const pii = a.seesPii;
    return idDescPage(rows, first, after, 'audit:D', (r) => ({
      id: String(r.id), at: fromDbDate(r.at), actor: r.actor, requestId: r.request_id, changeSet: r.change_set,
      action: r.action, entityType: r.entity_type, entityId: r.entity_id, field: r.field,
      before: pii ? r.before : maskJson(r.field, r.before), after: pii ? r.after : maskJson(r.field, r.after),
      householdId: r.household_id == null ? null : String(r.household_id),
      step: stepKind(r.change_set),
    }));
  }

  /** Who read which personal data, when: newest first (the resolver requires audit:read). */
  async piiAccess(where: PiiAccessWhere | null | undefined, first: number, after: string | null | undefined): Promise<PiiAccessConnection> {
    checkPageSize(first);
    const kind = this.deps.kind;
    const conds: Sql[] = [];
    if (where?.actor) conds.push(sql('p.actor = ?', where.actor));
    if (where?.purpose) conds.push(sql('p.purpose = ?', where.purpose));
    if (where?.from) conds.push(sql('p.at >= ?', dbDate(kind, where.from)));
    if (where?.to) conds.push(sql('p.at <= ?', dbDate(kind, where.to)));
    const below = idBelow(after, 'pii:D');
    if (below != null) conds.push(sql('p.id < ?', below));
    const w = conds.length ? joinSql(conds, ' AND ') : sql('1 = 1');
    const rows = await queryRows<PiiRow>(this.deps.em, {
      text: `SELECT p.id, p.at, p.actor, p.request_id, p.purpose, p.entity_type, p.entity_ids FROM pii_access p WHERE ${w.text} ORDER BY p.id DESC LIMIT ?`,
      params: [...w.params, first + 1],
    });
    return idDescPage(rows, first, after, 'pii:D', (r) => ({
      id: String(r.id), at: fromDbDate(r.at), actor: r.actor, requestId: r.request_id, purpose: r.purpose,
      entityType: r.entity_type, entityIds: r.entity_ids ? r.entity_ids.split(',') : [],
    }));
  }
}
