// Domain enums: English identifiers go over the wire (GraphQL enums), zh/en labels live here.
import { defineEnum } from './labels.js';

export const HouseholdCategory = { UNLIFTED: 'UNLIFTED', MONITORED: 'MONITORED', MARGINAL: 'MARGINAL', SUDDEN: 'SUDDEN' } as const;
export type HouseholdCategory = (typeof HouseholdCategory)[keyof typeof HouseholdCategory];
export const HouseholdCategoryDef = defineEnum<HouseholdCategory>(
  'HouseholdCategory',
  {
    UNLIFTED: { zh: '建档立卡待脱贫户', en: 'Registered poor, not yet lifted' },
    MONITORED: { zh: '脱贫监测户', en: 'Lifted, monitored for relapse' },
    MARGINAL: { zh: '边缘易致贫户', en: 'Marginal, at risk of poverty' },
    SUDDEN: { zh: '突发严重困难户', en: 'Sudden severe hardship' },
  },
  // The short names used in township sheets and in the 2021 national wording.
  {
    待脱贫户: 'UNLIFTED', 未脱贫户: 'UNLIFTED', 建档立卡户: 'UNLIFTED',
    监测户: 'MONITORED', 脱贫不稳定户: 'MONITORED', 不稳定户: 'MONITORED',
    边缘户: 'MARGINAL', 边缘易致贫: 'MARGINAL',
    突发户: 'SUDDEN', 严重困难户: 'SUDDEN', 突发严重困难: 'SUDDEN',
  },
);

export const RiskType = {
  ILLNESS: 'ILLNESS', DISABILITY: 'DISABILITY', SCHOOLING: 'SCHOOLING', DISASTER: 'DISASTER', ACCIDENT: 'ACCIDENT',
  EPIDEMIC: 'EPIDEMIC', BUSINESS_FAILURE: 'BUSINESS_FAILURE', UNSTABLE_EMPLOYMENT: 'UNSTABLE_EMPLOYMENT',
  LABOR_SHORTAGE: 'LABOR_SHORTAGE', HOUSING: 'HOUSING', DRINKING_WATER: 'DRINKING_WATER', OTHER: 'OTHER',
} as const;
export type RiskType = (typeof RiskType)[keyof typeof RiskType];
export const RiskTypeDef = defineEnum<RiskType>(
  'RiskType',
  {
    ILLNESS: { zh: '因病', en: 'Illness' },
    DISABILITY: { zh: '因残', en: 'Disability' },
    SCHOOLING: { zh: '因学', en: 'Schooling costs' },
    DISASTER: { zh: '因灾', en: 'Natural disaster' },
    ACCIDENT: { zh: '因意外事故', en: 'Accident' },
    EPIDEMIC: { zh: '因疫', en: 'Epidemic' },
    BUSINESS_FAILURE: { zh: '产业项目失败', en: 'Business or farming project failed' },
    UNSTABLE_EMPLOYMENT: { zh: '务工就业不稳', en: 'Unstable employment' },
    LABOR_SHORTAGE: { zh: '缺劳动力', en: 'Lack of labour' },
    HOUSING: { zh: '住房出现安全问题', en: 'Unsafe housing' },
    DRINKING_WATER: { zh: '饮水安全问题', en: 'Unsafe drinking water' },
    OTHER: { zh: '其他', en: 'Other' },
  },
  {
    因病致贫: 'ILLNESS', 因残致贫: 'DISABILITY', 因学致贫: 'SCHOOLING', 因灾致贫: 'DISASTER',
    因意外: 'ACCIDENT', 意外事故: 'ACCIDENT', 因疫情: 'EPIDEMIC', 疫情: 'EPIDEMIC',
    产业失败: 'BUSINESS_FAILURE', 产业项目失败风险: 'BUSINESS_FAILURE',
    务工不稳: 'UNSTABLE_EMPLOYMENT', 就业不稳: 'UNSTABLE_EMPLOYMENT', 务工就业不稳定: 'UNSTABLE_EMPLOYMENT',
    缺劳力: 'LABOR_SHORTAGE', 住房安全: 'HOUSING', 住房安全问题: 'HOUSING', 饮水安全: 'DRINKING_WATER', 其它: 'OTHER',
  },
);

export const RiskStatus = { MONITORING: 'MONITORING', ELIMINATED: 'ELIMINATED' } as const;
export type RiskStatus = (typeof RiskStatus)[keyof typeof RiskStatus];
export const RiskStatusDef = defineEnum<RiskStatus>(
  'RiskStatus',
  {
    MONITORING: { zh: '监测中', en: 'Under monitoring' },
    ELIMINATED: { zh: '风险已消除', en: 'Risk eliminated' },
  },
  { 风险消除: 'ELIMINATED', 已消除: 'ELIMINATED', 未消除: 'MONITORING', 风险未消除: 'MONITORING' },
);

export const Relation = {
  HEAD: 'HEAD', SPOUSE: 'SPOUSE', SON: 'SON', DAUGHTER: 'DAUGHTER', SON_IN_LAW: 'SON_IN_LAW',
  DAUGHTER_IN_LAW: 'DAUGHTER_IN_LAW', GRANDSON: 'GRANDSON', GRANDDAUGHTER: 'GRANDDAUGHTER', FATHER: 'FATHER',
  MOTHER: 'MOTHER', GRANDFATHER: 'GRANDFATHER', GRANDMOTHER: 'GRANDMOTHER', BROTHER: 'BROTHER', SISTER: 'SISTER',
  OTHER: 'OTHER',
} as const;
export type Relation = (typeof Relation)[keyof typeof Relation];
export const RelationDef = defineEnum<Relation>(
  'Relation',
  {
    HEAD: { zh: '户主', en: 'Head of household' },
    SPOUSE: { zh: '配偶', en: 'Spouse' },
    SON: { zh: '之子', en: 'Son' },
    DAUGHTER: { zh: '之女', en: 'Daughter' },
    SON_IN_LAW: { zh: '之女婿', en: 'Son-in-law' },
    DAUGHTER_IN_LAW: { zh: '之儿媳', en: 'Daughter-in-law' },
    GRANDSON: { zh: '之孙子', en: 'Grandson' },
    GRANDDAUGHTER: { zh: '之孙女', en: 'Granddaughter' },
    FATHER: { zh: '之父', en: 'Father' },
    MOTHER: { zh: '之母', en: 'Mother' },
    GRANDFATHER: { zh: '之祖父', en: 'Grandfather' },
    GRANDMOTHER: { zh: '之祖母', en: 'Grandmother' },
    BROTHER: { zh: '之兄弟', en: 'Brother' },
    SISTER: { zh: '之姐妹', en: 'Sister' },
    OTHER: { zh: '其他', en: 'Other' },
  },
  // Household registers (户口簿) and hand-kept sheets write relations without 之.
  {
    本人: 'HEAD', 户主本人: 'HEAD', 妻: 'SPOUSE', 妻子: 'SPOUSE', 夫: 'SPOUSE', 丈夫: 'SPOUSE',
    子: 'SON', 儿子: 'SON', 长子: 'SON', 次子: 'SON', 女: 'DAUGHTER', 女儿: 'DAUGHTER', 长女: 'DAUGHTER', 次女: 'DAUGHTER',
    女婿: 'SON_IN_LAW', 儿媳: 'DAUGHTER_IN_LAW', 儿媳妇: 'DAUGHTER_IN_LAW', 之媳: 'DAUGHTER_IN_LAW',
    孙子: 'GRANDSON', 孙女: 'GRANDDAUGHTER', 父亲: 'FATHER', 父: 'FATHER', 母亲: 'MOTHER', 母: 'MOTHER',
    祖父: 'GRANDFATHER', 爷爷: 'GRANDFATHER', 祖母: 'GRANDMOTHER', 奶奶: 'GRANDMOTHER',
    兄弟: 'BROTHER', 兄: 'BROTHER', 弟: 'BROTHER', 之兄: 'BROTHER', 之弟: 'BROTHER',
    姐妹: 'SISTER', 姐: 'SISTER', 妹: 'SISTER', 之姐: 'SISTER', 之妹: 'SISTER', 其它: 'OTHER',
  },
);

export const Gender = { MALE: 'MALE', FEMALE: 'FEMALE' } as const;
export type Gender = (typeof Gender)[keyof typeof Gender];
export const GenderDef = defineEnum<Gender>(
  'Gender',
  { MALE: { zh: '男', en: 'Male' }, FEMALE: { zh: '女', en: 'Female' } },
  { 男性: 'MALE', 女性: 'FEMALE', m: 'MALE', f: 'FEMALE' },
);

export const HealthStatus = {
  HEALTHY: 'HEALTHY', CHRONIC_ILLNESS: 'CHRONIC_ILLNESS', SERIOUS_ILLNESS: 'SERIOUS_ILLNESS', DISABLED: 'DISABLED',
} as const;
export type HealthStatus = (typeof HealthStatus)[keyof typeof HealthStatus];
export const HealthStatusDef = defineEnum<HealthStatus>(
  'HealthStatus',
  {
    HEALTHY: { zh: '健康', en: 'Healthy' },
    CHRONIC_ILLNESS: { zh: '长期慢性病', en: 'Long-term chronic illness' },
    SERIOUS_ILLNESS: { zh: '患有大病', en: 'Serious illness' },
    DISABLED: { zh: '残疾', en: 'Disabled' },
  },
  { 慢性病: 'CHRONIC_ILLNESS', 长期慢性疾病: 'CHRONIC_ILLNESS', 大病: 'SERIOUS_ILLNESS', 患大病: 'SERIOUS_ILLNESS', 残疾人: 'DISABLED' },
);

export const DisabilityType = {
  VISUAL: 'VISUAL', HEARING: 'HEARING', SPEECH: 'SPEECH', PHYSICAL: 'PHYSICAL', INTELLECTUAL: 'INTELLECTUAL',
  MENTAL: 'MENTAL', MULTIPLE: 'MULTIPLE',
} as const;
export type DisabilityType = (typeof DisabilityType)[keyof typeof DisabilityType];
export const DisabilityTypeDef = defineEnum<DisabilityType>(
  'DisabilityType',
  {
    VISUAL: { zh: '视力残疾', en: 'Visual' },
    HEARING: { zh: '听力残疾', en: 'Hearing' },
    SPEECH: { zh: '言语残疾', en: 'Speech' },
    PHYSICAL: { zh: '肢体残疾', en: 'Physical' },
    INTELLECTUAL: { zh: '智力残疾', en: 'Intellectual' },
    MENTAL: { zh: '精神残疾', en: 'Mental (psychiatric)' },
    MULTIPLE: { zh: '多重残疾', en: 'Multiple' },
  },
  // 残疾人证 and sheets often give only the first two characters.
  { 视力: 'VISUAL', 听力: 'HEARING', 言语: 'SPEECH', 肢体: 'PHYSICAL', 智力: 'INTELLECTUAL', 精神: 'MENTAL', 多重: 'MULTIPLE' },
);

export const DisabilityGrade = { GRADE_1: 'GRADE_1', GRADE_2: 'GRADE_2', GRADE_3: 'GRADE_3', GRADE_4: 'GRADE_4' } as const;
export type DisabilityGrade = (typeof DisabilityGrade)[keyof typeof DisabilityGrade];
export const DisabilityGradeDef = defineEnum<DisabilityGrade>(
  'DisabilityGrade',
  {
    GRADE_1: { zh: '一级', en: 'Grade 1 (most severe)' },
    GRADE_2: { zh: '二级', en: 'Grade 2' },
    GRADE_3: { zh: '三级', en: 'Grade 3' },
    GRADE_4: { zh: '四级', en: 'Grade 4 (mildest)' },
  },
  {
    '1': 'GRADE_1', '2': 'GRADE_2', '3': 'GRADE_3', '4': 'GRADE_4',
    '1级': 'GRADE_1', '2级': 'GRADE_2', '3级': 'GRADE_3', '4级': 'GRADE_4',
    一: 'GRADE_1', 二: 'GRADE_2', 三: 'GRADE_3', 四: 'GRADE_4',
    'grade 1': 'GRADE_1', 'grade 2': 'GRADE_2', 'grade 3': 'GRADE_3', 'grade 4': 'GRADE_4',
  },
);

export const LaborAbility = { NORMAL: 'NORMAL', SKILLED: 'SKILLED', WEAK: 'WEAK', LOST: 'LOST', NONE: 'NONE' } as const;
export type LaborAbility = (typeof LaborAbility)[keyof typeof LaborAbility];
export const LaborAbilityDef = defineEnum<LaborAbility>(
  'LaborAbility',
  {
    NORMAL: { zh: '普通劳动力', en: 'Ordinary labour' },
    SKILLED: { zh: '技能劳动力', en: 'Skilled labour' },
    WEAK: { zh: '弱劳动力或半劳动力', en: 'Weak or half labour' },
    LOST: { zh: '丧失劳动力', en: 'Lost ability to work' },
    NONE: { zh: '无劳动力', en: 'No labour (child, elderly, student)' },
  },
  { 弱劳动力: 'WEAK', 半劳动力: 'WEAK', 普通: 'NORMAL', 技能: 'SKILLED', 丧失: 'LOST', 丧失劳动能力: 'LOST', 无: 'NONE' },
);

export const Schooling = {
  PRESCHOOL: 'PRESCHOOL', IN_PRIMARY: 'IN_PRIMARY', IN_JUNIOR: 'IN_JUNIOR', IN_SENIOR: 'IN_SENIOR',
  IN_VOCATIONAL: 'IN_VOCATIONAL', IN_COLLEGE: 'IN_COLLEGE', DROPPED_OUT: 'DROPPED_OUT', ILLITERATE: 'ILLITERATE',
  PRIMARY: 'PRIMARY', JUNIOR: 'JUNIOR', SENIOR: 'SENIOR', COLLEGE: 'COLLEGE',
} as const;
export type Schooling = (typeof Schooling)[keyof typeof Schooling];
export const SchoolingDef = defineEnum<Schooling>(
  'Schooling',
  {
    PRESCHOOL: { zh: '学前儿童', en: 'Pre-school child' },
    IN_PRIMARY: { zh: '小学在读', en: 'In primary school' },
    IN_JUNIOR: { zh: '初中在读', en: 'In junior secondary school' },
    IN_SENIOR: { zh: '高中在读', en: 'In senior secondary school' },
    IN_VOCATIONAL: { zh: '中职在读', en: 'In secondary vocational school' },
    IN_COLLEGE: { zh: '大专及以上在读', en: 'In college or university' },
    DROPPED_OUT: { zh: '辍学', en: 'Dropped out' },
    ILLITERATE: { zh: '文盲或半文盲', en: 'Illiterate or semi-literate' },
    PRIMARY: { zh: '小学', en: 'Primary school' },
    JUNIOR: { zh: '初中', en: 'Junior secondary school' },
    SENIOR: { zh: '高中', en: 'Senior secondary school' },
    COLLEGE: { zh: '大专及以上', en: 'College or above' },
  },
  {
    学前: 'PRESCHOOL', 学龄前儿童: 'PRESCHOOL', 小学在校: 'IN_PRIMARY', 初中在校: 'IN_JUNIOR', 高中在校: 'IN_SENIOR',
    中职在校: 'IN_VOCATIONAL', 大专在读: 'IN_COLLEGE', 本科在读: 'IN_COLLEGE', 大学在读: 'IN_COLLEGE',
    文盲: 'ILLITERATE', 半文盲: 'ILLITERATE', 小学文化: 'PRIMARY', 初中文化: 'JUNIOR', 高中文化: 'SENIOR',
    中专: 'SENIOR', 大专: 'COLLEGE', 本科: 'COLLEGE', 大专以上: 'COLLEGE',
  },
);

export const ENUM_DEFS = {
  HouseholdCategory: HouseholdCategoryDef,
  RiskType: RiskTypeDef,
  RiskStatus: RiskStatusDef,
  Relation: RelationDef,
  Gender: GenderDef,
  HealthStatus: HealthStatusDef,
  DisabilityType: DisabilityTypeDef,
  DisabilityGrade: DisabilityGradeDef,
  LaborAbility: LaborAbilityDef,
  Schooling: SchoolingDef,
} as const;
export type EnumName = keyof typeof ENUM_DEFS;
