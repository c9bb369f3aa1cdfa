import { REGIONS, type RegionDef } from '@doudi/shared';

// Reference data from @doudi/shared (also synced to the region table for joins): no database read.

/** The county itself (no parent), or the direct children of a region. */
export function regionsUnder(parentCode: string | null | undefined): RegionDef[] {
  if (parentCode == null) return REGIONS.filter((r) => r.level === 'COUNTY');
  return REGIONS.filter((r) => r.parentCode === parentCode);
}
