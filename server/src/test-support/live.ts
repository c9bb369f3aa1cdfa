import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';

/** A graphql-ws client of the test server (a real WebSocket), with its events queued for `next()`. */
export interface LiveClient {
  client: Client;
  /** Subscribes; results (data or errors) are queued in order. */
  subscribe(query: string, variables?: Record<string, unknown>): LiveSubscription;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
  dispose(): Promise<void>;
}

export interface LiveSubscription {
  /** The next result (waits for it). */
  next(): Promise<{ data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  stop(): void;
}

export function liveClient(httpUrl: string, connectionParams: Record<string, unknown>): LiveClient {
  let onClosed!: (code: number) => void;
  const closed = new Promise<number>((res) => (onClosed = res));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (e) => onClosed((e as { code: number }).code) },
    // Surface a refused connection instead of the default "fatal" rethrow in the test log.
    onNonLazyError: () => undefined,
  });
  return {
    client,
    closed,
    subscribe(query, variables) {
      const queue: any[] = [];
      const waiters: ((v: any) => void)[] = [];
      const push = (v: any) => {
        const w = waiters.shift();
        if (w) w(v);
        else queue.push(v);
      };
      const stop = client.subscribe({ query, variables }, {
        next: (v) => push(v),
        error: (e) => push({ errors: Array.isArray(e) ? e : [{ message: String((e as { reason?: string }).reason ?? e), extensions: { code: (e as { code?: number }).code } }] }),
        complete: () => undefined,
      });
      return {
        next: () => (queue.length ? Promise.resolve(queue.shift()) : new Promise((res) => waiters.push(res))),
        stop,
      };
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}
