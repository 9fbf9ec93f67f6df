#!/usr/bin/env node
// Runs the Prisma CLI without native engines (DESIGN.md §7): the two engine variables point at an
// existing placeholder so the CLI never tries to download a binary; neither file is ever executed.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const placeholder = fileURLToPath(import.meta.url);
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= placeholder;
env.PRISMA_QUERY_ENGINE_LIBRARY ??= placeholder;
env.DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/partner_portal';
env.PRISMA_HIDE_UPDATE_MESSAGE ??= '1';
env.CHECKPOINT_DISABLE ??= '1';

const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], {
  cwd: packageDir,
  env,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
