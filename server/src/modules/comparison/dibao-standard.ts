import type { EntityManager } from '@mikro-orm/core';
import { dibaoStandardFor } from '../assistance/dibao-standard.service.js';

/** The 低保标准 (元 per person per month) of a year for both areas; null where the table has none (the rule then finds nothing). */
export async function comparisonDibaoStandard(em: EntityManager, year: number): Promise<{ urban: number | null; rural: number | null }> {
  return { urban: await dibaoStandardFor(em, year, 'URBAN'), rural: await dibaoStandardFor(em, year, 'RURAL') };
}
