// The GraphQL-over-WebSocket connection of this tab (the graphql-ws protocol, `graphql-transport-ws`, on /graphql):
// the bearer token in connection_init, every subscription of the tab on one socket, and a reconnect with backoff
// that subscribes again with each subscription's current variables (so a grid passes `since` = its last cursor and
// catches up). Written against the protocol directly: a few dozen lines instead of a client library in the bundle.
import { gql, tokenStore } from './client';
import { graphql } from './graphql';

const CHANGES_CURSOR = graphql(`query ChangesCursor { changesCursor }`);

/** The newest change cursor: a grid subscribes with it as `since`, then reads its rows again (no gap between). */
export async function changesCursor(): Promise<string> {
  return (await gql(CHANGES_CURSOR)).changesCursor;
}

import { liveConnection } from './live-state';

export interface LiveHandlers {
  next: (data: Record<string, unknown>) => void;
  /** The server refused the subscription (codes from the GraphQL errors). */
  error?: (errors: { message: string; extensions?: Record<string, unknown> }[]) => void;
  /** Called before every (re)subscription: a grid passes its current filter and last cursor. */
  variables: () => Record<string, unknown>;
}

interface Sub {
  id: string;
  query: string;
  h: LiveHandlers;
}

const subs = new Map<string, Sub>();
let socket: WebSocket | null = null;
let acked = false;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let seq = 0;
/** The token the server closed the socket for good with (4401: the session ended; 4429: too many connections). */
let refusedToken: string | null = null;

const send = (msg: object) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify(msg));

function subscribeOn(s: Sub) {
  send({ id: s.id, type: 'subscribe', payload: { query: s.query, variables: s.h.variables() } });
}

function open() {
  if (socket || !subs.size) return;
  const token = tokenStore.get();
  if (!token || token === refusedToken) return;
  liveConnection.state = liveConnection.attempts ? 'reconnecting' : 'connecting';
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const ws = new WebSocket(url, 'graphql-transport-ws');
  socket = ws;
  acked = false;
  ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
  ws.onmessage = (ev) => {
    let m: { id?: string; type: string; payload?: unknown };
    try {
      m = JSON.parse(String(ev.data));
    } catch {
      return;
    }
    if (m.type === 'connection_ack') {
      acked = true;
      liveConnection.state = 'live';
      liveConnection.attempts = 0;
      for (const s of subs.values()) subscribeOn(s);
    } else if (m.type === 'ping') {
      send({ type: 'pong' });
    } else if (m.type === 'next' && m.id) {
      const p = m.payload as { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const s = subs.get(m.id);
      if (p.errors?.length) s?.h.error?.(p.errors);
      else if (p.data) s?.h.next(p.data);
    } else if (m.type === 'error' && m.id) {
      subs.get(m.id)?.h.error?.(m.payload as { message: string }[]);
    }
  };
  ws.onclose = (ev) => {
    if (socket !== ws) return;
    socket = null;
    acked = false;
    if (ev.code === 4401 || ev.code === 4429 || ev.code === 4403) {
      refusedToken = token;
      liveConnection.state = 'off';
      return;
    }
    scheduleReconnect();
  };
}

/** 0.5 s, 1 s, 2 s … up to 15 s, with jitter, while someone is subscribed. */
function scheduleReconnect() {
  if (!subs.size) {
    liveConnection.state = 'off';
    return;
  }
  liveConnection.state = 'reconnecting';
  liveConnection.attempts++;
  const delay = Math.min(15_000, 500 * 2 ** Math.min(liveConnection.attempts - 1, 5)) * (0.75 + Math.random() * 0.5);
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = setTimeout(() => {
    retryTimer = null;
    open();
  }, delay);
}

/** The browser knows the network is gone: drop the socket now (it may otherwise linger), reconnect when it is back. */
function onOffline() {
  const ws = socket;
  if (!ws) return;
  socket = null;
  ws.onclose = null;
  ws.close();
  scheduleReconnect();
}
function onOnline() {
  if (socket || !subs.size) return;
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  open();
}
let listening = false;

/** Subscribes while the returned function is not called; survives reconnects. */
export function liveSubscribe(query: string, h: LiveHandlers): () => void {
  const s: Sub = { id: `s${++seq}`, query, h };
  subs.set(s.id, s);
  if (!listening) {
    listening = true;
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
  }
  if (socket && acked) subscribeOn(s);
  else open();
  return () => {
    if (!subs.delete(s.id)) return;
    send({ id: s.id, type: 'complete' });
    if (!subs.size && socket) {
      const ws = socket;
      socket = null;
      ws.onclose = null;
      ws.close(1000);
      liveConnection.state = 'off';
    }
  };
}
