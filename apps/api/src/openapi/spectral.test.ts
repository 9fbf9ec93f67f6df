import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@jest/globals';

/**
 * The contract, as committed (contract.e2e.test.ts keeps apps/api/openapi.json equal to what the API
 * generates), linted by Spectral with the project's ruleset (.spectral.yaml: spectral:oas and OWASP's).
 */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const spectral = path.join(path.dirname(createRequire(import.meta.url).resolve('@stoplight/spectral-cli/package.json')), 'dist/index.js');

interface Finding {
  code: string;
  severity: number;
  path: string[];
  message: string;
}

test('Spectral (spectral:oas and OWASP) finds no error in the OpenAPI document', () => {
  const run = spawnSync(process.execPath, [spectral, 'lint', 'apps/api/openapi.json', '--ruleset', '.spectral.yaml', '--format', 'json', '--quiet'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.ok(run.stdout.trim().startsWith('['), `Spectral did not run: ${run.stderr}`);
  const findings = JSON.parse(run.stdout) as Finding[];
  const errors = findings.filter((finding) => finding.severity === 0).map((finding) => `${finding.code} at ${finding.path.join('.')}: ${finding.message}`);
  assert.deepEqual(errors, []);
}, 120_000);
