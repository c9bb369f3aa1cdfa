// GraphQL operations of issue 16's loops (referral loop, county approval of large relief, 价格临时补贴, 集中供养,
// 委托照料 and 探访), names as in server/schema.graphql. Mutations answer { ok, errors }: a refusal never throws.
import type { FieldError } from '@doudi/shared';
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import { clean } from '../assistance/assistance-api';
import type {
  LoopReferralFieldsFragment, ReliefRequestFieldsFragment, SubsidyRunsQuery, SubsidyPaymentsQuery, CentralCareListQuery,
  CareAgreementListQuery, VisitScheduleListQuery,
} from '../../generated/gql/graphql';

export interface Result { ok: boolean; errors: FieldError[] }
const result = (r: { ok: boolean; errors: { field: string; code: string; message: string }[] }): Result => ({ ok: r.ok, errors: r.errors as FieldError[] });

// ---- referrals ------------------------------------------------------------------------------------------------

graphql(`fragment LoopReferralFields on RiskReferral { id householdId householdCode headName category regionName month reasons state owner helper
  dueDate overdue assistanceKind assistanceRef assistanceNote closeKind closeReason version }`);
export type LoopReferral = LoopReferralFieldsFragment;
const REFERRALS = graphql(`query LoopReferrals($w: RiskReferralWhere, $a: String) { riskReferrals(where: $w, first: 500, after: $a) {
  totalCount edges { node { ...LoopReferralFields } } pageInfo { hasNextPage endCursor } } }`);
export async function fetchReferrals(where: { regionCode?: string | null; state?: string | null; active?: boolean | null; overdue?: boolean | null }): Promise<{ rows: LoopReferral[]; total: number }> {
  const d = await gql(REFERRALS, { w: clean(where), a: null });
  return { rows: d.riskReferrals.edges.map((e) => e.node), total: d.riskReferrals.totalCount };
}
const BOARD = graphql(`query ReferralBoard($r: String) { referralBoard(regionCode: $r) { townshipCode townshipName active open assigned assisting overdue } }`);
export async function fetchReferralBoard(r: string | null) {
  return (await gql(BOARD, { r })).referralBoard;
}
const ASSIGN = graphql(`mutation AssignReferral($i: AssignReferralInput!) { r: assignReferral(input: $i) { ok errors { field code message } } }`);
const START = graphql(`mutation StartReferral($i: StartReferralAssistanceInput!) { r: startReferralAssistance(input: $i) { ok errors { field code message } } }`);
const CLOSE = graphql(`mutation CloseReferral($i: CloseReferralInput!) { r: closeReferral(input: $i) { ok errors { field code message } } }`);
export const assignReferral = async (i: { referralId: string; version: number; owner: string; helper: string }) => result((await gql(ASSIGN, { i })).r);
export const startReferral = async (i: { referralId: string; version: number; assistanceKind: string; assistanceRef?: string; assistanceNote?: string }) =>
  result((await gql(START, { i: i as never })).r);
export const closeReferral = async (i: { referralId: string; version: number; closeKind: string; reason: string }) => result((await gql(CLOSE, { i: i as never })).r);

// ---- large relief ---------------------------------------------------------------------------------------------

graphql(`fragment ReliefRequestFields on ReliefGrant { id householdCode recipientName recipientIdNumber townshipName type amount cause grantDate
  caseByCase meetingRef approval decidedBy decidedOn decisionNote version }`);
export type ReliefRequest = ReliefRequestFieldsFragment;
const REQUESTS = graphql(`query ReliefRequests($w: ReliefGrantWhere) { reliefGrants(where: $w, first: 500) { edges { node { ...ReliefRequestFields } } } }`);
export async function fetchReliefRequests(regionCode: string | null, approval: string | null): Promise<ReliefRequest[]> {
  const w = clean({ regionCode, approval, caseByCase: approval ? null : true });
  return (await gql(REQUESTS, { w: w as never })).reliefGrants.edges.map((e) => e.node);
}
const DECIDE = graphql(`mutation DecideRelief($i: DecideReliefInput!) { r: decideReliefRequest(input: $i) { ok errors { field code message } } }`);
export const decideRelief = async (i: { grantId: string; version: number; approve: boolean; note?: string }) => result((await gql(DECIDE, { i })).r);

// ---- 价格临时补贴 -----------------------------------------------------------------------------------------------

const RUNS = graphql(`query SubsidyRuns($r: String) { subsidyRuns(regionCode: $r) { id month title amountPerPerson groups note personCount totalAmount
  countyPersonCount countyTotalAmount } }`);
export type SubsidyRun = SubsidyRunsQuery['subsidyRuns'][number];
export const fetchSubsidyRuns = async (r: string | null) => (await gql(RUNS, { r })).subsidyRuns;
const PAYMENTS = graphql(`query SubsidyPayments($run: ID!, $r: String, $a: String) { subsidyPayments(runId: $run, regionCode: $r, first: 500, after: $a) {
  totalCount totalAmount edges { node { id name idNumber householdCode townshipName regionName groups amount } } pageInfo { hasNextPage endCursor } } }`);
export type SubsidyPayment = SubsidyPaymentsQuery['subsidyPayments']['edges'][number]['node'];
export async function fetchSubsidyPayments(run: string, r: string | null): Promise<SubsidyPayment[]> {
  const out: SubsidyPayment[] = [];
  let a: string | null = null;
  for (;;) {
    const d: SubsidyPaymentsQuery['subsidyPayments'] = (await gql(PAYMENTS, { run, r, a })).subsidyPayments;
    out.push(...d.edges.map((e) => e.node));
    if (!d.pageInfo.hasNextPage || out.length >= 20_000) return out;
    a = d.pageInfo.endCursor ?? null;
  }
}
const OPEN_RUN = graphql(`mutation OpenSubsidyRun($i: OpenSubsidyRunInput!) { r: openSubsidyRun(input: $i) { ok errors { field code message } } }`);
export const openSubsidyRun = async (i: { month: string; amountPerPerson: number; groups: string[]; title: string; note?: string }) =>
  result((await gql(OPEN_RUN, { i: i as never })).r);

// ---- 集中供养, 委托照料, 探访 -------------------------------------------------------------------------------------

const CENTRAL = graphql(`query CentralCareList($r: String, $a: Boolean) { centralCare(regionCode: $r, awaitingOnly: $a) { personId name idNumber age
  townshipName regionName supportMode selfCare wish askedOn awaiting version } centralCareByTownship(regionCode: $r) { townshipCode townshipName
  dispersedUnable notAsked wishing awaiting } }`);
export type CentralCareRow = CentralCareListQuery['centralCare'][number];
export const fetchCentralCare = async (r: string | null, awaitingOnly: boolean) => gql(CENTRAL, { r, a: awaitingOnly });
const WISH = graphql(`mutation RecordWish($i: CentralCareWishInput!) { r: recordCentralCareWish(input: $i) { ok errors { field code message } } }`);
export const recordWish = async (i: { personId: string; version: number; wish: boolean; askedOn: string }) => result((await gql(WISH, { i })).r);
const MODE = graphql(`mutation ChangeMode($i: ChangeSupportModeInput!) { r: changeSupportMode(input: $i) { ok errors { field code message } } }`);
export const changeMode = async (i: { personId: string; version: number; supportMode: string; changedOn: string; reason: string; careProviderOrg?: string }) =>
  result((await gql(MODE, { i: i as never })).r);

const AGREEMENTS = graphql(`query CareAgreementList($r: String, $p: Boolean) { careAgreements(regionCode: $r, problemsOnly: $p) { personId name idNumber
  townshipName regionName status agreementId carerKind carerName carerPhone startDate endDate signedOn duties agreementVersion } }`);
export type AgreementRow = CareAgreementListQuery['careAgreements'][number];
export const fetchAgreements = async (r: string | null, problemsOnly: boolean) => (await gql(AGREEMENTS, { r, p: problemsOnly })).careAgreements;
const SAVE_AGREEMENT = graphql(`mutation SaveAgreement($i: CareAgreementInput!) { r: saveCareAgreement(input: $i) { ok errors { field code message } } }`);
export const saveAgreement = async (i: Record<string, unknown>) => result((await gql(SAVE_AGREEMENT, { i: i as never })).r);

const SCHEDULE = graphql(`query VisitScheduleList($r: String, $o: Boolean) { visitSchedule(regionCode: $r, overdueOnly: $o) { personId name idNumber age
  townshipName regionName selfCare intervalDays lastVisit nextDue overdue daysOverdue } visitsByTownship(regionCode: $r) { townshipCode townshipName dispersed overdue } }`);
export type VisitRow = VisitScheduleListQuery['visitSchedule'][number];
export const fetchSchedule = async (r: string | null, overdueOnly: boolean) => gql(SCHEDULE, { r, o: overdueOnly });
const VISIT = graphql(`mutation RecordVisit($i: CareVisitInput!) { r: recordCareVisit(input: $i) { ok errors { field code message } } }`);
export const recordVisit = async (i: Record<string, unknown>) => result((await gql(VISIT, { i: i as never })).r);
