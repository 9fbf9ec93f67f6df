import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { LOGGER } from '../common/logger.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

export const REDIS = Symbol('REDIS');
export const REDIS_KEYS = Symbol('REDIS_KEYS');

/** Builds keys under the configured prefix, so runs and deployments sharing a Redis never collide. */
export type RedisKeys = (...parts: string[]) => string;

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) => {
        const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, connectTimeout: 5000 });
        let lastError = '';
        redis.on('error', (error: Error) => {
          if (error.message === lastError) return;
          lastError = error.message;
          logger.warn({ err: error.message }, 'Redis connection error');
        });
        redis.on('ready', () => (lastError = ''));
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
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown() {
    this.redis.disconnect();
  }
}
