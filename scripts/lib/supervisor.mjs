// Keeps a child process running for npm start: one that dies is started again after a backoff (1 s,
// doubling to 30 s, back to 1 s once it has stayed up for a minute) while the others keep running; after
// 5 crashes within 60 s it gives up and says so. Production runs its processes under systemd or a
// container runtime instead (README, "Running in production").
export const RESTART_POLICY = { firstDelayMs: 1_000, maxDelayMs: 30_000, maxCrashes: 5, windowMs: 60_000 };

/**
 * `start()` spawns the process and answers its ChildProcess. `log` gets one line per event;
 * `onGiveUp(reason)` is called once the process crashed too often. `current()` is the running child.
 */
export function supervise({ name, start, log, onGiveUp, policy = RESTART_POLICY }) {
  const crashes = [];
  let delayMs = policy.firstDelayMs;
  let stopped = false;
  let child;
  let timer;

  const launch = () => {
    const startedAt = Date.now();
    child = start();
    child.once('exit', (code, signal) => {
      if (stopped) return;
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && crashes[0] <= now - policy.windowMs) crashes.shift();
      const how = signal ?? `exit code ${code}`;
      if (crashes.length >= policy.maxCrashes) {
        stopped = true;
        onGiveUp(`The ${name} crashed ${crashes.length} times within ${policy.windowMs / 1000} s (last: ${how}); giving up.`);
        return;
      }
      if (now - startedAt >= policy.windowMs) delayMs = policy.firstDelayMs;
      log(`The ${name} stopped (${how}); restarting it in ${delayMs / 1000} s.`);
      timer = setTimeout(launch, delayMs);
      delayMs = Math.min(delayMs * 2, policy.maxDelayMs);
    });
  };
  launch();

  return {
    name,
    current: () => child,
    /** No more restarts; the caller stops the running child. */
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
