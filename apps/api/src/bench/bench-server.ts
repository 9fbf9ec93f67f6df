// The API plus two routes that return the same account summary: one behind the full guard pipeline,
// one public that reads the account itself. Started as a child process by guard.bench.ts.
import { Controller, Get, Inject, Module, NotFoundException, Param } from '@nestjs/common';
import type { Pool } from '@partner-portal/db';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { Public, RequirePermission } from '../access/route-access.decorator.js';
import { createApp } from '../app.factory.js';
import { createLogger } from '../common/logger.js';
import { loadConfig } from '../config/config.js';
import { PG_POOL } from '../database/database.module.js';

@Controller()
class BenchController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @RequirePermission('users.view')
  @Get('accounts/:accountId/bench/summary')
  guarded(@CurrentAccount() context: AccountContext) {
    return { id: context.account.id, name: context.account.name, kind: context.account.kind };
  }

  @Public()
  @Get('bench/unguarded/:id/summary')
  async unguarded(@Param('id') id: string) {
    // The same driver and kind of named statement as the guard's query, so the two routes differ by
    // the guard pipeline alone.
    const { rows } = await this.pool.query({ name: 'bench-account', text: 'SELECT id, name, kind::text AS kind FROM account WHERE id = $1::uuid', values: [id] });
    if (!rows[0]) throw new NotFoundException();
    return rows[0];
  }
}

@Module({ controllers: [BenchController] })
class BenchModule {}

const config = loadConfig();
const app = await createApp(config, createLogger('warn', 'api-bench'), [{ module: BenchModule }]);
await app.listen(config.PORT, '127.0.0.1');
process.stdout.write('ready\n');
