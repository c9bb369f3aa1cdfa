// GraphQL operations of a household's members, its history and the reveal of masked personal data.
import { gql } from '../../api/client';
import type { RowResult, SaveRequest, SaveResponse, SheetRow } from '../../grid/types';
import { HOUSEHOLD_SELECTION, type Household } from '../ledger/household-api';

export interface Member extends SheetRow {
  id: string;
  householdId: string;
  name: string;
  idNumber: string;
  gender: string;
  birthDate: string;
  relation: string;
  phone: string | null;
  health: string | null;
  disabilityType: string | null;
  disabilityGrade: string | null;
  laborAbility: string | null;
  schooling: string | null;
  version: number;
}

const MEMBER_SELECTION = `id householdId name idNumber gender birthDate relation phone health disabilityType disabilityGrade
  laborAbility schooling version`;
const MEMBER_RESULT = `index id ok member { ${MEMBER_SELECTION} } household { ${HOUSEHOLD_SELECTION} } errors { field code message }
  conflict { ${MEMBER_SELECTION} }`;

interface MemberRowResult {
  index: number;
  id: string | null;
  ok: boolean;
  member: Member | null;
  household: Household | null;
  errors: RowResult<Member>['errors'];
  conflict: Member | null;
}

/** The household with its members, personal data masked like the grid's rows (the panel reveals on request). */
export async function fetchHouseholdWithMembers(id: string, deleted = false): Promise<(Household & { members: Member[] }) | null> {
  const data = await gql<{ households: { edges: { node: Household & { members: Member[] } }[] } }>(
    `query($w: HouseholdWhere) { households(where: $w, first: 1, maskPii: true) {
      edges { node { ${HOUSEHOLD_SELECTION} members { ${MEMBER_SELECTION} } } } } }`,
    { w: { id: { eq: id }, ...(deleted ? { deleted: true } : {}) } },
  );
  return data.households.edges[0]?.node ?? null;
}

/** Member updates and additions of one step in one request; `onHousehold` gets the household as each row left it. */
export async function saveMembers(
  householdId: string,
  req: SaveRequest,
  changeSet: string,
  onHousehold: (h: Household) => void,
): Promise<SaveResponse<Member>> {
  const defs: string[] = [];
  const parts: string[] = [];
  const vars: Record<string, unknown> = {};
  if (req.updates.length) {
    defs.push('$u: [MemberUpdateInput!]!');
    parts.push(`u: updateMembers(input: $u) { ${MEMBER_RESULT} }`);
    vars.u = req.updates.map((u) => ({ id: u.id, version: u.version, ...u.patch }));
  }
  if (req.creates.length) {
    defs.push('$c: [MemberAddInput!]!');
    parts.push(`c: addMembers(input: $c) { ${MEMBER_RESULT} }`);
    vars.c = req.creates.map((v) => ({ ...v, householdId }));
  }
  const data = await gql<{ u?: MemberRowResult[]; c?: MemberRowResult[] }>(`mutation(${defs.join(', ')}) { ${parts.join('\n')} }`, vars, { changeSet });
  const all = [...(data.u ?? []), ...(data.c ?? [])];
  // The last household in the answer is the newest version of it.
  const h = [...all].reverse().find((r) => r.household)?.household;
  if (h) onHousehold(h);
  const map = (r: MemberRowResult): RowResult<Member> => ({ index: r.index, id: r.id, ok: r.ok, row: r.member, errors: r.errors, conflict: r.conflict });
  return { updates: (data.u ?? []).map(map), creates: (data.c ?? []).map(map) };
}

export async function removeMembers(members: Member[], changeSet: string) {
  const data = await gql<{ r: MemberRowResult[] }>(
    `mutation($i: [MemberRemoveInput!]!) { r: removeMembers(input: $i) { ${MEMBER_RESULT} } }`,
    { i: members.map((m) => ({ id: m.id, version: m.version })) },
    { changeSet },
  );
  return data.r;
}

export async function setHouseholdHead(household: Household, memberId: string, changeSet: string) {
  const data = await gql<{ r: { ok: boolean; household: Household | null; errors: { message: string }[]; conflict: Household | null } }>(
    `mutation($h: ID!, $v: Int!, $m: ID!) { r: setHouseholdHead(householdId: $h, version: $v, memberId: $m) {
      ok household { ${HOUSEHOLD_SELECTION} } errors { field code message } conflict { ${HOUSEHOLD_SELECTION} } } }`,
    { h: household.id, v: household.version, m: memberId },
    { changeSet },
  );
  return data.r;
}

/** A member's personal data: what masking hides (ID number, phone, and the birth date and health details it blanks). */
export type MemberPii = Pick<Member, 'id' | 'idNumber' | 'phone' | 'birthDate' | 'health' | 'disabilityType' | 'disabilityGrade'>;
const MEMBER_PII = 'id idNumber phone birthDate health disabilityType disabilityGrade';

export interface Revealed {
  headIdNumber: string | null;
  phone: string | null;
  members: MemberPii[];
}

/** revealHousehold(id): the household unmasked (pii:read), every masked member field included; the server records the reveal. */
export async function revealHousehold(id: string): Promise<Revealed> {
  const data = await gql<{ revealHousehold: Revealed }>(
    `query($id: ID!) { revealHousehold(id: $id) { headIdNumber phone members { ${MEMBER_PII} } } }`,
    { id },
  );
  return data.revealHousehold;
}

export interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  field: string | null;
  /** JSON of the value */
  before: string | null;
  after: string | null;
  /** UNDO or REDO when the change undid or redid an earlier step; null for an ordinary change */
  step: string | null;
}

/** The history of a household and its members, newest first. */
export async function fetchAuditEvents(householdId: string, first = 200): Promise<AuditEvent[]> {
  const data = await gql<{ auditEvents: { edges: { node: AuditEvent }[] } }>(
    `query($id: ID!, $n: Int) { auditEvents(where: { householdId: $id }, first: $n) {
      edges { node { id at actor action entityType entityId field before after step } } } }`,
    { id: householdId, n: first },
  );
  return data.auditEvents.edges.map((e) => e.node);
}
