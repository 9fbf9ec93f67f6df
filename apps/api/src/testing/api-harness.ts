import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { appDatabaseUrl, createDatabase, type Database } from '@partner-portal/db';
import { pino } from 'pino';
import request from 'supertest';
import { createApp } from '../app.factory.js';
import { type AppConfig, loadConfig } from '../config/config.js';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  http: ReturnType<typeof request>;
  /** The database as its owner, outside row-level security: for fixtures and for checking what the API wrote. */
  ownerDb: Database;
  close(): Promise<void>;
}

/**
 * The real API on the run's own database (DATABASE_URL, set by with-test-db.mjs) and its own Redis
 * key prefix, so test files never share throttles or sessions.
 */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set: run the tests with `npm test`');
  const prefix = `${process.env.REDIS_PREFIX ?? 'pptest'}:${randomBytes(4).toString('hex')}`;
  const config = loadConfig({
    ...process.env,
    // The API connects as the application's role, under row-level security; fixtures use the owner's DATABASE_URL.
    DATABASE_URL: process.env.APP_DATABASE_URL ?? appDatabaseUrl(process.env.DATABASE_URL),
    NODE_ENV: 'test',
    REDIS_PREFIX: prefix,
    JWT_SECRET: randomBytes(32).toString('hex'),
    PORTAL_DIST: '/nonexistent-portal-dist',
    ...overrides,
  });
  const app = await createApp(config, pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }));
  await app.init();
  const ownerDb = createDatabase(process.env.DATABASE_URL, { poolSize: 4 });
  return {
    app,
    config,
    http: request(app.getHttpServer()),
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
