import { expect } from 'vitest';
import { idCheckChar } from '@doudi/shared';
import type { Gql } from './harness.js';

// Helpers of the 数据比对 tests: loading a source over the API and reading its findings.

export const FINDING_FIELDS = `id version rule state townshipCode regionCode householdId personName idNumber reason dueDate overdue raisedOn
  action actionRef note verifiedBy sourceId rowNo`;
export const SOURCE_FIELDS = 'id kind agency asOf via loadedBy rowCount duplicateRows fileSha256 superseded status progress matchedRows findingCount';
export const LOAD = `mutation($input: LoadComparisonSourceInput!, $rows: [ComparisonRowInput!]!) { loadComparisonSource(input: $input, rows: $rows) {
  ok rows valid invalid errors { row field code message } warnings { row field code message } source { ${SOURCE_FIELDS} } } }`;
export const FINDINGS = `query($where: ComparisonFindingWhere, $first: Int, $after: String) { comparisonFindings(where: $where, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${FINDING_FIELDS} } } } }`;
export const VERIFY = `mutation($input: VerifyFindingInput!) { verifyFinding(input: $input) { ok errors { field code message } finding { ${FINDING_FIELDS}
  evidence { id fileName size url } } } }`;
export const RUN = `mutation($id: ID!) { runComparison(sourceId: $id) { ${SOURCE_FIELDS} } }`;

export async function loadSource(gql: Gql, kind: string, rows: Record<string, unknown>[], over: Record<string, unknown> = {}) {
  const res = await gql(LOAD, { input: { kind, asOf: '2026-06-01', ...over }, rows });
  expect(res.errors).toBeUndefined();
  return res.data.loadComparisonSource;
}

export async function findingsOf(gql: Gql, where: Record<string, unknown>): Promise<any[]> {
  const res = await gql(FINDINGS, { where, first: 500 });
  expect(res.errors).toBeUndefined();
  return res.data.comparisonFindings.edges.map((e: any) => e.node);
}

/** Rule codes of findings about a person (by household id), sorted. */
export const rulesOf = (fs: any[], householdId: string | null): string[] => fs.filter((f) => f.householdId === householdId).map((f) => f.rule).sort();

let xSerial = 0;
/** A valid ID number ending in X (prefix 640181, unused by makeId), born on `birth`. */
export function makeXId(birth = '19700101'): string {
  for (;;) {
    xSerial += 1;
    const first17 = `640181${birth}${String(xSerial % 1000).padStart(3, '0')}`;
    if (idCheckChar(first17) === 'X') return `${first17}X`;
  }
}

/** The 15-digit first-generation form of an 18-digit number born in the 1900s. */
export const fifteen = (id: string): string => id.slice(0, 6) + id.slice(8, 17);
