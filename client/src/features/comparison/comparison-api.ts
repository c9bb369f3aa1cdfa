// GraphQL operations of 数据比对 (sources, rules, findings, verification), names as in server/schema.graphql.
import type { FieldError } from '@doudi/shared';
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import type {
  ComparisonFindingWhere, ComparisonFindingsQuery, ComparisonFindingQuery, ComparisonSetupQuery, ComparisonSummaryQuery, VerifyFindingInput,
} from '../../generated/gql/graphql';

const SETUP = graphql(`query ComparisonSetup { comparisonRules { rule label kinds description measure }
  comparisonKinds { kind label agency columns { field label required } }
  comparisonSources { id kind agency asOf via loadedBy loadedAt rowCount duplicateRows fileName superseded status progress matchedRows findingCount } }`);
export type Setup = ComparisonSetupQuery;
export type Source = Setup['comparisonSources'][number];
export type RuleInfo = Setup['comparisonRules'][number];
export const fetchSetup = () => gql(SETUP);

const FINDINGS = graphql(`query ComparisonFindings($w: ComparisonFindingWhere, $a: String) { comparisonFindings(where: $w, first: 500, after: $a) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id version rule ruleLabel sourceId kind agency rowNo personName idNumber householdId
  householdCode townshipCode townshipName reason state raisedOn dueDate overdue action actionRef verifiedBy } } } }`);
export type FindingRow = ComparisonFindingsQuery['comparisonFindings']['edges'][number]['node'];
/** The findings the filter selects (at most 2,000: the grid is a queue, the Excel export has them all). */
export async function fetchFindings(w: ComparisonFindingWhere): Promise<{ rows: FindingRow[]; total: number }> {
  const rows: FindingRow[] = [];
  let after: string | null = null;
  let total = 0;
  for (;;) {
    const d: ComparisonFindingsQuery = await gql(FINDINGS, { w, a: after });
    total = d.comparisonFindings.totalCount;
    rows.push(...d.comparisonFindings.edges.map((e) => e.node));
    if (!d.comparisonFindings.pageInfo.hasNextPage || rows.length >= 2000) return { rows, total };
    after = d.comparisonFindings.pageInfo.endCursor ?? null;
  }
}

const FINDING = graphql(`query ComparisonFinding($id: ID!) { comparisonFinding(id: $id) { id version rule ruleLabel kind agency rowNo personName
  idNumber householdCode townshipName reason state raisedOn dueDate overdue action actionRef note verifiedBy verifiedAt
  sourceRow { field label value } ledger { householdId householdCode category regionName deleted memberId name idNumber relation disabilityGrade
  memberCount dibao tekun } evidence { id fileName size url } } }`);
export type FindingDetail = NonNullable<ComparisonFindingQuery['comparisonFinding']>;
export const fetchFinding = async (id: string) => (await gql(FINDING, { id })).comparisonFinding ?? null;

const SUMMARY = graphql(`query ComparisonSummary { comparisonSummary { townshipCode townshipName rule ruleLabel total open overdue confirmed rejected } }`);
export type SummaryRow = ComparisonSummaryQuery['comparisonSummary'][number];
export const fetchSummary = async () => (await gql(SUMMARY)).comparisonSummary;

const VERIFY = graphql(`mutation VerifyFinding($i: VerifyFindingInput!) { verifyFinding(input: $i) { ok errors { field code message } finding { id state version } } }`);
export async function verifyFinding(i: VerifyFindingInput): Promise<{ ok: boolean; errors: FieldError[] }> {
  const r = (await gql(VERIFY, { i })).verifyFinding;
  return { ok: r.ok, errors: r.errors as FieldError[] };
}

const RUN = graphql(`mutation RunComparison($id: ID!) { runComparison(sourceId: $id) { id status findingCount } }`);
export const runComparison = async (id: string) => (await gql(RUN, { id })).runComparison;

const BULLETIN = graphql(`query ComparisonBulletin($m: String!) { bulletin(month: $m) { comparison { raised verified confirmed open overdue
  rows { townshipCode townshipName rule ruleLabel total open overdue } } } }`);
/** The 数据比对 section of a month's 通报 (null for a caller without ledger:read). */
export const fetchComparisonBulletin = async (month: string) => (await gql(BULLETIN, { m: month })).bulletin.comparison ?? null;
