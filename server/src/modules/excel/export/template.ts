// GET /api/exports/templates/<target>.xlsx?category=… — the import template of a ledger: the headers the import reads
// (the grid's columns that can be typed, in the grid's order) and one example row. ID numbers and phones are text
// columns, so what staff type or paste into them is never turned into a number.
import type { Request, Response } from 'express';
import type { ExportTarget } from '../columns.js';
import { ASSIGNMENT_COLUMNS, HOUSEHOLD_COLUMNS, type CellValue, type ExcelColumn } from '../columns.js';
import { LEDGER_SHORT, parseCategory } from './households.js';
import { param } from './http.js';
import { StreamedSheet, XLSX_TYPE, contentDisposition } from './sheet-writer.js';

/** The columns of a template: importable ones; for households without a category, the 监测类别 column too. */
export function templateColumns(target: ExportTarget, category: string | null): ExcelColumn<unknown>[] {
  if (target === 'households') {
    return (HOUSEHOLD_COLUMNS as readonly ExcelColumn<unknown>[]).filter((c) => c.importable && (c.visibleByDefault || (c.field === 'category' && !category)));
  }
  return (ASSIGNMENT_COLUMNS as readonly ExcelColumn<unknown>[]).filter((c) => c.importable);
}

export async function exportTemplate(target: ExportTarget, req: Request, res: Response): Promise<void> {
  const category = target === 'households' ? parseCategory(param(req, 'category')) : null;
  const columns = templateColumns(target, category);
  const name = target === 'households' ? `${category ? LEDGER_SHORT[category] : '监测台账'}导入模板` : '责任台账导入模板';
  res.status(200);
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', contentDisposition(`${name}.xlsx`, `${target}${category ? `_${category}` : ''}_template.xlsx`));
  res.setHeader('X-Doudi-Row-Count', '1');
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const sheet = new StreamedSheet<unknown>(res, { sheetName: name, title: null, columns, frozenColumns: 0 });
  sheet.addValues(columns.map((c): CellValue => c.example ?? null));
  await sheet.finish();
}
