import { describe, expect, it } from 'vitest';
import { columnOf } from '../household/household.columns.js';
import { AUDIT_COLUMNS, auditTuple, auditValues, diffEntries } from './audit.service.js';

// Unit tier: one serialisation of an audit row, for the ORM path (recordAudit) and the Excel import's bulk path.

const stamp = { actor: 'county1', requestId: 'req-1', changeSet: 'cs-1' };

describe('audit serialisation', () => {
  it('gives the bulk path its values in the order of AUDIT_COLUMNS, the same values the ORM path writes', () => {
    const entry = { action: 'UPDATE' as const, entityType: 'household', entityId: '7', field: 'phone', before: '13800000000', after: null, householdId: 7, regionCode: '640121100001' };
    const values = auditValues(stamp, entry);
    // The ORM path's property names, as columns, are AUDIT_COLUMNS in order: a column added to one is missing from the other.
    expect(['at', ...Object.keys(values)].map(columnOf)).toEqual([...AUDIT_COLUMNS]);
    expect(auditTuple(123, stamp, entry)).toEqual([123, ...Object.values(values)]);
    expect(values).toMatchObject({ before: '"13800000000"', after: null, field: 'phone', householdId: 7 });
  });

  it('keeps a whole-record snapshot as JSON, dates as ISO text, and absent parts as null', () => {
    const at = new Date('2026-03-01T08:00:00.000Z');
    const values = auditValues(stamp, { action: 'CREATE', entityType: 'member', entityId: '9', after: { name: '马文学', since: at } });
    expect(values).toMatchObject({ field: null, before: null, householdId: null, regionCode: null });
    expect(JSON.parse(values.after!)).toEqual({ name: '马文学', since: '2026-03-01T08:00:00.000Z' });
    expect(auditValues(stamp, { action: 'UPDATE', entityType: 'x', entityId: '1', field: 'at', after: at }).after).toBe('"2026-03-01T08:00:00.000Z"');
  });

  it('records only the fields that changed, treating undefined and null alike', () => {
    const entries = diffEntries({ entityType: 'household', entityId: '1' }, { a: 1, b: null, c: 'x' }, { a: 1, b: undefined, c: 'y' });
    expect(entries).toEqual([{ entityType: 'household', entityId: '1', action: 'UPDATE', field: 'c', before: 'x', after: 'y' }]);
  });
});
