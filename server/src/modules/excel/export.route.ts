import { randomUUID } from 'node:crypto';
import type { ReadReplicas } from '../../db/read-replicas.js';
import express, { type Router } from 'express';
import type { Orm } from '../../db/orm.js';
import type { AppConfig } from '../../config.js';
import type { Clock } from '../../common/context.js';
import { authenticate, sendError, ExportError } from './export/http.js';
import { JobSlots, tooManyJobsMessage } from '../../common/jobs.js';
import type { Access } from '../../common/access.js';
import { exportHouseholds } from './export/households.js';
import { exportAssignments } from './export/assignments.js';
import { exportMonthlyChecks } from './export/monthly-checks.js';
import { exportTemplate } from './export/template.js';
import { exportLoopList } from './export/loops.js';
import { exportApplicationLists, type ApplicationExport } from './export/applications.js';

/**
 * Excel downloads, with the same `Authorization: Bearer` token and scopes as the API:
 * - GET /api/exports/households.xlsx?where=<json>&orderBy=<json>&columns=a,b&category=…&maskPii=…&title=… (ledger:read)
 * - GET /api/exports/monthly-checks.xlsx?where=<json with month>&columns=… (ledger:read; the caller's region)
 * - GET /api/exports/assignments.xlsx?where=<json>&columns=… (tasks:read; a unit only its own rows)
 * - GET /api/exports/loops/<referrals|relief-requests|subsidy-payments|central-care|care-agreements|visits>.xlsx?regionCode=…
 *   (ledger:read; the lists of issue 16's loops, scoped and masked as on screen — export/loops.ts)
 * - GET /api/exports/templates/<households|assignments>.xlsx?category=… (ledger:read / tasks:read)
 * Refusals are JSON: 400 (bad parameter, with `field`), 401, 403 (with `scope`), 404 (unknown target), 429
 * (TOO_MANY_JOBS: the caller's or the server's heavy jobs are all busy; templates are not counted).
 */
export function exportRouter(orm: Orm, config: AppConfig, clock: Clock, jobs = new JobSlots(config.limits.jobsPerUser, config.limits.jobsTotal), replicas: ReadReplicas | null = null): Router {
  const router = express.Router();
  const requestIdOf = (h: unknown) => String(h ?? '').slice(0, 64) || randomUUID();

  router.get('/api/exports/templates/:file', async (req, res) => {
    try {
      const target = /^(households|assignments|dibao-roll|tekun-roll)\.xlsx$/.exec(req.params.file ?? '')?.[1] as 'households' | 'assignments' | 'dibao-roll' | 'tekun-roll' | undefined;
      await authenticate(req, orm.em.fork(), config, clock, target === 'assignments' ? 'tasks:read' : 'ledger:read');
      if (!target) throw new ExportError(404, 'NOT_FOUND', `没有“${String(req.params.file).slice(0, 40)}”模板；可用：households.xlsx、assignments.xlsx、dibao-roll.xlsx、tekun-roll.xlsx`);
      await exportTemplate(target, req, res);
    } catch (err) {
      sendError(res, err, 'template download');
    }
  });

  router.get('/api/exports/loops/:file', async (req, res) => {
    let release: (() => void) | null = null;
    try {
      const em = orm.em.fork();
      const access = await authenticate(req, em, config, clock, 'ledger:read');
      release = jobs.acquire(access.actor);
      if (!release) throw new ExportError(429, 'TOO_MANY_JOBS', tooManyJobsMessage(jobs));
      const list = /^([a-z-]{1,40})\.xlsx$/.exec(req.params.file ?? '')?.[1] ?? String(req.params.file ?? '');
      await exportLoopList(list, req, res, { em, config, clock, access, requestId: requestIdOf(req.headers['x-request-id']) });
    } catch (err) {
      sendError(res, err, 'export');
    } finally {
      (release as (() => void) | null)?.();
    }
  });

  router.get('/api/exports/:file', async (req, res) => {
    let release: (() => void) | null = null;
    // The caller's heavy-job slot is taken once the request's arguments have been read and checked (each exporter
    // calls `hold` then), so a malformed request is answered with its own code, never TOO_MANY_JOBS.
    const holder = (access: Access) => (): void => {
      release = jobs.acquire(access.actor);
      if (!release) throw new ExportError(429, 'TOO_MANY_JOBS', tooManyJobsMessage(jobs));
    };
    try {
      const em = orm.em.fork();
      const file = req.params.file ?? '';
      if (file === 'households.xlsx') {
        const access = await authenticate(req, em, config, clock, 'ledger:read');
        const readEm = replicas ? await replicas.emFor(access.principal?.tokenId ?? null, em) : em;
        await exportHouseholds(req, res, { em, readEm, config, clock, access, hold: holder(access), requestId: requestIdOf(req.headers['x-request-id']) });
      } else if (file === 'monthly-checks.xlsx') {
        const access = await authenticate(req, em, config, clock, 'ledger:read');
        await exportMonthlyChecks(req, res, { em, config, clock, access, hold: holder(access) });
      } else if (file === 'applications.xlsx' || file === 'gradual-exit-candidates.xlsx' || file === 'epidemic-uncovered.xlsx') {
        const access = await authenticate(req, em, config, clock, 'ledger:read');
        await exportApplicationLists(file.replace('.xlsx', '') as ApplicationExport, req, res, { em, config, clock, access, hold: holder(access), requestId: requestIdOf(req.headers['x-request-id']) });
      } else if (file === 'assignments.xlsx') {
        const access = await authenticate(req, em, config, clock, 'tasks:read');
        await exportAssignments(req, res, { em, config, clock, access, hold: holder(access) });
      } else {
        await authenticate(req, em, config, clock, 'ledger:read').catch((e: unknown) => {
          if (e instanceof ExportError && e.status === 401) throw e;
        });
        throw new ExportError(404, 'NOT_FOUND', `没有“${file.slice(0, 40)}”导出；可用：households.xlsx、monthly-checks.xlsx、assignments.xlsx、applications.xlsx、gradual-exit-candidates.xlsx、epidemic-uncovered.xlsx`);
      }
      // Rows written (metrics): the count every export announces in its header.
      jobs.recordRows('export', Number(res.getHeader('X-Doudi-Row-Count')) || 0);
    } catch (err) {
      sendError(res, err, 'export');
    } finally {
      (release as (() => void) | null)?.();
    }
  });
  return router;
}
