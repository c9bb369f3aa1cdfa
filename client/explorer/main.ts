// The API explorer at /graphql/explorer: GraphiQL bundled by Doudi (no CDN), a build of its own (vite.explorer.config.ts)
// that no ledger page loads. It uses the token the client keeps for this tab (signed in there), or signs in here.
// No JSX and no inline script: the page runs under `script-src 'self'`.
import { createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './explorer.css';
import type { ExecutionResult } from 'graphql';
import { tokenStore } from '../src/api/client';

const DEFAULT_QUERY = `# 兜底台账 API 浏览器：按 Ctrl+Enter 运行；左侧“文档”按钮打开架构说明。
# 令牌自动附加（当前登录用户）；权限与范围同台账。
query Example {
  me { username role regionCode scopes }
  households(first: 5, orderBy: [{ field: code, direction: ASC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { code regionName headName category riskStatus incomePerCapita } }
  }
}
`;

interface GqlBody { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }

async function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: GqlBody }> {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as GqlBody };
}

const root = document.getElementById('explorer')!;
let reactRoot: Root | null = null;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

/** GraphiQL keeps its tabs (queries, variables) in this tab's sessionStorage only, and forgets them on a change of user. */
function forgetEditorState(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith('graphiql:')) sessionStorage.removeItem(key);
}

function bar(user: string | null): HTMLElement {
  const back = el('a', { href: '/', textContent: '返回台账' });
  const b = el('div', { className: 'dx-bar' }, el('strong', { textContent: '兜底台账 · API 浏览器' }), back);
  if (user) {
    const out = el('button', { type: 'button', textContent: '换用户登录' });
    out.addEventListener('click', () => {
      tokenStore.clear();
      forgetEditorState();
      showLogin('');
    });
    b.append(el('span', { className: 'dx-user', textContent: `当前用户：${user}` }), out);
  }
  return b;
}

function showLogin(message: string): void {
  reactRoot?.unmount();
  reactRoot = null;
  const username = el('input', { name: 'username', placeholder: '用户名', autocomplete: 'username' });
  const password = el('input', { name: 'password', type: 'password', placeholder: '密码', autocomplete: 'current-password' });
  const error = el('div', { className: 'dx-error', textContent: message });
  const form = el('form', { className: 'dx-login' }, el('h2', { textContent: '登录后使用 API 浏览器' }), username, password,
    el('button', { type: 'submit', textContent: '登录' }), error);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      const { json } = await post({
        query: 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        variables: { u: username.value, p: password.value },
      });
      const token = (json.data?.login as { token?: string } | undefined)?.token;
      if (!token) {
        error.textContent = json.errors?.[0]?.message ?? '登录失败';
        return;
      }
      tokenStore.set(token);
      forgetEditorState();
      void start();
    })();
  });
  root.replaceChildren(bar(null), form);
  username.focus();
}

async function start(): Promise<void> {
  const token = tokenStore.get();
  if (!token) return showLogin('');
  const auth = { authorization: `Bearer ${token}` };
  const me = await post({ query: '{ me { username displayName } }' }, auth).catch(() => null);
  const user = me?.json.data?.me as { username: string; displayName: string } | undefined;
  if (!user) {
    tokenStore.clear();
    return showLogin(me ? '登录已过期，请重新登录' : '无法连接服务器');
  }
  const main = el('div', { className: 'dx-main' });
  root.replaceChildren(bar(`${user.displayName}（${user.username}）`), main);
  reactRoot = createRoot(main);
  reactRoot.render(createElement(GraphiQL, {
    // The caller's headers (the editor's) first, then the token: the explorer always runs as the signed-in user.
    fetcher: async (params, opts) => (await post(params, { ...(opts?.headers as Record<string, string> | undefined), ...auth })).json as unknown as ExecutionResult,
    // not localStorage: a query may hold an ID number, and the machine may be shared
    storage: sessionStorage,
    defaultQuery: DEFAULT_QUERY,
    defaultEditorToolsVisibility: true,
    isHeadersEditorEnabled: true,
  }));
}

void start();
