// A small client of the graphql-ws protocol (graphql-transport-ws) on the same origin's /graphql: the bearer token in
// connection_init, subscriptions re-sent after a reconnect. Written here (≈100 lines) rather than the graphql-ws
// package, so the ledger's first rows do not wait for more JavaScript: it loads with the feature that subscribes.
import { tokenStore } from './client';

export interface WsSink<T> {
  next(data: T): void;
  /** GraphQL errors of the subscription (its end), with their extensions.code. */
  error?(errors: readonly { message: string; extensions?: Record<string, unknown> }[]): void;
}

interface Active {
  query: string;
  variables: Record<string, unknown>;
  sink: WsSink<unknown>;
}

/** Close codes after which reconnecting would only be refused again (session over, too many connections). */
const FINAL_CODES = new Set([4401, 4403, 4429, 4400]);

export class WsClient {
  private ws: WebSocket | null = null;
  private acked = false;
  private nextId = 1;
  private readonly active = new Map<string, Active>();
  private retry = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  subscribe<T>(query: string, variables: Record<string, unknown>, sink: WsSink<T>): () => void {
    const id = String(this.nextId++);
    this.active.set(id, { query, variables, sink: sink as WsSink<unknown> });
    if (this.acked) this.send({ id, type: 'subscribe', payload: { query, variables } });
    else this.open();
    return () => {
      if (!this.active.delete(id)) return;
      if (this.acked) this.send({ id, type: 'complete' });
      if (!this.active.size) this.close();
    };
  }

  dispose(): void {
    this.disposed = true;
    this.active.clear();
    this.close();
  }

  private close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const ws = this.ws;
    this.ws = null;
    this.acked = false;
    ws?.close(1000);
  }

  private send(msg: Record<string, unknown>): void {
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(JSON.stringify(msg));
  }

  private open(): void {
    if (this.ws || this.disposed) return;
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    const ws = new WebSocket(url, 'graphql-transport-ws');
    this.ws = ws;
    ws.onopen = () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${tokenStore.get() ?? ''}` } }));
    ws.onmessage = (ev) => {
      let msg: { type?: string; id?: string; payload?: unknown };
      try {
        msg = JSON.parse(String(ev.data));
      } catch {
        return;
      }
      if (msg.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
      else if (msg.type === 'connection_ack') {
        this.acked = true;
        this.retry = 0;
        for (const [id, a] of this.active) this.send({ id, type: 'subscribe', payload: { query: a.query, variables: a.variables } });
      } else if (msg.id && this.active.has(msg.id)) {
        const a = this.active.get(msg.id)!;
        const payload = msg.payload as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
        if (msg.type === 'next' && payload?.errors?.length) a.sink.error?.(payload.errors);
        else if (msg.type === 'next') a.sink.next(payload?.data);
        else if (msg.type === 'error') {
          this.active.delete(msg.id);
          a.sink.error?.(msg.payload as { message: string }[]);
        } else if (msg.type === 'complete') this.active.delete(msg.id);
      }
    };
    ws.onclose = (ev) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.acked = false;
      if (this.disposed || !this.active.size || FINAL_CODES.has(ev.code)) return;
      // Network drop or server restart: back off (0.5 s doubling to 15 s) and subscribe again.
      const delay = Math.min(15_000, 500 * 2 ** this.retry++);
      this.timer = setTimeout(() => {
        this.timer = null;
        this.open();
      }, delay);
    };
  }
}
