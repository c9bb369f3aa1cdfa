import { evidenceDirOf } from '../../config.js';
import type { RequestContext } from '../../common/context.js';
import { serviceDeps } from '../../common/service-context.js';
import { ComparisonService } from './comparison.service.js';
import { ComparisonFindingReader } from './comparison.query.js';

/** ctx → the comparison service (its file store is the evidence folder; due days from DOUDI_FINDING_DUE_DAYS). */
export function comparisonService(ctx: RequestContext): ComparisonService {
  return new ComparisonService(serviceDeps(ctx), {
    storeDir: evidenceDirOf(ctx.config), dueDays: ctx.config.tasks.findingDueDays ?? 15, evidenceMaxBytes: ctx.config.tasks.evidenceMaxBytes,
  });
}

export const findingReader = (ctx: RequestContext): ComparisonFindingReader => new ComparisonFindingReader(serviceDeps(ctx));
