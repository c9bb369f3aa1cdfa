import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import type { Gql } from './harness.js';
import { householdInput, makeId } from './fixtures.js';

// Shared by the assistance tests: households through the ledger API, and the GraphQL documents.

export const china = (s: string): Date => new Date(`${s}+08:00`);

export const CASE_FIELDS = `id householdId householdCode headName regionCode townshipCode townshipName kind memberId memberName idNumber state
  startDate monthlyAmount incomePerCapita aboveLine exitStartDate noticeDate noticeRef noticeStatus exitEndDate monthsLeft daysLeft
  endsWithin3Months endDate endReason version`;
export const CASE_RESULT = `ok errors { field code message } dibaoCase { ${CASE_FIELDS} } conflict { id version }`;

export const GRANT_FIELDS = `id householdId householdCode memberId recipientName recipientIdNumber townshipCode townshipName type amount cause
  grantDate migrantWorkerCase noIncomeThreeMonths noUnemploymentInsurance notOnDibao caseByCase meetingRef assistFirst paperworkDue
  paperworkDoneAt paperworkOverdue daysOverdue fromReserveFund version createdBy`;
export const GRANT_RESULT = `ok errors { field code message } grant { ${GRANT_FIELDS} }`;
export const FUND_FIELDS = 'townshipCode townshipName openingBalance toppedUp granted grantCount balance';

export const PERSON_FIELDS = `id memberId name idNumber age householdId householdCode townshipCode supportMode careProviderOrg startDate state
  minorClause coverageEndDate endDate endReason latestResult latestStage version`;
export const ASSESSMENT_FIELDS = `id personId personName batchId eating dressing bed toilet walking bathing unmetCount result assessorOrg stage
  assessedOn finalOf sampled`;
export const BATCH_FIELDS = `id townshipCode name state size requiredSampleSize sampleSize finalCount spotCheckSeed spotCheckDrawnBy
  items { sampled finalResult preliminary { id personId result } final { id result } }`;

export interface Made {
  id: string;
  code: string;
  members: { id: string; name: string; idNumber: string; relation: string }[];
}

/** Creates a household (as the given user) and returns it with its members. */
export async function makeHousehold(gql: Gql, over: Record<string, unknown> = {}, members?: Record<string, unknown>[]): Promise<Made> {
  const res = await gql(
    `mutation($input: [HouseholdCreateInput!]!) { createHouseholds(input: $input) { ok errors { field code message }
      household { id code members { id name idNumber relation } } } }`,
    { input: [householdInput(over, members)] },
  );
  expect(res.errors).toBeUndefined();
  const r = res.data.createHouseholds[0];
  expect(r.errors).toEqual([]);
  return r.household as Made;
}

export const person = (name: string, birth: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  ({ name, idNumber: makeId(birth), relation: 'HEAD', ...extra });

/** An exported list's rows (headers on row 2, under the title), keyed by header, as the export wrote them. */
export async function xlsxRows(res: Response): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const ws = wb.worksheets[0]!;
  const head = (ws.getRow(2).values as unknown[]).slice(1);
  const rows: Record<string, unknown>[] = [];
  for (let r = 3; r <= ws.rowCount; r++) rows.push(Object.fromEntries(head.map((h, i) => [h, ws.getRow(r).getCell(i + 1).value])));
  return rows;
}
