import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { redact } from './config.js';
import { StartupError } from './errors.js';

/** Connects as BullMQ workers require, and resolves once Redis answers PING. */
export async function connectRedis(url: string, timeoutMs: number, logger: Logger): Promise<Redis> {
  const connection = new Redis(url, { maxRetriesPerRequest: null });

  let lastError: Error | undefined;
  let ready = false;
  let outageReported = false;
  connection.on('error', (err: Error) => {
    lastError = err;
    if (ready && !outageReported) {
      outageReported = true;
      logger.warn({ err }, 'lost the Redis connection; reconnecting');
    }
  });
  connection.on('ready', () => {
    if (outageReported) logger.info('Redis connection restored');
    outageReported = false;
  });

  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const answered = connection.ping().then(
      () => true,
      (err: Error) => {
        lastError = err;
        return false;
      },
    );
    ready = await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }

  if (!ready) {
    connection.disconnect();
    const reason = lastError ? `: ${lastError.message}` : '';
    throw new StartupError(`Redis at ${redact(url)} (REDIS_URL) did not answer within ${timeoutMs / 1000} s${reason}`);
  }
  logger.info({ redis: redact(url) }, 'connected to Redis');
  return connection;
}
