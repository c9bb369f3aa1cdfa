// The xlsx readers alone on the import benchmark's 100,000-row sheet: exceljs' streaming reader and Doudi's
// (import/xlsx-rows.ts), interleaved, wall and CPU seconds of readRows (the zip guard included, no cell checks).
//   npx tsx src/bench/xlsx-reader-bench.ts [rounds]
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { readRows } from '../modules/excel/import/reader.js';
import { writeBenchSheet } from './import-bench.js';

const dir = resolve(process.cwd(), '..', '.bench');
mkdirSync(dir, { recursive: true });
const path = join(dir, 'import-100000.xlsx');
if (!existsSync(path)) await writeBenchSheet(path, 100_000);
const rounds = Number(process.argv[2] ?? 2);
for (let i = 0; i < rounds; i++) {
  for (const reader of ['exceljs', 'doudi']) {
    if (reader === 'exceljs') process.env.DOUDI_XLSX_READER = 'exceljs';
    else delete process.env.DOUDI_XLSX_READER;
    const t = performance.now();
    const c0 = process.cpuUsage();
    let n = 0;
    for await (const _ of readRows(path, 'xlsx')) n += 1;
    const c = process.cpuUsage(c0);
    console.log(`${reader}: ${n} rows, ${((performance.now() - t) / 1000).toFixed(2)} s wall, ` +
      `${((c.user + c.system) / 1e6).toFixed(2)} s CPU, load average ${loadavg()[0]!.toFixed(1)}`);
  }
}
