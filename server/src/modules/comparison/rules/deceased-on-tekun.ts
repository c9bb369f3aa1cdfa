import { compose, defineRule, inSlice, lit, memberColumns } from './rule.js';

/** A dead person is still an active 特困 supported person. */
export const deceasedOnTekun = defineRule('DECEASED_ON_TEKUN', ['DEATH'], 6,
  '已死亡人员仍在特困供养名册中。供养金和照料服务应终止，应核实后按程序终止供养。',
  (p) => compose(`SELECT ${memberColumns(`${lit('死亡登记日期 ')} || COALESCE(r.event_date, '未填') || ${lit('，特困供养仍有效')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id',
    `JOIN tekun_person t ON t.member_id = m.id AND t.state = 'ACTIVE'`,
    'WHERE', inSlice(p)));
