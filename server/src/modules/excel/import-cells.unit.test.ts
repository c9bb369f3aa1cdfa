import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { columnLetter, readDate, readIdCell, readPeriod, serialToIso } from './import/cells.js';
import { readRows, sniffFormat } from './import/reader.js';
import { resolvePlace } from './import/places.js';

describe('import cell readings', () => {
  it('reads dates as Date cells, Excel serial numbers and the text forms staff type', () => {
    expect(readDate(new Date(Date.UTC(2021, 2, 5)))).toBe('2021-03-05');
    expect(readDate(44260)).toBe('2021-03-05');
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(61)).toBe('1900-03-01');
    for (const s of ['2021-3-5', '2021/03/05', '2021.3.5', '2021年3月5日', '20210305', '２０２１年３月５日']) expect(readDate(s)).toBe('2021-03-05');
    expect(readDate(20210305)).toBe('2021-03-05');
    expect(readDate('2021-02-30')).toBeNull();
    expect(readDate('三月五日')).toBeNull();
    expect(readPeriod('2021年3月')).toBe('2021-03');
    expect(readPeriod('202103')).toBe('2021-03');
  });

  it('tells an ID number Excel turned into a number from one kept as text', () => {
    expect(readIdCell(640121197003120000)).toEqual({ kind: 'scientific', shown: '6.40121E+17' });
    expect(readIdCell('6.40121E+17')).toEqual({ kind: 'scientific', shown: '6.40121E+17' });
    expect(readIdCell(' 64012119700312001x ')).toEqual({ kind: 'text', value: '64012119700312001x' });
    expect(readIdCell('640121********123X')).toEqual({ kind: 'masked' });
  });

  it('names columns like Excel', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('resolves places as staff write them', () => {
    expect(resolvePlace('王太', '')).toEqual({ ok: true, code: '640121100200' });
    expect(resolvePlace('王太村', '杨和')).toEqual({ ok: true, code: '640121100200' });
    expect(resolvePlace('一分场', '玉泉营农场')).toEqual({ ok: true, code: '640121401200' });
    expect(resolvePlace('一分场', '')).toMatchObject({ ok: false, code: 'AMBIGUOUS_PLACE' });
    expect(resolvePlace('王太村', '李俊镇')).toMatchObject({ ok: false, code: 'UNKNOWN_PLACE', message: '李俊镇没有“王太村”（杨和镇 王太村）' });
    expect(resolvePlace('', '杨和镇')).toMatchObject({ ok: false, code: 'REQUIRED' });
    expect(resolvePlace('杨和镇', '')).toMatchObject({ ok: false, code: 'UNKNOWN_PLACE' });
    expect(resolvePlace('王太村', '火星镇')).toMatchObject({ ok: false, code: 'UNKNOWN_PLACE', on: 'township' });
  });

  it('parses CSV: quotes, embedded commas and newlines, CRLF, BOM, GB18030', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doudi-csv-'));
    const read = async (name: string, data: Buffer | string) => {
      const p = join(dir, name);
      writeFileSync(p, data);
      const fmt = await sniffFormat(p, name);
      const out = [];
      for await (const r of readRows(p, fmt)) out.push([r.row, ...r.values]);
      return out;
    };
    expect(await read('a.csv', '\ufeff姓名,备注\r\n"马,文学","第一行\r\n第二行"\r\n,\r\n"说""引号""",x')).toEqual([
      [1, '姓名', '备注'], [2, '马,文学', '第一行\r\n第二行'], [4, '说"引号"', 'x'],
    ]);
    expect(await read('g.csv', Buffer.from(new Uint8Array([0xd1, 0xee, 0xba, 0xcd, 0xd5, 0xf2, 0x2c, 0x31, 0x0a])))).toEqual([[1, '杨和镇', '1']]);
    await expect(sniffFormat(join(dir, 'a.csv'), 'a.xlsx')).rejects.toThrow(/不是 Excel 工作簿/);
  });
});
