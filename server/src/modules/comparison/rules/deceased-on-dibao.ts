import { compose, defineRule, inSlice, lit, memberColumns, onDibao } from './rule.js';

/** A dead person is on 低保 (their household's case or their own 单人保 case), whether the household is in a ledger or deleted. */
export const deceasedOnDibao = defineRule('DECEASED_ON_DIBAO', ['DEATH'], 1,
  '已死亡人员仍在享受低保（本人单人保或所在家庭在保）。死亡后继续发放属于违规领取，应核实后按程序停保或调整保障人口。',
  (p) => compose(`SELECT ${memberColumns(`${lit('死亡登记日期 ')} || COALESCE(r.event_date, '未填') || ${lit('，低保仍在保')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id',
    'WHERE', inSlice(p), 'AND', onDibao(p.today)));
