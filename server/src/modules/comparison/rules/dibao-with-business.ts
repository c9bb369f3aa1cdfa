import { compose, defineRule, inSlice, lit, memberColumns, onDibao } from './rule.js';

/** A member of a 低保 household has a business registration that is still in business. */
export const dibaoWithBusiness = defineRule('DIBAO_WITH_BUSINESS', ['BUSINESS'], 1,
  '低保家庭成员登记有存续的市场主体（企业或个体工商户）。经营收入应计入家庭收入，应核实经营情况并重新核对家庭收入。',
  (p) => compose(`SELECT ${memberColumns(`${lit('登记有市场主体 ')} || COALESCE(r.detail, '') || ${lit('（存续），家庭在享受低保')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL',
    `WHERE`, inSlice(p), `AND r.status = 'ACTIVE' AND`, onDibao(p.today)));
