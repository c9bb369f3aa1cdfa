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
  // monthly monitoring (台账月度记录): a locked month changes only through correctMonthlyCheck
  LOCKED: 'LOCKED',
  ELIMINATION_NOT_ALLOWED: 'ELIMINATION_NOT_ALLOWED',
  INVALID_STATE: 'INVALID_STATE',
  // assistance (低保, 临时救助, 特困); INVALID_STATE above also serves them (an action that does not fit the record's state)
  /** 单人保 for a member who is neither severely disabled (grade 1–2) nor seriously ill. */
  SINGLE_PERSON_NOT_ELIGIBLE: 'SINGLE_PERSON_NOT_ELIGIBLE',
  /** A second active 低保 case for the same household or person, a second 特困 enrolment. */
  ALREADY_ENROLLED: 'ALREADY_ENROLLED',
  /** 临时救助 under the migrant-worker clause for a household on active 低保. */
  ON_DIBAO: 'ON_DIBAO',
  /** A grant above the normal cap without a 一事一议 decision. */
  CASE_BY_CASE_REQUIRED: 'CASE_BY_CASE_REQUIRED',
  /** A grant larger than what is left in the township's reserve fund. */
  INSUFFICIENT_FUNDS: 'INSUFFICIENT_FUNDS',
  /** The organisation assessing a person is also that person's care provider. */
  CONFLICT_OF_INTEREST: 'CONFLICT_OF_INTEREST',
  /** 特困 under the minors clause for a person aged 18 or more. */
  NOT_A_MINOR: 'NOT_A_MINOR',
  /** The batch's spot check has already been drawn. */
  ALREADY_DRAWN: 'ALREADY_DRAWN',
  /** A county final result for an assessment that was not sampled, or before the draw. */
  NOT_SAMPLED: 'NOT_SAMPLED',
  /** A second decision on a request the county has already approved or rejected (large relief, issue 16). */
  ALREADY_DECIDED: 'ALREADY_DECIDED',
  // applications (申请→审批)
  /** A step recorded before the steps it follows (核对 → 入户调查 → 民主评议 → 公示), or recorded twice. */
  STEP_OUT_OF_ORDER: 'STEP_OUT_OF_ORDER',
  /** A decision before the 公示 is over (the message names the day it ends) or with an objection unanswered. */
  NOTICE_PERIOD_NOT_OVER: 'NOTICE_PERIOD_NOT_OVER',
  /** An approval of a whole-household 低保 application whose per-capita income is above the 低保标准. */
  INCOME_ABOVE_STANDARD: 'INCOME_ABOVE_STANDARD',
  /** A second open application of the same kind for a household or person. */
  APPLICATION_OPEN: 'APPLICATION_OPEN',
  // Excel import (POST /api/imports): per cell, or for the whole file
  ID_NUMBER_SCIENTIFIC: 'ID_NUMBER_SCIENTIFIC',
  UNKNOWN_PLACE: 'UNKNOWN_PLACE',
  AMBIGUOUS_PLACE: 'AMBIGUOUS_PLACE',
  DUPLICATE_IN_FILE: 'DUPLICATE_IN_FILE',
  MISSING_COLUMN: 'MISSING_COLUMN',
  NOT_A_SPREADSHEET: 'NOT_A_SPREADSHEET',
  TOO_LARGE: 'TOO_LARGE',
  /** A warning of the import: the sheet's 家庭人口 differs from the members the household has after it. */
  MEMBER_COUNT_MISMATCH: 'MEMBER_COUNT_MISMATCH',
  // login and evidence
  LOGIN_LOCKED: 'LOGIN_LOCKED',
  // personal accounts (issue 14)
  /** A new password that breaks the password rules (too short, the username, a common password). */
  WEAK_PASSWORD: 'WEAK_PASSWORD',
  /** The caller signed in with a one-time password: only changePassword, me and logout until it is changed. */
  PASSWORD_CHANGE_REQUIRED: 'PASSWORD_CHANGE_REQUIRED',
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  // request limits (issue 13): refused before any work starts
  /** Input objects nested too deep (where with and/or), or a query text nested too deep. */
  TOO_DEEP: 'TOO_DEEP',
  /** Too many heavy jobs (imports, exports) running for the caller or in total; retry later (HTTP 429). */
  TOO_MANY_JOBS: 'TOO_MANY_JOBS',
  /** A database statement ran past DOUDI_QUERY_TIMEOUT_MS, or no connection was free in time. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** An API token over its requests per minute (HTTP 429 with Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** An API token over its requests per day (HTTP 429 with Retry-After: the next China midnight). */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** A request that is not well-formed (malformed JSON body). */
  BAD_REQUEST: 'BAD_REQUEST',
  // graphql-armor's limits on the query document
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  // live changes over WebSocket (issue 18)
  /** More subscriptions on one WebSocket connection than DOUDI_WS_SUBSCRIPTIONS_PER_CONNECTION. */
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
  /** More WebSocket connections of one user than DOUDI_WS_CONNECTIONS_PER_USER (close code 4429). */
  TOO_MANY_CONNECTIONS: 'TOO_MANY_CONNECTIONS',
  /** A subscriber so far behind (more records waiting than the server keeps for it) that its subscription ends: reload, subscribe again. */
  EVENTS_BEHIND: 'EVENTS_BEHIND',
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
