import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScratchDb, type ScratchDb } from './scratch-db.js';
import { migrate, openOrm, type Orm } from './orm.js';
import { assertSchemaComplete, expectedSchemaObjects, missingSchemaObjects } from './schema-check.js';
import { TEST_DB_KIND } from '../test-support/harness.js';

// The start-up check's list comes from the migrations themselves; a missing index or constraint is named.
let scratch: ScratchDb;
let orm: Orm;
beforeAll(async () => {
  scratch = await createScratchDb(TEST_DB_KIND, process.env.DOUDI_TEST_PG);
  orm = await openOrm(scratch.db);
  await migrate(orm);
});
afterAll(async () => {
  await orm?.close(true);
  await scratch?.drop();
});

describe(`the start-up schema check on ${TEST_DB_KIND}`, () => {
  it('expects the indexes and constraints that hold the rules, and finds them all after the migrations', async () => {
    const e = await expectedSchemaObjects(orm, TEST_DB_KIND);
    const all = [...e.indexes, ...e.constraints];
    for (const n of ['household_code_unique', 'member_active_id_number_unique', 'dibao_case_active_household_unique', 'dibao_case_active_member_unique',
      'tekun_person_active_member_unique', 'risk_referral_active_unique', 'household_region_idx']) expect(all).toContain(n);
    if (TEST_DB_KIND === 'postgresql') expect(e.constraints).toContain('member_household_id_foreign');
    expect(e.triggers).toEqual([
      // PostgreSQL only: the in-flight mark of audit inserts that keeps catch-up cursors settled (events/in-flight.ts)
      ...(TEST_DB_KIND === 'postgresql' ? ['audit_event_in_flight'] : []),
      'household_count_delete', 'household_count_insert', 'household_count_update',
    ]);
    expect(await missingSchemaObjects(orm, TEST_DB_KIND)).toEqual([]);
    await expect(assertSchemaComplete(orm, TEST_DB_KIND)).resolves.toBeUndefined();
  });

  it('names what is missing', async () => {
    const conn = orm.em.getConnection();
    await conn.execute('DROP INDEX household_region_idx');
    await conn.execute('DROP INDEX tekun_person_active_member_unique');
    await conn.execute(TEST_DB_KIND === 'postgresql' ? 'DROP TRIGGER household_count_update ON household' : 'DROP TRIGGER household_count_update');
    expect(await missingSchemaObjects(orm, TEST_DB_KIND)).toEqual(['index household_region_idx', 'index tekun_person_active_member_unique', 'trigger household_count_update']);
    await expect(assertSchemaComplete(orm, TEST_DB_KIND)).rejects.toThrow(/lacks 3 index\(es\)\/constraint\(s\)\/trigger\(s\).*household_region_idx, index tekun_person_active_member_unique, trigger household_count_update/);
  });
});
