import { describe, expect, it } from 'vitest';
import { formatHtmlTable, formatTsv, parseTsv } from './tsv';

describe('parseTsv', () => {
  it('reads an Excel block with \\r\\n rows and a trailing line break', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
  });
  it('reads \\n rows without a trailing break, and a single cell', () => {
    expect(parseTsv('a\tb\nc\td')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseTsv('640121100200\r\n')).toEqual([['640121100200']]);
  });
  it('keeps empty cells, also at the end of a row', () => {
    expect(parseTsv('a\t\tc\t\r\n\t\t\t\r\n')).toEqual([['a', '', 'c', ''], ['', '', '', '']]);
  });
  it('unquotes cells with line breaks, tabs and doubled quotes', () => {
    expect(parseTsv('"第一行\n第二行"\tx\r\n"say ""hi"""\t"a\tb"\r\n')).toEqual([
      ['第一行\n第二行', 'x'],
      ['say "hi"', 'a\tb'],
    ]);
  });
  it('takes a value that only starts with a quote literally', () => {
    expect(parseTsv('"abc\tdef\r\n')).toEqual([['"abc', 'def']]);
    expect(parseTsv('5"3\tx')).toEqual([['5"3', 'x']]);
  });
  it('handles a lone \\r line end and empty text', () => {
    expect(parseTsv('a\rb\r')).toEqual([['a'], ['b']]);
    expect(parseTsv('')).toEqual([]);
  });
});

describe('formatTsv', () => {
  it('round-trips through parseTsv', () => {
    const rows = [['户编号', '备注'], ['A1', '两行\n备注'], ['B"2', 'tab\there'], ['', '']];
    expect(parseTsv(formatTsv(rows))).toEqual(rows);
  });
  it('quotes only the cells that need it', () => {
    expect(formatTsv([['a', 'b c', 'd"e']])).toBe('a\tb c\t"d""e"');
  });
  it('formats an HTML table of text cells', () => {
    const html = formatHtmlTable([['<x>', '1\n2']]);
    expect(html).toContain("mso-number-format:'\\@'");
    expect(html).toContain('&lt;x&gt;');
    expect(html).toContain('1<br');
  });
});
