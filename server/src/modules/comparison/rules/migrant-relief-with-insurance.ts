import { compose, defineRule, inSlice, lit } from './rule.js';

/**
 * 临时救助 paid under the migrant-worker clause (measure 4: not insured for unemployment) to someone the 人社 list
 * shows insured or drawing unemployment benefit. One finding per source row, in the township of the latest grant.
 */
export const migrantReliefWithInsurance = defineRule('MIGRANT_RELIEF_WITH_INSURANCE', ['UNEMPLOYMENT_INSURANCE'], 4,
  '按措施4“未参加失业保险的农民工”发放的临时救助，领取人在人社失业保险名单中为参保或领取失业金状态。不符合该条款的条件，应核实后按规定处理。',
  (p) => compose(`SELECT r.id AS row_id, r.row_key, r.id_number, MAX(g.member_id) AS member_id, MAX(g.household_id) AS household_id,
      MAX(g.township_code) AS township_code, COALESCE(MAX(h.region_code), '') AS region_code,
      ${lit('按农民工条款领取临时救助，失业保险为参保或领取状态')} AS reason`,
    `FROM comparison_row r JOIN relief_grant g ON g.migrant_worker_case = TRUE AND g.recipient_id_number = r.id_number
     LEFT JOIN household h ON h.id = g.household_id`,
    `WHERE`, inSlice(p), `AND r.status = 'ACTIVE' GROUP BY r.id, r.row_key, r.id_number`));
