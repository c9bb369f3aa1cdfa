import type { EntityManager } from '@mikro-orm/core';
import { PLAN_2020, type DeadlineRules } from '@doudi/shared';
import { Plan } from '../modules/tasks/plan.entity.js';
import { insertPlan, syncResponsibleUnits, unitDefs } from '../modules/tasks/plan.service.js';
import { seedTaskDemoProgress } from './tasks-demo.js';

/**
 * On first start (an empty plan table): the county's 2020 plan exactly as issued, with one assignment per
 * measure × responsible unit. The plan is real data and is seeded whether or not demo data is; `demo` adds
 * demo progress relative to `now`. The responsible units are kept in step with @doudi/shared on every start.
 */
export async function seedPlan2020(em: EntityManager, now: Date, opts: { demo: boolean; rules: DeadlineRules; log?: (l: string) => void }): Promise<void> {
  await syncResponsibleUnits(em.fork());
  if ((await em.count(Plan, {})) > 0) return;
  await em.fork().transactional(async (tx) => {
    const plan = await insertPlan(tx, PLAN_2020, await unitDefs(tx), { actor: 'system', requestId: 'seed', changeSet: null }, now);
    const n = opts.demo ? await seedTaskDemoProgress(tx, plan.id, PLAN_2020.issuedOn, now, opts.rules) : 0;
    opts.log?.(`[doudi] seeded the plan ${PLAN_2020.documentNumber} (${PLAN_2020.measures.length} measures)${opts.demo ? `, demo progress on ${n} assignments` : ''}`);
  });
}
