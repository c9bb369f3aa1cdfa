// GraphQL operations of 申请→审批 and the 低保 lists of measures 2–3 (names as in server/schema.graphql).
import type { FieldError } from '@doudi/shared';
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import type {
  AnswerObjectionInput, ApplicationDetailQuery, ApplicationsQuery, ApplicationFieldsFragment, ApplicationWhere, CreateApplicationInput, DecideApplicationInput,
  DibaoListFieldsFragment, RecordApplicationStepInput, RecordObjectionInput,
} from '../../generated/gql/graphql';

export type Application = ApplicationFieldsFragment;
export type ApplicationDetail = NonNullable<ApplicationDetailQuery['application']>;
export type DibaoListRow = DibaoListFieldsFragment;
export interface Outcome { ok: boolean; errors: FieldError[]; application: Application | null }

graphql(`fragment ApplicationFields on Application { id kind householdId householdCode headName regionName townshipCode townshipName memberId
  memberName dibaoKind idNumber applicantName appliedOn reasons statement stage dueDate overdue incomePerCapita noticeStart noticeEndDate
  openObjections decidedOn decidedBy amount startMonth rejectReason dibaoCaseId tekunPersonId imported version }`);
graphql(`fragment DibaoListFields on DibaoListRow { householdId householdCode headName idNumber regionName townshipName caseId checkMonth
  incomePerCapita monthlyIncome area standard }`);

const APPLICATIONS = graphql(`query Applications($w: ApplicationWhere, $a: String) { c: applications(where: $w, first: 500, after: $a) {
  totalCount edges { node { ...ApplicationFields } } pageInfo { hasNextPage endCursor } } }`);
const DETAIL = graphql(`query ApplicationDetail($id: ID!) { application(id: $id) { application { ...ApplicationFields }
  steps { id step date people result incomePerCapita assetFlags dataSources passed noticeDays noticeEnd place createdBy }
  objections { id receivedOn objector content answer answeredOn answeredBy }
  timeline { date kind title detail actor files { id fileName url } } } }`);
const CREATE = graphql(`mutation CreateApplication($i: CreateApplicationInput!) { r: createApplication(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }`);
const STEP = graphql(`mutation RecordApplicationStep($i: RecordApplicationStepInput!) { r: recordApplicationStep(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }`);
const OBJECT = graphql(`mutation RecordApplicationObjection($i: RecordObjectionInput!) { r: recordApplicationObjection(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }`);
const ANSWER = graphql(`mutation AnswerApplicationObjection($i: AnswerObjectionInput!) { r: answerApplicationObjection(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }`);
const DECIDE = graphql(`mutation DecideApplication($i: DecideApplicationInput!) { r: decideApplication(input: $i) { ok errors { field code message } application { ...ApplicationFields } } }`);
const CANDIDATES = graphql(`query GradualExitCandidates($r: String) { l: gradualExitCandidates(regionCode: $r) { ...DibaoListFields } }`);
const UNCOVERED = graphql(`query EpidemicUncovered($r: String) { l: epidemicUncovered(regionCode: $r) { ...DibaoListFields } }`);

export async function fetchApplications(where: ApplicationWhere): Promise<Application[]> {
  const out: Application[] = [];
  let after: string | null = null;
  for (;;) {
    const d: ApplicationsQuery = await gql(APPLICATIONS, { w: where, a: after });
    out.push(...d.c.edges.map((e) => e.node));
    if (!d.c.pageInfo.hasNextPage || out.length >= 5000) return out;
    after = d.c.pageInfo.endCursor ?? null;
  }
}
export const fetchDetail = async (id: string): Promise<ApplicationDetail | null> => (await gql(DETAIL, { id })).application ?? null;
export const fetchCandidates = async (r: string | null): Promise<DibaoListRow[]> => (await gql(CANDIDATES, { r })).l;
export const fetchUncovered = async (r: string | null): Promise<DibaoListRow[]> => (await gql(UNCOVERED, { r })).l;

const outcome = (r: { ok: boolean; errors: { field: string; code: string; message: string }[]; application?: Application | null }): Outcome =>
  ({ ok: r.ok, errors: r.errors as FieldError[], application: r.application ?? null });
export const createApplication = async (i: CreateApplicationInput) => outcome((await gql(CREATE, { i })).r);
export const recordStep = async (i: RecordApplicationStepInput) => outcome((await gql(STEP, { i })).r);
export const recordObjection = async (i: RecordObjectionInput) => outcome((await gql(OBJECT, { i })).r);
export const answerObjection = async (i: AnswerObjectionInput) => outcome((await gql(ANSWER, { i })).r);
export const decideApplication = async (i: DecideApplicationInput) => outcome((await gql(DECIDE, { i })).r);
