import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Database } from '@partner-portal/db';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { Public } from '../access/route-access.decorator.js';
import { DATABASE } from '../database/database.module.js';
import { REDIS } from '../redis/redis.module.js';

type Probe = 'up' | 'down';

async function probe(check: () => Promise<unknown>, timeoutMs = 2000): Promise<Probe> {
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

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether the API can reach PostgreSQL and Redis' })
  @ApiOkResponse({ description: 'Both answer' })
  @ApiServiceUnavailableResponse({ description: 'One of them does not answer' })
  async health(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([probe(() => this.db.$queryRaw`SELECT 1`), probe(() => this.redis.ping())]);
    const healthy = postgres === 'up' && redis === 'up';
    res.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: healthy ? 'ok' : 'degraded', postgres, redis };
  }
}
