// PostgreSQL COPY … FROM STDIN in text format: several times faster than parameterised INSERTs. Used by the demo
// seeder and by Excel imports, each on a connection of its own.
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';

/** A pg client as knex hands it out (`acquireConnection`). */
interface PgClient {
  query(stream: ReturnType<typeof copyFrom>): NodeJS.WritableStream;
}

/** Streams `rows` (values in `cols` order) into `table` with one COPY, in 64 kB chunks. */
export async function copyRows(client: unknown, table: string, cols: readonly string[], rows: Iterable<readonly unknown[]>): Promise<void> {
  const lines = function* () {
    let buf = '';
    for (const r of rows) {
      let line = copyText(r[0]);
      for (let i = 1; i < r.length; i++) line += `\t${copyText(r[i])}`;
      buf += `${line}\n`;
      if (buf.length > 1 << 16) {
        yield buf;
        buf = '';
      }
    }
    if (buf) yield buf;
  };
  await pipeline(Readable.from(lines()), (client as PgClient).query(copyFrom(`COPY ${table} (${cols.join(',')}) FROM STDIN`)));
}

const SPECIAL = /[\\\t\n\r]/;
let lastMs = NaN;
let lastIso = '';

/** A value in COPY's text format: \N for null, backslash escapes for the separators. */
function copyText(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  // Fast paths (most values of a bulk load): numbers, and text without a separator, as they are.
  if (typeof v === 'number') return String(v);
  let t: string;
  if (v instanceof Date) {
    // A bulk load stamps every row with the same instant: formatted once.
    const ms = v.getTime();
    if (ms !== lastMs) {
      lastMs = ms;
      lastIso = v.toISOString();
    }
    t = lastIso;
  } else t = String(v);
  if (!SPECIAL.test(t)) return t;
  return t.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
