// The API killed (SIGKILL) under npm start's supervisor while requests flow: it is started again by
// itself within seconds, the worker is left alone, and nothing but connection refusals is seen meanwhile.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, test } from '@jest/globals';
import { sparePort as freePort } from '@partner-portal/db/testing';
import { supervise } from './supervisor.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe("npm start's supervisor and a killed API", () => {
  const supervised = [];
  afterAll(async () => {
    for (const process of supervised) {
      process.stop();
      const child = process.current();
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
  });

  test('a SIGKILLed API is back within seconds while the worker keeps running; requests meanwhile are refused, never answered 5xx', async () => {
    const port = await freePort();
    const { APP_DATABASE_URL, REDIS_URL, REDIS_PREFIX } = process.env;
    const env = { ...process.env, DATABASE_URL: APP_DATABASE_URL, REDIS_URL, REDIS_PREFIX, NODE_ENV: 'test', LOG_LEVEL: 'warn' };
    const lines = [];
    const start = (script, extra) => () => spawn(process.execPath, [path.join(root, script)], { env: { ...env, ...extra }, stdio: 'ignore' });
    const api = supervise({ name: 'API', start: start('apps/api/dist/main.js', { PORT: String(port), PORTAL_DIST: '/nonexistent' }), log: (line) => lines.push(line), onGiveUp: assert.fail });
    const worker = supervise({ name: 'worker', start: start('apps/worker/dist/main.js', { WORKER_HEALTH_PORT: '0', SMTP_URL: 'smtp://127.0.0.1:1' }), log: (line) => lines.push(line), onGiveUp: assert.fail });
    supervised.push(api, worker);

    const health = `http://127.0.0.1:${port}/api/health/live`;
    const status = () => fetch(health).then((res) => res.status, () => 'refused');
    const deadline = Date.now() + 60_000;
    while ((await status()) !== 200) {
      assert.ok(Date.now() < deadline, 'the API did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const workerBefore = worker.current().pid;
    const killed = api.current();
    killed.kill('SIGKILL');
    const killedAt = Date.now();
    const outcomes = {};
    let backAt;
    while (!backAt && Date.now() - killedAt < 60_000) {
      const outcome = await status();
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (outcome === 200 && api.current() !== killed) backAt = Date.now();
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = ((backAt ?? Date.now()) - killedAt) / 1000;
    console.info(`API killed: requests meanwhile ${JSON.stringify(outcomes)}; serving again ${seconds.toFixed(1)} s after the kill; supervisor said ${JSON.stringify(lines)}`);
    assert.ok(backAt, 'the API came back');
    assert.ok(seconds < 15, `${seconds} s to come back`);
    assert.deepEqual(Object.keys(outcomes).filter((outcome) => outcome !== 'refused' && outcome !== '200'), [], 'refused or served, nothing else');
    assert.deepEqual(lines, ['The API stopped (SIGKILL); restarting it in 1 s.']);
    assert.equal(worker.current().pid, workerBefore, 'the worker was left alone');
    assert.equal(worker.current().exitCode, null);
  }, 120_000);
});
