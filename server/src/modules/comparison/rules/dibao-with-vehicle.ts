import { compose, defineRule, inSlice, lit, memberColumns, onDibao } from './rule.js';

/** A member of a 低保 household has a registered vehicle. */
export const dibaoWithVehicle = defineRule('DIBAO_WITH_VEHICLE', ['VEHICLE'], 1,
  '低保家庭成员名下登记有机动车。拥有机动车（残疾人功能性补偿代步车等除外）一般不符合低保条件，应核实车辆情况和家庭经济状况。',
  (p) => compose(`SELECT ${memberColumns(`${lit('名下有机动车 ')} || COALESCE(r.detail, '') || ${lit('，家庭在享受低保')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL',
    'WHERE', inSlice(p), 'AND', onDibao(p.today)));
