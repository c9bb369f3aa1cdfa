// Unit: the Excel catalogue follows the shared field tables (headers, sheet spellings, personal data, importability).
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_FIELDS, HOUSEHOLD_FIELDS, MONTHLY_CHECK_FIELDS, fieldBuilder } from '@doudi/shared';
import { ASSIGNMENT_COLUMNS, HOUSEHOLD_COLUMNS, MONTHLY_CHECK_COLUMNS, fieldForHeader } from './columns.js';
import { HOUSEHOLD_IMPORT_FIELDS } from './import/fields.js';

describe('Excel columns from the field tables', () => {
  it('has a household column for every field of the household table, with its label, spellings and pii mark', () => {
    for (const m of HOUSEHOLD_FIELDS) {
      const c = HOUSEHOLD_COLUMNS.find((x) => x.field === m.name);
      expect(c, m.name).toBeDefined();
      expect(c).toMatchObject({ zh: m.label.zh, en: m.label.en, importable: m.editable });
      expect(!!c!.pii).toBe(!!m.pii);
      for (const a of m.aliases ?? []) expect(fieldForHeader('households', a)).toBe(m.name);
    }
  });

  it('lets a sheet set every editable household field, in the mapping order clerks know', () => {
    const editable = HOUSEHOLD_FIELDS.filter((m) => m.editable).map((m) => m.name);
    expect(HOUSEHOLD_IMPORT_FIELDS.map((f) => f.field)).toEqual(expect.arrayContaining(editable));
    expect(HOUSEHOLD_IMPORT_FIELDS.slice(0, 5).map((f) => f.label)).toEqual(['户编号', '户主姓名', '户主身份证号', '监测类别', '所在村(社区)']);
    expect(HOUSEHOLD_IMPORT_FIELDS.at(-1)).toEqual({ field: 'version', label: '版本' });
  });

  it('heads the monthly check and assignment columns with their tables\' labels', () => {
    for (const c of MONTHLY_CHECK_COLUMNS.filter((x) => x.field !== 'townshipName')) {
      expect(c.zh).toBe(MONTHLY_CHECK_FIELDS.find((m) => m.name === c.field)!.label.zh);
    }
    for (const c of ASSIGNMENT_COLUMNS) expect(c.zh).toBe(ASSIGNMENT_FIELDS.find((m) => m.name === c.field)!.label.zh);
    expect(fieldForHeader('monthly-checks', '务工收入')).toBe('incomeWages');
    expect(fieldForHeader('assignments', '进展情况')).toBe('lastReportText');
  });

  it('builds fields with a table\'s defaults', () => {
    const f = fieldBuilder({ sortable: true });
    expect(f('x', '甲', 'X', 'string')).toMatchObject({ editable: true, required: false, sortable: true, filterable: false });
  });
});
