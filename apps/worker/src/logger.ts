import { hostname } from 'node:os';
import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

/** Writes synchronously by default, so lines keep their order and none is lost when the process exits. */
export function createLogger(
  level: LevelWithSilent,
  destination: DestinationStream = pino.destination({ dest: 1, sync: true }),
): Logger {
  return pino(
    {
      level,
      base: { service: 'worker', pid: process.pid, hostname: hostname() },
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}
