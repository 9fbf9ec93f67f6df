import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Database } from '@partner-portal/db';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { Public } from '../access/route-access.decorator.js';
import { DATABASE } from '../database/database.module.js';
import { REDIS } from '../redis/redis.module.js';

type Probe = 'up' | 'down';

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
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /**
   * Readiness, for a load balancer: whether this process can serve requests. It cannot without
   * PostgreSQL (503); without Redis it still can (sign-in throttles in memory, invitations wait in the
   * outbox), so that is reported as degraded, not unready.
   */
  @Public()
  @Get(['', 'ready'])
  @ApiOperation({ summary: 'Readiness: whether the API can serve requests, and which dependency is down' })
  @ApiOkResponse({ description: 'PostgreSQL answers; status "degraded" when Redis does not' })
  @ApiServiceUnavailableResponse({ description: 'PostgreSQL does not answer' })
  async health(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([probe(() => this.db.$queryRaw`SELECT 1`), probe(() => this.redis.ping())]);
    res.status(postgres === 'up' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    res.setHeader('Cache-Control', 'no-store');
    return { status: postgres === 'down' ? 'unavailable' : redis === 'down' ? 'degraded' : 'ok', postgres, redis };
  }

  /** Liveness, for a supervisor: the process answers. It never depends on PostgreSQL or Redis, so an outage restarts nothing. */
  @Public()
  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers, whatever its dependencies do' })
  @ApiOkResponse({ description: 'Always, while the process runs' })
  live(@Res({ passthrough: true }) res: Response) {
    res.setHeader('Cache-Control', 'no-store');
    return { status: 'ok' };
  }
}
