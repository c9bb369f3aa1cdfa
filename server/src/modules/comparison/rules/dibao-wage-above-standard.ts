import { compose, defineRule, inSlice, lit, memberColumns, onDibao } from './rule.js';
import { sql } from '../../../common/sql.js';

/**
 * A member of a 低保 household (or a 单人保 person) is employed with a monthly wage above the 低保标准 of the source's
 * year: a community (社区, village-level code 0xx–1xx) the urban standard, a village the rural one (`dibaoAreaOf`).
 */
export const dibaoWageAboveStandard = defineRule('DIBAO_WAGE_ABOVE_STANDARD', ['EMPLOYMENT'], 2,
  '低保家庭成员有就业参保记录，月工资高于当年低保标准。收入超标的应核对家庭收入：符合条件的纳入渐退期并书面告知，稳定就业的次月退出。',
  (p) => compose(`SELECT ${memberColumns(`${lit('在')} || COALESCE(r.detail, '') || ${lit('就业，月工资高于低保标准')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL',
    'WHERE', inSlice(p), 'AND', sql(`r.amount > CASE WHEN CAST(SUBSTR(h.region_code, 10, 3) AS INTEGER) < 200 THEN CAST(? AS DOUBLE PRECISION) ELSE CAST(? AS DOUBLE PRECISION) END`, p.dibaoStandard.urban, p.dibaoStandard.rural),
    'AND', onDibao(p.today)));
