import { DEFAULT_DEADLINE_RULES, type DeadlineRules } from '@doudi/shared';
import type { RequestContext } from '../../common/context.js';
import { stampOf } from '../../common/service-context.js';
import { evidenceDirOf, type AppConfig } from '../../config.js';
import { AssignmentService, type TaskDeps } from './assignment.service.js';
import { AssignmentReader } from './assignment.query.js';
import { EvidenceStore } from './evidence.store.js';

export const deadlineRules = (config: AppConfig): DeadlineRules => ({ ...DEFAULT_DEADLINE_RULES, graceDays: config.tasks.graceDays });

export function taskDeps(ctx: RequestContext): TaskDeps {
  return {
    em: ctx.em, clock: ctx.clock, access: ctx.access,
    stamp: stampOf(ctx),
    rules: deadlineRules(ctx.config), store: new EvidenceStore(evidenceDirOf(ctx.config)),
    evidenceMaxBytes: ctx.config.tasks.evidenceMaxBytes,
  };
}

export const assignmentService = (ctx: RequestContext) => new AssignmentService(taskDeps(ctx));
export const assignmentReader = (ctx: RequestContext) => new AssignmentReader(ctx.em, ctx.access, deadlineRules(ctx.config));
