// Roles and scopes (权限范围): the server grants them, the client shows and checks them. One list for both.
import type { Label } from './labels.js';

export const ROLES = ['ADMIN', 'COUNTY_STAFF', 'TOWNSHIP_STAFF', 'UNIT_REPORTER', 'LEADERSHIP_OFFICE', 'AUDITOR'] as const;
export type Role = (typeof ROLES)[number];

export const SCOPES = ['ledger:read', 'ledger:write', 'pii:read', 'tasks:read', 'tasks:write', 'audit:read', 'compare:write'] as const;
export type Scope = (typeof SCOPES)[number];

/** What each role may do; a user's region (township staff) or unit (reporters) narrows it further. */
export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  ADMIN: SCOPES,
  COUNTY_STAFF: ['ledger:read', 'ledger:write', 'pii:read', 'tasks:read', 'audit:read', 'compare:write'],
  TOWNSHIP_STAFF: ['ledger:read', 'ledger:write', 'pii:read', 'tasks:read', 'tasks:write'],
  UNIT_REPORTER: ['tasks:read', 'tasks:write'],
  LEADERSHIP_OFFICE: ['ledger:read', 'tasks:read', 'tasks:write'],
  AUDITOR: ['ledger:read', 'tasks:read', 'audit:read'],
};

/** Roles that act for the whole county (locking a month, choosing any township). */
export const COUNTY_ROLES: readonly Role[] = ['ADMIN', 'COUNTY_STAFF'];

export const ROLE_LABELS: Readonly<Record<Role, Label>> = {
  ADMIN: { zh: '系统管理员', en: 'Administrator' },
  COUNTY_STAFF: { zh: '县民政局', en: 'County bureau' },
  TOWNSHIP_STAFF: { zh: '乡镇经办人', en: 'Township staff' },
  UNIT_REPORTER: { zh: '责任单位', en: 'Responsible unit' },
  LEADERSHIP_OFFICE: { zh: '领导小组办公室', en: 'Leadership office' },
  AUDITOR: { zh: '审计监督', en: 'Auditor' },
};

export const SCOPE_LABELS: Readonly<Record<Scope, Label>> = {
  'ledger:read': { zh: '查看台账', en: 'Read ledgers' },
  'ledger:write': { zh: '修改台账', en: 'Edit ledgers' },
  'pii:read': { zh: '查看个人敏感信息', en: 'Read personal data' },
  'tasks:read': { zh: '查看责任台账', en: 'Read accountability tables' },
  'tasks:write': { zh: '填报责任台账', en: 'Report in accountability tables' },
  'audit:read': { zh: '查看操作记录', en: 'Read the audit log' },
  'compare:write': { zh: '载入比对数据', en: 'Load comparison sources' },
};

export const isRole = (s: unknown): s is Role => typeof s === 'string' && (ROLES as readonly string[]).includes(s);
export const isScope = (s: unknown): s is Scope => typeof s === 'string' && (SCOPES as readonly string[]).includes(s);

/** The zh-CN message of a missing scope, e.g. 没有“修改台账”权限（ledger:write）. */
export const missingScopeMessage = (scope: Scope | string): string =>
  `没有“${isScope(scope) ? SCOPE_LABELS[scope].zh : scope}”权限（${scope}）`;
