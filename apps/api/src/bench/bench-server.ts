// The API plus two routes that return the same account summary: one behind the full guard pipeline,
// one public that reads the account itself. Started as a child process by guard.bench.ts.
import { Controller, Get, Inject, Module, Param } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { Public, RequirePermission } from '../access/route-access.decorator.js';
import { createApp } from '../app.factory.js';
import { createLogger } from '../common/logger.js';
import { loadConfig } from '../config/config.js';
import { DATABASE } from '../database/database.module.js';

@Controller()
class BenchController {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  @RequirePermission('users.view')
  @Get('accounts/:accountId/bench/summary')
  guarded(@CurrentAccount() context: AccountContext) {
    return { id: context.account.id, name: context.account.name, kind: context.account.kind };
  }

  @Public()
  @Get('bench/unguarded/:id/summary')
  async unguarded(@Param('id') id: string) {
    const account = await this.db.account.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, kind: true } });
    return account;
  }
}

@Module({ controllers: [BenchController] })
class BenchModule {}

const config = loadConfig();
const app = await createApp(config, createLogger('warn', 'api-bench'), [{ module: BenchModule }]);
await app.listen(config.PORT, '127.0.0.1');
process.stdout.write('ready\n');
