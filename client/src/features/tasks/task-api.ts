// The accountability tables (责任台账): GraphQL operations, types and the zh/en wording of error codes.
import { chinaMonth, formatChinaDate, formatChinaDateTime } from '@doudi/shared';
import { gql, GqlError, tokenStore } from '../../api/client';
import { downloadWithToken } from '../../api/download';
import { graphql } from '../../api/graphql';
import type {
  AssignmentDetailFieldsFragment, AssignmentStatus, AssignmentsQuery, AssignmentWhere, BulletinQuery, PlansQuery,
  ResponsibleUnitsQuery,
} from '../../generated/gql/graphql';
import { inLang } from '../../i18n';
import { session } from '../auth/session';

graphql(`fragment AssignmentDetailFields on Assignment { id status dueDate overdue escalated missingPeriods overduePeriods
  rejectionCount version lastReportAt closedAt unit { code name kind }
  measure { no title deadline deadlineText recurrence planId content group }
  notice { text at actor } lastReport { period text at }
  reports { id period text reporter at evidence { id fileName contentType size url } }
  events { id kind at actor text fromStatus toStatus reportId } }`);
graphql(`fragment BulletinItemFields on BulletinItem { assignmentId measureNo measureTitle status dueDate missingPeriods
  overduePeriods rejectionCount closedAt }`);

const PLANS = graphql(`query Plans { plans { id documentNumber title issuer issuedOn measures { no groupNo group title deadline deadlineText recurrence } } }`);
const UNITS = graphql(`query ResponsibleUnits { responsibleUnits { code name kind } }`);
// The row's fields written out, not a fragment: the server's query-cost limit prices a spread above the same fields
// inline, and with one this 500-row page exceeds it.
const ASSIGNMENTS = graphql(`query Assignments($w: AssignmentWhere, $a: String) { assignments(where: $w, first: 500, after: $a) {
  edges { node { id status dueDate overdue escalated missingPeriods overduePeriods rejectionCount version lastReportAt closedAt
    unit { code name kind } measure { no title deadline deadlineText recurrence planId }
    notice { text at actor } lastReport { period text at } } }
  pageInfo { hasNextPage endCursor } } }`);
const ASSIGNMENT = graphql(`query Assignment($id: ID!) { assignment(id: $id) { ...AssignmentDetailFields } }`);
const REPORT_PROGRESS = graphql(`mutation ReportProgress($id: ID!, $v: Int!, $text: String!, $period: String, $evidenceIds: [ID!]) {
  r: reportProgress(assignmentId: $id, version: $v, text: $text, period: $period, evidenceIds: $evidenceIds) { ...AssignmentDetailFields } }`);
const REQUEST_CLOSE = graphql(`mutation RequestClose($id: ID!, $v: Int!) { r: requestClose(assignmentId: $id, version: $v) { ...AssignmentDetailFields } }`);
const APPROVE_CLOSE = graphql(`mutation ApproveClose($id: ID!, $v: Int!) { r: approveClose(assignmentId: $id, version: $v) { ...AssignmentDetailFields } }`);
const REJECT_CLOSE = graphql(`mutation RejectClose($id: ID!, $v: Int!, $reason: String!) {
  r: rejectClose(assignmentId: $id, version: $v, reason: $reason) { ...AssignmentDetailFields } }`);
const URGE = graphql(`mutation UrgeAssignment($id: ID!, $v: Int!, $urge: String) { r: urgeAssignment(assignmentId: $id, version: $v, text: $urge) { ...AssignmentDetailFields } }`);
const BULLETIN = graphql(`query Bulletin($m: String!, $p: ID) { bulletin(month: $m, planId: $p) { month asOf total openCount overdueCount escalatedCount closedCount
  units { unit { code name kind } total openCount overdueCount escalatedCount closedCount overdue { ...BulletinItemFields }
    escalated { ...BulletinItemFields } closed { ...BulletinItemFields } }
  referrals { townshipCode townshipName opened active overdue closed } } }`);

export type Status = AssignmentStatus;
export type Unit = ResponsibleUnitsQuery['responsibleUnits'][number];
export type Plan = PlansQuery['plans'][number];
export type MeasureLite = Plan['measures'][number];
export type AssignmentRow = AssignmentsQuery['assignments']['edges'][number]['node'];
export type AssignmentDetail = AssignmentDetailFieldsFragment;
export type Report = AssignmentDetail['reports'][number];
export type Evidence = Report['evidence'][number];
export type TaskEvent = AssignmentDetail['events'][number];

export async function fetchPlans(): Promise<Plan[]> {
  const d = await gql(PLANS);
  return d.plans;
}

export async function fetchUnits(): Promise<Unit[]> {
  return (await gql(UNITS)).responsibleUnits;
}

/** Every assignment matching `where` (the board has about a hundred; pages of 500). */
export async function fetchAssignments(where: Record<string, unknown>): Promise<AssignmentRow[]> {
  const out: AssignmentRow[] = [];
  let after: string | null = null;
  for (;;) {
    const d: AssignmentsQuery = await gql(ASSIGNMENTS, { w: where as AssignmentWhere, a: after });
    out.push(...d.assignments.edges.map((e) => e.node));
    if (!d.assignments.pageInfo.hasNextPage || !d.assignments.pageInfo.endCursor) return out;
    after = d.assignments.pageInfo.endCursor;
  }
}

export async function fetchAssignment(id: string): Promise<AssignmentDetail | null> {
  return (await gql(ASSIGNMENT, { id })).assignment;
}


export const reportProgress = async (id: string, v: number, text: string, period: string | null, evidenceIds: string[]) =>
  (await gql(REPORT_PROGRESS, { id, v, text, period, evidenceIds })).r;

/** Uploads evidence files (multipart, POST /api/evidence) and answers their ids for reportProgress. */
export async function uploadEvidence(files: File[]): Promise<string[]> {
  if (!files.length) return [];
  const form = new FormData();
  for (const f of files) form.append('file', f, f.name);
  const token = tokenStore.get();
  const res = await fetch('/api/evidence', { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await res.json().catch(() => null)) as { files?: { id: string }[]; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (!res.ok || !body?.files) {
    const e = body?.errors?.[0];
    throw new GqlError(e?.message ?? `HTTP ${res.status}`, e?.extensions?.code ?? (res.status === 413 ? 'FILE_TOO_LARGE' : 'INTERNAL_SERVER_ERROR'));
  }
  return body.files.map((f) => f.id);
}
export const requestClose = async (id: string, v: number) => (await gql(REQUEST_CLOSE, { id, v })).r;
export const approveClose = async (id: string, v: number) => (await gql(APPROVE_CLOSE, { id, v })).r;
export const rejectClose = async (id: string, v: number, reason: string) => (await gql(REJECT_CLOSE, { id, v, reason })).r;
export const urgeAssignment = async (id: string, v: number, urge: string | null) => (await gql(URGE, { id, v, urge })).r;

export type Bulletin = BulletinQuery['bulletin'];
export type BulletinUnit = Bulletin['units'][number];
export type BulletinItem = BulletinUnit['overdue'][number];

export async function fetchBulletin(month: string, planId: string | null): Promise<Bulletin> {
  const d = await gql(BULLETIN, { m: month, p: planId });
  return d.bulletin;
}

/** Downloads an evidence file: the URL needs the bearer token, so it is fetched and handed to the browser as a blob. */
export const downloadEvidence = (ev: Evidence): Promise<void> => downloadWithToken(ev.url, ev.fileName);

const CODE_TEXT: Record<string, { zh: string; en: string }> = {
  VERSION_CONFLICT: { zh: '该事项已被他人更新（版本冲突），请重新加载后再操作', en: 'Someone else changed this item (version conflict): reload and try again' },
  INVALID_STATE: { zh: '当前状态不允许此操作', en: 'Not allowed in the current status' },
  FORBIDDEN: { zh: '没有权限执行此操作', en: 'Not allowed' },
  FILE_TOO_LARGE: { zh: '佐证材料文件过大', en: 'Evidence file too large' },
  BAD_USER_INPUT: { zh: '填写内容有误', en: 'Invalid input' },
  NOT_FOUND: { zh: '找不到该事项', en: 'Not found' },
  NETWORK: { zh: '无法连接服务器', en: 'Cannot reach the server' },
  UNAUTHENTICATED: { zh: '登录已过期，请重新登录', en: 'Session expired, please log in again' },
};

/** The user-facing text of an error: the wording of its extensions.code, with the server's own message. */
export function errorText(e: unknown): string {
  if (e instanceof GqlError) {
    const text = CODE_TEXT[e.code];
    if (!text) return e.message;
    const label = inLang(text);
    return e.message && e.message !== label && !/^HTTP \d+$/.test(e.message) ? `${label}（${e.message}）` : label;
  }
  return e instanceof Error ? e.message : String(e);
}

export const isOffice = (): boolean => ['LEADERSHIP_OFFICE', 'ADMIN'].includes(session.user?.role ?? '');
/** A unit's own user (a bureau's reporter, a township's staff): acts on its unit's rows. */
export const isUnitUser = (): boolean => ['UNIT_REPORTER', 'TOWNSHIP_STAFF'].includes(session.user?.role ?? '') && !!session.user?.unitCode;

/** An instant as the China date and time (YYYY-MM-DD HH:mm), whatever the browser's time zone. */
export const fmtTime = (iso: string | null | undefined): string => formatChinaDateTime(iso);
/** An instant as the China date (YYYY-MM-DD), with the year. */
export const fmtDate = (iso: string | null | undefined): string => formatChinaDate(iso);

/** The current month (YYYY-MM) in China time. */
export function currentMonth(): string {
  return chinaMonth(new Date());
}
