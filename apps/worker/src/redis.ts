import { createRedisClient, describeRedis, isCluster, type RedisClient, type RedisEndpoint } from '@partner-portal/db';
import type { Logger } from 'pino';
import { StartupError } from './errors.js';

/** Connects as BullMQ workers require, and resolves once Redis (a Cluster: every slot) answers. */
export async function connectRedis(endpoint: RedisEndpoint, timeoutMs: number, logger: Logger): Promise<RedisClient> {
  const connection = createRedisClient(endpoint, { maxRetriesPerRequest: null });

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
    // A Cluster answers PING from any node; it is ready once it has read the slot map.
    const answered = (isCluster(endpoint) ? untilReady(connection).then(() => connection.ping()) : connection.ping()).then(
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
    const variable = isCluster(endpoint) ? 'REDIS_CLUSTER_NODES' : 'REDIS_URL';
    throw new StartupError(`${describeRedis(endpoint)} (${variable}) did not answer within ${timeoutMs / 1000} s${reason}`);
  }
  logger.info({ redis: describeRedis(endpoint) }, 'connected to Redis');
  return connection;
}

function untilReady(connection: RedisClient): Promise<void> {
  if (connection.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => connection.once('ready', () => resolve()));
}
