import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, it } from '@jest/globals';
import { supervise } from './supervisor.mjs';

const FAST = { firstDelayMs: 50, maxDelayMs: 200, maxCrashes: 5, windowMs: 60_000 };
const node = (code) => () => spawn(process.execPath, ['-e', code], { stdio: 'ignore' });

function until(condition, timeoutMs = 10_000) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + timeoutMs;
    const poll = () => (condition() ? resolve() : Date.now() > deadline ? reject(new Error('timed out')) : setTimeout(poll, 10));
    poll();
  });
}

describe('npm start keeps its processes running', () => {
  it('restarts a process that was killed, and the new one keeps running', async () => {
    const lines = [];
    const supervised = supervise({ name: 'worker', start: node('setInterval(() => {}, 1000)'), log: (line) => lines.push(line), onGiveUp: assert.fail, policy: FAST });
    const first = supervised.current();
    first.kill('SIGKILL');
    await until(() => supervised.current() !== first && supervised.current().pid !== undefined);
    assert.deepEqual(lines, ['The worker stopped (SIGKILL); restarting it in 0.05 s.']);
    assert.equal(supervised.current().exitCode, null);
    supervised.stop();
    const exited = once(supervised.current(), 'exit');
    supervised.current().kill('SIGTERM');
    await exited;
    assert.equal(lines.length, 1, 'a stopped supervisor restarts nothing');
  });

  it('backs off, doubling up to the cap, and gives up naming the process after 5 crashes within a minute', async () => {
    const lines = [];
    let gaveUp;
    const startedAt = Date.now();
    supervise({ name: 'API', start: node('process.exit(3)'), log: (line) => lines.push(line), onGiveUp: (reason) => (gaveUp = reason), policy: FAST });
    await until(() => gaveUp !== undefined);
    assert.deepEqual(lines, [
      'The API stopped (exit code 3); restarting it in 0.05 s.',
      'The API stopped (exit code 3); restarting it in 0.1 s.',
      'The API stopped (exit code 3); restarting it in 0.2 s.',
      'The API stopped (exit code 3); restarting it in 0.2 s.',
    ]);
    assert.equal(gaveUp, 'The API crashed 5 times within 60 s (last: exit code 3); giving up.');
    assert.ok(Date.now() - startedAt >= 500, 'the delays were waited');
  });
});
