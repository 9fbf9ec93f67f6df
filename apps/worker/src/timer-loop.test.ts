import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from '@jest/globals';
import { startTimerLoop } from './timer-loop.js';
import { deferred, memoryLogger, waitUntil } from './testing.js';

describe('startTimerLoop', () => {
  it('never overlaps ticks, and stop() waits for the tick in hand', async () => {
    let running = 0;
    let overlapped = false;
    let ticks = 0;
    const entered = deferred();
    const { logger } = memoryLogger();
    const loop = startTimerLoop({
      name: 'test loop',
      intervalMs: 1,
      logger,
      tick: async () => {
        running += 1;
        overlapped ||= running > 1;
        ticks += 1;
        if (ticks === 3) entered.resolve();
        await sleep(20);
        running -= 1;
      },
    });
    await entered.promise;
    await loop.stop();
    assert.equal(running, 0, 'the tick in hand finished before stop() resolved');
    assert.equal(overlapped, false);
    const after = ticks;
    await sleep(50);
    assert.equal(ticks, after, 'no tick after stop()');
  });

  it('logs a failure once per distinct message, goes on, and says when it recovered', async () => {
    const failures = ['db down', 'db down', 'db down', 'redis down', 'redis down'];
    const { logger, entries } = memoryLogger();
    let ticks = 0;
    const loop = startTimerLoop({
      name: 'test loop',
      intervalMs: 1,
      logger,
      tick: async () => {
        const failure = failures[ticks++];
        if (failure) throw new Error(failure);
      },
    });
    await waitUntil('the loop recovered', () => ticks > failures.length + 1);
    await loop.stop();
    const lines = entries.filter((entry) => entry.loop === 'test loop').map((entry) => `${entry.level} ${entry.msg} ${(entry.err as { message?: string } | undefined)?.message ?? ''}`.trim());
    assert.deepEqual(lines, ['error test loop failed; retrying db down', 'error test loop failed; retrying redis down', 'info test loop recovered']);
  });
});
