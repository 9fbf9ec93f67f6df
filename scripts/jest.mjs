#!/usr/bin/env node
// Jest with the flags the suite needs, for scripts/test.mjs and the workspaces' own `npm test`:
// ES modules through Node's VM modules, without the warning that the feature is experimental.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const jest = createRequire(import.meta.url).resolve('jest/bin/jest');

export function runJest(args, options = {}) {
  return spawn(process.execPath, ['--experimental-vm-modules', '--disable-warning=ExperimentalWarning', jest, ...args], {
    cwd: root,
    stdio: 'inherit',
    ...options,
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const child = runJest(process.argv.slice(2));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
