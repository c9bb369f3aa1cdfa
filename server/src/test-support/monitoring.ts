// Helpers of the monitoring tests (not a test file itself).
import { expect } from 'vitest';
import type { Gql } from './harness.js';
import { makeId, householdInput } from './fixtures.js';

export const ROW = `householdId householdCode headName category riskStatus regionCode townshipCode checkId month visitDate visitor
  incomeWages incomeBusiness incomeProperty incomeTransfer incomeTotal spendingMedical spendingSchooling foodOk clothingOk
  schoolingOk medicalInsuranceOk housingGrade waterOk riskFound riskTypes measures remarks atRisk state version monitoringLine`;
export const RESULT = `index householdId month ok errors { field code message } row { ${ROW} } conflict { ${ROW} }`;
export const SAVE = `mutation($rows: [MonthlyCheckInput!]!) { saveMonthlyChecks(rows: $rows) { ${RESULT} } }`;
export const SUBMIT = `mutation($r: String!, $m: String!, $ids: [ID!]) { submitMonthlyChecks(regionCode: $r, month: $m, householdIds: $ids) { ${RESULT} } }`;
export const LOCK = `mutation($r: String!, $m: String!) { lockMonth(regionCode: $r, month: $m) { month regionCode locked notSubmitted notVisited
  townships { townshipCode households visited notVisited submitted locked atRisk rate lockedAt } } }`;
export const CORRECT = `mutation($input: CorrectMonthlyCheckInput!) { correctMonthlyCheck(input: $input) { ${RESULT} } }`;
export const GRID = `query($w: MonthlyCheckWhere!, $first: Int, $after: String) { monthlyChecks(where: $w, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ROW} } } } }`;
export const COMPLETION = `query($m: String!, $r: String) { monthlyCheckCompletion(month: $m, regionCode: $r) {
  townshipCode townshipName households visited notVisited submitted locked atRisk rate lockedAt } }`;
export const REFERRALS = `query($w: RiskReferralWhere, $first: Int, $after: String) { riskReferrals(where: $w, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id householdId householdCode month checkId reasons state closedAt closeReason } } } }`;
export const ELIMINATE = `mutation($id: ID!, $v: Int!) { eliminateRisk(householdId: $id, version: $v) { ok errors { field code message }
  household { id riskStatus version } conflict { id version } } }`;

export const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }): string =>
  String(res.errors?.[0]?.extensions?.code ?? 'OK');

/** A check that passes everything, income well above any demo line. */
export const GOOD = {
  visitor: '李建国', incomeWages: 6000, incomeBusiness: 2000, incomeProperty: 500, incomeTransfer: 1500,
  foodOk: true, clothingOk: true, schoolingOk: true, medicalInsuranceOk: true, housingGrade: 'A', waterOk: true,
};

export async function createHousehold(gql: Gql, over: Record<string, unknown> = {}, members?: Record<string, unknown>[]): Promise<{ id: string; version: number; code: string }> {
  const res = await gql(`mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ok errors { field code message } household { id version code } } }`, {
    input: [householdInput(over, members)],
  });
  expect(res.errors).toBeUndefined();
  const r = res.data.createHouseholds[0];
  expect(r.errors).toEqual([]);
  return r.household;
}

/** A household with a working-age member able to work. */
export const WORKING = () => [
  { name: '马占福', idNumber: makeId('19800312'), relation: 'HEAD', laborAbility: 'NORMAL' },
  { name: '马秀英', idNumber: makeId('19820805', { female: true }), relation: 'SPOUSE', laborAbility: 'WEAK' },
];
/** Only elderly members. */
export const ELDERLY = () => [
  { name: '杨德才', idNumber: makeId('19480312'), relation: 'HEAD', laborAbility: 'NONE' },
  { name: '杨李氏', idNumber: makeId('19500805', { female: true }), relation: 'SPOUSE', laborAbility: 'NONE' },
];

export async function save(gql: Gql, rows: Record<string, unknown>[]): Promise<any[]> {
  const res = await gql(SAVE, { rows });
  expect(res.errors).toBeUndefined();
  return res.data.saveMonthlyChecks;
}

export async function saveOk(gql: Gql, row: Record<string, unknown>): Promise<any> {
  const [r] = await save(gql, [row]);
  expect(r.errors).toEqual([]);
  expect(r.ok).toBe(true);
  return r.row;
}

export const errs = (r: { errors: { field: string; code: string }[] }) => r.errors.map((e) => `${e.field}:${e.code}`);

/** China-time instant. */
export const china = (s: string) => new Date(`${s}+08:00`);
