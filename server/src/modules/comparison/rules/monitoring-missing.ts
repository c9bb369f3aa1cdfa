import { compose, defineRule, inSlice, lit } from './rule.js';

/** On the national monitoring list, but in no active ledger household. */
export const monitoringMissing = defineRule('MONITORING_MISSING', ['MONITORING_LIST'], 12,
  '全国防返贫监测系统中的监测对象，在本系统的在册台账中找不到（按身份证号）。两套台账应一致：应核实后补录台账，或在全国系统中更正。',
  (p) => compose(`SELECT r.id AS row_id, r.row_key, r.id_number, CAST(NULL AS INTEGER) AS member_id, CAST(NULL AS INTEGER) AS household_id,
      COALESCE(SUBSTR(r.region_code, 1, 9), '') AS township_code, COALESCE(r.region_code, '') AS region_code,
      ${lit('全国监测系统中为监测对象，本系统在册台账中没有此人')} AS reason`,
    'FROM comparison_row r WHERE', inSlice(p),
    'AND NOT EXISTS (SELECT 1 FROM member m JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL WHERE m.id_number = r.id_number)'));
