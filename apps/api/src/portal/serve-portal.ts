import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { type AppConfig, portalIndexPath } from '../config/config.js';

/** Serves the built portal at / and sends every other non-API GET to its index.html (client-side routes). */
export function servePortal(app: NestExpressApplication, config: AppConfig, logger: Logger): boolean {
  const index = portalIndexPath(config);
  if (!existsSync(index)) {
    logger.warn({ portalDist: config.PORTAL_DIST }, 'the portal is not built; only the API is served');
    return false;
  }
  app.useStaticAssets(config.PORTAL_DIST, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    // A missing file (an old bundle after a deploy) is a 404, not the app's page.
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api') || path.extname(req.path) !== '') return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
