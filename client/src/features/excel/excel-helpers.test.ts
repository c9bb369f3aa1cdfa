import { describe, expect, it } from 'vitest';
import { fileNameOf } from './excel-http';
import { mappingKey, mergeMapping, normHeader, rememberedFor } from './import-mapping';
import type { ImportColumn } from './excel-http';

describe('the download file name', () => {
  it('prefers the RFC 5987 UTF-8 name, then the plain one, then the fallback', () => {
    expect(fileNameOf(`attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent('待脱贫户_杨和镇_2026-12.xlsx')}`, 'x.xlsx')).toBe(
      '待脱贫户_杨和镇_2026-12.xlsx',
    );
    expect(fileNameOf('attachment; filename="plain.xlsx"', 'x.xlsx')).toBe('plain.xlsx');
    expect(fileNameOf(null, '监测户.xlsx')).toBe('监测户.xlsx');
  });
});

describe('the remembered mapping', () => {
  const cols: ImportColumn[] = [
    { index: 1, letter: 'A', header: '序号', field: null, auto: true },
    { index: 2, letter: 'B', header: '户主 姓名', field: 'headName', auto: true },
    { index: 3, letter: 'C', header: '联系干部', field: null, auto: true },
    { index: 4, letter: 'D', header: '备注（其他）', field: 'remarks', auto: true },
  ];

  it('keeps only what the user changed, by header text, and forgets a choice set back to the detected one', () => {
    const m = mergeMapping(null, cols, { 1: null, 2: 'headName', 3: 'helperName', 4: null }, null);
    expect(m.byHeader).toEqual({ 联系干部: 'helperName', '备注(其他)': null });
    expect(rememberedFor(m, ' 联系 干部 ')).toBe('helperName');
    expect(rememberedFor(m, '备注(其他)')).toBeNull();
    expect(rememberedFor(m, '户主姓名')).toBeUndefined();
    const again = mergeMapping(m, cols, { 1: null, 2: 'headName', 3: 'helperName', 4: 'remarks' }, null);
    expect(again.byHeader).toEqual({ 联系干部: 'helperName' });
  });

  it('is keyed per target and ledger', () => {
    expect(mappingKey('households', 'MONITORED')).toBe('import-mapping:households:MONITORED');
    expect(mappingKey('assignments', null)).toBe('import-mapping:assignments:-');
    expect(normHeader('人均纯收入（元）')).toBe('人均纯收入(元)');
  });
});
