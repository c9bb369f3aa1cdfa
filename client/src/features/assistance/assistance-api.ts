// GraphQL operations of 救助 (低保, 临时救助, 特困供养), names as in the committed schema (server/schema.graphql).
import type { FieldError } from '@doudi/shared';
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import type {
  AssessmentBatchFieldsFragment, AssessmentFieldsFragment, CreateAssessmentBatchInput, DibaoCaseFieldsFragment, DibaoCaseWhere,
  EndDibaoInput, EnrolDibaoInput, EnrolTekunInput, FinalAssessmentInput, FindHouseholdQuery, GrantReliefInput, ReliefGrantFieldsFragment,
  ReliefGrantWhere, ReserveFundFieldsFragment, SelfCareAssessmentInput, StartGradualExitInput, TekunPersonFieldsFragment, TekunPersonWhere,
} from '../../generated/gql/graphql';

export interface Outcome<T> {
  ok: boolean;
  value: T | null;
  errors: FieldError[];
}

interface Connection<T> {
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every node of a connection (lists here are a township's or the county's cases: hundreds, pages of 500). */
async function all<T>(page: (after: string | null) => Promise<Connection<T>>, max = 5000): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const c = await page(after);
    out.push(...c.edges.map((e) => e.node));
    if (!c.pageInfo.hasNextPage || out.length >= max) return out;
    after = c.pageInfo.endCursor;
  }
}
export const clean = (w: Record<string, unknown>) => Object.fromEntries(Object.entries(w).filter(([, v]) => v !== null && v !== undefined && v !== ''));

/** A mutation's answer as an outcome: ok, the record it returns, the field errors. */
const outcome = <T>(r: { ok: boolean; errors: { field: string; code: string; message: string }[] | null }, value: T | null | undefined): Outcome<T> => ({
  ok: r.ok,
  value: value ?? null,
  errors: (r.errors ?? []) as FieldError[],
});

// ---- households (for the forms: a household by its code, with its members) -------------------------------------

const FIND_HOUSEHOLD = graphql(`query FindHousehold($c: String!) { households(where: { code: { eq: $c } }, first: 1, maskPii: true) {
  edges { node { id code headName regionCode townshipCode members { id name relation health disabilityGrade } } } } }`);
export type HouseholdPick = FindHouseholdQuery['households']['edges'][number]['node'];
export async function findHousehold(code: string): Promise<HouseholdPick | null> {
  const d = await gql(FIND_HOUSEHOLD, { c: code.trim() });
  return d.households.edges[0]?.node ?? null;
}

// ---- 低保 -----------------------------------------------------------------------------------------------------

graphql(`fragment DibaoCaseFields on DibaoCase { id householdId householdCode headName regionName townshipCode townshipName kind
  memberName state startDate monthlyAmount incomePerCapita aboveLine exitStartDate noticeDate noticeRef noticeStatus exitEndDate
  monthsLeft daysLeft endsWithin3Months endDate endReason version }`);
const DIBAO_CASES = graphql(`query DibaoCases($w: DibaoCaseWhere, $a: String) { c: dibaoCases(where: $w, first: 500, after: $a) {
  edges { node { ...DibaoCaseFields } } pageInfo { hasNextPage endCursor } } }`);
const ENROL_DIBAO = graphql(`mutation EnrolDibao($i: EnrolDibaoInput!) { r: enrolDibao(input: $i) { ok errors { field code message }
  dibaoCase { ...DibaoCaseFields } } }`);
const START_GRADUAL_EXIT = graphql(`mutation StartGradualExit($i: StartGradualExitInput!) { r: startGradualExit(input: $i) {
  ok errors { field code message } dibaoCase { ...DibaoCaseFields } } }`);
const END_DIBAO = graphql(`mutation EndDibao($i: EndDibaoInput!) { r: endDibao(input: $i) { ok errors { field code message }
  dibaoCase { ...DibaoCaseFields } } }`);

export type DibaoCase = DibaoCaseFieldsFragment;

export const fetchDibaoCases = (where: Record<string, unknown>) =>
  all(async (a) => (await gql(DIBAO_CASES, { w: clean(where) as DibaoCaseWhere, a })).c);
export const enrolDibao = async (i: Record<string, unknown>) => {
  const { r } = await gql(ENROL_DIBAO, { i: i as unknown as EnrolDibaoInput });
  return outcome(r, r.dibaoCase);
};
export const startGradualExit = async (i: Record<string, unknown>) => {
  const { r } = await gql(START_GRADUAL_EXIT, { i: i as unknown as StartGradualExitInput });
  return outcome(r, r.dibaoCase);
};
export const endDibao = async (i: Record<string, unknown>) => {
  const { r } = await gql(END_DIBAO, { i: i as unknown as EndDibaoInput });
  return outcome(r, r.dibaoCase);
};

// ---- 临时救助 ---------------------------------------------------------------------------------------------------

graphql(`fragment ReliefGrantFields on ReliefGrant { id householdCode recipientName townshipCode townshipName type amount cause
  grantDate migrantWorkerCase caseByCase meetingRef assistFirst paperworkDue paperworkDoneAt paperworkOverdue daysOverdue
  fromReserveFund version }`);
const RELIEF_GRANTS = graphql(`query ReliefGrants($w: ReliefGrantWhere, $a: String) { c: reliefGrants(where: $w, first: 500, after: $a) {
  edges { node { ...ReliefGrantFields } } pageInfo { hasNextPage endCursor } } }`);
const GRANT_RELIEF = graphql(`mutation GrantRelief($i: GrantReliefInput!) { r: grantRelief(input: $i) { ok errors { field code message }
  grant { ...ReliefGrantFields } } }`);
const COMPLETE_PAPERWORK = graphql(`mutation CompleteReliefPaperwork($id: ID!, $v: Int!) { r: completeReliefPaperwork(id: $id, version: $v) {
  ok errors { field code message } grant { ...ReliefGrantFields } } }`);

export type ReliefGrant = ReliefGrantFieldsFragment;

export const fetchReliefGrants = (where: Record<string, unknown>) =>
  all(async (a) => (await gql(RELIEF_GRANTS, { w: clean(where) as ReliefGrantWhere, a })).c);
export const grantRelief = async (i: Record<string, unknown>) => {
  const { r } = await gql(GRANT_RELIEF, { i: i as unknown as GrantReliefInput });
  return outcome(r, r.grant);
};
export async function completeReliefPaperwork(id: string, version: number): Promise<Outcome<ReliefGrant>> {
  const { r } = await gql(COMPLETE_PAPERWORK, { id, v: version });
  return outcome(r, r.grant);
}

graphql(`fragment ReserveFundFields on ReserveFund { townshipCode townshipName openingBalance toppedUp granted grantCount balance }`);
const RESERVE_FUNDS = graphql(`query ReserveFunds($r: String) { reserveFunds(regionCode: $r) { ...ReserveFundFields } }`);
const TOP_UP = graphql(`mutation TopUpReserveFund($t: String!, $a: Float!, $n: String) { r: topUpReserveFund(townshipCode: $t, amount: $a, note: $n) {
  ok errors { field code message } fund { ...ReserveFundFields } } }`);

export type ReserveFund = ReserveFundFieldsFragment;
export async function fetchReserveFunds(regionCode: string | null): Promise<ReserveFund[]> {
  const d = await gql(RESERVE_FUNDS, { r: regionCode || null });
  return d.reserveFunds;
}
/** 拨付备用金 (county only). */
export async function topUpReserveFund(townshipCode: string, amount: number, note: string | null): Promise<Outcome<ReserveFund>> {
  const { r } = await gql(TOP_UP, { t: townshipCode, a: amount, n: note });
  return outcome(r, r.fund);
}

// ---- 特困 -----------------------------------------------------------------------------------------------------

graphql(`fragment TekunPersonFields on TekunPerson { id name age householdCode regionName townshipCode townshipName supportMode
  careProviderOrg startDate state minorClause coverageEndDate latestResult latestStage version }`);
graphql(`fragment AssessmentFields on SelfCareAssessment { id personId personName result unmetCount assessorOrg stage assessedOn sampled
  eating dressing bed toilet walking bathing }`);
graphql(`fragment AssessmentBatchFields on AssessmentBatch { id townshipCode townshipName name state size requiredSampleSize sampleSize
  finalCount spotCheckSeed spotCheckDrawnAt spotCheckDrawnBy version
  items { sampled finalResult preliminary { ...AssessmentFields } final { ...AssessmentFields } } }`);
const TEKUN_PERSONS = graphql(`query TekunPersons($w: TekunPersonWhere, $a: String) { c: tekunPersons(where: $w, first: 500, after: $a) {
  edges { node { ...TekunPersonFields } } pageInfo { hasNextPage endCursor } } }`);
const ENROL_TEKUN = graphql(`mutation EnrolTekun($i: EnrolTekunInput!) { r: enrolTekun(input: $i) { ok errors { field code message }
  person { ...TekunPersonFields } } }`);
const BATCHES = graphql(`query AssessmentBatches($r: String) { assessmentBatches(regionCode: $r) { ...AssessmentBatchFields } }`);
const CREATE_BATCH = graphql(`mutation CreateAssessmentBatch($i: CreateAssessmentBatchInput!) { r: createAssessmentBatch(input: $i) {
  ok errors { field code message } batch { ...AssessmentBatchFields } } }`);
const RECORD_ASSESSMENT = graphql(`mutation RecordSelfCareAssessment($i: SelfCareAssessmentInput!) { r: recordSelfCareAssessment(input: $i) {
  ok result errors { field code message } assessment { ...AssessmentFields } } }`);
const DRAW_SPOT_CHECK = graphql(`mutation DrawSpotCheck($b: ID!, $s: String!) { r: drawSpotCheck(batchId: $b, seed: $s) {
  ok seed sampleSize errors { field code message } batch { ...AssessmentBatchFields } } }`);
const RECORD_FINAL = graphql(`mutation RecordFinalAssessment($i: FinalAssessmentInput!) { r: recordFinalAssessment(input: $i) {
  ok result errors { field code message } assessment { ...AssessmentFields } } }`);

export type TekunPerson = TekunPersonFieldsFragment;
export type Assessment = AssessmentFieldsFragment;
export type Batch = AssessmentBatchFieldsFragment;

export const fetchTekunPersons = (where: Record<string, unknown>) =>
  all(async (a) => (await gql(TEKUN_PERSONS, { w: clean(where) as TekunPersonWhere, a })).c);
export const enrolTekun = async (i: Record<string, unknown>) => {
  const { r } = await gql(ENROL_TEKUN, { i: i as unknown as EnrolTekunInput });
  return outcome(r, r.person);
};

export async function fetchBatches(regionCode: string | null): Promise<Batch[]> {
  const d = await gql(BATCHES, { r: regionCode || null });
  return d.assessmentBatches;
}
export const createBatch = async (i: Record<string, unknown>) => {
  const { r } = await gql(CREATE_BATCH, { i: i as unknown as CreateAssessmentBatchInput });
  return outcome(r, r.batch);
};

export async function recordSelfCareAssessment(i: Record<string, unknown>): Promise<Outcome<Assessment> & { result: string | null }> {
  const { r } = await gql(RECORD_ASSESSMENT, { i: i as unknown as SelfCareAssessmentInput });
  return { ...outcome(r, r.assessment), result: r.result };
}

export async function drawSpotCheck(batchId: string, seed: string): Promise<{ ok: boolean; errors: FieldError[]; seed: string | null; sampleSize: number; batch: Batch | null }> {
  const { r } = await gql(DRAW_SPOT_CHECK, { b: batchId, s: seed });
  return { ...r, errors: r.errors as FieldError[] };
}

/** 县级最终结论 on a sampled preliminary assessment (county only). */
export async function recordFinalAssessment(i: Record<string, unknown>): Promise<Outcome<Assessment> & { result: string | null }> {
  const { r } = await gql(RECORD_FINAL, { i: i as unknown as FinalAssessmentInput });
  return { ...outcome(r, r.assessment), result: r.result };
}
