import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createRedisClient, type RedisClient } from '@partner-portal/db';
import type { Logger } from 'pino';
import { LOGGER } from '../common/logger.js';
import { APP_CONFIG, redisEndpoint, type AppConfig } from '../config/config.js';

export const REDIS = Symbol('REDIS');
/** How long start-up waits for Redis before going on without it. */
const STARTUP_WAIT_MS = 3_000;
export const REDIS_KEYS = Symbol('REDIS_KEYS');

/**
 * One log line when a Redis connection is lost (with its consequence) and one when it is back, however
 * many reconnection attempts fail in between.
 */
export function reportReachability(redis: RedisClient, logger: Logger, what: string, consequence: string): void {
  let reachable = true;
  redis.on('error', (error: Error) => {
    if (!reachable) return;
    reachable = false;
    logger.warn({ err: error.message }, `${what} is unreachable: ${consequence}`);
  });
  redis.on('ready', () => {
    if (reachable) return;
    reachable = true;
    logger.info(`${what} is reachable again`);
  });
}

/** Builds keys under the configured prefix, so runs and deployments sharing a Redis never collide. */
export type RedisKeys = (...parts: string[]) => string;

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG, LOGGER],
      useFactory: async (config: AppConfig, logger: Logger) => {
        // Commands fail at once while Redis is unreachable, rather than queue: the login throttle then
        // uses its in-memory insurance and /api/health answers within its probe's time.
        const redis = createRedisClient(redisEndpoint(config), { maxRetriesPerRequest: 1, connectTimeout: 5000, enableOfflineQueue: false });
        reportReachability(redis, logger, 'Redis', 'login throttling falls back to this process until it is back');
        // Connected before the first request, when Redis answers; the API starts without it all the same.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, STARTUP_WAIT_MS);
          const settle = () => {
            clearTimeout(timer);
            resolve();
          };
          redis.once('ready', settle);
          redis.once('error', settle);
        });
        return redis;
      },
    },
    {
      provide: REDIS_KEYS,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): RedisKeys => (...parts) => [config.REDIS_PREFIX, ...parts].join(':'),
    },
  ],
  exports: [REDIS, REDIS_KEYS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: RedisClient) {}

  async onApplicationShutdown() {
    this.redis.disconnect();
  }
}
