// The API plus two routes that return the same account summary: one behind the full guard pipeline,
// one public that reads the account itself. Started as a child process by guard.bench.ts.
import { Controller, Get, Inject, Module, NotFoundException, Param, Query } from '@nestjs/common';
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
  @Get('bench/unguarded/:accountId/summary')
  async unguarded(@Param('accountId') id: string, @Query('user') userId: string, @Query('session') sessionId: string) {
    // The guard's own function (row-level security hides the account from a query outside any scope),
    // as the same kind of named statement, so the two routes differ by the guard pipeline alone.
    const { rows } = await this.pool.query({
      name: 'bench-account',
      text: 'SELECT * FROM app_account_access($1::uuid, $2::uuid, $3::uuid)',
      values: [sessionId, userId, id],
    });
    if (!rows[0]?.id) throw new NotFoundException();
    return { id: rows[0].id, name: rows[0].name, kind: rows[0].kind };
  }
}

@Module({ controllers: [BenchController] })
class BenchModule {}

const config = loadConfig();
const app = await createApp(config, createLogger('warn', 'api-bench'), [{ module: BenchModule }]);
await app.listen(config.PORT, '127.0.0.1');
process.stdout.write('ready\n');
// Stopped by the bench closing stdin (support.ts), not by a signal, so that `--cpu-prof` can write its profile.
process.stdin.resume();
process.stdin.once('end', () => void app.close().then(() => process.exit(0)));
