// Limits on what an uploaded sheet may expand to. They are constants (not settings): they bound memory and time of
// one import, far above any real 台账 (the benchmark's 100,000-row sheet is 6 MB and 60 MB inflated).

export const SHEET_LIMITS = {
  /** Entries in the xlsx zip (a workbook has a few dozen). */
  zipEntries: 1_000,
  /** Inflated bytes of one entry. */
  entryBytes: 256 * 1024 * 1024,
  /** Inflated bytes of all entries together. */
  totalBytes: 320 * 1024 * 1024,
  /** Inflated bytes of xl/sharedStrings.xml (exceljs keeps its strings in memory). */
  sharedStringsBytes: 64 * 1024 * 1024,
  /** Shared strings (`<si>` elements). */
  sharedStrings: 1_000_000,
  /** Inflated / compressed size of one entry, once it is past 4 MB (real sheets: 5–20; bombs: ~1,000). */
  ratio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
  /** XML bytes without a tag (one cell's text can be 32,767 characters, up to 6 bytes each when escaped). */
  xmlRunBytes: 1024 * 1024,
  /** Rows of the sheet (the file's row numbers; Excel itself stops at 1,048,576). */
  rows: 200_000,
  /** Columns of one row. */
  columns: 1_000,
  /** Characters in one cell (Excel's own limit). */
  cellChars: 32_767,
  /** Characters in one CSV line. */
  csvLineChars: 1024 * 1024,
} as const;

/** The file is not a sheet we can read: HTTP 400, `NOT_A_SPREADSHEET`. */
export class NotASpreadsheet extends Error {}

/** The upload is refused because it exceeds a limit: HTTP 413, `TOO_LARGE`; the message (zh-CN) says which. */
export class SheetTooLarge extends Error {}

export function mb(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
