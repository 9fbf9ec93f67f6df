// A PostgreSQL cluster and a Redis server of a test's own, on spare ports, that the test may stop and
// start again: fault tests never touch the machine's own services (DESIGN.md §7). The cluster runs as
// the `postgres` OS user, with Debian's initdb and pg_ctl; Redis keeps nothing on disk. Also the
// scale-out engines (docs/scale-out.md): PgBouncer in transaction pooling mode and a Redis Cluster.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const PG_BIN = process.env.PG_BIN ?? `/usr/lib/postgresql/${process.env.PG_MAJOR ?? '15'}/bin`;

export function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface OwnService {
  readonly port: number;
  /** The URL to connect to (for PostgreSQL, its `postgres` database as the superuser). */
  readonly url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops it for good and removes its files. */
  destroy(): Promise<void>;
}

/** Runs a PostgreSQL program as the `postgres` OS user, without blocking the event loop of the test that waits. */
function asPostgres(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('runuser', ['-u', 'postgres', '--', path.join(PG_BIN, command), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`))));
  });
}

export async function startOwnPostgres(): Promise<OwnService> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-own-pg-'));
  chmodSync(dir, 0o755);
  const { uid, gid } = postgresUser();
  chownSync(dir, uid, gid);
  const data = path.join(dir, 'data');
  await asPostgres('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await sparePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const start = () => asPostgres('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  const stop = () => asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  let destroyed = false;
  return {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  return { uid: id('-u'), gid: id('-g') };
}

export async function startOwnRedis(): Promise<OwnService> {
  const port = await sparePort();
  let server: ChildProcess | undefined;
  const start = async () => {
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') return;
      await sleep(50);
    }
    throw new Error(`redis-server did not answer on port ${port}`);
  };
  const stop = async () => {
    const running = server;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { port, url: `redis://127.0.0.1:${port}`, start, stop, destroy: stop };
}

/** A test that needs an engine fails naming the missing program and how to install it, never skips. */
function requireProgram(program: string, install: string): string {
  const found =
    spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).stdout.trim() ||
    ['/usr/sbin', '/usr/bin'].map((dir) => path.join(dir, program)).find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`ENGINE_MISSING: \`${program}\` is not installed; install it with \`${install}\` (.ci/run does)`);
  return found;
}

/**
 * Waits until a process says it listens (`ready` in its output): a spare port can be taken by another
 * test between being found and being bound, and a connection would then be answered by that other
 * process. Resolves false when the process exits first (its port was taken), so the caller tries another.
 */
async function announced(child: ChildProcess, ready: RegExp, what: string, output: () => string): Promise<boolean> {
  for (let i = 0; i < 400; i++) {
    if (ready.test(output())) return true;
    if (child.exitCode !== null || child.signalCode !== null) return false;
    await sleep(25);
  }
  throw new Error(`${what} did not say it was ready within 10 s:\n${output()}`);
}

/** Starts a server on fresh spare ports, again on others (three times at most) when its ports were taken. */
async function onSparePorts<T>(what: string, start: (ports: () => Promise<number>) => Promise<{ started: T; listening: boolean; output: string }>): Promise<T> {
  let last = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const { started, listening, output } = await start(sparePort);
    if (listening) return started;
    last = output;
  }
  throw new Error(`${what} exited before it listened, three times:\n${last}`);
}

async function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

export interface PgBouncerOptions {
  /** Where PostgreSQL listens; the machine's own by default. Every database there is reachable by its name. */
  postgresPort?: number;
  /** Users PgBouncer lets in (trust authentication: PostgreSQL's own trust is the check). */
  users?: string[];
  /** Server connections per database and user. */
  poolSize?: number;
}

/**
 * Debian's PgBouncer in transaction pooling mode on a spare port, in front of a PostgreSQL that trusts
 * local connections, with a configuration of its own in a temporary directory. Its `url` names the
 * `postgres` database; a test swaps in its own database's name and user (`throughPgBouncer`).
 */
export async function startPgBouncer({ postgresPort = 5432, users = ['postgres', 'partner_portal_app'], poolSize = 20 }: PgBouncerOptions = {}): Promise<OwnService> {
  const program = requireProgram('pgbouncer', 'apt-get install pgbouncer');
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-pgbouncer-'));
  chmodSync(dir, 0o755);
  const authFile = path.join(dir, 'users.txt');
  writeFileSync(authFile, users.map((user) => `"${user}" ""\n`).join(''));
  const config = path.join(dir, 'pgbouncer.ini');
  const writeConfig = (port: number) =>
    writeFileSync(
      config,
      [
        '[databases]',
        `* = host=127.0.0.1 port=${postgresPort}`,
        '[pgbouncer]',
        'listen_addr = 127.0.0.1',
        `listen_port = ${port}`,
        'unix_socket_dir =',
        'auth_type = trust',
        `auth_file = ${authFile}`,
        'pool_mode = transaction',
        // The admin console (database `pgbouncer`: SHOW STATS, SHOW POOLS) for the superuser.
        'admin_users = postgres',
        `default_pool_size = ${poolSize}`,
        'max_client_conn = 1000',
        'ignore_startup_parameters = extra_float_digits',
        'log_connections = 0',
        'log_disconnections = 0',
        '',
      ].join('\n'),
    );
  // PgBouncer refuses to run as root: it runs as the `postgres` OS user, as the clusters do.
  const { uid, gid } = postgresUser();
  let server: ChildProcess | undefined;
  let port = 0;
  const launch = async () => {
    let output = '';
    const child = spawn(program, [config], { uid, gid, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    server = child;
    return { listening: await announced(child, new RegExp(`listening on 127\\.0\\.0\\.1:${port}\\b`), 'pgbouncer', () => output), output };
  };
  const start = async () => {
    const { listening, output } = await launch();
    if (!listening) throw new Error(`pgbouncer exited before it listened on port ${port} again:\n${output}`);
  };
  await onSparePorts('pgbouncer', async (spare) => {
    port = await spare();
    writeConfig(port);
    return { started: undefined, ...(await launch()) };
  }).catch(async (error: unknown) => {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  });
  const stop = () => stopChild(server, 'SIGTERM');
  let destroyed = false;
  return {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The same user and database as `url`, through PgBouncer on `port`. */
export function throughPgBouncer(url: string, port: number): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(port);
  return parsed.toString();
}

export interface OwnRedisCluster {
  /** Its masters' URLs: what REDIS_CLUSTER_NODES takes, comma-separated. */
  readonly nodes: string[];
  destroy(): Promise<void>;
}

/**
 * A Redis Cluster of `masters` masters and no replicas, each `redis-server --cluster-enabled yes` on a
 * spare port with its node file in a temporary directory, joined by `redis-cli --cluster create`.
 * Resolves once every slot is served (cluster_state:ok).
 */
export async function startRedisCluster(masters = 3): Promise<OwnRedisCluster> {
  requireProgram('redis-server', 'apt-get install redis-server');
  requireProgram('redis-cli', 'apt-get install redis-tools');
  const dir = mkdtempSync(path.join(tmpdir(), 'pp-redis-cluster-'));
  const servers: ChildProcess[] = [];
  const ports: number[] = [];
  const destroy = async () => {
    await Promise.all(servers.map((server) => stopChild(server)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < masters; i++) {
      const port = await onSparePorts('redis-server (a cluster node)', async (spare) => {
        const [port, busPort] = [await spare(), await spare()];
        if (port === busPort || ports.includes(port)) return { started: port, listening: false, output: `port ${port} chosen twice` };
        // The bus port is given: the default, port + 10000, may lie beyond 65535 for a spare port.
        const server = spawn(
          'redis-server',
          ['--port', String(port), '--cluster-port', String(busPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no',
            '--cluster-enabled', 'yes', '--cluster-config-file', path.join(dir, `nodes-${port}.conf`), '--dir', dir],
          { stdio: ['ignore', 'pipe', 'pipe'] },
        );
        let output = '';
        server.stdout!.on('data', (chunk) => (output += chunk));
        server.stderr!.on('data', (chunk) => (output += chunk));
        servers.push(server);
        return { started: port, listening: await announced(server, /Ready to accept connections/, `redis-server on port ${port}`, () => output), output };
      });
      ports.push(port);
    }
    const create = await run('redis-cli', ['--cluster', 'create', ...ports.map((port) => `127.0.0.1:${port}`), '--cluster-replicas', '0', '--cluster-yes']);
    if (create.code !== 0) throw new Error(`redis-cli --cluster create failed (${create.code}):\n${create.output}`);
    for (let i = 0; ; i++) {
      const states = await Promise.all(ports.map((port) => run('redis-cli', ['-p', String(port), 'cluster', 'info'])));
      if (states.every((state) => state.output.includes('cluster_state:ok'))) break;
      if (i === 200) throw new Error(`the Redis Cluster on ports ${ports.join(', ')} did not reach cluster_state:ok`);
      await sleep(50);
    }
  } catch (error) {
    await destroy();
    throw error;
  }
  return { nodes: ports.map((port) => `redis://127.0.0.1:${port}`), destroy };
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}
