import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { exceljsRows, readRows, type SheetRow } from './import/reader.js';
import { fastXlsxRows, type RawRow } from './import/xlsx-rows.js';
import { storedRecord } from './import/workbook-first.js';
import { guardXlsx } from './import/zip-guard.js';

// Unit tier, differential: Doudi's xlsx reader (import/xlsx-rows.ts) must give exactly the rows exceljs' streaming
// reader gives (values, widths, row numbers, Dates), for the import fixtures, for sheets exceljs writes, and for
// hand-written SpreadsheetML with the constructs other programs use. Where it cannot, readRows falls back to exceljs.
const FIX = fileURLToPath(new URL('../../../test-fixtures/excel/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'doudi-diff-'));

async function both(path: string): Promise<{ ours: RawRow[]; theirs: RawRow[] }> {
  const layout = await guardXlsx(path);
  const ours: RawRow[] = [];
  for await (const r of fastXlsxRows(path, layout)) ours.push(r); // throws if it would fall back
  const theirs: RawRow[] = [];
  for await (const r of exceljsRows(path, layout)) theirs.push(r);
  return { ours, theirs };
}

async function same(path: string): Promise<RawRow[]> {
  const { ours, theirs } = await both(path);
  expect(ours).toEqual(theirs);
  return ours;
}

async function viaReadRows(path: string, reader?: 'exceljs'): Promise<{ rows: SheetRow[]; error?: string }> {
  if (reader) process.env.DOUDI_XLSX_READER = reader;
  const rows: SheetRow[] = [];
  try {
    for await (const r of readRows(path, 'xlsx')) rows.push(r);
    return { rows };
  } catch (e) {
    return { rows, error: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  } finally {
    delete process.env.DOUDI_XLSX_READER;
  }
}

afterEach(() => {
  delete process.env.DOUDI_XLSX_READER;
});

let n = 0;
async function written(fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const path = join(dir, `wb${++n}.xlsx`);
  const wb = new ExcelJS.Workbook();
  fill(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A hand-written workbook: stored zip records, the parts in the order given. */
function handWritten(sheetXml: string, opts: { strings?: string; styles?: string; workbookPr?: string; sheetFirst?: boolean } = {}): string {
  const path = join(dir, `hand${++n}.xlsx`);
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const sheet = storedRecord('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet ${ns}>${sheetXml}</worksheet>`);
  const rest = [
    storedRecord('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    storedRecord('xl/workbook.xml', `<workbook ${ns} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${opts.workbookPr ?? ''}<sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    storedRecord('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    ...(opts.strings !== undefined ? [storedRecord('xl/sharedStrings.xml', `<sst ${ns}>${opts.strings}</sst>`)] : []),
    ...(opts.styles !== undefined ? [storedRecord('xl/styles.xml', `<styleSheet ${ns}>${opts.styles}</styleSheet>`)] : []),
  ];
  writeFileSync(path, Buffer.concat(opts.sheetFirst ? [sheet, ...rest] : [...rest, sheet]));
  return path;
}

const STYLES = '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
  '<numFmt numFmtId="165" formatCode="[Red]0.00;&quot;day&quot;"/></numFmts>' +
  '<fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>' +
  '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="49"/></cellXfs>';

describe('Doudi xlsx reader == exceljs streaming reader', () => {
  // notes.xlsx and photo.xlsx are a text file and a PNG renamed: refused before any reader.
  const fixtures = readdirSync(FIX).filter((f) => f.endsWith('.xlsx') && readFileSync(join(FIX, f)).readUInt32LE(0) === 0x04034b50);
  it.each(fixtures)('fixture %s', async (file) => {
    const rows = await same(join(FIX, file));
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each([
    ['streaming writer, shared strings', true],
    ['streaming writer, inline strings', false],
  ])('%s: text, numbers, dates, formulas, rich text, booleans, errors, sparse and empty cells', async (_w, useSharedStrings) => {
    const path = join(dir, `stream${++n}.xlsx`);
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings, useStyles: true });
    const ws = wb.addWorksheet('台账');
    ws.addRow(['户主姓名', '身份证号', '出生日期', '人均纯收入', '备注']).commit();
    for (let i = 0; i < 3000; i++) {
      const row = ws.addRow([
        `纳${i} <&> "q" 'a'`, `64012119${String(50000000 + i)}`, new Date(Date.UTC(1950, 0, 1 + i)), 4000.5 + i,
        i % 5 === 0 ? null : i % 5 === 1 ? { richText: [{ text: '富', font: { bold: true } }, { text: `文本${i}` }] }
          : i % 5 === 2 ? { formula: `D${i + 2}*2`, result: (4000.5 + i) * 2 } : i % 5 === 3 ? { formula: 'A1&"x"', result: `字${i}` } : '  ',
      ]);
      if (i % 7 === 0) row.getCell(40).value = i % 2 === 0; // a sparse column far to the right
      if (i % 11 === 0) row.getCell(9).value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      row.getCell(3).numFmt = i % 3 === 0 ? 'yyyy-mm-dd' : i % 3 === 1 ? '0.00' : '[$-804]yyyy"年"m"月"d"日"';
      row.commit();
    }
    ws.addRow([]).commit();
    ws.addRow([null, null, 'line1\r\nline2\tx']).commit();
    ws.commit();
    await wb.commit();
    const rows = await same(path);
    expect(rows.length).toBeGreaterThan(3000);
    expect(rows.some((r) => r.values[2] instanceof Date)).toBe(true);
  });

  it('normal writer: styles, merged cells, hyperlinks, a 1904 workbook, a second sheet', async () => {
    for (const date1904 of [false, true]) {
      const path = await written((wb) => {
        wb.properties.date1904 = date1904;
        const ws = wb.addWorksheet('台账');
        ws.getColumn(2).numFmt = 'yyyy-mm-dd';
        ws.addRow(['a', new Date(Date.UTC(2021, 2, 5)), 44000, { text: '链接', hyperlink: 'https://example.cn' }]);
        ws.getRow(1).getCell(3).numFmt = 'd-mmm-yy';
        ws.addRow(['合并', null, 3.25, true]);
        ws.mergeCells('A2:B2');
        ws.getRow(5).values = [null, null, null, null, null, '远'];
        ws.getRow(6).numFmt = 'yyyy-mm-dd';
        ws.getRow(6).values = [1, 2, 'x'];
        wb.addWorksheet('第二页').addRow(['不读']);
      });
      await same(path);
    }
  });

  it('hand-written SpreadsheetML: inline rich text, phonetic runs, entities, whitespace, comments, CDATA, styles', async () => {
    const strings = '<si><t>甲</t></si><si><t xml:space="preserve"> 乙 </t></si><si><r><rPr><b/></rPr><t>丙</t></r><r><t>丁</t></r></si>' +
      '<si><t>马</t><rPh sb="0" eb="1"><t>ma</t></rPh><phoneticPr fontId="1"/></si><si><t/></si><si></si>' +
      '<si>\n  <t>&#x5B81;&#22799;&amp;&lt;</t>\n</si><si><r><t>a</t></r> <r><t/></r></si>';
    const sheet = '<sheetData>\n' +
      '<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>' +
      '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c><c r="G1" t="s"><v>6</v></c>' +
      '<c r="H1" t="s"><v>7</v></c><c r="I1" t="s"><v>99</v></c><c r="J1" t="s"><v>x</v></c></row>\n' +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>行内</t></is></c><c r="B2" t="inlineStr"><is><r><t>前</t></r><r><t>后</t></r></is></c>' +
      '<c r="C2" t="str"><v>&amp;lt;b&amp;gt;</v></c><c r="D2"><v> 12.5 </v>\n</c><c r="E2" t="b"><v>0</v></c><c r="F2" t="e"><v>#DIV/0!</v></c>' +
      '<c r="G2" s="1"><v>44197</v></c><c r="H2" s="2"><v>44197.75</v></c><c r="I2" s="3"><v>44197</v></c><c r="J2" s="4"><v>7</v></c>' +
      '<c r="K2" s="9"><v>8</v></c><c r="L2" t="d"><v>2021-03-05</v></c></row>\n' +
      '<!-- a comment --><row r="4" s="1" customFormat="1"><c r="A4"><v>44000</v></c><c r="B4" s="3"><v>44000</v></c><c r="C4" s="0"><v>1</v></c>' +
      '<c r="D4"><f>SUM(A4:C4)</f><v>88001</v></c><c r="E4"><f t="shared" ref="E4:E5" si="0">A4</f></c><c r="F4" t="str"><f>A4</f><v>文</v></c>' +
      '<c r="G4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="H4"/><c r="I4" s="1"/></row>' +
      '<row r="5"><c r="A5"><f t="shared" si="0"/><v>3</v></c><c r="C5"><v><![CDATA[9]]>1</v></c><c r="D5" t="inlineStr"><is><t>a\r\nb</t></is></c></row>' +
      '<row r="7"><c r="C7"></c></row><row r="8"/><row r="9"><c r="B9" t="s"><v>0</v></c><c r="B9" t="s"><v>2</v></c><c r="B9"/></row>' +
      '<row r="200000"><c r="A200000" t="inlineStr"><is><t>最后</t></is></c></row></sheetData>';
    for (const sheetFirst of [false, true]) {
      const rows = await same(handWritten(sheet, { strings, styles: STYLES, sheetFirst }));
      expect(rows.map((r) => r.number)).toEqual([1, 2, 4, 5, 7, 8, 9, 200000]);
    }
    await same(handWritten('<sheetData><row r="1"><c r="A1"><v>40000</v></c><c r="B1" s="1"><v>40000</v></c></row></sheetData>',
      { styles: STYLES, workbookPr: '<workbookPr date1904="1"/>' }));
    await same(handWritten('<sheetData><row r="1"><c r="A1" s="1"><v>40000</v></c></row></sheetData>')); // no styles part
  });

  it('a long sheet in 64 KB chunks: tags, entities and UTF-8 cut at every boundary', async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>第${i}户&amp;${'兜'.repeat(i % 13)}&#x4E00;</t></is></c>` +
      `<c r="B${i + 1}"><v>${i}.${i % 10}</v></c></row>`).join('');
    const out = await same(handWritten(`<sheetData>${rows}</sheetData>`));
    expect(out).toHaveLength(6000);
    expect(out[5999]!.values).toEqual([`第5999户&${'兜'.repeat(5999 % 13)}一`, 5999.9]);
  });
});

describe('the limits hold on Doudi\'s reader, with exceljs\' coded errors', () => {
  it.each([
    ['a row 1,001 columns wide', '<row r="2"><c r="ALM2"><v>1</v></c></row>', /超过 1,000 列/],
    ['a 32,768-character cell', `<row r="2"><c r="A2" t="inlineStr"><is><t>${'字'.repeat(32_768)}</t></is></c></row>`, /超过 32,767 个字符/],
    ['row number 200,001', '<row r="200001"><c r="A200001"><v>1</v></c></row>', /超过 200,000 行/],
  ])('%s: TOO_LARGE', async (_what, row, message) => {
    const path = handWritten(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>户主姓名</t></is></c></row>${row}</sheetData>`);
    await both(path); // Doudi's reader reads it (no fallback); the limit is checked on its rows
    const ours = await viaReadRows(path);
    expect(ours.error).toMatch(/^SheetTooLarge: /);
    expect(ours.error).toMatch(message);
    expect(ours).toEqual(await viaReadRows(path, 'exceljs'));
  });
});

describe('what Doudi reader does not reproduce is read by exceljs', () => {
  it('a DTD: the whole file goes to exceljs', async () => {
    const path = handWritten('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData>');
    const dtd = join(dir, 'dtd.xlsx');
    const body = '<!DOCTYPE worksheet><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>5</v></c></row></sheetData></worksheet>';
    writeFileSync(dtd, Buffer.concat([
      storedRecord('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'),
      storedRecord('xl/worksheets/sheet1.xml', body),
    ]));
    await expect(both(dtd)).rejects.toThrow(/DTD/);
    expect(await viaReadRows(dtd)).toEqual(await viaReadRows(dtd, 'exceljs'));
    expect((await viaReadRows(path)).rows).toEqual([{ row: 1, values: ['x'] }]);
  });

  it('a sheet broken after 3,000 rows: the rows read are not given twice, and the error is exceljs\'', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const path = handWritten(`<sheetData>${rows}<row r="3001"><c r="A3001"><v>1</x></c></row></sheetData>`);
    const ours = await viaReadRows(path);
    const theirs = await viaReadRows(path, 'exceljs');
    expect(theirs.error).toMatch(/NotASpreadsheet/);
    expect(ours.error).toEqual(theirs.error);
    // Each row once, in order (exceljs, reading in smaller chunks, may stop a few rows earlier: the import fails alike).
    expect(ours.rows.map((r) => r.row)).toEqual(Array.from({ length: ours.rows.length }, (_, i) => i + 1));
    expect(ours.rows.length).toBeGreaterThan(1000);
  });
});
