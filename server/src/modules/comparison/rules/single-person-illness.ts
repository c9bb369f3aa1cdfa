import { compose, defineRule, inSlice, lit, memberColumns, onDibao } from './rule.js';

/** Received major-illness medical aid, not on 低保 and never enrolled alone (单人保) nor applied for it. */
export const singlePersonIllness = defineRule('SINGLE_PERSON_ILLNESS', ['MEDICAL_AID'], 1,
  '台账成员享受了医保大病救助，本人不在低保保障范围内，也从未办理或申请单人保。按措施1，患重特大疾病且靠家庭供养的可单独纳入低保，应入户了解并告知申请渠道。',
  (p) => compose(`SELECT ${memberColumns(`${lit('享受大病救助')} || COALESCE(${lit('（')} || r.event_date || ${lit('）')}, '') || ${lit('，未纳入单人保评估')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL',
    `WHERE`, inSlice(p), `AND (r.status IS NULL OR r.status = 'ACTIVE') AND NOT`, onDibao(p.today),
    `AND NOT EXISTS (SELECT 1 FROM dibao_case s WHERE s.kind = 'SINGLE_PERSON' AND s.member_id = m.id)`,
    // an application for 单人保 (open or decided) means the person has been considered
    `AND NOT EXISTS (SELECT 1 FROM assistance_application a WHERE a.single_person = TRUE AND a.member_id = m.id)`));
