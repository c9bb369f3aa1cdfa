// GraphQL operations of 救助 (低保, 临时救助, 特困供养), names as in the committed schema (server/schema.graphql).
import type { FieldError } from '@doudi/shared';
import { gql } from '../../api/client';

export interface Outcome<T> {
  ok: boolean;
  value: T | null;
  errors: FieldError[];
}

/** Every node of a connection (lists here are a township's or the county's cases: hundreds, pages of 500). */
async function all<T>(field: string, whereType: string, where: Record<string, unknown>, selection: string, max = 5000): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const d: Record<string, { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> = await gql(
      `query($w: ${whereType}, $a: String) { c: ${field}(where: $w, first: 500, after: $a) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`,
      { w: clean(where), a: after },
    );
    const c = d.c!;
    out.push(...c.edges.map((e) => e.node));
    if (!c.pageInfo.hasNextPage || out.length >= max) return out;
    after = c.pageInfo.endCursor;
  }
}
export const clean = (w: Record<string, unknown>) => Object.fromEntries(Object.entries(w).filter(([, v]) => v !== null && v !== undefined && v !== ''));

async function mutate<T>(name: string, inputType: string, input: Record<string, unknown>, valueField: string, selection: string): Promise<Outcome<T>> {
  const d = await gql<{ r: Record<string, unknown> & { ok: boolean; errors: FieldError[] } }>(
    `mutation($i: ${inputType}!) { r: ${name}(input: $i) { ok errors { field code message } ${valueField} { ${selection} } } }`,
    { i: input },
  );
  return { ok: d.r.ok, value: (d.r[valueField] as T) ?? null, errors: d.r.errors ?? [] };
}

// ---- households (for the forms: a household by its code, with its members) -------------------------------------

export interface HouseholdPick {
  id: string;
  code: string;
  headName: string;
  regionCode: string;
  townshipCode: string;
  members: { id: string; name: string; relation: string; health: string | null; disabilityGrade: string | null }[];
}
export async function findHousehold(code: string): Promise<HouseholdPick | null> {
  const d = await gql<{ households: { edges: { node: HouseholdPick }[] } }>(
    `query($c: String!) { households(where: { code: { eq: $c } }, first: 1, maskPii: true) { edges { node { id code headName regionCode townshipCode members { id name relation health disabilityGrade } } } } }`,
    { c: code.trim() },
  );
  return d.households.edges[0]?.node ?? null;
}

// ---- 低保 -----------------------------------------------------------------------------------------------------

export interface DibaoCase {
  id: string;
  householdId: string;
  householdCode: string;
  headName: string;
  regionName: string;
  townshipCode: string;
  townshipName: string;
  kind: string;
  memberName: string | null;
  state: string;
  startDate: string;
  monthlyAmount: number;
  incomePerCapita: number;
  aboveLine: boolean;
  exitStartDate: string | null;
  noticeDate: string | null;
  noticeRef: string | null;
  noticeStatus: string | null;
  exitEndDate: string | null;
  monthsLeft: number | null;
  daysLeft: number | null;
  endsWithin3Months: boolean;
  endDate: string | null;
  endReason: string | null;
  version: number;
}
const DIBAO = `id householdId householdCode headName regionName townshipCode townshipName kind memberName state startDate monthlyAmount
  incomePerCapita aboveLine exitStartDate noticeDate noticeRef noticeStatus exitEndDate monthsLeft daysLeft endsWithin3Months endDate endReason version`;

export const fetchDibaoCases = (where: Record<string, unknown>) => all<DibaoCase>('dibaoCases', 'DibaoCaseWhere', where, DIBAO);
export const enrolDibao = (i: Record<string, unknown>) => mutate<DibaoCase>('enrolDibao', 'EnrolDibaoInput', i, 'dibaoCase', DIBAO);
export const startGradualExit = (i: Record<string, unknown>) => mutate<DibaoCase>('startGradualExit', 'StartGradualExitInput', i, 'dibaoCase', DIBAO);
export const endDibao = (i: Record<string, unknown>) => mutate<DibaoCase>('endDibao', 'EndDibaoInput', i, 'dibaoCase', DIBAO);

// ---- 临时救助 ---------------------------------------------------------------------------------------------------

export interface ReliefGrant {
  id: string;
  householdCode: string | null;
  recipientName: string;
  townshipCode: string;
  townshipName: string;
  type: string;
  amount: number;
  cause: string;
  grantDate: string;
  migrantWorkerCase: boolean;
  caseByCase: boolean;
  meetingRef: string;
  assistFirst: boolean;
  paperworkDue: string | null;
  paperworkDoneAt: string | null;
  paperworkOverdue: boolean;
  daysOverdue: number | null;
  fromReserveFund: boolean;
  version: number;
}
const GRANT = `id householdCode recipientName townshipCode townshipName type amount cause grantDate migrantWorkerCase caseByCase meetingRef
  assistFirst paperworkDue paperworkDoneAt paperworkOverdue daysOverdue fromReserveFund version`;

export const fetchReliefGrants = (where: Record<string, unknown>) => all<ReliefGrant>('reliefGrants', 'ReliefGrantWhere', where, GRANT);
export const grantRelief = (i: Record<string, unknown>) => mutate<ReliefGrant>('grantRelief', 'GrantReliefInput', i, 'grant', GRANT);
export async function completeReliefPaperwork(id: string, version: number): Promise<Outcome<ReliefGrant>> {
  const d = await gql<{ r: { ok: boolean; grant: ReliefGrant | null; errors: FieldError[] } }>(
    `mutation($id: ID!, $v: Int!) { r: completeReliefPaperwork(id: $id, version: $v) { ok errors { field code message } grant { ${GRANT} } } }`,
    { id, v: version },
  );
  return { ok: d.r.ok, value: d.r.grant, errors: d.r.errors };
}

export interface ReserveFund {
  townshipCode: string;
  townshipName: string;
  openingBalance: number;
  toppedUp: number;
  granted: number;
  grantCount: number;
  balance: number;
}
export async function fetchReserveFunds(regionCode: string | null): Promise<ReserveFund[]> {
  const d = await gql<{ reserveFunds: ReserveFund[] }>(
    `query($r: String) { reserveFunds(regionCode: $r) { townshipCode townshipName openingBalance toppedUp granted grantCount balance } }`,
    { r: regionCode || null },
  );
  return d.reserveFunds;
}
const FUND = 'townshipCode townshipName openingBalance toppedUp granted grantCount balance';
/** 拨付备用金 (county only). */
export async function topUpReserveFund(townshipCode: string, amount: number, note: string | null): Promise<Outcome<ReserveFund>> {
  const d = await gql<{ r: { ok: boolean; fund: ReserveFund | null; errors: FieldError[] } }>(
    `mutation($t: String!, $a: Float!, $n: String) { r: topUpReserveFund(townshipCode: $t, amount: $a, note: $n) { ok errors { field code message } fund { ${FUND} } } }`,
    { t: townshipCode, a: amount, n: note },
  );
  return { ok: d.r.ok, value: d.r.fund, errors: d.r.errors };
}

// ---- 特困 -----------------------------------------------------------------------------------------------------

export interface TekunPerson {
  id: string;
  name: string;
  age: number | null;
  householdCode: string;
  regionName: string;
  townshipCode: string;
  townshipName: string;
  supportMode: string;
  careProviderOrg: string;
  startDate: string;
  state: string;
  minorClause: boolean;
  coverageEndDate: string | null;
  latestResult: string | null;
  latestStage: string | null;
  version: number;
}
const PERSON = `id name age householdCode regionName townshipCode townshipName supportMode careProviderOrg startDate state minorClause
  coverageEndDate latestResult latestStage version`;
export const fetchTekunPersons = (where: Record<string, unknown>) => all<TekunPerson>('tekunPersons', 'TekunPersonWhere', where, PERSON);
export const enrolTekun = (i: Record<string, unknown>) => mutate<TekunPerson>('enrolTekun', 'EnrolTekunInput', i, 'person', PERSON);

export interface Assessment {
  id: string;
  personId: string;
  personName: string;
  result: string;
  unmetCount: number;
  assessorOrg: string;
  stage: string;
  assessedOn: string;
  sampled: boolean;
  eating: boolean;
  dressing: boolean;
  bed: boolean;
  toilet: boolean;
  walking: boolean;
  bathing: boolean;
}
const ASSESSMENT = 'id personId personName result unmetCount assessorOrg stage assessedOn sampled eating dressing bed toilet walking bathing';
export interface Batch {
  id: string;
  townshipCode: string;
  townshipName: string;
  name: string;
  state: string;
  size: number;
  requiredSampleSize: number;
  sampleSize: number;
  finalCount: number;
  spotCheckSeed: string | null;
  spotCheckDrawnAt: string | null;
  spotCheckDrawnBy: string | null;
  version: number;
  items: { preliminary: Assessment; sampled: boolean; finalResult: string | null; final: Assessment | null }[];
}
const BATCH = `id townshipCode townshipName name state size requiredSampleSize sampleSize finalCount spotCheckSeed spotCheckDrawnAt
  spotCheckDrawnBy version items { sampled finalResult preliminary { ${ASSESSMENT} } final { ${ASSESSMENT} } }`;

export async function fetchBatches(regionCode: string | null): Promise<Batch[]> {
  const d = await gql<{ assessmentBatches: Batch[] }>(`query($r: String) { assessmentBatches(regionCode: $r) { ${BATCH} } }`, { r: regionCode || null });
  return d.assessmentBatches;
}
export const createBatch = (i: Record<string, unknown>) => mutate<Batch>('createAssessmentBatch', 'CreateAssessmentBatchInput', i, 'batch', BATCH);

export async function recordSelfCareAssessment(i: Record<string, unknown>): Promise<Outcome<Assessment> & { result: string | null }> {
  const d = await gql<{ r: { ok: boolean; result: string | null; assessment: Assessment | null; errors: FieldError[] } }>(
    `mutation($i: SelfCareAssessmentInput!) { r: recordSelfCareAssessment(input: $i) { ok result errors { field code message } assessment { ${ASSESSMENT} } } }`,
    { i },
  );
  return { ok: d.r.ok, value: d.r.assessment, errors: d.r.errors, result: d.r.result };
}

export async function drawSpotCheck(batchId: string, seed: string): Promise<{ ok: boolean; errors: FieldError[]; seed: string | null; sampleSize: number; batch: Batch | null }> {
  const d = await gql<{ r: { ok: boolean; errors: FieldError[]; seed: string | null; sampleSize: number; batch: Batch | null } }>(
    `mutation($b: ID!, $s: String!) { r: drawSpotCheck(batchId: $b, seed: $s) { ok seed sampleSize errors { field code message } batch { ${BATCH} } } }`,
    { b: batchId, s: seed },
  );
  return d.r;
}

/** 县级最终结论 on a sampled preliminary assessment (county only). */
export async function recordFinalAssessment(i: Record<string, unknown>): Promise<Outcome<Assessment> & { result: string | null }> {
  const d = await gql<{ r: { ok: boolean; result: string | null; assessment: Assessment | null; errors: FieldError[] } }>(
    `mutation($i: FinalAssessmentInput!) { r: recordFinalAssessment(input: $i) { ok result errors { field code message } assessment { ${ASSESSMENT} } } }`,
    { i },
  );
  return { ok: d.r.ok, value: d.r.assessment, errors: d.r.errors, result: d.r.result };
}
