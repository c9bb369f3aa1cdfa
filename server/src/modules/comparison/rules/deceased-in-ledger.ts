import { compose, defineRule, inSlice, lit, memberColumns } from './rule.js';

/** A person the death register lists is still a member of an active ledger household. */
export const deceasedInLedger = defineRule('DECEASED_IN_LEDGER', ['DEATH'], 12,
  '公安或卫健登记为已死亡的人员，仍是台账中在册家庭的成员。台账人口、人均收入和帮扶措施都按在世计算，应核实后办理减员。',
  (p) => compose(`SELECT ${memberColumns(`${lit('死亡登记日期 ')} || COALESCE(r.event_date, '未填') || ${lit('，仍在台账家庭中')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL',
    'WHERE', inSlice(p)));
