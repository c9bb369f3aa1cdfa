import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { maskIdNumber, maskPhone } from '@doudi/shared';
import type { RequestContext } from '../../common/context.js';
import { PageInfo } from '../../common/page-info.js';
import { queryRows, sql, joinSql, dbDate, fromDbDate, type Sql } from '../../common/sql.js';
import { checkPageSize, idBelow, idDescPage } from '../../common/id-desc-page.js';
import { forbidden, unauthenticated } from '../../common/access.js';
import { stepKind } from '../undo/step-kind.js';

@ObjectType('AuditEvent', { simpleResolvers: true, description: '操作记录 — one changed field of one record' })
export class AuditEventNode {
  @Field(() => ID) id!: string;
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'username, or token:<name> for an API token' }) actor!: string;
  @Field(() => String) requestId!: string;
  @Field(() => String, { nullable: true, description: 'the user step (paste, fill, edit) this change belongs to' }) changeSet!: string | null;
  @Field(() => String, { description: 'CREATE, UPDATE, DELETE, RESTORE or REMOVE' }) action!: string;
  @Field(() => String, { description: 'household or member' }) entityType!: string;
  @Field(() => String) entityId!: string;
  @Field(() => String, { nullable: true, description: 'the field changed (UPDATE); null for a whole-record event' }) field!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the value before' }) before!: string | null;
  @Field(() => String, { nullable: true, description: 'JSON of the value after' }) after!: string | null;
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => String, { nullable: true, description: 'UNDO or REDO: the change undid or redid an earlier step of the user; null for an ordinary change' }) step!: string | null;
}

@ObjectType({ simpleResolvers: true })
export class AuditEventEdge {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEventNode) node!: AuditEventNode;
}

@ObjectType({ simpleResolvers: true })
export class AuditEventConnection {
  @Field(() => [AuditEventEdge]) edges!: AuditEventEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}

@InputType()
export class AuditEventWhere {
  @Field(() => String, { nullable: true }) entityType?: string;
  @Field(() => String, { nullable: true }) entityId?: string;
  @Field(() => ID, { nullable: true, description: 'events of a household and its members' }) householdId?: string;
  @Field(() => String, { nullable: true }) actor?: string;
  @Field(() => String, { nullable: true }) changeSet?: string;
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
}

const PII_FIELDS = new Set(['idNumber', 'headIdNumber', 'phone', 'health', 'disabilityType', 'disabilityGrade']);

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

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first. audit:read sees everything (in its region); staff see the history of the households they may read',
  })
  async auditEvents(
    @Ctx() ctx: RequestContext,
    @Arg('where', () => AuditEventWhere, { nullable: true }) where?: AuditEventWhere | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditEventConnection> {
    const a = ctx.access;
    if (!a.principal) throw unauthenticated();
    if (!a.has('audit:read') && !a.has('ledger:read')) throw forbidden('没有“查看操作记录”权限（audit:read）');
    checkPageSize(first);
    const kind = ctx.config.db.kind;
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
    const rows = await queryRows<AuditRow>(ctx.em, {
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
}
