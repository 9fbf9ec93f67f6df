import { afterAll, beforeAll } from '@jest/globals';
import { createDatabase, type Database } from '@partner-portal/db';
import { startMailCatcher, type MailCatcher, type RecipientPolicy } from '@partner-portal/mail-catcher';
import { startWorkerProcess, type WorkerProcess } from './main.js';
import { type ApiProcess, deleteKeys, memoryLogger, TEST_APP_DATABASE_URL, TEST_DATABASE_URL, TEST_REDIS_URL, testConfig, uniquePrefix, startApiProcess, waitUntil } from './testing.js';

export const PORTAL_URL = 'https://portal.example.test';
export const PASSWORD = 'a-long-test-password';
/** Headers that differ between any two answers, whatever they answer. */
const PER_RESPONSE_HEADERS = new Set(['date', 'x-request-id']);

export interface PersonMailStack {
  db: Database;
  catcher: MailCatcher;
}

/**
 * The real API process, the real worker and an SMTP server of the test's own on one key prefix: a
 * person's emails end to end, through the person mail outbox. Call it in a describe; `stack` is filled
 * in its beforeAll.
 */
export function usePersonMailStack({ refuse }: { refuse?: RecipientPolicy } = {}) {
  const stack = {} as PersonMailStack;
  let api: ApiProcess | undefined;
  let worker: WorkerProcess | undefined;
  let base = '';
  const prefix = uniquePrefix();

  beforeAll(async () => {
    stack.db = createDatabase(TEST_DATABASE_URL);
    stack.catcher = await startMailCatcher({ smtpPort: 0, refuse });
    api = await startApiProcess(prefix, { SIGNUP_MAX_PER_EMAIL: '3' });
    base = api.base;
    worker = await startWorkerProcess(testConfig({ REDIS_PREFIX: prefix, SMTP_URL: `smtp://127.0.0.1:${stack.catcher.smtpPort}`, PORTAL_URL }), { logger: memoryLogger().logger });
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
    await stack.catcher?.close();
    await stack.db?.$disconnect();
    await deleteKeys(prefix);
  });

  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const headers = Object.fromEntries([...res.headers.entries()].filter(([name]) => !PER_RESPONSE_HEADERS.has(name)));
    return { status: res.status, body: text ? JSON.parse(text) : null, headers };
  };
  const mailsTo = (email: string) => stack.catcher.messages().filter((mail) => mail.to.some((to) => to.toLowerCase() === email.toLowerCase()));
  const login = (email: string, password = PASSWORD) => call('POST', '/auth/login', { email, password });

  return { stack, call, mailsTo, login };
}
