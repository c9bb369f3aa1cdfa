// Hostile files built by the test itself: zip bombs (a deflate segment of repeated bytes, repeated: each copy after a
// full flush is independent, so N copies inflate to N times the chunk), XML bombs in shared strings, CSV extremes.
import { constants, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Already deflated (method 8) or stored (method 0) bytes. */
  data: Buffer;
  method: 0 | 8;
  /** The uncompressed size written into the headers (may lie). */
  declared: number;
  crc?: number;
}

/** A deflate stream that inflates to `chunk` repeated `times` times, built in O(size of one compressed chunk). */
export function repeatedDeflate(chunk: string, times: number): Buffer {
  // Copies grouped into ~1 MB segments keep the compressed file small (deflate's best ratio is ~1,000).
  const per = Math.max(1, Math.min(times, Math.floor((1 << 20) / Buffer.byteLength(chunk))));
  const seg = deflateRawSync(Buffer.from(chunk.repeat(per)), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const end = deflateRawSync(Buffer.from(chunk.repeat(times % per))); // the rest, in the final block
  const parts: Buffer[] = [];
  for (let i = 0; i < Math.floor(times / per); i++) parts.push(seg);
  parts.push(end);
  return Buffer.concat(parts);
}

export function deflated(name: string, text: string): ZipPart {
  const raw = Buffer.from(text);
  return { name, data: deflateRawSync(raw), method: 8, declared: raw.length };
}

/** Writes a zip by hand: local headers, data, central directory, end record (CRCs are 0: the guard must refuse first). */
export function zip(parts: ZipPart[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x800, 6);
    h.writeUInt16LE(p.method, 8);
    h.writeUInt32LE(p.crc ?? 0, 14);
    h.writeUInt32LE(p.data.length, 18);
    h.writeUInt32LE(p.declared >>> 0, 22);
    h.writeUInt16LE(name.length, 26);
    out.push(h, name, p.data);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(p.method, 10);
    c.writeUInt32LE(p.crc ?? 0, 16);
    c.writeUInt32LE(p.data.length, 20);
    c.writeUInt32LE(p.declared >>> 0, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, name);
    offset += h.length + name.length + p.data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, cd, end]);
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
  + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK = '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
  + '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WB_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** The parts every workbook has, around a sheet (and optionally shared strings) given as zip parts. */
export function workbook(sheet: ZipPart, extra: ZipPart[] = []): Buffer {
  return zip([
    deflated('[Content_Types].xml', CONTENT_TYPES), deflated('_rels/.rels', RELS), deflated('xl/workbook.xml', WORKBOOK),
    deflated('xl/_rels/workbook.xml.rels', WB_RELS), ...extra, sheet,
  ]);
}

/** A sheet whose XML is head + body repeated `times` + tail, deflated without ever being whole in memory. */
export function repeatedSheet(body: string, times: number, name = 'xl/worksheets/sheet1.xml', declared?: number): ZipPart {
  const head = deflateRawSync(Buffer.from(SHEET_HEAD), { finishFlush: constants.Z_FULL_FLUSH });
  // Up to 1 MB of body per segment keeps the compressed file small.
  const per = Math.max(1, Math.floor((1 << 20) / Buffer.byteLength(body)));
  const segChunk = body.repeat(Math.min(per, times));
  const seg = deflateRawSync(Buffer.from(segChunk), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const full = Math.floor(times / Math.min(per, times));
  const rest = times - full * Math.min(per, times);
  const parts = [head];
  for (let i = 0; i < full; i++) parts.push(seg);
  if (rest) parts.push(deflateRawSync(Buffer.from(body.repeat(rest)), { finishFlush: constants.Z_FULL_FLUSH }));
  parts.push(deflateRawSync(Buffer.from(SHEET_TAIL)));
  const size = Buffer.byteLength(SHEET_HEAD) + Buffer.byteLength(body) * times + Buffer.byteLength(SHEET_TAIL);
  return { name, data: Buffer.concat(parts), method: 8, declared: declared ?? Math.min(size, 0xfffffffe) };
}

export function sheetXml(rowsXml: string): string {
  return SHEET_HEAD + rowsXml + SHEET_TAIL;
}
