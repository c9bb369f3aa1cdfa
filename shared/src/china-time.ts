// China time (永宁县): every date and time a person sees — on screen, in exports, in bulletins — is written in China
// Standard Time, whatever the zone of the server or the browser. China has kept UTC+8 without daylight saving since
// 1991, so a fixed offset is exact and needs no Intl time-zone data.

export const CHINA_UTC_OFFSET_MINUTES = 480;
const OFFSET_MS = CHINA_UTC_OFFSET_MINUTES * 60_000;

type Instant = Date | string | number;

/** An instant as a Date, or null when it is missing or not a time. */
function toDate(at: Instant | null | undefined): Date | null {
  if (at == null || at === '') return null;
  const d = at instanceof Date ? at : new Date(at);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The ISO text of the China wall clock of an instant ("2026-04-01T03:55:00.000"), without a zone. */
function wall(d: Date): string {
  return new Date(d.getTime() + OFFSET_MS).toISOString().slice(0, 23);
}

/** The calendar date (YYYY-MM-DD) of an instant in China time. */
export function chinaDate(at: Date): string {
  return wall(at).slice(0, 10);
}

/** The date and minute (YYYY-MM-DD HH:mm) of an instant in China time. */
export function chinaDateTime(at: Date): string {
  const w = wall(at);
  return `${w.slice(0, 10)} ${w.slice(11, 16)}`;
}

/** The time of day (HH:mm:ss) of an instant in China time. */
export function chinaTime(at: Date): string {
  return wall(at).slice(11, 19);
}

/** Today's date (YYYY-MM-DD) in China time; `now` is passed in (a clock is read by the caller). */
export function chinaToday(now: Date = new Date()): string {
  return chinaDate(now);
}

/** The current month (YYYY-MM) in China time. */
export function chinaMonth(now: Date = new Date()): string {
  return chinaDate(now).slice(0, 7);
}

/** The instant a China calendar date (YYYY-MM-DD) begins. */
export function chinaDayStart(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS);
}

/** The China wall clock of an instant as numbers (month 1–12), e.g. for a title "2026年4月". */
export function chinaParts(at: Date): { year: number; month: number; day: number; hour: number; minute: number } {
  const w = wall(at);
  return { year: +w.slice(0, 4), month: +w.slice(5, 7), day: +w.slice(8, 10), hour: +w.slice(11, 13), minute: +w.slice(14, 16) };
}

/**
 * A Date whose UTC fields are the China wall clock of the instant: what a spreadsheet writer that stores a Date by
 * its UTC fields (exceljs) needs so the cell shows China time.
 */
export function chinaWallClock(at: Date): Date {
  return new Date(at.getTime() + OFFSET_MS);
}

/** For display: an instant (Date, ISO text or epoch ms) as YYYY-MM-DD in China time; '' when missing. */
export function formatChinaDate(at: Instant | null | undefined): string {
  const d = toDate(at);
  return d ? chinaDate(d) : '';
}

/** For display: an instant as YYYY-MM-DD HH:mm in China time; '' when missing. */
export function formatChinaDateTime(at: Instant | null | undefined): string {
  const d = toDate(at);
  return d ? chinaDateTime(d) : '';
}
