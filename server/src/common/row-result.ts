import type { ErrorCode, FieldError } from '@doudi/shared';

/** A row-level failure inside a bulk mutation: rolls back that row only and is reported in its result. */
export class RowError extends Error {
  constructor(
    readonly errors: FieldError[],
    readonly conflict: unknown = null,
  ) {
    super(errors.map((e) => `${e.field}: ${e.code}`).join('; '));
  }
}

export const rowError = (field: string, code: ErrorCode, message: string, conflict: unknown = null): RowError =>
  new RowError([{ field, code, message }], conflict);

// A unique constraint that refused a write, recognised by its name (PostgreSQL: `violates unique constraint "name"`)
// or by its columns (SQLite: `UNIQUE constraint failed: table.column`). risk_referral_open_unique is the monitoring
// module's to map (a concurrent save of the same check). The messages name no record: the constraint
// may have refused because of a household the caller cannot read.
const CONSTRAINTS: { pattern: RegExp; field: string; code: ErrorCode; message: string }[] = [
  { pattern: /member_active_id_number_unique|member\.active_id_number/, field: 'idNumber', code: 'DUPLICATE_PERSON', message: '该身份证号已登记在其他户，一人只能属于一个在册家庭' },
  { pattern: /household_code_unique|household\.code\b/, field: 'code', code: 'INVALID_VALUE', message: '户编号已存在' },
  { pattern: /dibao_case_active_household_unique|dibao_case\.household_id/, field: 'householdId', code: 'ALREADY_ENROLLED', message: '该户已有在保的低保案件，一户只能有一个在保案件' },
  { pattern: /dibao_case_active_member_unique|dibao_case\.member_id/, field: 'memberId', code: 'ALREADY_ENROLLED', message: '该成员已有在保的单人保案件，一人只能有一个在保案件' },
  { pattern: /tekun_person_active_member_unique|tekun_person\.member_id/, field: 'memberId', code: 'ALREADY_ENROLLED', message: '该成员已是在供养的特困人员，不能重复纳入' },
];

/** Unique-constraint violations → the row error a user should see; anything else → null (rethrow). */
export function mapConstraintError(err: unknown): RowError | null {
  const msg = String((err as { message?: string })?.message ?? '');
  if (!/unique/i.test(msg)) return null;
  const hit = CONSTRAINTS.find((c) => c.pattern.test(msg));
  return hit ? rowError(hit.field, hit.code, hit.message) : null;
}
