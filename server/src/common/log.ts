import { pino, type Logger, type LevelWithSilent } from 'pino';

/**
 * The server's one logger (pino). JSON lines in production (`NODE_ENV=production`, or whenever the output is not a
 * terminal), one readable line per record in development on a terminal (DOUDI_LOG_FORMAT=json|pretty overrides);
 * level DOUDI_LOG_LEVEL (default info). Production needs nothing beyond pino itself: the readable form is the small
 * formatter below, not a transport.
 *
 * Personal data is never logged: the fields below are censored wherever they occur (request headers, bodies, any
 * object passed to the logger), and every string written is scrubbed of bearer tokens, ID numbers and mobile numbers
 * (a message may quote a value by mistake; the log must not keep it).
 */
export const REDACT_PATHS = [
  'req.headers.authorization', 'req.headers.cookie', 'req.headers["x-doudi-metrics-token"]', 'res.headers["set-cookie"]',
  'headers.authorization', 'headers.cookie', 'authorization', 'cookie',
  'password', 'oldPassword', 'newPassword', 'token', 'secret', 'idNumber', 'headIdNumber', 'phone',
  '*.password', '*.oldPassword', '*.newPassword', '*.token', '*.secret', '*.idNumber', '*.headIdNumber', '*.phone',
  'variables', '*.variables',
];

const ID_NUMBER = /(?<![0-9A-Za-z])\d{6}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi;
const SECRET = /\bdd[st]_[A-Za-z0-9_-]{10,}/g;

/** A string with bearer tokens, Doudi secrets, ID numbers and mobile numbers replaced by [Redacted]. */
export function scrub(text: string): string {
  return text.replace(BEARER, '$1[Redacted]').replace(SECRET, '[Redacted]').replace(ID_NUMBER, '[Redacted]').replace(MOBILE, '[Redacted]');
}

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export function logLevelOf(env: NodeJS.ProcessEnv): LevelWithSilent {
  const raw = (env.DOUDI_LOG_LEVEL ?? '').trim().toLowerCase();
  if (!raw) return 'info';
  if (!LEVELS.has(raw)) throw new Error(`DOUDI_LOG_LEVEL must be one of ${[...LEVELS].join(', ')}, got "${raw}"`);
  return raw as LevelWithSilent;
}

function prettyWanted(env: NodeJS.ProcessEnv): boolean {
  const f = (env.DOUDI_LOG_FORMAT ?? '').trim().toLowerCase();
  if (f === 'json') return false;
  if (f === 'pretty') return true;
  return env.NODE_ENV !== 'production' && !!process.stdout.isTTY;
}

const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const BASE_KEYS = new Set(['level', 'time', 'pid', 'hostname', 'msg']);

/** One JSON record as one readable line: `12:00:01 INFO message key=value …`. */
export function prettyLine(json: string): string {
  try {
    const rec = JSON.parse(json) as Record<string, unknown>;
    const t = new Date(Number(rec.time)).toISOString().slice(11, 19);
    const rest = Object.entries(rec).filter(([k]) => !BASE_KEYS.has(k))
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ');
    return `${t} ${LEVEL_NAMES[Number(rec.level)] ?? rec.level} ${String(rec.msg ?? '')}${rest ? `  ${rest}` : ''}\n`;
  } catch {
    return json;
  }
}

/** Every line passes through here: scrubbed, then JSON or the readable form. */
function destination(pretty: boolean, out: NodeJS.WritableStream): { write(line: string): void } {
  return { write: (line: string) => { out.write(pretty ? prettyLine(scrub(line)) : scrub(line)); } };
}

export function createLogger(env: NodeJS.ProcessEnv = process.env, out: NodeJS.WritableStream = process.stdout): Logger {
  return pino({
    level: logLevelOf(env),
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
    // Errors as class and first stack frame only: database error messages quote parameters (ID numbers).
    serializers: { err: (e: unknown) => ({ type: (e as Error)?.name ?? 'Error', frame: firstFrame(e) }) },
  }, destination(prettyWanted(env), out));
}

export function firstFrame(err: unknown): string {
  return (String((err as Error)?.stack ?? '').split('\n').find((l) => l.includes(' at ')) ?? '').trim();
}

/** The process's logger; tests and embedders may replace it (setLogger) before starting the app. */
let current: Logger | null = null;
export function logger(): Logger {
  current ??= createLogger();
  return current;
}
export function setLogger(l: Logger): void {
  current = l;
}

/**
 * The caller of a request, noted by whoever authenticates it (principalOfRequest), keyed by the request's headers
 * object (one per request): the access line names the user without each route having to report it.
 */
const actors = new WeakMap<object, string>();
export function noteActor(headers: object, actor: string): void {
  actors.set(headers, actor);
}
export function actorOf(headers: object): string | undefined {
  return actors.get(headers);
}
