// GraphQL operations of a household's members, its history and the reveal of masked personal data.
import type { FieldError } from '@doudi/shared';
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import type {
  HouseholdAuditEventsQuery, MemberAddInput, MemberFieldsFragment, MemberRowResultFieldsFragment, MemberUpdateInput, RevealHouseholdQuery,
} from '../../generated/gql/graphql';
import type { RowResult, SaveRequest, SaveResponse } from '../../grid/types';
import type { Household } from '../ledger/household-api';
// evaluated, not only typed: it defines the HouseholdFields fragment these documents spread
import '../ledger/household-api';

graphql(`fragment MemberFields on Member { id householdId name idNumber gender birthDate relation phone health disabilityType
  disabilityGrade laborAbility schooling version }`);
graphql(`fragment MemberRowResultFields on MemberRowResult { index id ok member { ...MemberFields } household { ...HouseholdFields }
  errors { field code message } conflict { ...MemberFields } }`);

export type Member = MemberFieldsFragment;
type MemberRowResult = MemberRowResultFieldsFragment;

const HOUSEHOLD_WITH_MEMBERS = graphql(`query HouseholdWithMembers($w: HouseholdWhere) { households(where: $w, first: 1, maskPii: true) {
  edges { node { ...HouseholdFields members { ...MemberFields } } } } }`);
// One request per user step: the updates and the additions of the step, each list only when it has rows.
const SAVE_MEMBERS = graphql(`mutation SaveMembers($u: [MemberUpdateInput!]!, $c: [MemberAddInput!]!, $withU: Boolean!, $withC: Boolean!) {
  u: updateMembers(input: $u) @include(if: $withU) { ...MemberRowResultFields }
  c: addMembers(input: $c) @include(if: $withC) { ...MemberRowResultFields }
}`);
const REMOVE_MEMBERS = graphql(`mutation RemoveMembers($i: [MemberRemoveInput!]!) { r: removeMembers(input: $i) { ...MemberRowResultFields } }`);
const SET_HEAD = graphql(`mutation SetHouseholdHead($h: ID!, $v: Int!, $m: ID!) { r: setHouseholdHead(householdId: $h, version: $v, memberId: $m) {
  ok household { ...HouseholdFields } errors { field code message } conflict { ...HouseholdFields } } }`);
const REVEAL = graphql(`query RevealHousehold($id: ID!) { revealHousehold(id: $id) { headIdNumber phone
  members { id idNumber phone birthDate health disabilityType disabilityGrade } } }`);
const AUDIT_EVENTS = graphql(`query HouseholdAuditEvents($id: ID!, $n: Int) { auditEvents(where: { householdId: $id }, first: $n) {
  edges { node { id at actor action entityType entityId field before after step } } } }`);

/** The household with its members, personal data masked like the grid's rows (the panel reveals on request). */
export async function fetchHouseholdWithMembers(id: string, deleted = false): Promise<(Household & { members: Member[] }) | null> {
  const data = await gql(HOUSEHOLD_WITH_MEMBERS, { w: { id: { eq: id }, ...(deleted ? { deleted: true } : {}) } });
  return data.households.edges[0]?.node ?? null;
}

/** Member updates and additions of one step in one request; `onHousehold` gets the household as each row left it. */
export async function saveMembers(
  householdId: string,
  req: SaveRequest,
  changeSet: string,
  onHousehold: (h: Household) => void,
): Promise<SaveResponse<Member>> {
  const data = await gql(
    SAVE_MEMBERS,
    {
      u: req.updates.map((u) => ({ id: u.id, version: u.version, ...u.patch }) as MemberUpdateInput),
      c: req.creates.map((v) => ({ ...v, householdId }) as unknown as MemberAddInput),
      withU: req.updates.length > 0,
      withC: req.creates.length > 0,
    },
    { changeSet },
  );
  const all = [...(data.u ?? []), ...(data.c ?? [])];
  // The last household in the answer is the newest version of it.
  const h = [...all].reverse().find((r) => r.household)?.household;
  if (h) onHousehold(h);
  const map = (r: MemberRowResult): RowResult<Member> => ({ index: r.index, id: r.id, ok: r.ok, row: r.member, errors: r.errors as FieldError[], conflict: r.conflict });
  return { updates: (data.u ?? []).map(map), creates: (data.c ?? []).map(map) };
}

export async function removeMembers(members: Member[], changeSet: string) {
  const data = await gql(REMOVE_MEMBERS, { i: members.map((m) => ({ id: m.id, version: m.version })) }, { changeSet });
  return data.r;
}

export async function setHouseholdHead(household: Household, memberId: string, changeSet: string) {
  const data = await gql(SET_HEAD, { h: household.id, v: household.version, m: memberId }, { changeSet });
  return data.r;
}

/** A member's personal data: what masking hides (ID number, phone, and the birth date and health details it blanks). */
export type Revealed = RevealHouseholdQuery['revealHousehold'];
export type MemberPii = NonNullable<Revealed>['members'][number];

/** revealHousehold(id): the household unmasked (pii:read), every masked member field included; the server records the reveal. */
export async function revealHousehold(id: string): Promise<Revealed> {
  const data = await gql(REVEAL, { id });
  return data.revealHousehold;
}

/** A change of the household's history; before/after are JSON, step is UNDO or REDO for an undone/redone step. */
export type AuditEvent = HouseholdAuditEventsQuery['auditEvents']['edges'][number]['node'];

/** The history of a household and its members, newest first. */
export async function fetchAuditEvents(householdId: string, first = 200): Promise<AuditEvent[]> {
  const data = await gql(AUDIT_EVENTS, { id: householdId, n: first });
  return data.auditEvents.edges.map((e) => e.node);
}
