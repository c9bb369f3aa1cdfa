// Presence (issue 18): who else has this ledger open, and which row each edits. The list comes over WebSocket
// (subscription presence); the own editing state goes over POST (setPresenceEditing), throttled by the caller.
import { gql } from '../../api/client';
import { graphql } from '../../api/graphql';
import { liveSubscribe } from '../../api/live-socket';
import type { PresenceSubscription } from '../../generated/gql/graphql';

const PRESENCE = graphql(`subscription Presence($ledger: String!, $clientId: String!) {
  presence(ledger: $ledger, clientId: $clientId) { ledger total users { displayName townshipCode townshipName rowId since editingSince } }
}`);
const SET_EDITING = graphql(`mutation SetPresenceEditing($ledger: String!, $clientId: String!, $rowId: ID) {
  setPresenceEditing(ledger: $ledger, clientId: $clientId, rowId: $rowId)
}`);

export type PresenceList = PresenceSubscription['presence'];
export type PresenceUser = PresenceList['users'][number];

/** Joins a ledger: `onList` hears the others whenever the list changes. Returns the leave function. */
/** On the tab's one WebSocket (api/live-socket.ts), shared with the live grids. */
export function joinPresence(ledger: string, clientId: string, onList: (l: PresenceList) => void, onError: (code: string) => void): () => void {
  return liveSubscribe(PRESENCE.toString(), {
    variables: () => ({ ledger, clientId }),
    next: (d) => onList((d as PresenceSubscription).presence),
    error: (errs) => onError(String(errs[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR')),
  });
}

export async function setEditing(ledger: string, clientId: string, rowId: string | null): Promise<void> {
  await gql(SET_EDITING, { ledger, clientId, rowId }, { quiet: true });
}
