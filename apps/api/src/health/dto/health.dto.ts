import { ApiProperty } from '@nestjs/swagger';

const PROBE = { enum: ['up', 'down'], description: 'down: it did not answer within 900 ms' } as const;

export class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'unavailable'], description: 'degraded: Redis is down, which the API survives; unavailable: PostgreSQL is down' })
  status!: 'ok' | 'degraded' | 'unavailable';
  @ApiProperty(PROBE) postgres!: 'up' | 'down';
  @ApiProperty(PROBE) redis!: 'up' | 'down';
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}
