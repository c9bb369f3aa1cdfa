import { compose, defineRule, inSlice, lit, memberColumns } from './rule.js';

/** In an active ledger household whose category differs from the national monitoring list's. */
export const monitoringCategoryMismatch = defineRule('MONITORING_CATEGORY_MISMATCH', ['MONITORING_LIST'], 12,
  '全国防返贫监测系统中的对象类别与本系统台账的监测类别不一致。帮扶政策按类别落实，应核实后统一。',
  (p) => compose(`SELECT ${memberColumns(`${lit('全国系统类别与台账类别不一致')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL',
    'WHERE', inSlice(p), 'AND r.category IS NOT NULL AND h.category <> r.category'));
