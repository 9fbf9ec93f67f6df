// Prisma CLI configuration (DESIGN.md §7): no native engines. Migrations run on the WebAssembly
// schema engine bundled in the CLI, through the pg driver adapter.
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/partner_portal';

type ScriptRunner = {
  executeScript(script: string): Promise<void>;
  underlyingDriver(): { query(sql: string): Promise<unknown> };
  onError(error: unknown): never;
};

/**
 * The pg adapter splits a migration at every ";", which breaks any function body. PostgreSQL's
 * simple query protocol takes the whole script at once and runs it as one implicit transaction,
 * so a migration applies entirely or not at all.
 */
class PrismaPgWholeScripts extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const runner = adapter as unknown as ScriptRunner;
    runner.executeScript = async (script: string) => {
      try {
        await runner.underlyingDriver().query(script);
      } catch (error) {
        runner.onError(error);
      }
    };
    return adapter;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    return new PrismaPgWholeScripts({ connectionString: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL });
  },
});
