import { GraphQLError } from 'graphql';
import type { ErrorCode } from '@doudi/shared';

/** Errors of the accountability tables: a stable extensions.code, a zh-CN message naming the field. */
export const taskError = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError =>
  new GraphQLError(message, { extensions: { code, ...extra } });

export const notFound = (id: string) => taskError('NOT_FOUND', `责任台账 ${id} 不存在`, { field: 'assignmentId' });

export const versionConflict = (current: number | null, sent: number) =>
  taskError('VERSION_CONFLICT', current == null
    ? '该台账已被他人修改，请刷新后重试'
    : `该台账已被他人修改（当前版本 ${current}，提交的版本 ${sent}），请刷新后重试`, { field: 'version', currentVersion: current });

export const invalidState = (message: string, status: string) => taskError('INVALID_STATE', message, { field: 'status', status });

export const badInput = (field: string, message: string, extra: Record<string, unknown> = {}) =>
  taskError('BAD_USER_INPUT', message, { field, ...extra });
