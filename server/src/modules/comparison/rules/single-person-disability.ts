import { compose, defineRule, inSlice, lit, memberColumns, onDibao } from './rule.js';

/** Not on 低保 at all, never enrolled alone (单人保) nor applied for it, yet holding a grade 1–2 disability certificate. */
export const singlePersonDisability = defineRule('SINGLE_PERSON_DISABILITY', ['DISABILITY'], 1,
  '台账成员持有一级或二级残疾人证，本人不在低保保障范围内，也从未办理或申请单人保。按措施1，重度残疾且靠家庭供养的可单独纳入低保，应入户了解并告知申请渠道。',
  (p) => compose(`SELECT ${memberColumns(`${lit('持')} || COALESCE(r.detail, '') || ${lit('残疾人证 ')} || r.grade || ${lit('级，未纳入单人保评估')}`)}`,
    'FROM comparison_row r JOIN member m ON m.id_number = r.id_number JOIN household h ON h.id = m.household_id AND h.deleted_at IS NULL',
    `WHERE`, inSlice(p), `AND r.grade IN ('1', '2') AND NOT`, onDibao(p.today),
    `AND NOT EXISTS (SELECT 1 FROM dibao_case s WHERE s.kind = 'SINGLE_PERSON' AND s.member_id = m.id)`,
    // an application for 单人保 (open or decided) means the person has been considered
    `AND NOT EXISTS (SELECT 1 FROM assistance_application a WHERE a.single_person = TRUE AND a.member_id = m.id)`));
