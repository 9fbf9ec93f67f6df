import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { it } from '@jest/globals';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

it('the CLI prints both URLs on one line and stops cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, [CLI], {
    env: { ...process.env, MAIL_CATCHER_SMTP_PORT: '0', MAIL_CATCHER_HTTP_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = once(child, 'close');
  try {
    const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    const match = /smtp:\/\/127\.0\.0\.1:(\d+).*(http:\/\/127\.0\.0\.1:\d+\/)/.exec(line);
    assert.ok(match, `unexpected line: ${line}`);
    const inbox = await fetch(match[2]!);
    assert.equal(inbox.status, 200);
  } finally {
    child.kill('SIGTERM');
  }
  const [code] = await exited;
  assert.equal(code, 0);
}, 30_000);

it('the CLI refuses a bad port with one line naming the variable', async () => {
  const child = spawn(process.execPath, [CLI], {
    env: { ...process.env, MAIL_CATCHER_SMTP_PORT: 'abc' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = await once(child, 'close');
  assert.equal(code, 1);
  assert.equal(stderr, 'Invalid configuration: MAIL_CATCHER_SMTP_PORT must be an integer between 0 and 65535 (got "abc")\n');
}, 30_000);
