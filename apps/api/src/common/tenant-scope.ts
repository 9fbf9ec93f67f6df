import { tenancy } from '@partner-portal/db';
import type { NextFunction, Request, Response } from 'express';

/**
 * Opens the request's tenant scope, empty at first: the guards add the caller and the account, and
 * every query the request makes runs with them set for row-level security (packages/db tenancy.ts).
 */
export function tenantScope() {
  return (_req: Request, _res: Response, next: NextFunction) => tenancy.open(next);
}
