import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { metaOf } from '@doudi/shared';
import { CHECK_GROUPS, HOUSEHOLD_GROUPS, groupFields } from './aggregate.query.js';
import { HouseholdGroupField } from './aggregate.types.js';

describe('aggregate group keys', () => {
  it('read fields of the field tables that are not personal data', () => {
    for (const key of [...Object.values(HOUSEHOLD_GROUPS), ...Object.values(CHECK_GROUPS)]) {
      if (!key.field) continue;
      expect(metaOf(key.field.table, key.field.name).pii ?? false).toBe(false);
    }
  });

  it('refuses a field that is personal data', () => {
    const table = { ...HOUSEHOLD_GROUPS, headIdNumber: { expr: 'h.head_id_number', field: { table: HOUSEHOLD_GROUPS.category.field!.table, name: 'headIdNumber' } } };
    expect(() => groupFields(['headIdNumber'], table)).toThrow(/个人敏感信息/);
    expect(groupFields([HouseholdGroupField.category, HouseholdGroupField.category], HOUSEHOLD_GROUPS)).toEqual(['category']);
  });
});
