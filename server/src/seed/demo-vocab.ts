// The demo generator's vocabularies, their weights and the remark and phone-prefix lists.
import { cumulative } from './demo-random.js';
import type {
  DemoCategory,
  DemoDisabilityGrade,
  DemoDisabilityType,
  DemoGender,
  DemoHealth,
  DemoLaborAbility,
  DemoRelation,
  DemoRiskType,
  DemoSchooling,
} from './demo-types.js';

// ─── vocabularies as arrays (index = code used in the typed scratch arrays) ──────────────────────────────────────

export const CATEGORIES: readonly DemoCategory[] = ['UNLIFTED', 'MONITORED', 'MARGINAL', 'SUDDEN'];
export const CATEGORY_CUM = cumulative([20, 40, 35, 5]);
export const C_UNLIFTED = 0, C_MONITORED = 1, C_MARGINAL = 2, C_SUDDEN = 3;

export const RELATIONS: readonly DemoRelation[] = [
  'HEAD', 'SPOUSE', 'SON', 'DAUGHTER', 'SON_IN_LAW', 'DAUGHTER_IN_LAW', 'GRANDSON', 'GRANDDAUGHTER',
  'FATHER', 'MOTHER', 'GRANDFATHER', 'GRANDMOTHER', 'BROTHER', 'SISTER', 'OTHER',
];
export const R_HEAD = 0, R_SPOUSE = 1, R_SON = 2, R_DAUGHTER = 3;
export const R_SON_IN_LAW = 4, R_DAUGHTER_IN_LAW = 5, R_GRANDSON = 6;
export const R_FATHER = 8, R_MOTHER = 9, R_GRANDFATHER = 10, R_BROTHER = 12;
// relation + 1 gives the female form for SON→DAUGHTER, GRANDSON→GRANDDAUGHTER, FATHER→MOTHER, GRANDFATHER→
// GRANDMOTHER, BROTHER→SISTER.

export const GENDERS: readonly DemoGender[] = ['FEMALE', 'MALE'];
export const HEALTHS: readonly DemoHealth[] = ['HEALTHY', 'CHRONIC_ILLNESS', 'SERIOUS_ILLNESS', 'DISABLED'];
export const H_HEALTHY = 0, H_CHRONIC = 1, H_SERIOUS = 2, H_DISABLED = 3;
export const DISABILITY_TYPES: readonly DemoDisabilityType[] = [
  'PHYSICAL', 'VISUAL', 'HEARING', 'SPEECH', 'INTELLECTUAL', 'MENTAL', 'MULTIPLE',
];
export const DISABILITY_TYPE_CUM = cumulative([40, 12, 12, 4, 12, 12, 8]);
export const DISABILITY_TYPE_CHILD_CUM = cumulative([20, 8, 14, 8, 30, 6, 14]);
export const GRADES: readonly DemoDisabilityGrade[] = ['GRADE_1', 'GRADE_2', 'GRADE_3', 'GRADE_4'];
export const GRADE_CUM = cumulative([15, 30, 30, 25]);
export const LABOR: readonly DemoLaborAbility[] = ['NORMAL', 'SKILLED', 'WEAK', 'LOST', 'NONE'];
export const L_NORMAL = 0, L_SKILLED = 1, L_WEAK = 2, L_LOST = 3, L_NONE = 4;
export const SCHOOLING: readonly (DemoSchooling | null)[] = [
  null, 'PRESCHOOL', 'IN_PRIMARY', 'IN_JUNIOR', 'IN_SENIOR', 'IN_VOCATIONAL', 'IN_COLLEGE', 'DROPPED_OUT',
  'ILLITERATE', 'PRIMARY', 'JUNIOR', 'SENIOR', 'COLLEGE',
];
export const S_NONE = 0, S_PRESCHOOL = 1, S_IN_PRIMARY = 2, S_IN_JUNIOR = 3, S_IN_SENIOR = 4, S_IN_VOCATIONAL = 5;
export const S_IN_COLLEGE = 6, S_DROPPED_OUT = 7, S_ILLITERATE = 8, S_JUNIOR = 10, S_SENIOR = 11;
/** Attained education of adults by cohort: cumulative over ILLITERATE, PRIMARY, JUNIOR, SENIOR, COLLEGE. */
export const ATTAINED_CUM = [
  cumulative([42, 42, 13, 3, 0.0001]),
  cumulative([22, 45, 27, 5, 1]),
  cumulative([7, 33, 46, 11, 3]),
  cumulative([2, 16, 50, 22, 10]),
  cumulative([0.5, 5, 42, 33, 19.5]),
];

export const RISK_TYPES: readonly DemoRiskType[] = [
  'ILLNESS', 'DISABILITY', 'SCHOOLING', 'DISASTER', 'ACCIDENT', 'EPIDEMIC', 'BUSINESS_FAILURE',
  'UNSTABLE_EMPLOYMENT', 'LABOR_SHORTAGE', 'HOUSING', 'DRINKING_WATER', 'OTHER',
];
export const RK_ILLNESS = 1, RK_DISABILITY = 2, RK_SCHOOLING = 4, RK_DISASTER = 8, RK_ACCIDENT = 16, RK_EPIDEMIC = 32;
export const RK_BUSINESS = 64, RK_UNSTABLE = 128, RK_LABOR = 256, RK_HOUSING = 512, RK_WATER = 1024, RK_OTHER = 2048;

/** A remark per risk type (index as RISK_TYPES); one is picked from the household's first risk type. */
export const RISK_REMARKS: readonly (readonly string[])[] = [
  ['家庭成员患大病，已落实大病保险和医疗救助', '户主患慢性病需长期服药，医疗支出较大', '已签约家庭医生，定期随访'],
  ['已享受困难残疾人生活补贴和重度残疾人护理补贴', '残疾人已办理第二代残疾人证', '已申请单人保'],
  ['子女就读高中，已落实教育资助', '子女在外地上大学，已申请生源地助学贷款', '已落实雨露计划补助'],
  ['2025年7月暴雨致房屋受损，已申请临时救助', '农作物受灾减产，已落实灾后补助'],
  ['户主务工时受伤，已申请临时救助', '家庭成员遭遇交通事故，医疗费用较高'],
  ['受疫情影响务工收入减少'],
  ['养殖项目亏损，已对接产业指导员', '种植枸杞收益下降'],
  ['主要劳动力外出务工，收入不稳定', '已推荐公益性岗位', '已参加技能培训，推荐就业'],
  ['家中无劳动力，已纳入低保', '老人独居，村委会定期探视'],
  ['房屋经鉴定为C级危房，已列入改造计划', '已落实危房改造补助'],
  ['自来水入户管道老化，已报修'],
  ['已纳入防返贫监测，落实帮扶措施'],
];
export const ELIMINATED_REMARKS: readonly string[] = [
  '务工收入稳定，经村级评议、乡镇审核风险已消除',
  '已落实产业帮扶，收入稳定超过监测线',
  '监测满6个月，收入持续稳定，风险消除',
];

export const MOBILE_PREFIXES: readonly string[] = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157',
  '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188',
  '189', '191', '193', '195', '198', '199',
];
