// The county overview (统计) from the `overview` query: one request for every table and chart of the page.
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import type { HouseholdIncomeByTownshipQuery, OverviewQuery } from '../../generated/gql/graphql';

/** The overview as the page reads it (generated from the query below). */
export type Overview = NonNullable<OverviewQuery['overview']>;

const OVERVIEW = graphql(`query Overview($month: String!, $regionCode: String, $top: Int) {
  overview(month: $month, regionCode: $regionCode, top: $top) {
    month regionCode regionName asOf exitWindowEnd
    townships { code name }
    households { townshipCode category riskStatus households atRisk }
    checks { townshipCode townshipName month households visited notVisited submitted locked atRisk rate }
    assistance { townshipCode townshipName dibaoActive dibaoGradualExit dibaoSinglePerson gradualExitsEndingSoon
      reliefMonthGrants reliefMonthAmount reliefYearGrants reliefYearAmount overduePaperwork tekunCentralised tekunDispersed }
    gradualExits { count items { caseId householdId householdCode headName townshipCode townshipName kind exitStartDate exitEndDate noticeDate noticeRef daysLeft } }
    overduePaperwork { count items { grantId householdId householdCode headName townshipCode townshipName type amount grantDate paperworkDue daysOverdue } }
    reserveFunds { townshipCode townshipName opening topUps granted balance }
  }
}`);

export async function fetchOverview(month: string, regionCode: string | null, top = 20): Promise<Overview> {
  const d = await gql(OVERVIEW, { month, regionCode, top });
  return d.overview!;
}

/** Households, people and income per capita by township, from `householdsAggregate` (one statement on the server). */
export type IncomeGroup = HouseholdIncomeByTownshipQuery['householdsAggregate']['groups'][number];

const INCOME = graphql(`query HouseholdIncomeByTownship($where: HouseholdWhere) {
  householdsAggregate(where: $where, groupBy: [township]) {
    truncated groups { keys { township townshipName } count memberCount { sum } incomePerCapita { sum avg min max } }
  }
}`);

export async function fetchIncomeByTownship(township: string | null): Promise<IncomeGroup[]> {
  const d = await gql(INCOME, { where: township ? { regionCode: { startsWith: township } } : null });
  return d.householdsAggregate.groups;
}
