import { describe, expect, it } from 'vitest';
import {
  MONTHLY_CHECK_MAX_AMOUNT, TownshipDef, filterableFieldNames, formField, metaOf, piiFieldNames, sortableFieldNames,
  validateField,
} from './fields.js';
import { FIELD_TABLES, fieldMeta, validateRecord, type Entity } from './field-tables.js';
import { TOWNSHIPS } from './regions.js';
import { SELF_CARE_ITEMS, TEKUN_MINOR_AGE_LIMIT } from './assistance.js';
import { validateMonthlyCheck } from './monitoring.js';

const entities = Object.keys(FIELD_TABLES) as Entity[];

describe('field tables', () => {
  it('covers every record the API lets people edit or list', () => {
    expect(entities).toEqual(expect.arrayContaining([
      'household', 'member', 'monthlyCheck', 'dibaoCase', 'reliefGrant', 'tekunPerson', 'selfCareAssessment', 'assignment',
    ]));
  });

  it.each(entities)('%s: unique names, zh and en labels, a vocabulary for every enum, sane limits', (entity) => {
    const table = FIELD_TABLES[entity];
    const names = table.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const m of table) {
      expect(m.label.zh, m.name).toMatch(/\S/);
      expect(m.label.en, m.name).toMatch(/\S/);
      if (m.type === 'enum' || m.type === 'enumList') expect(m.enumDef, m.name).toBeDefined();
      if (m.min !== undefined && m.max !== undefined) expect(m.min).toBeLessThan(m.max);
      expect(fieldMeta(entity, m.name)).toBe(m);
      if (m.derived) expect(m.editable).toBe(false);
    }
    expect(fieldMeta(entity, 'noSuchField')).toBeUndefined();
  });

  it('marks the same personal data as before', () => {
    expect(piiFieldNames(FIELD_TABLES.household)).toEqual(['headIdNumber', 'phone']);
    expect(piiFieldNames(FIELD_TABLES.member)).toEqual(['idNumber', 'birthDate', 'phone', 'health', 'disabilityType', 'disabilityGrade']);
    expect(piiFieldNames(FIELD_TABLES.dibaoCase)).toEqual(['idNumber']);
    expect(piiFieldNames(FIELD_TABLES.reliefGrant)).toEqual(['recipientIdNumber']);
    expect(piiFieldNames(FIELD_TABLES.tekunPerson)).toEqual(['idNumber']);
    expect(piiFieldNames(FIELD_TABLES.monthlyCheck)).toEqual([]);
  });

  it('keeps the household sort and filter sets', () => {
    // The API's lists (HouseholdOrderField, HouseholdWhere): the grid sorts and filters by the same fields.
    expect(sortableFieldNames(FIELD_TABLES.household)).toContain('phone');
    expect(sortableFieldNames(FIELD_TABLES.household)).not.toContain('version');
    expect(sortableFieldNames(FIELD_TABLES.household)).toContain('headIdNumber');
    expect(filterableFieldNames(FIELD_TABLES.household)).toContain('id');
    expect(filterableFieldNames(FIELD_TABLES.household)).not.toContain('regionName');
    expect(filterableFieldNames(FIELD_TABLES.household)).toContain('riskTypes');
  });

  it('keeps the limits the client and the server had', () => {
    const mc = FIELD_TABLES.monthlyCheck;
    expect(metaOf(mc, 'visitor').maxLength).toBe(50);
    expect(metaOf(mc, 'measures').maxLength).toBe(2000);
    expect(metaOf(mc, 'remarks').maxLength).toBe(2000);
    expect(metaOf(mc, 'incomeWages').max).toBe(10_000_000);
    expect(MONTHLY_CHECK_MAX_AMOUNT).toBe(10_000_000);
    expect(metaOf(FIELD_TABLES.reliefGrant, 'amount')).toMatchObject({ min: 0.01, max: 1_000_000, decimals: 2, required: true });
    expect(metaOf(FIELD_TABLES.reserveFundTopUp, 'amount').max).toBe(100_000_000);
    expect(metaOf(FIELD_TABLES.dibaoCase, 'monthlyAmount').max).toBe(100_000);
    expect(metaOf(FIELD_TABLES.dibaoCase, 'noticeRef').maxLength).toBe(100);
    expect(metaOf(FIELD_TABLES.dibaoCase, 'endReason').maxLength).toBe(200);
    expect(metaOf(FIELD_TABLES.tekunPerson, 'careProviderOrg').maxLength).toBe(100);
    expect(metaOf(FIELD_TABLES.selfCareAssessment, 'assessorOrg').maxLength).toBe(100);
    expect(SELF_CARE_ITEMS.every((k) => metaOf(FIELD_TABLES.selfCareAssessment, k).required)).toBe(true);
  });

  it('validates the monthly check with the table limits', () => {
    const now = new Date('2026-06-15T04:00:00Z');
    expect(validateMonthlyCheck({ incomeWages: 10_000_001 }, '2026-06', now).errors[0]).toMatchObject({ field: 'incomeWages', code: 'OUT_OF_RANGE' });
    expect(validateMonthlyCheck({ incomeWages: 10_000_000 }, '2026-06', now).errors).toEqual([]);
    expect(validateMonthlyCheck({ visitor: '张'.repeat(51) }, '2026-06', now).errors[0]).toMatchObject({ field: 'visitor', code: 'TOO_LONG', message: '走访人(帮扶责任人)最多 50 个字' });
  });

  it('builds form fields with the form label, another input name and other rules', () => {
    const exit = formField(FIELD_TABLES.dibaoCase, 'exitStartDate', { as: 'startDate', required: true });
    expect(exit).toMatchObject({ name: 'startDate', label: { zh: '渐退期开始日期' }, type: 'date', required: true, editable: true });
    expect(formField(FIELD_TABLES.tekunPerson, 'minorClause').label.zh).toBe(`按未成年人条款（未满${TEKUN_MINOR_AGE_LIMIT}周岁）`);
    expect(formField(FIELD_TABLES.reliefGrant, 'amount').label.zh).toBe('金额(元)');
    expect(() => metaOf(FIELD_TABLES.reliefGrant, 'nope')).toThrow();
  });

  it('checks assistance values with validateField', () => {
    const amount = metaOf(FIELD_TABLES.reliefGrant, 'amount');
    expect(validateField(amount, '1000000.01')).toMatchObject({ ok: false, error: { code: 'OUT_OF_RANGE' } });
    expect(validateField(amount, '2000')).toEqual({ ok: true, value: 2000 });
    const township = metaOf(FIELD_TABLES.reserveFundTopUp, 'townshipCode');
    expect(validateField(township, TOWNSHIPS[0]!.name)).toEqual({ ok: true, value: TOWNSHIPS[0]!.code });
    expect(TownshipDef.values.length).toBe(TOWNSHIPS.length);
  });

  it('validates a whole record of any table', () => {
    const r = validateRecord('reliefGrant', { type: '急难型', cause: '' }, { partial: false });
    expect(r.value.type).toBe('EMERGENCY');
    expect(r.errors.map((e) => `${e.field}:${e.code}`).sort()).toEqual(['amount:REQUIRED', 'cause:REQUIRED']);
    const ok = validateRecord('assessmentBatch', { name: '第一批', seed: 'x' }, { partial: false });
    expect(ok.errors).toEqual([]);
  });
});

describe('masking by the field table', () => {
  it('masks every pii field: ID numbers and phones partly, the rest withheld; other fields untouched', async () => {
    const { maskRecord } = await import('./field-mask.js');
    const member = {
      name: '马建国', idNumber: '640121198503150012', phone: '13895012345', birthDate: '1985-03-15', health: 'HEALTHY',
      disabilityType: null, disabilityGrade: null, relation: 'HEAD',
    };
    const m = maskRecord(FIELD_TABLES.member, member);
    expect(m).toEqual({ ...member, idNumber: '640121********0012', phone: '138****2345', birthDate: null, health: null });
    const h = maskRecord(FIELD_TABLES.household, { code: 'A1', headIdNumber: '', phone: null });
    expect(h).toEqual({ code: 'A1', headIdNumber: '', phone: null });
  });
});
