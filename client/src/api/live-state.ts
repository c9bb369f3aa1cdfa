// The tab's live connection state, apart from the socket code (api/live-socket.ts loads with the live grids, after
// the first rows; this is all the page itself needs to show 重新连接中).
import { reactive } from 'vue';

export type LiveState = 'off' | 'connecting' | 'live' | 'reconnecting';

/** The tab's connection state (the grids show 重新连接中 while it is `reconnecting`). */
export const liveConnection = reactive({ state: 'off' as LiveState, attempts: 0 });
