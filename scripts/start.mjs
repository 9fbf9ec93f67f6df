#!/usr/bin/env node
// `npm start`: from a fresh clone to a running product. Installs what is missing, checks PostgreSQL and
// Redis, builds, migrates and seeds, then runs the API (with the portal), the worker and a mail
// catcher, and prints where everything is. Ctrl-C stops all of it. Plain Node: it runs before install.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { supervise } from './lib/supervisor.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const started = Date.now();
const say = (line) => console.log(`[start] ${line}`);
const fail = (line) => {
  console.error(`[start] ${line}`);
  process.exit(1);
};

const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL || 'postgresql://postgres@127.0.0.1:5432/partner_portal',
  REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
  PORT: process.env.PORT || '3000',
  TURBO_TELEMETRY_DISABLED: '1',
};
env.PORTAL_URL ||= `http://127.0.0.1:${env.PORT}`;
// DATABASE_URL is the owner's: it migrates and seeds. The API and the worker connect as the application's
// role, which row-level security applies to (packages/db, migration row_level_security).
const appDatabaseUrl = process.env.APP_DATABASE_URL || asAppRole(env.DATABASE_URL);

function asAppRole(ownerUrl) {
  const url = new URL(ownerUrl);
  url.username = 'partner_portal_app';
  url.password = '';
  return url.toString();
}
const catchMail = !process.env.SMTP_URL;
const mailCatcher = { smtpPort: process.env.MAIL_CATCHER_SMTP_PORT || '1025', httpPort: process.env.MAIL_CATCHER_HTTP_PORT || '1080' };
env.SMTP_URL = process.env.SMTP_URL || `smtp://127.0.0.1:${mailCatcher.smtpPort}`;

function run(command, args, { quiet = false } = {}) {
  const result = spawnSync(command, args, { cwd: root, env, stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8' });
  if (result.status !== 0 && quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  return result.status === 0;
}

function installDependencies() {
  if (existsSync(path.join(root, 'node_modules', '.package-lock.json'))) return;
  say('Installing dependencies (first run only)...');
  const lockfile = existsSync(path.join(root, 'package-lock.json'));
  if (!run('npm', [lockfile ? 'ci' : 'install', '--no-audit', '--no-fund'])) fail('npm could not install the dependencies; see above.');
}

function answers({ hostname, port }, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function ensureServices() {
  const services = [
    { name: 'PostgreSQL', url: new URL(env.DATABASE_URL), defaultPort: 5432, compose: 'postgres' },
    { name: 'Redis', url: new URL(env.REDIS_URL), defaultPort: 6379, compose: 'redis' },
  ].map((s) => ({ ...s, hostname: s.url.hostname, port: s.url.port || String(s.defaultPort) }));
  let missing = [];
  for (const service of services) if (!(await answers(service))) missing.push(service);
  if (missing.length === 0) return;

  const dockerUp = spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
  if (dockerUp) {
    say(`${missing.map((s) => s.name).join(' and ')} not answering; starting them with docker compose...`);
    if (!run('docker', ['compose', 'up', '-d', ...missing.map((s) => s.compose)])) fail('docker compose could not start the services; see above.');
    for (let i = 0; i < 60 && missing.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const still = [];
      for (const service of missing) if (!(await answers(service))) still.push(service);
      missing = still;
    }
    if (missing.length === 0) return;
  }
  const service = missing[0];
  fail(
    `${service.name} is not answering at ${service.hostname}:${service.port}. Start it (docker compose up -d ${service.compose}, ` +
      `or your system's service manager), or point ${service.name === 'Redis' ? 'REDIS_URL' : 'DATABASE_URL'} at a running one, then run npm start again.`,
  );
}

/** A secret kept in .data/ so it survives restarts: sessions stay valid, the operator password and invitation links stay put. */
function localSecret(variable, name, bytes) {
  if (process.env[variable]) return process.env[variable];
  const file = path.join(root, '.data', name);
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(bytes).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

async function prepareDatabase() {
  const { default: pg } = await import('pg');
  const target = new URL(env.DATABASE_URL);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(env.DATABASE_URL);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      say(`Creating database ${name}...`);
      await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await client.end();
  }
  if (!run(process.execPath, ['packages/db/bin/prisma.mjs', 'migrate', 'deploy'], { quiet: true })) fail('Migrating the database failed; see above.');
  if (env.NODE_ENV !== 'production' && !run(process.execPath, ['packages/db/dist/seed-cli.js'], { quiet: true })) fail('Seeding the demo data failed; see above.');
  if (!run(process.execPath, ['apps/api/dist/content/sanitize-stored-pages-cli.js'], { quiet: true })) fail('Cleaning the stored landing pages failed; see above.');
}

const children = [];
let stopping = false;

/** The API, the worker and the mail catcher, each restarted when it dies (scripts/lib/supervisor.mjs). */
function startChild(name, script, extraEnv = {}) {
  children.push(
    supervise({
      name,
      start: () =>
        spawn(process.execPath, ['--enable-source-maps', script], {
          cwd: root,
          env: { ...env, ...extraEnv },
          stdio: ['ignore', 'inherit', 'inherit'],
        }),
      log: (line) => console.error(`[start] ${line}`),
      onGiveUp: (reason) => {
        console.error(`[start] ${reason} Stopping everything.`);
        stopAll(1);
      },
    }),
  );
}

function stopAll(exitCode = 0) {
  if (stopping) return;
  stopping = true;
  say('Stopping...');
  for (const supervised of children) supervised.stop();
  const alive = children.map((supervised) => supervised.current()).filter((child) => child && child.exitCode === null && child.signalCode === null);
  for (const child of alive) child.kill('SIGTERM');
  const force = setTimeout(() => {
    for (const child of alive) child.kill('SIGKILL');
  }, 10_000);
  Promise.all(alive.map((child) => new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r))))).then(() => {
    clearTimeout(force);
    process.exit(exitCode);
  });
}

async function waitForHealth(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      if ((await fetch(url)).ok) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function main() {
  installDependencies();
  await ensureServices();
  say('Building (cached after the first run)...');
  if (!run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'])) fail('The build failed; see above.');
  await prepareDatabase();
  env.JWT_SECRET = localSecret('JWT_SECRET', 'jwt-secret', 32);
  env.OPERATOR_PASSWORD = localSecret('OPERATOR_PASSWORD', 'operator-password', 12);
  env.INVITATION_LINK_SECRET = localSecret('INVITATION_LINK_SECRET', 'invitation-link-secret', 32);

  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  if (catchMail) {
    startChild('mail catcher', 'packages/mail-catcher/dist/cli.js', {
      MAIL_CATCHER_SMTP_PORT: mailCatcher.smtpPort,
      MAIL_CATCHER_HTTP_PORT: mailCatcher.httpPort,
    });
  }
  startChild('API', 'apps/api/dist/main.js', { DATABASE_URL: appDatabaseUrl });
  startChild('worker', 'apps/worker/dist/main.js', { DATABASE_URL: appDatabaseUrl });

  const base = `http://127.0.0.1:${env.PORT}`;
  if (!(await waitForHealth(`${base}/api/health`))) {
    console.error('[start] The API did not become healthy within a minute; stopping.');
    return stopAll(1);
  }
  const { DEMO_LOGINS, DEMO_PASSWORD } = await import('@partner-portal/db');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const lines = [
    '',
    `Partner Portal is running (ready in ${seconds} s). Ctrl-C stops everything.`,
    '',
    `  Portal        ${base}/`,
    `  API docs      ${base}/api/docs`,
    catchMail ? `  Mail catcher  http://127.0.0.1:${mailCatcher.httpPort}/  (SMTP on port ${mailCatcher.smtpPort})` : `  Mail          sent to ${env.SMTP_URL}`,
    `  Queues        ${base}/api/operations/queues  (user operator, password ${env.OPERATOR_PASSWORD})`,
  ];
  if (env.NODE_ENV !== 'production') {
    lines.push('', `  Demo logins (password: ${DEMO_PASSWORD})`);
    for (const login of DEMO_LOGINS) lines.push(`    ${login.email.padEnd(28)} ${login.role.padEnd(18)} ${login.account}`);
  }
  console.log(`${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(`[start] ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
  setTimeout(() => process.exit(1), 11_000).unref();
});
