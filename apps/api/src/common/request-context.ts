import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

export interface AuthenticatedUser {
  userId: string;
  sessionId: string;
}

export type ApiRequest = Request & { id: string; user?: AuthenticatedUser; log: Logger };

const INCOMING_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** Gives every request an id (kept from X-Request-Id when sane), a child logger, and one log line when done. */
export function requestContext(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const request = req as ApiRequest;
    const incoming = req.header('x-request-id');
    request.id = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID();
    request.log = logger.child({ requestId: request.id });
    res.setHeader('X-Request-Id', request.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const route = (req as Request & { route?: { path?: string } }).route?.path;
      request.log.info(
        {
          method: req.method,
          route: route ?? req.path,
          status: res.statusCode,
          durationMs: Number(process.hrtime.bigint() - started) / 1e6,
          userId: request.user?.userId,
        },
        'request completed',
      );
    });
    next();
  };
}
