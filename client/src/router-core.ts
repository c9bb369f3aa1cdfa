// The client's own small router in place of vue-router (~13 kB gzipped before the first ledger row): HTML5 history,
// nested routes rendered by <RouterView>, <RouterLink>, lazy page components, redirects, per-route `beforeEnter`
// and global `beforeEach`/`afterEach` guards, path params (`:name`, and a catch-all `:rest(.*)*`), the query and
// `meta` — the parts of vue-router's API this client uses, with its semantics: paths match case-insensitively with
// or without a trailing slash, a guard returns true, a path or a location, `beforeEnter` runs only when a route is
// entered (not when its params or query change), the same component stays mounted across such changes, a newer
// navigation cancels one still in its guards, and the query is written the way vue-router wrote it.
import { defineComponent, h, inject, provide, shallowReactive, shallowRef, type App, type Component, type InjectionKey, type PropType } from 'vue';
import type { MsgKey } from './i18n';

export interface RouteMeta {
  public?: boolean;
  title?: MsgKey;
}
export type LocationQuery = Record<string, string | null | (string | null)[]>;
export type LocationQueryRaw = Record<string, string | number | null | undefined | (string | number | null)[]>;
export type RouteLocationRaw = string | { path?: string; name?: string; params?: Record<string, string>; query?: LocationQueryRaw; hash?: string };
type Lazy = () => Promise<{ default: Component }>;
type GuardResult = boolean | RouteLocationRaw | void | undefined;
type Guard = (to: Route, from: Route) => GuardResult | Promise<GuardResult>;

export interface RouteRecordRaw {
  path: string;
  name?: string;
  component?: Lazy;
  children?: RouteRecordRaw[];
  redirect?: string;
  beforeEnter?: Guard;
  meta?: RouteMeta;
}
interface RouteRecord {
  re: RegExp;
  keys: string[];
  path: string;
  name?: string;
  redirect?: string;
  /** the records from the outermost to this one: what each <RouterView> depth renders */
  chain: RouteRecordRaw[];
}
export interface Route {
  path: string;
  fullPath: string;
  hash: string;
  name: string | undefined;
  params: Record<string, string>;
  query: LocationQuery;
  meta: RouteMeta;
  matched: RouteRecordRaw[];
}

const START: Route = { path: '/', fullPath: '/', hash: '', name: undefined, params: {}, query: {}, meta: {}, matched: [] };

// ---- the query, written as vue-router wrote it (a readable address: `/` and `:` stay, spaces are +) --------------
const encodeValue = (s: string) =>
  encodeURI(s).replace(/%7C/g, '|').replace(/%5B/g, '[').replace(/%5D/g, ']').replace(/\+/g, '%2B').replace(/%20/g, '+')
    .replace(/#/g, '%23').replace(/&/g, '%26').replace(/%60/g, '`').replace(/%7B/g, '{').replace(/%7D/g, '}').replace(/%5E/g, '^');
const encodeKey = (s: string) => encodeValue(s).replace(/=/g, '%3D');
const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export function stringifyQuery(q: LocationQueryRaw): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) parts.push(x === null ? encodeKey(k) : `${encodeKey(k)}=${encodeValue(String(x))}`);
  }
  return parts.join('&');
}

export function parseQuery(search: string): LocationQuery {
  const q: LocationQuery = {};
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const i = part.indexOf('=');
    const k = decode((i < 0 ? part : part.slice(0, i)).replace(/\+/g, ' '));
    const v = i < 0 ? null : decode(part.slice(i + 1).replace(/\+/g, ' '));
    const had = q[k];
    q[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
  }
  return q;
}

// ---- matching --------------------------------------------------------------------------------------------------
const join = (a: string, b: string) => (b.startsWith('/') ? b : `${a.replace(/\/$/, '')}/${b}`.replace(/\/$/, '') || '/');

function compile(path: string): { re: RegExp; keys: string[] } {
  const keys: string[] = [];
  const src = path.split('/').filter(Boolean).map((seg) => {
    const rest = /^:(\w+)\(\.\*\)\*$/.exec(seg);
    if (rest) {
      keys.push(rest[1]!);
      return '(?:/(.*))?';
    }
    const param = /^:(\w+)$/.exec(seg);
    if (param) {
      keys.push(param[1]!);
      return '/([^/]+)';
    }
    return `/${seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
  }).join('');
  return { re: new RegExp(`^${src}/?$`, 'i'), keys };
}

function flatten(routes: RouteRecordRaw[], base = '/', chain: RouteRecordRaw[] = [], out: RouteRecord[] = []): RouteRecord[] {
  for (const r of routes) {
    const path = join(base, r.path);
    const here = [...chain, r];
    // a parent's own path matches only through a child with path '' (vue-router's nested routes)
    if (r.children) flatten(r.children, path, here, out);
    else out.push({ ...compile(path), path, name: r.name, redirect: r.redirect, chain: here });
  }
  return out;
}

// ---- the router --------------------------------------------------------------------------------------------------
export type Router = ReturnType<typeof createRouter>;
const DEPTH: InjectionKey<number> = Symbol('router-view-depth');
let active: Router | null = null;

export function createRouter(options: { routes: RouteRecordRaw[] }) {
  const records = flatten(options.routes);
  const currentRoute = shallowRef<Route>(START);
  /** what useRoute() gives: one object whose fields follow the current route */
  const route = shallowReactive<Route>({ ...START });
  const before: Guard[] = [];
  const after: ((to: Route, from: Route) => void)[] = [];
  const loaded = new Map<Lazy, Component>();
  let navigation = 0;
  let started = false;

  function match(path: string): { record: RouteRecord; params: Record<string, string> } | null {
    for (const record of records) {
      const m = record.re.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      record.keys.forEach((k, i) => (params[k] = decode(m[i + 1] ?? '')));
      return { record, params };
    }
    return null;
  }

  function resolve(to: RouteLocationRaw, from: Route = currentRoute.value): Route & { redirect?: string } {
    let path: string;
    let query: LocationQuery;
    let hash = '';
    if (typeof to === 'string') {
      const h = to.indexOf('#');
      if (h >= 0) [to, hash] = [to.slice(0, h), to.slice(h)];
      const q = to.indexOf('?');
      path = q >= 0 ? to.slice(0, q) : to;
      query = q >= 0 ? parseQuery(to.slice(q + 1)) : {};
    } else {
      const { name, params = {} } = to;
      if (name) {
        const named = records.find((r) => r.name === name);
        if (!named) throw new Error(`no route named ${name}`);
        path = named.path.replace(/:(\w+)(\(\.\*\)\*)?/g, (_, k: string) => encodeURIComponent(params[k] ?? ''));
      } else path = to.path ?? from.path;
      // the location's query as the address will carry it (numbers become text, undefined is dropped)
      query = parseQuery(stringifyQuery(to.query ?? {}));
      hash = to.hash ?? '';
    }
    path = path.startsWith('/') ? path : join(from.path, path);
    const found = match(path);
    const search = stringifyQuery(query);
    const route: Route & { redirect?: string } = {
      path,
      fullPath: `${encodeURI(decode(path))}${search ? `?${search}` : ''}${hash}`,
      hash,
      name: found?.record.name,
      params: found?.params ?? {},
      query,
      meta: Object.assign({}, ...(found?.record.chain ?? []).map((r) => r.meta ?? {})) as RouteMeta,
      matched: found?.record.chain ?? [],
    };
    if (found?.record.redirect) route.redirect = found.record.redirect;
    return route;
  }

  async function navigate(target: RouteLocationRaw, replace: boolean, fromHistory = false, hops = 0): Promise<void> {
    if (hops > 10) throw new Error(`too many redirects from ${JSON.stringify(target)}`);
    const id = ++navigation;
    const from = currentRoute.value;
    const to = resolve(target);
    // a redirect to a plain path keeps the query and hash (vue-router's rule)
    if (to.redirect) {
      const plain = !/[?#]/.test(to.redirect);
      return navigate(plain ? { path: to.redirect, query: to.query, hash: to.hash } : to.redirect, replace, fromHistory, hops + 1);
    }
    if (started && to.fullPath === from.fullPath) return; // the same address: nothing to do (vue-router's duplicate)
    const redirectTo = async (result: GuardResult) => {
      if (result === false) {
        // refused: a move through the history goes back to where it was
        if (fromHistory) history.replaceState(history.state, '', from.fullPath);
        return true;
      }
      if (result === true || result === undefined) return false;
      await navigate(result, replace || fromHistory, fromHistory, hops + 1);
      return true;
    };
    for (const guard of before) {
      const result = await guard(to, from);
      if (id !== navigation) return; // a newer navigation took over
      if (await redirectTo(result)) return;
    }
    // beforeEnter: only for the records entered now (a record already shown keeps its guard quiet)
    for (const record of to.matched) {
      if (!record.beforeEnter || (started && from.matched.includes(record))) continue;
      const result = await record.beforeEnter(to, from);
      if (id !== navigation) return;
      if (await redirectTo(result)) return;
    }
    // the pages' code, before the address changes (as vue-router resolves lazy components)
    await Promise.all(to.matched.map(async (r) => {
      if (r.component && !loaded.has(r.component)) loaded.set(r.component, (await r.component()).default);
    }));
    if (id !== navigation) return;
    const url = to.fullPath;
    if (!fromHistory || url !== location.pathname + location.search + location.hash) {
      if (replace || !started) history.replaceState(history.state, '', url);
      else history.pushState({}, '', url);
    }
    started = true;
    delete to.redirect;
    currentRoute.value = to;
    Object.assign(route, to);
    for (const f of after) f(to, from);
  }

  const here = () => location.pathname + location.search + location.hash;
  const router = {
    currentRoute,
    route,
    resolve,
    push: (to: RouteLocationRaw) => navigate(to, false),
    replace: (to: RouteLocationRaw) => navigate(to, true),
    back: () => history.back(),
    beforeEach: (g: Guard) => void before.push(g),
    afterEach: (f: (to: Route, from: Route) => void) => void after.push(f),
    /** the component a record shows, once its code has loaded */
    componentOf: (r: RouteRecordRaw) => (r.component ? loaded.get(r.component) : undefined),
    install(app: App) {
      active = router;
      app.component('RouterView', RouterView);
      app.component('RouterLink', RouterLink);
      addEventListener('popstate', () => void navigate(here(), true, true));
      void navigate(here(), true);
    },
  };
  return router;
}

/** The app's router (there is one). */
export function useRouter(): Router {
  return active!;
}
export function useRoute(): Route {
  return useRouter().route;
}

/** The page of the current route at this depth of nesting. */
export const RouterView = defineComponent({
  name: 'RouterView',
  setup() {
    const router = useRouter();
    const depth = inject(DEPTH, 0);
    provide(DEPTH, depth + 1);
    return () => {
      const record = router.currentRoute.value.matched[depth];
      const comp = record && router.componentOf(record);
      return comp ? h(comp) : null;
    };
  },
});

/** A link to a route: a real <a href>, opened in place by a plain left click (a new tab with Ctrl/⌘ or the middle button). */
export const RouterLink = defineComponent({
  name: 'RouterLink',
  props: { to: { type: [String, Object] as PropType<RouteLocationRaw>, required: true }, replace: Boolean },
  setup(props, { slots }) {
    const router = useRouter();
    return () => {
      const target = router.resolve(props.to);
      const current = router.currentRoute.value;
      const exact = current.fullPath === target.fullPath;
      const onClick = (e: MouseEvent) => {
        if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.altKey || e.ctrlKey || e.shiftKey) return;
        e.preventDefault();
        void (props.replace ? router.replace(props.to) : router.push(props.to));
      };
      return h('a', {
        href: target.fullPath,
        class: { 'router-link-active': current.path === target.path || current.path.startsWith(`${target.path}/`), 'router-link-exact-active': exact },
        'aria-current': exact ? 'page' : undefined,
        onClick,
      }, slots.default?.());
    };
  },
});

declare module 'vue' {
  interface GlobalComponents {
    RouterView: typeof RouterView;
    RouterLink: typeof RouterLink;
  }
}
