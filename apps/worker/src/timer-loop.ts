import type { Logger } from 'pino';

export interface TimerLoopOptions {
  name: string;
  intervalMs: number;
  tick: () => Promise<void>;
  logger: Logger;
}

export interface TimerLoop {
  /** Takes no further tick and resolves once the tick in hand has finished. */
  stop(): Promise<void>;
}

/**
 * Runs `tick` at once and then `intervalMs` after each tick ends, so ticks never overlap. A failing
 * tick is logged, once per distinct error message, and the loop goes on.
 */
export function startTimerLoop({ name, intervalMs, tick, logger }: TimerLoopOptions): TimerLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let inHand: Promise<void> | undefined;
  let lastError: string | undefined;

  const run = async () => {
    try {
      await tick();
      if (lastError !== undefined) logger.info({ loop: name }, `${name} recovered`);
      lastError = undefined;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (message !== lastError) logger.error({ loop: name, err }, `${name} failed; retrying`);
      lastError = message;
    }
  };
  const schedule = (delayMs: number) => {
    timer = setTimeout(() => {
      inHand = run().finally(() => {
        inHand = undefined;
        if (!stopped) schedule(intervalMs);
      });
    }, delayMs);
  };
  schedule(0);

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await inHand;
    },
  };
}
