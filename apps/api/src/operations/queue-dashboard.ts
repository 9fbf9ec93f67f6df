import { timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createRedisClient } from '@partner-portal/db';
import { queuePrefix, QUEUES } from '@partner-portal/jobs';
import { Queue } from 'bullmq';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { redisEndpoint, type AppConfig } from '../config/config.js';
import { reportReachability } from '../redis/redis.module.js';

export const QUEUE_DASHBOARD_PATH = '/api/operations/queues';
const OPERATOR = 'operator';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** HTTP Basic authentication as `operator` with OPERATOR_PASSWORD. */
function operatorOnly(password: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const [scheme, encoded] = (req.header('authorization') ?? '').split(' ');
    const [user, ...rest] = scheme === 'Basic' && encoded ? Buffer.from(encoded, 'base64').toString().split(':') : [];
    if (user === OPERATOR && sameSecret(rest.join(':'), password)) return next();
    res.setHeader('WWW-Authenticate', 'Basic realm="Partner Portal operations"');
    res.status(401).json({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Operator sign-in required.' });
  };
}

/**
 * Bull Board over the email and maintenance queues, mounted only when an operator password is
 * configured. Returns what to close on shutdown.
 */
export function mountQueueDashboard(app: NestExpressApplication, config: AppConfig, logger: Logger): (() => Promise<void>) | null {
  if (!config.OPERATOR_PASSWORD) return null;
  const connection = createRedisClient(redisEndpoint(config), { maxRetriesPerRequest: null, lazyConnect: true });
  reportReachability(connection, logger, 'Redis (queue dashboard)', 'the dashboard shows no queues until it is back');
  const queues = Object.values(QUEUES).map((name) => new Queue(name, { connection, prefix: queuePrefix(config.REDIS_PREFIX) }));
  // The connection's own line says Redis went away; each queue would otherwise add a stack per retry.
  for (const queue of queues) queue.on('error', () => {});
  const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: false })), serverAdapter });
  app.use(QUEUE_DASHBOARD_PATH, operatorOnly(config.OPERATOR_PASSWORD), serverAdapter.getRouter());
  logger.info({ path: QUEUE_DASHBOARD_PATH }, 'queue dashboard mounted');
  return async () => {
    await Promise.all(queues.map((queue) => queue.close()));
    connection.disconnect();
  };
}
