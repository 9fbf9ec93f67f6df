import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from '@jest/globals';

// src/ → the repository root
const root = fileURLToPath(new URL('../../../', import.meta.url));

function run(...args: string[]): string {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

test('loads through require from the repository root', () => {
  const out = run('-e', "const p = require('@partner-portal/permissions'); console.log(typeof p.can, p.can({ role: 'ACCOUNT_OWNER', via: 'MEMBER' }, 'users.manage', { kind: 'STANDALONE' }))");
  assert.equal(out, 'function true');
});

test('loads through import from the repository root', () => {
  const out = run('--input-type=module', '-e', "const p = await import('@partner-portal/permissions'); console.log(typeof p.can, p.can({ role: 'ACCOUNT_OWNER', via: 'MEMBER' }, 'users.manage', { kind: 'STANDALONE' }))");
  assert.equal(out, 'function true');
});
