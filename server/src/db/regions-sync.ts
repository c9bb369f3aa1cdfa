import type { EntityManager } from '@mikro-orm/core';
import { REGIONS } from '@doudi/shared';
import { Region } from '../modules/region/region.entity.js';

/** Keeps the region table equal to the vocabulary in @doudi/shared (reference data, not user data). */
export async function syncRegions(em: EntityManager): Promise<void> {
  const existing = new Map((await em.find(Region, {})).map((r) => [r.code, r]));
  for (const def of REGIONS) {
    const r = existing.get(def.code);
    if (!r) {
      em.create(Region, { code: def.code, name: def.name, level: def.level, kind: def.kind, parentCode: def.parentCode });
    } else if (r.name !== def.name || r.level !== def.level || r.kind !== def.kind || r.parentCode !== def.parentCode) {
      Object.assign(r, { name: def.name, level: def.level, kind: def.kind, parentCode: def.parentCode });
    }
  }
  await em.flush();
}
