// The hostile files of the suite, each with the answer the import must give. Built lazily: a case's bytes exist only
// while it runs.
import { deflateRawSync } from 'node:zlib';
import { deflated, repeatedDeflate, repeatedSheet, sheetXml, workbook, zip, type ZipPart } from './bomb-files.js';

export interface FileCase {
  name: string;
  file: string;
  build(): Buffer;
  status: number;
  code: string;
}

const colName = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const strings = (chunk: string, times: number, declared: number): ZipPart =>
  ({ name: 'xl/sharedStrings.xml', data: repeatedDeflate(chunk, times), method: 8, declared });
const emptySheet = () => deflated('xl/worksheets/sheet1.xml', sheetXml(''));
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>户主姓名</t></is></c><c r="B1" t="inlineStr"><is><t>户主身份证号</t></is></c></row>';
const LIE = 1000; // a declared size far below the truth
const huge = 0xfffffffe;

const TOO_LARGE = { status: 413, code: 'TOO_LARGE' };
const NOT_SHEET = { status: 400, code: 'NOT_A_SPREADSHEET' };

export const XLSX_CASES: FileCase[] = [
  { name: 'shared strings that expand to 2 GB (honest sizes)', file: 'ss.xlsx', build: () => workbook(emptySheet(), [strings('<si><t>' + 'A'.repeat(1000) + '</t></si>', 2_000_000, huge)]), ...TOO_LARGE },
  { name: 'shared strings that expand to 2 GB (declared 1 KB)', file: 'ss-lie.xlsx', build: () => workbook(emptySheet(), [strings('<si><t>' + 'A'.repeat(1000) + '</t></si>', 2_000_000, LIE)]), ...TOO_LARGE },
  { name: '3 million tiny shared strings', file: 'ss-many.xlsx', build: () => workbook(emptySheet(), [strings('<si><t>A</t></si>', 3_000_000, LIE)]), ...TOO_LARGE },
  { name: 'one 100 MB shared string', file: 'ss-one.xlsx', build: () => workbook(emptySheet(), [strings('B', 100_000_000, LIE)]), ...TOO_LARGE },
  { name: '19 million identical rows (honest sizes)', file: 'rows.xlsx', build: () => workbook(repeatedSheet('<row><c t="inlineStr"><is><t>x</t></is></c></row>', 19_000_000)), ...TOO_LARGE },
  { name: '19 million identical rows (declared 1 KB)', file: 'rows-lie.xlsx', build: () => workbook(repeatedSheet('<row><c t="inlineStr"><is><t>x</t></is></c></row>', 19_000_000, undefined, LIE)), ...TOO_LARGE },
  { name: '300,000 identical small rows', file: 'rows-300k.xlsx', build: () => workbook(repeatedSheet('<row><c t="inlineStr"><is><t>x</t></is></c></row>', 300_000)), ...TOO_LARGE },
  { name: '2 million rows with r numbers past Excel\'s end', file: 'rows-r.xlsx', build: () => workbook(repeatedSheet('<row r="2000000"><c r="A2000000"><v>1</v></c></row>', 2_000_000, undefined, LIE)), ...TOO_LARGE },
  { name: 'a 1 GB single cell (declared 1 KB)', file: 'cell-1g.xlsx', build: () => workbook(repeatedSheet('A', 1 << 30, undefined, LIE)), ...TOO_LARGE },
  { name: 'a 2 MB single cell', file: 'cell-2m.xlsx', build: () => workbook(deflated('xl/worksheets/sheet1.xml', sheetXml(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>${'字'.repeat(700_000)}</t></is></c></row>`))), ...TOO_LARGE },
  { name: 'a 40,000-character cell', file: 'cell-40k.xlsx', build: () => workbook(deflated('xl/worksheets/sheet1.xml', sheetXml(`${header}<row r="2"><c r="A2" t="inlineStr"><is><t>${'A'.repeat(40_000)}</t></is></c></row>`))), ...TOO_LARGE },
  { name: 'a 1 MB attribute value', file: 'attr.xlsx', build: () => workbook(deflated('xl/worksheets/sheet1.xml', sheetXml(`<row r="1" x="${'y'.repeat(1_100_000)}"></row>`))), ...TOO_LARGE },
  { name: 'a row 2,000 columns wide', file: 'wide.xlsx', build: () => workbook(deflated('xl/worksheets/sheet1.xml', sheetXml(`${header}<row r="2"><c r="${colName(2000)}2"><v>1</v></c></row>`))), ...TOO_LARGE },
  { name: '1,001 zip entries', file: 'entries.xlsx', build: () => zip([...Array.from({ length: 1001 }, (_, i) => deflated(`xl/media/image${i}.png`, 'x')), emptySheet()]), ...TOO_LARGE },
  { name: 'a 300 MB entry of zeros beside the sheet (declared 1 KB)', file: 'media.xlsx', build: () => workbook(emptySheet(), [{ name: 'xl/media/a.bin', data: repeatedDeflate('\0'.repeat(1 << 20), 300), method: 8, declared: LIE }]), ...TOO_LARGE },
  { name: 'ZIP64 sizes (4 GB markers)', file: 'zip64.xlsx', build: () => workbook({ ...emptySheet(), declared: 0xffffffff }), ...TOO_LARGE },
  { name: 'a declared 3 GB entry', file: 'declared.xlsx', build: () => workbook({ ...emptySheet(), declared: 3_000_000_000 }), ...TOO_LARGE },
  // The guard stops at the end record; exceljs' reader refuses the trailing bytes: the bomb is never inflated.
  { name: 'a bomb hidden after the central directory', file: 'hidden.xlsx', build: () => Buffer.concat([workbook(emptySheet()), zip([strings('<si><t>' + 'A'.repeat(1000) + '</t></si>', 2_000_000, LIE)])]), ...NOT_SHEET },
  { name: 'a stored (uncompressed) 2 MB cell', file: 'stored.xlsx', build: () => workbook({ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${'A'.repeat(2_000_000)}</t></is></c></row>`)), method: 0, declared: 10 }), ...TOO_LARGE },
  { name: 'corrupt deflate data', file: 'corrupt.xlsx', build: () => workbook({ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('not deflate at all, not at all'), method: 8, declared: 100 }), ...NOT_SHEET },
  { name: 'an unknown compression method', file: 'method.xlsx', build: () => workbook({ name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(Buffer.from(sheetXml(''))), method: 12 as 8, declared: 100 }), ...NOT_SHEET },
  { name: 'a zip cut after 100 bytes', file: 'cut.xlsx', build: () => workbook(emptySheet()).subarray(0, 100), ...NOT_SHEET },
  { name: 'a zip header and nothing else', file: 'header.xlsx', build: () => Buffer.from('PK\x03\x04'), ...NOT_SHEET },
];

const csv = (s: string) => Buffer.from(s);
export const CSV_CASES: FileCase[] = [
  { name: '100,000 columns', file: 'cols.csv', build: () => csv(`户主姓名${','.repeat(100_000)}\n`), ...TOO_LARGE },
  { name: '1,001 columns', file: 'cols-1001.csv', build: () => csv(`户主姓名${',x'.repeat(1000)}\n`), ...TOO_LARGE },
  { name: '100,000 quoted empty columns', file: 'cols-q.csv', build: () => csv(`${'"",'.repeat(100_000)}\n`), ...TOO_LARGE },
  { name: 'a 40,000-character cell', file: 'cell.csv', build: () => csv(`户主姓名,户主身份证号\n${'A'.repeat(40_000)},1\n`), ...TOO_LARGE },
  { name: 'a 40,000-character quoted cell with line breaks', file: 'cell-q.csv', build: () => csv(`户主姓名\n"${'A\n'.repeat(20_000)}"\n`), ...TOO_LARGE },
  { name: 'a 2 MB line of short cells', file: 'line.csv', build: () => csv(`${'ab,'.repeat(700_000)}\n`), ...TOO_LARGE },
  { name: 'a 20 MB file without a line break', file: 'noline.csv', build: () => csv('x'.repeat(20 << 20)), ...TOO_LARGE },
  { name: '200,001 rows', file: 'rows.csv', build: () => csv('户主姓名\n' + 'a\n'.repeat(200_001)), ...TOO_LARGE },
  { name: '1 million empty lines', file: 'empty.csv', build: () => csv('\n'.repeat(1_000_000)), ...TOO_LARGE },
  { name: 'binary zeros named .csv', file: 'zeros.csv', build: () => Buffer.alloc(4096), ...NOT_SHEET },
  { name: 'a PNG renamed .xlsx', file: 'photo.xlsx', build: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1000, 1)]), ...NOT_SHEET },
  { name: '100,000 columns in GB18030', file: 'gbk.csv', build: () => Buffer.concat([Buffer.from([0xbb, 0xa7, 0xd6, 0xf7]), Buffer.from(','.repeat(100_000))]), ...TOO_LARGE },
];
