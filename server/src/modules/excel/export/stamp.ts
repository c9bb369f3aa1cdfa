// The dates an export writes in its title and file name: China time (永宁县), whatever the server's time zone.
import { chinaDateTime, chinaMonth, chinaParts } from '@doudi/shared';

export interface ExportStamp {
  /** 2026年4月 */
  monthText: string;
  /** 2026-04 */
  month: string;
  /** 2026-04-01 03:55 */
  stamp: string;
}

export function exportStamp(now: Date): ExportStamp {
  const p = chinaParts(now);
  return { monthText: `${p.year}年${p.month}月`, month: chinaMonth(now), stamp: chinaDateTime(now) };
}
