// Stable error codes: GraphQL `extensions.code` and field-level errors share one vocabulary.

export const ErrorCode = {
  INVALID_ID_NUMBER: 'INVALID_ID_NUMBER',
  INVALID_PHONE: 'INVALID_PHONE',
  REQUIRED: 'REQUIRED',
  OUT_OF_RANGE: 'OUT_OF_RANGE',
  INVALID_VALUE: 'INVALID_VALUE',
  TOO_LONG: 'TOO_LONG',
  DUPLICATE_PERSON: 'DUPLICATE_PERSON',
  HEAD_REQUIRED: 'HEAD_REQUIRED',
  VERSION_CONFLICT: 'VERSION_CONFLICT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem with one field of one row; `message` is zh-CN and names the field. */
export interface FieldError {
  field: string;
  code: ErrorCode;
  message: string;
}

export function isErrorCode(v: unknown): v is ErrorCode {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(ErrorCode, v);
}
