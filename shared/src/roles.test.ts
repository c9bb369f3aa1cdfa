import { describe, expect, it } from 'vitest';
import { COUNTY_ROLES, ROLES, ROLE_LABELS, ROLE_SCOPES, SCOPES, SCOPE_LABELS, isRole, isScope, missingScopeMessage } from './roles.js';

describe('roles and scopes', () => {
  it('labels every role and scope in zh and en', () => {
    for (const r of ROLES) expect(ROLE_LABELS[r].zh && ROLE_LABELS[r].en).toBeTruthy();
    for (const s of SCOPES) expect(SCOPE_LABELS[s].zh && SCOPE_LABELS[s].en).toBeTruthy();
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
  });
  it('grants only known scopes; the administrator has all of them', () => {
    for (const r of ROLES) for (const s of ROLE_SCOPES[r]) expect(isScope(s)).toBe(true);
    expect([...ROLE_SCOPES.ADMIN]).toEqual([...SCOPES]);
    expect(ROLE_SCOPES.UNIT_REPORTER).not.toContain('ledger:read');
    expect(ROLE_SCOPES.COUNTY_STAFF).toContain('pii:read');
    expect(COUNTY_ROLES.every(isRole)).toBe(true);
  });
  it('says which scope is missing in zh-CN', () => {
    expect(missingScopeMessage('pii:read')).toBe('没有“查看个人敏感信息”权限（pii:read）');
    expect(missingScopeMessage('x:y')).toBe('没有“x:y”权限（x:y）');
  });
});
