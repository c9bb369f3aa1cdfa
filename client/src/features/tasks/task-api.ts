// The accountability tables (责任台账): GraphQL operations, types and the zh/en wording of error codes.
import { chinaMonth, formatChinaDate, formatChinaDateTime } from '@doudi/shared';
import { gql, GqlError, tokenStore } from '../../api/client';
import { lang } from '../../i18n';
import { session } from '../auth/session';

export type Status = 'NOT_STARTED' | 'IN_PROGRESS' | 'CLOSE_REQUESTED' | 'CLOSED';
export interface Unit { code: string; name: string; kind: string }
export interface MeasureLite { no: number; groupNo: number; group: string; title: string; deadline: string | null; deadlineText: string; recurrence: string }
export interface Plan { id: string; documentNumber: string; title: string; issuer: string; issuedOn: string; measures: MeasureLite[] }
export interface Evidence { id: string; fileName: string; contentType: string; size: number; url: string }
export interface Report { id: string; period: string; text: string; reporter: string; at: string; evidence: Evidence[] }
export interface TaskEvent { id: string; kind: string; at: string; actor: string; text: string | null; fromStatus: Status | null; toStatus: Status | null; reportId: string | null }
export interface AssignmentRow {
  id: string;
  status: Status;
  dueDate: string | null;
  overdue: boolean;
  escalated: boolean;
  missingPeriods: string[];
  overduePeriods: number;
  rejectionCount: number;
  version: number;
  lastReportAt: string | null;
  closedAt: string | null;
  unit: Unit;
  measure: { no: number; title: string; deadline: string | null; deadlineText: string; recurrence: string; planId: string };
  notice: { text: string | null; at: string; actor: string } | null;
  lastReport: { period: string; text: string; at: string } | null;
}
export interface AssignmentDetail extends AssignmentRow {
  measure: AssignmentRow['measure'] & { content: string; group: string };
  reports: Report[];
  events: TaskEvent[];
}

const ROW = `id status dueDate overdue escalated missingPeriods overduePeriods rejectionCount version lastReportAt closedAt
  unit { code name kind } measure { no title deadline deadlineText recurrence planId }
  notice { text at actor } lastReport { period text at }`;
const DETAIL = `${ROW} measure { content group }
  reports { id period text reporter at evidence { id fileName contentType size url } }
  events { id kind at actor text fromStatus toStatus reportId }`;

export async function fetchPlans(): Promise<Plan[]> {
  const d = await gql<{ plans: Plan[] }>(`{ plans { id documentNumber title issuer issuedOn measures { no groupNo group title deadline deadlineText recurrence } } }`);
  return d.plans;
}

export async function fetchUnits(): Promise<Unit[]> {
  return (await gql<{ responsibleUnits: Unit[] }>(`{ responsibleUnits { code name kind } }`)).responsibleUnits;
}

/** Every assignment matching `where` (the board has about a hundred; pages of 500). */
export async function fetchAssignments(where: Record<string, unknown>): Promise<AssignmentRow[]> {
  const out: AssignmentRow[] = [];
  let after: string | null = null;
  for (;;) {
    const d: { assignments: { edges: { node: AssignmentRow }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await gql(
      `query($w: AssignmentWhere, $a: String) { assignments(where: $w, first: 500, after: $a) { edges { node { ${ROW} } } pageInfo { hasNextPage endCursor } } }`,
      { w: where, a: after },
    );
    out.push(...d.assignments.edges.map((e) => e.node));
    if (!d.assignments.pageInfo.hasNextPage || !d.assignments.pageInfo.endCursor) return out;
    after = d.assignments.pageInfo.endCursor;
  }
}

export async function fetchAssignment(id: string): Promise<AssignmentDetail | null> {
  return (await gql<{ assignment: AssignmentDetail | null }>(`query($id: ID!) { assignment(id: $id) { ${DETAIL} } }`, { id })).assignment;
}

export interface EvidenceUpload { fileName: string; contentType?: string; base64: string }

async function mutate(name: string, args: string, vars: Record<string, unknown>): Promise<AssignmentDetail> {
  const decl = Object.keys(vars).map((k) => `$${k}: ${VAR_TYPES[k]}`).join(', ');
  const d = await gql<Record<string, AssignmentDetail>>(`mutation(${decl}) { r: ${name}(${args}) { ${DETAIL} } }`, vars);
  return d.r!;
}
const VAR_TYPES: Record<string, string> = { id: 'ID!', v: 'Int!', text: 'String!', reason: 'String!', urge: 'String', period: 'String', evidence: '[EvidenceUpload!]', evidenceIds: '[ID!]' };

export const reportProgress = (id: string, v: number, text: string, period: string | null, evidenceIds: string[]) =>
  mutate('reportProgress', 'assignmentId: $id, version: $v, text: $text, period: $period, evidenceIds: $evidenceIds', { id, v, text, period, evidenceIds });

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
export const requestClose = (id: string, v: number) => mutate('requestClose', 'assignmentId: $id, version: $v', { id, v });
export const approveClose = (id: string, v: number) => mutate('approveClose', 'assignmentId: $id, version: $v', { id, v });
export const rejectClose = (id: string, v: number, reason: string) => mutate('rejectClose', 'assignmentId: $id, version: $v, reason: $reason', { id, v, reason });
export const urgeAssignment = (id: string, v: number, urge: string | null) => mutate('urgeAssignment', 'assignmentId: $id, version: $v, text: $urge', { id, v, urge });

export interface BulletinItem { assignmentId: string; measureNo: number; measureTitle: string; status: Status; dueDate: string | null; missingPeriods: string[]; overduePeriods: number; rejectionCount: number; closedAt: string | null }
export interface BulletinUnit { unit: Unit; total: number; openCount: number; overdueCount: number; escalatedCount: number; closedCount: number; overdue: BulletinItem[]; escalated: BulletinItem[]; closed: BulletinItem[] }
export interface Bulletin { month: string; asOf: string; total: number; openCount: number; overdueCount: number; escalatedCount: number; closedCount: number; units: BulletinUnit[] }

export async function fetchBulletin(month: string, planId: string | null): Promise<Bulletin> {
  const item = 'assignmentId measureNo measureTitle status dueDate missingPeriods overduePeriods rejectionCount closedAt';
  const d = await gql<{ bulletin: Bulletin }>(
    `query($m: String!, $p: ID) { bulletin(month: $m, planId: $p) { month asOf total openCount overdueCount escalatedCount closedCount
      units { unit { code name kind } total openCount overdueCount escalatedCount closedCount overdue { ${item} } escalated { ${item} } closed { ${item} } } } }`,
    { m: month, p: planId },
  );
  return d.bulletin;
}

/** Downloads an evidence file: the URL needs the bearer token, so it is fetched and handed to the browser as a blob. */
export async function downloadEvidence(ev: Evidence): Promise<void> {
  const token = tokenStore.get();
  const res = await fetch(ev.url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw new GqlError(`HTTP ${res.status}`, res.status === 403 ? 'FORBIDDEN' : res.status === 404 ? 'NOT_FOUND' : 'INTERNAL_SERVER_ERROR');
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = ev.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });
}

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
    const label = CODE_TEXT[e.code]?.[lang.value];
    if (!label) return e.message;
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
