// An xlsx's bytes with its parts reordered for exceljs' streaming reader: the workbook's relationships, the workbook,
// the shared strings and the styles first, then everything else in file order, then the zip's own directory.
// exceljs reads a worksheet as it streams only once it has the shared strings and the relationships; a worksheet that
// comes before them (LibreOffice, exceljs' own streaming writer and other generators put it first) it copies into a
// temp file of its own (tmp-<pid>-…), which stays behind with its open descriptor when a read stops before it reaches
// the next worksheet — as every import does, since it reads the first one only. unzipper, under exceljs, reads local
// records one after another and never their offsets, so the order of the records is free.
import { createReadStream } from 'node:fs';
import type { XlsxLayout } from './zip-guard.js';

const FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const RELS = FIRST[0]!;
const STRINGS = FIRST[2]!;
const rank = (name: string): number => {
  const i = FIRST.indexOf(name);
  return i === -1 ? FIRST.length : i;
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A stored (uncompressed) zip record: an empty part a workbook lacks, so that exceljs need not wait for it. */
export function storedRecord(name: string, text: string): Buffer {
  const n = Buffer.from(name, 'utf8');
  const data = Buffer.from(text, 'utf8');
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4); // version needed
  h.writeUInt32LE(crc32(data), 14);
  h.writeUInt32LE(data.length, 18);
  h.writeUInt32LE(data.length, 22);
  h.writeUInt16LE(n.length, 26);
  return Buffer.concat([h, n, data]);
}

async function* range(path: string, start: number, end: number): AsyncGenerator<Buffer> {
  if (end <= start) return;
  // for await closes the stream when the consumer stops early.
  for await (const chunk of createReadStream(path, { start, end: end - 1, highWaterMark: 1 << 16 })) yield chunk as Buffer;
}

type Piece = { name: string; start: number; end: number } | { name: string; text: string };

/** The file's real parts in the order workbookFirst hands them to exceljs (the order exceljs parses them in). */
export function orderedParts(layout: XlsxLayout): XlsxLayout['parts'] {
  return [...layout.parts].sort((a, b) => rank(a.name) - rank(b.name));
}

/** The file's bytes, parts in the order exceljs needs them; missing relationships and shared strings stand in empty. */
export async function* workbookFirst(path: string, layout: XlsxLayout): AsyncGenerator<Buffer> {
  const has = (name: string) => layout.parts.some((p) => p.name === name);
  const pieces: Piece[] = [
    ...layout.parts,
    ...(has(RELS) ? [] : [{ name: RELS, text: '<Relationships/>' }]),
    ...(has(STRINGS) ? [] : [{ name: STRINGS, text: '' }]),
  ].sort((a, b) => rank(a.name) - rank(b.name)); // stable: the rest keep their file order
  for (const p of pieces) {
    if ('text' in p) yield storedRecord(p.name, p.text);
    else yield* range(path, p.start, p.end);
  }
  yield* range(path, layout.directory, layout.size);
}
