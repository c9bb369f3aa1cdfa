// Strings of the monitoring page added after the first cut (zh-CN first, English second), kept here so the shared
// i18n file (in the initial bundle) stays small.
import { computed } from 'vue';
import { lang } from '../../i18n';

const zh = {
  openReferral: '风险待帮扶',
  openReferralTip: '只看有未关闭风险转介的户（与“统计”中的“风险待帮扶”一致）',
  clearFilter: '点击清除',
  tabGrid: '本月走访',
  tabReferrals: '风险待帮扶',
  prevMonth: '上一月',
  nextMonth: '下一月',
  refHousehold: '户编号',
  refHead: '户主',
  refVillage: '村(社区)',
  refCategory: '类别',
  refMonth: '发现月份',
  refReasons: '风险原因',
  refOpened: '转介时间',
  refNone: '没有待帮扶的户',
  refMore: '共 {n} 户，显示前 {k} 户',
  refTotal: '共 {n} 户',
  refShowChecks: '走访记录',
  condChecking: '正在核对风险消除条件…',
  condTitle: '风险消除条件',
  condAllMet: '各项条件均已满足，可以标注风险消除。',
  condUnmet: '有 {n} 项条件未满足，暂不能标注风险消除。',
  alreadyEliminated: '该户风险已消除',
};
const en: typeof zh = {
  openReferral: 'Open referral',
  openReferralTip: 'Only households with an open risk referral (the "at risk" figure of Statistics)',
  clearFilter: 'click to clear',
  tabGrid: "This month's visits",
  tabReferrals: 'Open referrals',
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  refHousehold: 'Household no.',
  refHead: 'Head',
  refVillage: 'Village',
  refCategory: 'Category',
  refMonth: 'Month found',
  refReasons: 'Reasons',
  refOpened: 'Referred',
  refNone: 'No household awaiting assistance',
  refMore: '{n} in all, the first {k} shown',
  refTotal: '{n} in all',
  refShowChecks: 'Checks',
  condChecking: 'Checking the conditions…',
  condTitle: 'Conditions of risk elimination',
  condAllMet: 'Every condition is met: the risk can be eliminated.',
  condUnmet: '{n} condition(s) not met: the risk cannot be eliminated yet.',
  alreadyEliminated: 'The risk of this household is already eliminated',
};

export const ML = computed(() => (lang.value === 'en' ? en : zh));
export const fmt = (s: string, vars: Record<string, string | number>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
