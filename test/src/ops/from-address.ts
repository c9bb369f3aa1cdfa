import { request } from 'node:http';
import net from 'node:net';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** An HTTP request over a socket bound to `localAddress` (127.0.0.2, 127.0.0.3, …): the server sees that address. */
export function requestFrom(localAddress: string, url: string, opts: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Answer> {
  const data = opts.body === undefined ? undefined : JSON.stringify(opts.body);
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: opts.method ?? (data ? 'POST' : 'GET'), localAddress, agent: false,
      headers: { ...(data ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(data)) } : {}), ...opts.headers },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: the text itself
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end(data);
  });
}

const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';

/** A login from `localAddress`: the token, or the error code with its extensions and the HTTP answer. */
export async function loginFrom(localAddress: string, url: string, username: string, password: string, headers: Record<string, string> = {}) {
  const a = await requestFrom(localAddress, `${url}/graphql`, { body: { query: LOGIN, variables: { u: username, p: password } }, headers });
  const error = a.body?.errors?.[0];
  return {
    status: a.status, headers: a.headers, token: a.body?.data?.login?.token as string | undefined,
    code: (error?.extensions?.code as string | undefined) ?? 'OK', extensions: (error?.extensions ?? {}) as Record<string, unknown>,
  };
}

/** The Redis the e2e tier may use (DOUDI_TEST_REDIS, default redis://127.0.0.1:6379) when it answers PING. */
export async function reachableRedis(): Promise<string | null> {
  const url = process.env.DOUDI_TEST_REDIS || 'redis://127.0.0.1:6379';
  const { hostname, port } = new URL(url);
  const ok = await new Promise<boolean>((resolve) => {
    const s = net.connect({ host: hostname, port: Number(port || 6379) }, () => s.write('PING\r\n'));
    s.setTimeout(1000, () => { s.destroy(); resolve(false); });
    s.on('data', (d) => { s.destroy(); resolve(String(d).startsWith('+PONG')); });
    s.on('error', () => resolve(false));
  });
  return ok ? url : null;
}
