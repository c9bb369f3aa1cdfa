// Before exceljs sees an xlsx, walk its zip the way exceljs' unzipper will (local headers in file order, data
// descriptors found by their signature) and inflate every entry into nothing, counting: declared sizes can lie, the
// inflated bytes cannot. A bomb is refused after at most SHEET_LIMITS.totalBytes of inflation, with flat memory.
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { mb, NotASpreadsheet, SHEET_LIMITS as L, SheetTooLarge } from './limits.js';

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const DESCRIPTOR = Buffer.from([0x50, 0x4b, 0x07, 0x08]);
const LT = 0x3c; // '<'

interface Counters {
  total: number;
}

/** Counts `needle` in a stream of chunks, also across chunk boundaries. */
function counter(needles: Buffer[]): (chunk: Buffer) => number {
  const keep = Math.max(...needles.map((n) => n.length)) - 1;
  let tail = Buffer.alloc(0);
  return (chunk) => {
    const b = tail.length ? Buffer.concat([tail, chunk]) : chunk;
    let n = 0;
    for (const needle of needles) {
      for (let i = b.indexOf(needle); i !== -1; i = b.indexOf(needle, i + 1)) {
        // A match lying wholly inside the carried tail was counted with the previous chunk.
        if (i + needle.length > tail.length) n += 1;
      }
    }
    tail = Buffer.from(b.subarray(Math.max(0, b.length - keep)));
    return n;
  };
}

async function inflateEntry(name: string, data: Buffer, method: number, c: Counters): Promise<void> {
  const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
  const isStrings = /^xl\/sharedStrings\.xml$/i.test(name);
  const rows = isSheet ? counter([Buffer.from('<row '), Buffer.from('<row>')]) : null;
  const strings = isStrings ? counter([Buffer.from('<si>'), Buffer.from('<si ')]) : null;
  let rowCount = 0;
  let stringCount = 0;
  let size = 0;
  let run = 0; // bytes since the last '<'
  const entryMax = isStrings ? L.sharedStringsBytes : L.entryBytes;
  const check = (chunk: Buffer) => {
    size += chunk.length;
    c.total += chunk.length;
    if (size > entryMax) throw new SheetTooLarge(`文件中的“${name.slice(0, 60)}”解压后超过 ${mb(entryMax)}（可能是压缩炸弹），已拒绝`);
    if (c.total > L.totalBytes) throw new SheetTooLarge(`文件解压后超过 ${mb(L.totalBytes)}（可能是压缩炸弹），请拆分后分批导入`);
    if (size > L.ratioFloorBytes && size > data.length * L.ratio) {
      throw new SheetTooLarge(`文件中的“${name.slice(0, 60)}”压缩比超过 ${L.ratio} 倍（可能是压缩炸弹），已拒绝`);
    }
    // Chunks are 64 KB, so only a stretch reaching across chunks can pass the limit.
    const first = chunk.indexOf(LT);
    if (first === -1) run += chunk.length;
    else if (run + first > L.xmlRunBytes) run += first;
    else run = chunk.length - chunk.lastIndexOf(LT) - 1;
    if (run > L.xmlRunBytes) throw new SheetTooLarge(`文件中有超过 ${mb(L.xmlRunBytes)} 的单元格内容或标记（单元格最多 ${L.cellChars} 个字符），已拒绝`);
    if (rows) {
      rowCount += rows(chunk);
      if (rowCount > L.rows) throw new SheetTooLarge(`工作表超过 ${L.rows.toLocaleString('en-US')} 行，请拆分后分批导入`);
    }
    if (strings) {
      stringCount += strings(chunk);
      if (stringCount > L.sharedStrings) throw new SheetTooLarge(`共享字符串超过 ${L.sharedStrings.toLocaleString('en-US')} 个，已拒绝`);
    }
  };
  if (method === 0) {
    for (let i = 0; i < data.length; i += 1 << 16) check(data.subarray(i, i + (1 << 16)));
    return;
  }
  const source = Readable.from((function* () {
    for (let i = 0; i < data.length; i += 1 << 16) yield data.subarray(i, i + (1 << 16));
  })(), { objectMode: false });
  const inflate = createInflateRaw({ chunkSize: 1 << 16 });
  source.pipe(inflate);
  try {
    for await (const chunk of inflate) check(chunk as Buffer);
  } catch (err) {
    if (err instanceof SheetTooLarge) throw err;
    throw new NotASpreadsheet('文件是 ZIP 压缩包，但其中的内容已损坏');
  } finally {
    source.destroy();
    inflate.destroy();
  }
}

/** Where each part of an xlsx lies in the file: its local record (header, data, descriptor) and the directory. */
export interface XlsxLayout {
  /** start/end: the whole local record; dataStart/dataEnd: its (compressed) data; method 0 stored, 8 deflated. */
  parts: { name: string; start: number; end: number; dataStart: number; dataEnd: number; method: number }[];
  /** Offset of the central directory (or the end of the local records): from here to the end, the zip's tail. */
  directory: number;
  size: number;
}

/**
 * Refuses (SheetTooLarge, NotASpreadsheet) an xlsx that would expand past the limits; the file is at most the upload
 * limit. Returns where its parts lie, for the reader to hand them to exceljs in the order it needs.
 */
export async function guardXlsx(path: string): Promise<XlsxLayout> {
  const buf = await readFile(path);
  const c: Counters = { total: 0 };
  const parts: XlsxLayout['parts'] = [];
  const layout = (directory: number): XlsxLayout => ({ parts, directory, size: buf.length });
  let directory = -1;
  let off = 0;
  let entries = 0;
  let reachedCD = false;
  const bad = () => new NotASpreadsheet('文件是 ZIP 压缩包，但不是有效的 Excel 工作簿');
  while (off + 4 <= buf.length) {
    const sig = buf.readUInt32LE(off);
    if (sig === LOCAL) {
      if (off + 30 > buf.length) throw bad();
      entries += 1;
      if (entries > L.zipEntries) throw new SheetTooLarge(`文件中的条目超过 ${L.zipEntries} 个，不是正常的 Excel 工作簿`);
      const flags = buf.readUInt16LE(off + 6);
      const method = buf.readUInt16LE(off + 8);
      const compressed = buf.readUInt32LE(off + 18);
      const declared = buf.readUInt32LE(off + 22);
      const nameLen = buf.readUInt16LE(off + 26);
      const extraLen = buf.readUInt16LE(off + 28);
      const name = buf.toString('utf8', off + 30, Math.min(buf.length, off + 30 + nameLen));
      const start = off + 30 + nameLen + extraLen;
      // ZIP64 sizes (4 GB and more) have no place in a 台账.
      if (compressed === 0xffffffff || declared === 0xffffffff) throw new SheetTooLarge(`文件中的“${name.slice(0, 60)}”声明的大小超过 4 GB，已拒绝`);
      if (declared > L.entryBytes) throw new SheetTooLarge(`文件中的“${name.slice(0, 60)}”解压后为 ${mb(declared)}，超过 ${mb(L.entryBytes)}，已拒绝`);
      if (method !== 0 && method !== 8) throw bad();
      let end: number;
      let next: number;
      if (!(flags & 0x08) || compressed > 0) {
        end = start + compressed;
        next = end;
      } else {
        // As unzipper: the data ends at the first data-descriptor signature, followed by 12 more bytes.
        end = buf.indexOf(DESCRIPTOR, start);
        if (end === -1) throw bad();
        next = end + 16;
      }
      if (start > buf.length || end > buf.length) throw bad();
      await inflateEntry(name, buf.subarray(start, end), method, c);
      parts.push({ name, start: off, end: next, dataStart: start, dataEnd: end, method });
      off = next;
    } else if (sig === CENTRAL) {
      if (!reachedCD) directory = off;
      reachedCD = true;
      if (off + 46 > buf.length) throw bad();
      off += 46 + buf.readUInt16LE(off + 28) + buf.readUInt16LE(off + 30) + buf.readUInt16LE(off + 32);
    } else if (sig === END || reachedCD) {
      // Nothing may follow the end record (and its comment): a second zip appended there is never read, but a file
      // carrying one is not a spreadsheet Doudi accepts.
      if (sig === END && off + 22 <= buf.length && off + 22 + buf.readUInt16LE(off + 20) < buf.length) throw bad();
      return layout(reachedCD ? directory : off);
    } else throw bad();
  }
  if (!entries) throw bad();
  return layout(reachedCD ? directory : Math.min(off, buf.length));
}
