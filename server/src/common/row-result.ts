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

/** Unique-constraint names → the row error a user should see. */
export function mapConstraintError(err: unknown): RowError | null {
  const msg = String((err as { message?: string })?.message ?? '');
  if (/member_active_id_number_unique|member\.active_id_number/.test(msg)) {
    return rowError('idNumber', 'DUPLICATE_PERSON', '身份证号已在另一个在册家庭中');
  }
  if (/household_code_unique|household\.code/.test(msg)) {
    return rowError('code', 'INVALID_VALUE', '户编号已存在');
  }
  return null;
}
