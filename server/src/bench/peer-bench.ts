import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `pnpm bench -- --peer [--households N] [--township CODE]`: runs the side-by-side harness beside the repository
 * (`../shared/peer-bench/run.sh`, or PEER_BENCH=path/to/run.sh) — Doudi, PostGraphile 4 and a bare pg server on the
 * same PostgreSQL data — then prints its ratios and the figures behind them as one table. Needs PostgreSQL on
 * 127.0.0.1:5432; KEEP_DB=1 reuses a database already seeded with that many households.
 */
export async function runPeerBench(argv: string[], root: string): Promise<void> {
  const opt = (name: string, dflt: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 && argv[i + 1] ? argv[i + 1]! : dflt;
  };
  const script = resolve(process.env.PEER_BENCH ?? join(root, '..', 'shared', 'peer-bench', 'run.sh'));
  if (!existsSync(script)) throw new Error(`the peer harness is not there: ${script} (set PEER_BENCH=…/run.sh)`);
  const households = opt('households', '1000000');
  const township = opt('township', '640121104');
  if (!/^\d{1,9}$/.test(households) || !/^\d{9}$/.test(township)) throw new Error('--households N (digits) and --township CODE (9 digits)');
  const started = Date.now();
  const code = await new Promise<number>((res) => {
    const child = spawn('bash', [script, households, township], { cwd: root, stdio: 'inherit' });
    child.on('exit', (c) => res(c ?? 1));
  });
  if (code !== 0) throw new Error(`the peer harness exited with ${code}`);
  const dir = join(root, '.bench');
  const latest = readdirSync(dir).filter((f) => f.startsWith('peer-') && f.endsWith('.json')).sort().at(-1);
  if (!latest) throw new Error('the peer harness wrote no .bench/peer-*.json');
  const out = JSON.parse(readFileSync(join(dir, latest), 'utf8')) as PeerResult;
  if (Date.parse(out.at) < started - 60_000) throw new Error(`.bench/${latest} is older than this run`);
  console.log(`\n${peerTable(out, Number(households))}`);
}

interface PeerResult {
  at: string;
  load: Array<{ sys: string; totalCount: boolean; rps: number }>;
  walk: Record<string, Record<string, number>>;
  summary: Record<string, number | null>;
}

/** The table of the issue, filled in from one run: req/s medians over rounds, and the cursor walk from page 1 to 250. */
export function peerTable(r: PeerResult, households: number): string {
  const med = (a: number[]) => {
    const b = [...a].sort((x, y) => x - y);
    return b.length ? b[Math.floor((b.length - 1) / 2)]! : NaN;
  };
  const rps = (sys: string, count: boolean) => med(r.load.filter((l) => l.sys === sys && l.totalCount === count).map((l) => l.rps));
  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : '–');
  const walk = (sys: string) => {
    const w = r.walk[sys];
    return w?.[1] != null && w[250] != null ? `${w[1]} → ${w[250]} (${(w[250] / w[1]).toFixed(2)}×)` : '–';
  };
  const rows = [
    `peer bench, ${households.toLocaleString('en')} households, ${r.at}`,
    '| | Doudi | PostGraphile 4.14 | bare pg over HTTP |',
    '|---|---|---|---|',
    `| req/s, page without totalCount | ${f(rps('doudi', false))} | ${f(rps('postgraphile', false))} | ${f(rps('raw', false))} |`,
    `| req/s, page with totalCount | ${f(rps('doudi', true))} (default) / ${f(rps('doudiExactCount', true))} (no cap) | ${f(rps('postgraphile', true))} | ${f(rps('raw', true))} |`,
    `| cursor walk: page 1 → page 250, ms | ${walk('doudi')} | ${walk('postgraphile')} | ${walk('raw')} |`,
    '',
    ...Object.entries(r.summary).map(([k, v]) => `${k}: ${v}`),
  ];
  return rows.join('\n');
}
