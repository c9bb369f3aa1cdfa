// The members sheet of the household panel live: membersChanged for the household, masked as the sheet reads it.
// Loaded by use-members after the first load; the behaviour is grid/live.ts's (a member added or removed reloads the
// household's members).
import { MEMBER_FIELDS } from '@doudi/shared';
import { graphql } from '../../api/graphql';
import { decodeByMeta, startLiveGrid, type LiveChange } from '../../grid/live';
import type { Spreadsheet } from '../../grid/use-spreadsheet';
import type { Member } from './member-api';

const MEMBER_CHANGES = graphql(`subscription MemberChanges($h: ID, $since: String) {
  membersChanged(householdId: $h, since: $since) { id version actor deleted cursor resync fields { field value } }
}`);

export function startMembersLive(o: { sheet: Spreadsheet<Member>; householdId: string; refresh: () => void; self: () => string }) {
  return startLiveGrid<Member>({
    sheet: o.sheet,
    query: MEMBER_CHANGES.toString(),
    variables: () => ({ h: o.householdId }),
    pick: (d) => d.membersChanged as LiveChange,
    decode: decodeByMeta(MEMBER_FIELDS),
    refresh: o.refresh,
    // A member the sheet does not hold was added to this household: read the members again.
    mayAdd: () => true,
    self: o.self,
  });
}
