import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { HouseholdCategory, RiskStatus } from '../../common/enums.js';

// The county overview (统计). Every figure carries the dimensions of the grid behind it (township code, category,
// risk status, state …), so a client can open that grid filtered, and a third-party tool can pivot the rows.

@ObjectType('OverviewTownship', { simpleResolvers: true, description: 'A township (乡镇/街道/农场) in the overview\'s scope' })
export class OverviewTownship {
  @Field(() => String, { description: '9-digit township code' }) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType('OverviewHouseholdFigure', {
  simpleResolvers: true,
  description: 'Households of the ledgers (not deleted) of one township × category × risk status; rows with no household are left out. '
    + 'Drill: households(where: { regionCode: { startsWith: townshipCode }, category: { eq: category }, riskStatus: { eq: riskStatus } })',
})
export class OverviewHouseholdFigure {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => HouseholdCategory) category!: string;
  @Field(() => RiskStatus) riskStatus!: string;
  @Field(() => Int) households!: number;
  @Field(() => Int, { description: 'of these, households with an open risk referral (风险待帮扶: risk_referral OPEN)' }) atRisk!: number;
}

@ObjectType('OverviewCheckFigure', {
  simpleResolvers: true,
  description: 'The month\'s monthly checks (台账月度记录) of one township. Drill: monthlyChecks(where: { month, regionCode: townshipCode, visited: false })',
})
export class OverviewCheckFigure {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => Int, { description: 'households of the ledgers (not deleted) that need a check this month' }) households!: number;
  @Field(() => Int, { description: 'with a check recording a visit date' }) visited!: number;
  @Field(() => Int, { description: 'households − visited (未走访)' }) notVisited!: number;
  @Field(() => Int, { description: 'checks SUBMITTED or LOCKED' }) submitted!: number;
  @Field(() => Int, { description: 'checks LOCKED by the county' }) locked!: number;
  @Field(() => Int, { description: 'checks that found the household at risk' }) atRisk!: number;
  @Field(() => Float, { description: 'visited / households, 0..1 (0 when there is no household)' }) rate!: number;
}

@ObjectType('OverviewAssistanceFigure', {
  simpleResolvers: true,
  description: 'Assistance of one township by kind: 低保 cases by state, 临时救助 grants of the month and of the year to the month\'s end, '
    + '特困 persons by support mode, 先行救助 paperwork overdue, gradual exits ending soon',
})
export class OverviewAssistanceFigure {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => Int, { description: '低保 cases ACTIVE (households and 单人保). Drill: dibaoCases(where: { regionCode, state: ACTIVE })' }) dibaoActive!: number;
  @Field(() => Int, { description: '低保 cases in gradual exit (渐退期, GRADUAL_EXIT)' }) dibaoGradualExit!: number;
  @Field(() => Int, { description: '单人保 cases (kind SINGLE_PERSON) not ended' }) dibaoSinglePerson!: number;
  @Field(() => Int, { description: 'gradual exits ending after Overview.asOf and by Overview.exitWindowEnd (3 months)' }) gradualExitsEndingSoon!: number;
  @Field(() => Int, { description: '临时救助 grants dated in the month' }) reliefMonthGrants!: number;
  @Field(() => Float, { description: 'their amount, 元' }) reliefMonthAmount!: number;
  @Field(() => Int, { description: '临时救助 grants dated from 1 January of the month\'s year to the month\'s end' }) reliefYearGrants!: number;
  @Field(() => Float, { description: 'their amount, 元' }) reliefYearAmount!: number;
  @Field(() => Int, { description: '先行救助 grants whose paperwork is past due and not done (as of Overview.asOf)' }) overduePaperwork!: number;
  @Field(() => Int, { description: '特困 persons supported centrally (集中供养) on asOf (not ended; a minor\'s coverage ends at 18)' }) tekunCentralised!: number;
  @Field(() => Int, { description: '特困 persons supported at home (分散供养) on asOf' }) tekunDispersed!: number;
}

@ObjectType('OverviewGradualExit', { simpleResolvers: true, description: 'A 低保 case in gradual exit (渐退期) ending soon' })
export class OverviewGradualExit {
  @Field(() => ID) caseId!: string;
  @Field(() => ID) householdId!: string;
  @Field(() => String) householdCode!: string;
  @Field(() => String) headName!: string;
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => String, { description: 'HOUSEHOLD or SINGLE_PERSON (单人保)' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) exitStartDate!: string | null;
  @Field(() => String, { description: 'YYYY-MM-DD, the last day of the gradual exit' }) exitEndDate!: string;
  @Field(() => String, { nullable: true, description: 'date of the written notice' }) noticeDate!: string | null;
  @Field(() => String, { nullable: true }) noticeRef!: string | null;
  @Field(() => Int, { description: 'days from Overview.asOf to the end (a gradual exit whose end date has come is ended)' }) daysLeft!: number;
}

@ObjectType('OverviewGradualExits', { simpleResolvers: true, description: 'Gradual exits ending after Overview.asOf and by Overview.exitWindowEnd: the count and the first items by end date' })
export class OverviewGradualExits {
  @Field(() => Int) count!: number;
  @Field(() => [OverviewGradualExit], { description: 'the earliest ending first, at most `top`' }) items!: OverviewGradualExit[];
}

@ObjectType('OverviewOverdueGrant', { simpleResolvers: true, description: 'A 先行救助 grant whose paperwork is overdue' })
export class OverviewOverdueGrant {
  @Field(() => ID) grantId!: string;
  @Field(() => ID, { nullable: true }) householdId!: string | null;
  @Field(() => String, { nullable: true }) householdCode!: string | null;
  @Field(() => String, { nullable: true }) headName!: string | null;
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => String, { description: 'EMERGENCY (急难型) or EXPENDITURE (支出型)' }) type!: string;
  @Field(() => Float) amount!: number;
  @Field(() => String, { description: 'YYYY-MM-DD' }) grantDate!: string;
  @Field(() => String, { description: 'YYYY-MM-DD, when the paperwork was due' }) paperworkDue!: string;
  @Field(() => Int, { description: 'days past due as of Overview.asOf' }) daysOverdue!: number;
}

@ObjectType('OverviewOverduePaperwork', { simpleResolvers: true, description: '先行救助 paperwork overdue: the count and the most overdue items' })
export class OverviewOverduePaperwork {
  @Field(() => Int) count!: number;
  @Field(() => [OverviewOverdueGrant], { description: 'the longest overdue first, at most `top`' }) items!: OverviewOverdueGrant[];
}

@ObjectType('OverviewReserveFund', { simpleResolvers: true, description: 'A township\'s reserve fund (备用金): balance = opening + top-ups − grants paid from it' })
export class OverviewReserveFund {
  @Field(() => String) townshipCode!: string;
  @Field(() => String) townshipName!: string;
  @Field(() => Float) opening!: number;
  @Field(() => Float) topUps!: number;
  @Field(() => Float, { description: 'grants drawn from it' }) granted!: number;
  @Field(() => Float) balance!: number;
}

@ObjectType('Overview', { simpleResolvers: true, description: '统计 — the county overview for a month, confined to the caller\'s scope' })
export class OverviewNode {
  @Field(() => String, { description: 'YYYY-MM' }) month!: string;
  @Field(() => String, { description: 'the region the figures cover (county, township or village code)' }) regionCode!: string;
  @Field(() => String) regionName!: string;
  @Field(() => String, { description: 'YYYY-MM-DD the date the figures are taken at: today for the current month, else the month\'s last day' }) asOf!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: gradual exits ending after asOf and by this date (asOf + 3 months) are "ending soon"' }) exitWindowEnd!: string;
  @Field(() => [OverviewTownship], { description: 'townships in scope, in the county\'s order: the rows of the tables' }) townships!: OverviewTownship[];
  @Field(() => [OverviewHouseholdFigure]) households!: OverviewHouseholdFigure[];
  @Field(() => [OverviewCheckFigure], { description: 'one per township in scope' }) checks!: OverviewCheckFigure[];
  @Field(() => [OverviewAssistanceFigure], { description: 'one per township in scope' }) assistance!: OverviewAssistanceFigure[];
  @Field(() => OverviewGradualExits) gradualExits!: OverviewGradualExits;
  @Field(() => OverviewOverduePaperwork) overduePaperwork!: OverviewOverduePaperwork;
  @Field(() => [OverviewReserveFund], { description: 'one per township in scope that has a fund' }) reserveFunds!: OverviewReserveFund[];
}
