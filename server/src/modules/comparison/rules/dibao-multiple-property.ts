import { compose, defineRule, inSlice, lit, memberColumns, onDibao } from './rule.js';

/** A 低保 household owns more than one property, counted over all its members' rows in the same source. */
export const dibaoMultipleProperty = defineRule('DIBAO_MULTIPLE_PROPERTY', ['PROPERTY'], 1,
  '低保家庭（全体成员合计）登记的不动产超过一套。拥有两套及以上住房一般不符合低保条件，应核实房产情况。',
  (p) => compose(`SELECT ${memberColumns(`${lit('家庭成员合计登记不动产超过一套，家庭在享受低保')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL',
    'WHERE', inSlice(p), 'AND r.amount > 0 AND', onDibao(p.today),
    `AND (SELECT SUM(r2.amount) FROM comparison_row r2 JOIN member m2 ON m2.id_number = r2.id_number
      WHERE r2.source_id = r.source_id AND m2.household_id = h.id) > 1`));
