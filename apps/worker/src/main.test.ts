import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { deleteKeys, deferred, freePort, TEST_REDIS_URL, uniquePrefix, type LogEntry } from './testing.js';

const MAIN = fileURLToPath(new URL('./main.js', import.meta.url));

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, REDIS_URL: TEST_REDIS_URL, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = once(child, 'close').then(([code]) => ({ code: code as number | null, stdout, stderr }));
  return { child, exit };
}

describe('dist/main.js with bad configuration', () => {
  for (const [name, value] of [
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['WORKER_HEALTH_PORT', 'abc'],
  ] as const) {
    it(`exits 1 with one stderr line naming ${name}`, { timeout: 30_000 }, async () => {
      const { code, stdout, stderr } = await run({ [name]: value }).exit;
      assert.equal(code, 1);
      assert.equal(stdout, '');
      const lines = stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, stderr);
      assert.match(lines[0]!, new RegExp(`^Invalid configuration: ${name} `));
      assert.ok(stderr.endsWith('\n'));
    });
  }
});

describe('dist/main.js', () => {
  const prefix = uniquePrefix();
  after(() => deleteKeys(prefix));

  it('serves /health, then shuts down gracefully on SIGTERM', { timeout: 60_000 }, async () => {
    const port = await freePort();
    const { child, exit } = run({ WORKER_HEALTH_PORT: String(port), REDIS_PREFIX: prefix });

    const entries: LogEntry[] = [];
    const started = deferred();
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as LogEntry;
      entries.push(entry);
      if (entry.msg === 'worker started') started.resolve();
    });
    await Promise.race([started.promise, exit.then(({ stderr }) => assert.fail(`exited early: ${stderr}`))]);

    const res = await fetch(`http://127.0.0.1:${port}/health`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok', redis: 'up', workers: 0 });

    child.kill('SIGTERM');
    const { code, stderr } = await exit;
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.ok(entries.every((entry) => entry.service === 'worker'));
    assert.ok(entries.some((entry) => entry.signal === 'SIGTERM' && /shutting down/.test(entry.msg)));
    assert.equal(entries.at(-1)?.msg, 'shutdown complete');
  });
});
