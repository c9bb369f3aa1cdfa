import type { EntityManager } from '@mikro-orm/core';
import { OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { chinaDate, isIsoDate, maskIdNumber, metaOf, type ErrorCode, type FieldError, type FieldMeta } from '@doudi/shared';
import type { Access } from '../../common/access.js';
import { mapConstraintError, RowError, rowError } from '../../common/row-result.js';
import { sql, type Sql } from '../../common/sql.js';
import { monitoringLineFor } from '../monitoring/monitoring-line.js';
import { recordAudit, type AuditEntry } from '../audit/audit.service.js';
import type { ServiceDeps } from '../../common/service-context.js';

/** The common service set-up (common/service-context.ts). */
export type AssistanceDeps = ServiceDeps;

interface TableOpts {
  /** The input's field name where it differs from the table's. */
  field?: string;
  /** The action's wording of the field where it differs from the table's label. */
  label?: string;
  required?: boolean;
}

/** A field's name in a message: its form label (else its label) without a trailing note or unit: 月保障金(元) → 月保障金. */
export const labelOf = (m: FieldMeta): string => (m.formLabel ?? m.label).zh.replace(/[(（][^()（）]*[)）]$/, '');

/** A refusal: `{ field, code, message }` (code from ErrorCode). */
export const refuse = (field: string, code: ErrorCode, message: string): RowError => rowError(field, code, message);

export const errorsOf = (e: RowError): FieldError[] => e.errors;

/** An int id from a GraphQL ID; -1 when it is not one. */
export function intId(id: string | number | null | undefined): number {
  const n = typeof id === 'number' ? id : Number(id);
  return Number.isSafeInteger(n) && n > 0 ? n : -1;
}

const num = (v: unknown): number => (v == null ? 0 : Number(v));
export { num };

/** What the assistance services share: today's date, the caller's region, audit, the per-call transaction. */
export class AssistanceBase {
  protected readonly em: EntityManager;
  protected readonly access: Access;

  constructor(protected readonly deps: AssistanceDeps) {
    this.em = deps.em;
    this.access = deps.access;
  }

  /** Today in 永宁县 (China Standard Time), from the injected clock. */
  today(): string {
    return chinaDate(this.deps.clock.now());
  }

  /** County staff and the admin (no region); township staff are confined to their township. */
  get isCounty(): boolean {
    return !this.access.principal?.regionCode;
  }

  /**
   * The region a list is read for: the given prefix (6, 9 or 12 digits), narrowed to the caller's region. A region
   * outside the caller's is refused (FORBIDDEN); none means the caller's whole region.
   */
  regionPrefix(regionCode: string | null | undefined): string | null {
    const own = this.access.principal?.regionCode ?? null;
    const r = (regionCode ?? '').trim();
    if (r && !/^640121(\d{3}(\d{3})?)?$/.test(r)) {
      throw new GraphQLError(`区划代码 regionCode“${r}”不是本县的县、乡镇(街道)或村(社区)代码`, { extensions: { code: 'BAD_USER_INPUT', field: 'regionCode' } });
    }
    if (!r) return own;
    if (!own || r.startsWith(own)) return r;
    if (own.startsWith(r)) return own;
    throw new GraphQLError('无权查看本乡镇(街道)以外的数据', { extensions: { code: 'FORBIDDEN', field: 'regionCode' } });
  }

  /** Conditions confining rows by a household alias to a region prefix. */
  householdRegion(prefix: string | null, alias = 'h'): Sql[] {
    if (!prefix) return [];
    if (prefix.length === 9) return [sql(`${alias}.township_code = ?`, prefix)];
    if (prefix.length === 12) return [sql(`${alias}.region_code = ?`, prefix)];
    return [sql(`${alias}.region_code LIKE ?`, `${prefix}%`)];
  }

  protected audit(em: EntityManager, entries: AuditEntry[]): void {
    if (entries.length) recordAudit(em, this.deps.stamp, this.deps.clock.now(), entries);
  }

  /** Runs one write in its own transaction; a refusal (RowError) rolls it back and is answered as errors. */
  protected async run<T>(fn: (em: EntityManager) => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; errors: FieldError[]; conflict: unknown }> {
    try {
      return { ok: true, value: await this.em.fork().transactional(fn) };
    } catch (err) {
      if (err instanceof RowError) return { ok: false, errors: err.errors, conflict: err.conflict };
      if (err instanceof OptimisticLockError) {
        return { ok: false, errors: [{ field: 'version', code: 'VERSION_CONFLICT', message: '记录已被他人修改，请刷新后重试' } as FieldError], conflict: null };
      }
      // A partial unique index refused what a concurrent request had just done (one active case per household…).
      const mapped = mapConstraintError(err);
      if (mapped) return { ok: false, errors: mapped.errors, conflict: null };
      throw err;
    }
  }

  protected checkVersion(current: number, given: number, what: string): void {
    if (current !== given) {
      throw refuse('version', 'VERSION_CONFLICT', `${what}已被他人修改（当前版本 ${current}，提交的版本 ${given}），请刷新后重试`);
    }
  }

  protected forbidden(field = 'id'): RowError {
    return refuse(field, 'FORBIDDEN', '无权操作本乡镇(街道)以外的记录');
  }

  protected requireCounty(what: string): void {
    if (!this.isCounty) throw refuse('id', 'FORBIDDEN', `${what}由县民政局进行，乡镇(街道)不能操作`);
  }

  /** A required calendar date: REQUIRED when absent, INVALID_VALUE when not a real YYYY-MM-DD date. */
  protected date(field: string, label: string, v: string | null | undefined, required: boolean): string | null {
    const s = (v ?? '').trim();
    if (!s) {
      if (required) throw refuse(field, 'REQUIRED', `${label}不能为空`);
      return null;
    }
    if (!isIsoDate(s)) throw refuse(field, 'INVALID_VALUE', `${label}“${s}”不是有效日期（格式 YYYY-MM-DD）`);
    return s;
  }

  protected text(field: string, label: string, v: string | null | undefined, max: number, required: boolean): string {
    const s = (v ?? '').trim();
    if (!s && required) throw refuse(field, 'REQUIRED', `${label}不能为空`);
    if (s.length > max) throw refuse(field, 'TOO_LONG', `${label}不能超过 ${max} 个字`);
    return s;
  }

  /**
   * A text field of a record's table (@doudi/shared fields-assistance.ts): its label, most characters and whether it
   * is required come from the table; `o` names the input field and the wording where the action differs from the
   * table, or a rule of the action (ending a case requires a reason).
   */
  protected tableText(table: readonly FieldMeta[], name: string, v: string | null | undefined, o: TableOpts = {}): string {
    const m = metaOf(table, name);
    if (m.maxLength === undefined) throw new Error(`field "${name}" has no maxLength`);
    return this.text(o.field ?? name, o.label ?? labelOf(m), v, m.maxLength, o.required ?? m.required);
  }

  /** A date field of a record's table: its label from the table; required as the action says (most default to today). */
  protected tableDate(table: readonly FieldMeta[], name: string, v: string | null | undefined, required: boolean, o: TableOpts = {}): string | null {
    return this.date(o.field ?? name, o.label ?? labelOf(metaOf(table, name)), v, required);
  }

  /** An amount (元) of a record's table, within the table's min and max (a min above 0 means "more than 0"). */
  protected tableAmount(table: readonly FieldMeta[], name: string, v: number, o: TableOpts = {}): number {
    const m = metaOf(table, name);
    const field = o.field ?? name;
    const label = o.label ?? labelOf(m);
    const min = m.min ?? 0;
    if (!Number.isFinite(v) || (min > 0 ? v <= 0 : v < min)) throw refuse(field, 'OUT_OF_RANGE', min > 0 ? `${label}应大于 0` : `${label}不能为负数`);
    if (v < min) throw refuse(field, 'OUT_OF_RANGE', `${label}不能少于 ${min} 元`);
    if (m.max !== undefined && v > m.max) throw refuse(field, 'OUT_OF_RANGE', `${label}不能超过 ${m.max} 元`);
    return v;
  }

  /** ID numbers unmasked only with pii:read (and then the household's read is logged). */
  protected idShown(id: string | null | undefined, householdId: number | string | null | undefined): string | null {
    if (!id) return null;
    if (!this.access.seesPii || this.deps.maskPii) return maskIdNumber(id);
    if (householdId != null) this.deps.pii.households.add(String(householdId));
    return id;
  }

  /** The monitoring line of a year (元 per person per year): the table's value for that year or the nearest earlier. */
  async monitoringLine(year: number): Promise<number> {
    return monitoringLineFor(this.em, year);
  }
}

/** Ensures an entity version is compared in the UPDATE too (a concurrent writer becomes VERSION_CONFLICT). */
export async function flushVersioned(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (err) {
    if (err instanceof OptimisticLockError) throw refuse('version', 'VERSION_CONFLICT', '记录已被他人修改，请刷新后重试');
    throw err;
  }
}
