import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../../config.js';
import type { Clock } from '../../common/context.js';
import type { Orm } from '../../db/orm.js';
import { PASSWORD_CHANGE_MESSAGE } from '../../common/plugins.js';
import { principalOfRequest } from './auth.service.js';

/**
 * The REST side of PASSWORD_CHANGE_REQUIRED: a request to /api/* (evidence, imports, exports) by a user who still holds
 * a one-time password is refused with 403 before its route runs. Other callers pass on (each route checks its own
 * rights); the principal is cached, so this costs no extra lookup.
 */
export function passwordChangeGate(orm: Orm, config: AppConfig, clock: Clock) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const principal = req.headers.authorization ? await principalOfRequest(req.headers, orm.em.fork(), clock, config.auth) : null;
      if (principal?.mustChangePassword) {
        res.status(403).set('Cache-Control', 'no-store')
          .json({ errors: [{ message: PASSWORD_CHANGE_MESSAGE, extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } }] });
        return;
      }
      next();
    } catch (err) {
      next(err);
    }
  };
}
