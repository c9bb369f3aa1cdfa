import { ComparisonKindDef } from '@doudi/shared';
import { compose, defineRule, inSlice, lit, memberColumns } from './rule.js';

/** The ID number matches a member (of an active or a deleted household) whose name differs from the source's. */
export const nameMismatch = defineRule('NAME_MISMATCH', ComparisonKindDef.values, null,
  '身份证号相同而姓名不同：台账或对方数据有一方录错，或身份证号被他人使用。比对结果要以人对上为前提，应核实身份证件后更正。',
  (p) => compose(`SELECT ${memberColumns(`${lit('对方登记姓名与台账姓名不一致')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id',
    `WHERE`, inSlice(p), `AND REPLACE(m.name, ' ', '') <> r.name`));
