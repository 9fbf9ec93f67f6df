import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { JwtService } from '@nestjs/jwt';
import { appDatabaseUrl, type Database } from '@partner-portal/db';

export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface BenchServer {
  /** The server's process id, to read its memory from /proc. */
  pid: number;
  /** Stops the server and resolves once it has exited, so its database can be dropped. */
  stop(): Promise<void>;
}

/** Starts a compiled entry of this app in its own process, so load and server do not share a core. */
export async function startServer(entry: string, env: Record<string, string>): Promise<BenchServer> {
  // BENCH_PROFILE=<directory>: the server writes a CPU profile there when it exits (summarized by bench:profile).
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, fileURLToPath(new URL(entry, import.meta.url))], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let output = '';
  let ready = false;
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      // Once ready, what the server logs (warnings and errors at the benches' LOG_LEVEL) goes to stderr.
      if (ready) return void process.stderr.write(chunk);
      output += chunk.toString();
      if (output.includes('ready')) {
        ready = true;
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code} before it was ready`)));
  });
  return {
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // The server closes when its stdin does, and exits as a program ends, so that a CPU profile is written.
      const exited = once(child, 'exit');
      child.stdin!.end();
      await exited;
    },
  };
}

export function percentile(sortedMs: number[], p: number): number {
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length))]!;
}

export const fmt = (n: number, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export interface BenchApi extends BenchApiServer {
  /** An access token of the given user, for an Authorization header. */
  token: string;
}

export interface BenchApiServer extends BenchServer {
  port: number;
  /** An access token for a session, signed with the server's secret. */
  sign(userId: string, sessionId: string): string;
}

/**
 * Benches run the API as the application does, connected as its role under row-level security;
 * BENCH_RLS=off connects as the database owner instead, which the policies do not apply to.
 */
export const ROW_LEVEL_SECURITY = process.env.BENCH_RLS !== 'off';

/** The database URL the API (and the worker) of a bench connect with, for the owner's URL of its database. */
export function serverDatabaseUrl(ownerUrl: string): string {
  return ROW_LEVEL_SECURITY ? appDatabaseUrl(ownerUrl) : ownerUrl;
}

/** The API with the bench routes in its own process, on the given database, with a secret of its own. */
export async function startBenchServer(databaseUrl: string, env: Record<string, string> = {}): Promise<BenchApiServer> {
  const secret = randomBytes(32).toString('hex');
  const jwt = new JwtService({ secret });
  const port = await freePort();
  const server = await startServer('./bench-server.js', {
    REDIS_PREFIX: process.env.REDIS_PREFIX ?? `ppbench-${randomBytes(3).toString('hex')}`,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    PORTAL_DIST: '/nonexistent',
    ...env,
    PORT: String(port),
    DATABASE_URL: serverDatabaseUrl(databaseUrl),
    JWT_SECRET: secret,
  });
  return { ...server, port, sign: (userId, sessionId) => jwt.sign({ sub: userId, sid: sessionId }, { algorithm: 'HS256', expiresIn: 4 * 3600 }) };
}

/** The bench API, and a signed-in session of `userId` on it. */
export async function startBenchApi(
  db: Database,
  databaseUrl: string,
  userId: string,
  env: Record<string, string> = {},
): Promise<BenchApi> {
  const session = await db.session.create({ data: { userId, expiresAt: new Date(Date.now() + 3600_000) } });
  const server = await startBenchServer(databaseUrl, env);
  return { ...server, token: server.sign(userId, session.id) };
}
