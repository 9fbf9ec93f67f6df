import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';

export interface AuthenticatedUser {
  userId: string;
  sessionId: string;
}

export type ApiRequest = Request & { id: string; user?: AuthenticatedUser; log: Logger };

const INCOMING_ID = /^[A-Za-z0-9._-]{1,128}$/;
/** A path segment long enough to be an id or a secret (an invitation token, say). */
const OPAQUE_SEGMENT = /^[A-Za-z0-9._~%-]{16,}$/;

/**
 * The path as a log may hold it: a matched route's pattern (`/api/invitations/:token/accept`), or, for a
 * request refused before routing (bad JSON, too large) or matching no route, the path with every segment
 * that could be a token or an id replaced.
 */
export function loggablePath(req: Request): string {
  const route = (req as Request & { route?: { path?: string } }).route?.path;
  // A catch-all (`*path`, the portal's fallback, unknown routes) says nothing: its path, redacted, does.
  if (route && !route.includes('*')) return route;
  // originalUrl: req.path is relative to where a router is mounted; the query string is never logged.
  return req.originalUrl
    .split('?')[0]!
    .split('/')
    .map((segment) => (OPAQUE_SEGMENT.test(segment) ? ':redacted' : segment))
    .join('/');
}

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
      request.log.info(
        {
          method: req.method,
          route: loggablePath(req),
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
