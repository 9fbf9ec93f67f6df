import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { appDatabaseUrl, createDatabase, type Database, hashPassword } from '@partner-portal/db';
import { type Logger, pino } from 'pino';
import request from 'supertest';
import { configureApp, nestApplicationOptions } from '../app.factory.js';
import { SessionsService } from '../auth/sessions.service.js';
import { AppModule } from '../app.module.js';
import { type AppConfig, loadConfig } from '../config/config.js';
import { contractChecked } from './contract-checked-http.js';
import { createFixtureWorld, type FixtureWorld } from './fixture-world.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  /** supertest, every response checked against the API's contract (contract-checked-http.ts). */
  http: ReturnType<typeof request>;
  /** supertest without that check: for timings, and for answers no operation documents (another origin, a hostile request). */
  unchecked: ReturnType<typeof request>;
  /** The database as its owner, outside row-level security: for fixtures and for checking what the API wrote. */
  ownerDb: Database;
  close(): Promise<void>;
}

/**
 * The real API, built by @nestjs/testing and configured as main.ts configures it, on the test file's
 * own database (DATABASE_URL, set by jest/database-environment.mjs) and its own Redis key prefix.
 * `overrides` are configuration variables; `ownerUrl` another database (its owner's URL), `logger`
 * where the API logs.
 */
export async function startTestApp(
  overrides: Record<string, string> = {},
  { ownerUrl = process.env.DATABASE_URL, logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }) }: { ownerUrl?: string; logger?: Logger } = {},
): Promise<TestApp> {
  if (!ownerUrl) throw new Error('DATABASE_URL is not set: run the tests with `npm test`');
  const prefix = `${process.env.REDIS_PREFIX ?? 'pptest'}:${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    ...process.env,
    // The API connects as the application's role, under row-level security; fixtures use the owner's DATABASE_URL.
    DATABASE_URL: appDatabaseUrl(ownerUrl),
    NODE_ENV: 'test',
    REDIS_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORTAL_DIST: '/nonexistent-portal-dist',
    ...overrides,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config, logger)] }).compile();
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>(nestApplicationOptions(logger)), config, logger);
  await app.init();
  const ownerDb = createDatabase(ownerUrl, { poolSize: 4 });
  return {
    app,
    config,
    http: contractChecked(request(app.getHttpServer())),
    unchecked: request(app.getHttpServer()),
    ownerDb,
    close: async () => {
      await app.close();
      await ownerDb.$disconnect();
    },
  };
}

let counter = 0;
/** An email address no other test uses. */
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${counter}-${randomBytes(2).toString('hex')}@example.test`;
}

export const PASSWORD = 'a-long-test-password';

/** A version as a test has it (3) or an If-Match header value as sent verbatim ('"3"', 'garbage'). */
export type IfMatchValue = number | string;

const ifMatchHeader = (value: IfMatchValue) => (typeof value === 'number' ? `"${value}"` : value);

/** Requests signed in with `token`; writes send If-Match when given a version. */
export function signedInAs(t: TestApp, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  const withVersion = (version?: IfMatchValue) => (version === undefined ? auth : { ...auth, 'If-Match': ifMatchHeader(version) });
  return {
    get: (path: string) => t.http.get(path).set(auth),
    post: (path: string, body: unknown = {}, version?: IfMatchValue) => t.http.post(path).set(withVersion(version)).send(body as object),
    put: (path: string, body: unknown, version?: IfMatchValue) => t.http.put(path).set(withVersion(version)).send(body as object),
    patch: (path: string, body: unknown, version?: IfMatchValue) => t.http.patch(path).set(withVersion(version)).send(body as object),
    delete: (path: string, version?: IfMatchValue) => t.http.delete(path).set(withVersion(version)),
  };
}

export interface ApiSuite {
  /** The running API: `t.http` for supertest, `t.app` for Nest, `t.config`. */
  readonly t: TestApp;
  /** The database as its owner (TestApp.ownerDb). */
  readonly db: Database;
  /** Only with `{ world: ... }`: accounts for every relationship, and a signed-in caller for each role in each. */
  readonly world: FixtureWorld;
  /** Requests as one of the world's callers. */
  as(caller: string): ReturnType<typeof signedInAs>;
}

/**
 * The preamble of an API end-to-end file: starts the API (and, when asked, the fixture world) in
 * `beforeAll` and closes it in `afterAll`. What it answers can be named up front and used in tests
 * and in the file's own hooks, which run after these.
 *   const { t, db, world, as } = useTestApp({ world: true });
 */
export function useTestApp(options: { env?: Record<string, string>; world?: boolean | { listAccess: true } } = {}): ApiSuite {
  const [t, startedApp] = lateBound<TestApp>('the test app');
  const [db, setDb] = lateBound<Database>('the owner database');
  const [world, builtWorld] = lateBound<FixtureWorld>('the fixture world (useTestApp({ world: true }))');
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(options.env);
    startedApp(app);
    setDb(app.ownerDb);
    if (options.world) builtWorld(await createFixtureWorld(app, options.world === true ? {} : options.world));
  });
  afterAll(() => app?.close());
  return { t, db, world, as: (caller) => signedInAs(t, world.caller(caller).token) };
}

/**
 * An object that stands for one created later, in `beforeAll`: every property read goes to it, and a
 * read before it exists says so instead of failing on undefined.
 */
function lateBound<T extends object>(what: string): [T, (value: T) => void] {
  let target: T | undefined;
  const handle = new Proxy({} as T, {
    get(_, property) {
      if (!target) throw new Error(`${what} is not ready: it is created in beforeAll, so use it in a test or a hook`);
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return [handle, (value) => (target = value)];
}

/** A standalone account with its owner (whose password is PASSWORD) and a session of theirs. */
export async function signedInOwner(t: TestApp, email = uniqueEmail('owner'), accountName = 'Owner Studio'): Promise<{ accountId: string; userId: string; token: string }> {
  const account = await t.ownerDb.account.create({ data: { kind: 'STANDALONE', name: accountName } });
  const user = await t.ownerDb.user.create({ data: { username: email.toLowerCase(), email, passwordHash: await hashPassword(PASSWORD), name: 'Olive Owner' } });
  await t.ownerDb.membership.create({ data: { accountId: account.id, userId: user.id, role: 'ACCOUNT_OWNER' } });
  const { accessToken } = await t.app.get(SessionsService).open(user.id, {});
  return { accountId: account.id, userId: user.id, token: accessToken };
}

/**
 * Signs up through the API (202), verifies the address as following its emailed link does (the emails
 * themselves are tested end to end in apps/worker/src/signup-verification.e2e.test.ts), and signs in:
 * the session and the account that sign-up answered before it verified addresses.
 */
export async function signUpVerified(
  t: TestApp,
  body: { email: string; password: string; accountName: string; name?: string; partnerProgram?: string },
): Promise<{ body: { accessToken: string; user: { id: string; email: string; name: string | null }; account: { id: string; name: string; kind: string; partnerProgram: string | null } } }> {
  const signup = await t.http.post('/api/auth/signup').send(body);
  if (signup.status !== 202) throw new Error(`sign-up answered ${signup.status}: ${JSON.stringify(signup.body)}`);
  await t.ownerDb.user.update({ where: { username: body.email.toLowerCase() }, data: { emailVerifiedAt: new Date() } });
  const login = await t.http.post('/api/auth/login').send({ email: body.email, password: body.password });
  if (login.status !== 200) throw new Error(`sign-in after sign-up answered ${login.status}: ${JSON.stringify(login.body)}`);
  const me = await t.http.get('/api/me').set('Authorization', `Bearer ${login.body.accessToken}`);
  const account = me.body.accounts[0];
  return { body: { ...login.body, account: { id: account.id, name: account.name, kind: account.kind, partnerProgram: account.partnerProgram ?? null } } };
}
