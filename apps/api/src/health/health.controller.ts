import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags, DECORATORS } from '@nestjs/swagger';
import type { Database, RedisClient } from '@partner-portal/db';
import type { Response } from 'express';
import { Public } from '../access/route-access.decorator.js';
import { DATABASE } from '../database/database.module.js';
import { REDIS } from '../redis/redis.module.js';
import { LivenessDto, ReadinessDto } from './dto/health.dto.js';

type Probe = 'up' | 'down';

/**
 * Drops the 503 that Public() documents (SERVICE_UNAVAILABLE in the error envelope, with Retry-After):
 * readiness answers 503 with its own body instead, and liveness never touches PostgreSQL. Decorators
 * apply from the bottom up, so this goes above Public(), and a 503 of the route's own above this.
 */
const WithoutEnvelope503 = (): MethodDecorator => (_target, _key, descriptor) => {
  const { 503: _envelope, ...others } = (Reflect.getMetadata(DECORATORS.API_RESPONSE, descriptor.value as object) ?? {}) as Record<string, unknown>;
  Reflect.defineMetadata(DECORATORS.API_RESPONSE, others, descriptor.value as object);
};

/** Every health answer is fresh: a cache between the prober and the API must not answer for it. */
const NO_STORE = { 'Cache-Control': { description: 'Never cached', required: true, schema: { type: 'string', enum: ['no-store'] } } };

/** A dependency that has not answered within this long is reported down: a load balancer's check must not hang. */
const PROBE_TIMEOUT_MS = 900;

async function probe(check: () => Promise<unknown>, timeoutMs = PROBE_TIMEOUT_MS): Promise<Probe> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Probe>((resolve) => {
    timer = setTimeout(() => resolve('down'), timeoutMs);
  });
  try {
    return await Promise.race([check().then((): Probe => 'up', (): Probe => 'down'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(REDIS) private readonly redis: RedisClient,
  ) {}

  /**
   * Readiness, for a load balancer: whether this process can serve requests. It cannot without
   * PostgreSQL (503); without Redis it still can (sign-in throttles in memory, invitations wait in the
   * outbox), so that is reported as degraded, not unready.
   */
  @ApiServiceUnavailableResponse({ type: ReadinessDto, headers: NO_STORE, description: 'PostgreSQL does not answer: status "unavailable"' })
  @WithoutEnvelope503()
  @Public()
  @Get(['', 'ready'])
  @ApiOperation({ summary: 'Readiness: whether the API can serve requests, and which dependency is down' })
  @ApiOkResponse({ type: ReadinessDto, headers: NO_STORE, description: 'PostgreSQL answers: status "ok", or "degraded" when Redis does not' })
  async health(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([probe(() => this.db.$queryRaw`SELECT 1`), probe(() => this.redis.ping())]);
    res.status(postgres === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    res.setHeader('Cache-Control', 'no-store');
    return { status: postgres === 'down' ? 'unavailable' : redis === 'down' ? 'degraded' : 'ok', postgres, redis };
  }

  /** Liveness, for a supervisor: the process answers. It never depends on PostgreSQL or Redis, so an outage restarts nothing. */
  @WithoutEnvelope503()
  @Public()
  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers, whatever its dependencies do' })
  @ApiOkResponse({ type: LivenessDto, headers: NO_STORE, description: 'Always, while the process runs' })
  live(@Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    return { status: 'ok' };
  }
}
