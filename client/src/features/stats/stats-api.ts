// The county overview (统计) from the `overview` query: one request for every table and chart of the page.
import { gql } from '../../api/client';

export interface OverviewTownship { code: string; name: string }
export interface HouseholdFigure { townshipCode: string; category: string; riskStatus: string; households: number; atRisk: number }
export interface CheckFigure {
  townshipCode: string; townshipName: string; month: string; households: number; visited: number; notVisited: number;
  submitted: number; locked: number; atRisk: number; rate: number;
}
export interface AssistanceFigure {
  townshipCode: string; townshipName: string; dibaoActive: number; dibaoGradualExit: number; dibaoSinglePerson: number;
  gradualExitsEndingSoon: number; reliefMonthGrants: number; reliefMonthAmount: number; reliefYearGrants: number;
  reliefYearAmount: number; overduePaperwork: number; tekunCentralised: number; tekunDispersed: number;
}
export interface GradualExit {
  caseId: string; householdId: string; householdCode: string; headName: string; townshipCode: string; townshipName: string;
  kind: string; exitStartDate: string | null; exitEndDate: string; noticeDate: string | null; noticeRef: string | null; daysLeft: number;
}
export interface OverdueGrant {
  grantId: string; householdId: string | null; householdCode: string | null; headName: string | null; townshipCode: string;
  townshipName: string; type: string; amount: number; grantDate: string; paperworkDue: string; daysOverdue: number;
}
export interface ReserveFund { townshipCode: string; townshipName: string; opening: number; topUps: number; granted: number; balance: number }
export interface Overview {
  month: string; regionCode: string; regionName: string; asOf: string; exitWindowEnd: string;
  townships: OverviewTownship[];
  households: HouseholdFigure[];
  checks: CheckFigure[];
  assistance: AssistanceFigure[];
  gradualExits: { count: number; items: GradualExit[] };
  overduePaperwork: { count: number; items: OverdueGrant[] };
  reserveFunds: ReserveFund[];
}

const OVERVIEW = `query Overview($month: String!, $regionCode: String, $top: Int) {
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
}`;

export async function fetchOverview(month: string, regionCode: string | null, top = 20): Promise<Overview> {
  const d = await gql<{ overview: Overview }>(OVERVIEW, { month, regionCode, top });
  return d.overview;
}
