import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRedisClient, type RedisEndpoint } from '@partner-portal/db';
import type { Logger } from 'pino';
import { StartupError } from './errors.js';

const PING_TIMEOUT_MS = 900;

export interface HealthServerOptions {
  /** 0 picks a free port. */
  port: number;
  redis: RedisEndpoint;
  /** Resolves when PostgreSQL answers a query; rejects or hangs when it does not. */
  pingDatabase: () => Promise<unknown>;
  workerCount: () => number;
  logger: Logger;
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startHealthServer({ port, redis, pingDatabase, workerCount, logger }: HealthServerOptions): Promise<HealthServer> {
  // Its own connection, failing fast: the workers' connection waits for Redis forever, as BullMQ requires.
  const probe = createRedisClient(redis, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: PING_TIMEOUT_MS,
    retryStrategy: (times) => Math.min(times * 200, 1000),
  });
  // The workers' connection already reports Redis outages.
  probe.on('error', () => {});
  // Connected now, so the first /health does not spend its budget on the handshake; a failure here
  // shows in /health as Redis down, and the probe keeps retrying.
  await answers(() => probe.connect());

  const server = createServer((req, res) => {
    if (req.method !== 'GET' || new URL(req.url ?? '/', 'http://localhost').pathname !== '/health') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"status":"not found"}');
      return;
    }
    // A worker without either cannot send: jobs live in Redis, invitations and the outbox in PostgreSQL.
    void Promise.all([answers(() => probe.ping().then((reply) => reply === 'PONG')), answers(pingDatabase)]).then(([redis, postgres]) => {
      const up = redis && postgres;
      const body = { status: up ? 'ok' : 'error', redis: redis ? 'up' : 'down', postgres: postgres ? 'up' : 'down', workers: workerCount() };
      res.writeHead(up ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    probe.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(`WORKER_HEALTH_PORT ${port} cannot be used: ${reason}`);
  }
  server.on('error', (err) => logger.error({ err }, 'health server error'));
  const boundPort = (server.address() as AddressInfo).port;
  logger.info({ port: boundPort }, 'health endpoint listening on /health');

  return {
    port: boundPort,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      probe.disconnect();
    },
  };
}

/** Whether `check` resolves (to anything but false) within PING_TIMEOUT_MS. */
async function answers(check: () => Promise<unknown>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
  });
  try {
    return await Promise.race([check().then((result) => result !== false, () => false), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
