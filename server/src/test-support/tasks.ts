import type { Gql } from './harness.js';

/** What the tests ask of an assignment. */
export const ASSIGNMENT = `id status dueDate overdue escalated missingPeriods overduePeriods rejectionCount version closedAt closedBy
  lastReportAt measure { id no title deadline recurrence } unit { code name kind }
  notice { id kind text actor at } lastReport { id period text reporter evidence { id fileName contentType size sha256 url } }
  reports { id period text reporter at } events { kind actor text fromStatus toStatus reportId at }`;

export const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }): string =>
  String(res.errors?.[0]?.extensions?.code ?? 'OK');

/** Every assignment a caller sees (one page: a plan has ~100). */
export async function listAssignments(gql: Gql, where: Record<string, unknown> = {}, fields = ASSIGNMENT): Promise<any[]> {
  const res = await gql(`query($w: AssignmentWhere) { assignments(where: $w, first: 500) { totalCount edges { node { ${fields} } } } }`, { w: where });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.assignments.edges.map((e: any) => e.node);
}

/** The assignment of a measure (by number) for a unit: of the given plan, or of the newest. */
export async function findAssignment(gql: Gql, measureNo: number, unitCode: string, planId?: string): Promise<any> {
  const [a] = await listAssignments(gql, { measureNo, unitCode, ...(planId ? { planId } : {}) });
  if (!a) throw new Error(`no assignment for measure ${measureNo} × ${unitCode}`);
  return a;
}

export const M = {
  report: `mutation($id: ID!, $v: Int!, $t: String!, $p: String, $e: [EvidenceUpload!]) { reportProgress(assignmentId: $id, version: $v, text: $t, period: $p, evidence: $e) { ${ASSIGNMENT} } }`,
  request: `mutation($id: ID!, $v: Int!) { requestClose(assignmentId: $id, version: $v) { ${ASSIGNMENT} } }`,
  approve: `mutation($id: ID!, $v: Int!) { approveClose(assignmentId: $id, version: $v) { ${ASSIGNMENT} } }`,
  reject: `mutation($id: ID!, $v: Int!, $r: String!) { rejectClose(assignmentId: $id, version: $v, reason: $r) { ${ASSIGNMENT} } }`,
  urge: `mutation($id: ID!, $v: Int!, $t: String) { urgeAssignment(assignmentId: $id, version: $v, text: $t) { ${ASSIGNMENT} } }`,
};

/** Runs a mutation and returns its assignment, failing loudly on an error. */
export async function must(gql: Gql, query: string, vars: Record<string, unknown>): Promise<any> {
  const res = await gql(query, vars);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data)[0];
}
