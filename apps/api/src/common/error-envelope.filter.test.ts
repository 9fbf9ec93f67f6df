import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { BadRequestException, HttpStatus, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { AppError } from './app-error.js';
import { ErrorEnvelopeFilter } from './error-envelope.filter.js';

function capture(exception: unknown) {
  const sent: { status?: number; body?: Record<string, unknown>; headers: Record<string, string>; logged: unknown[][] } = { headers: {}, logged: [] };
  const response = {
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json: (body: Record<string, unknown>) => (sent.body = body),
  };
  const request = {
    log: {
      error: (...args: unknown[]) => sent.logged.push(['error', ...args]),
      warn: (...args: unknown[]) => sent.logged.push(['warn', ...args]),
    },
  };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new ErrorEnvelopeFilter().catch(exception, host);
  return sent;
}

class FakePrismaError extends Error {
  override name = 'PrismaClientKnownRequestError';
  constructor(
    readonly code: string,
    readonly meta?: unknown,
  ) {
    super(`Invalid prisma.user.create() invocation: secret internals ${code}`);
  }
}

/** As Prisma's pg adapter reports a PostgreSQL error (seen from a real row-level security refusal). */
const postgresError = (code: string, message: string) => ({ kind: 'postgres', code, originalCode: code, severity: 'ERROR', message, originalMessage: message });

class FakeDriverAdapterError extends Error {
  override name = 'DriverAdapterError';
  constructor(override readonly cause: unknown) {
    super('secret internals of the adapter');
  }
}

const RLS_MESSAGE = 'new row violates row-level security policy "list_access_insert" for table "contact_list"';

describe('the error envelope', () => {
  test('an unexpected error is a 500 that shows no internals, and is logged', () => {
    const sent = capture(new TypeError('Cannot read properties of undefined (reading "passwordHash") at /srv/app/secret.ts:12'));
    assert.equal(sent.status, 500);
    assert.deepEqual(Object.keys(sent.body!).sort(), ['code', 'message', 'statusCode']);
    assert.equal(sent.body!.code, 'INTERNAL_ERROR');
    assert.doesNotMatch(JSON.stringify(sent.body), /passwordHash|secret|\.ts/);
    assert.equal(sent.logged.length, 1);
  });

  test('Prisma unique violations are 409 and missing records 404, without the query text', () => {
    const conflict = capture(new FakePrismaError('P2002'));
    assert.equal(conflict.status, 409);
    assert.equal(conflict.body!.code, 'ALREADY_EXISTS');
    const missing = capture(new FakePrismaError('P2025'));
    assert.equal(missing.status, 404);
    assert.equal(missing.body!.code, 'NOT_FOUND');
    assert.doesNotMatch(JSON.stringify([conflict.body, missing.body]), /secret|prisma/);
  });

  test('a write refused by row-level security is a 403 FORBIDDEN, logged as a warning, through a model or a raw query', () => {
    for (const exception of [
      new FakeDriverAdapterError(postgresError('42501', RLS_MESSAGE)),
      new FakePrismaError('P2010', { driverAdapterError: { name: 'DriverAdapterError', cause: postgresError('42501', RLS_MESSAGE) } }),
    ]) {
      const sent = capture(exception);
      assert.deepEqual([sent.status, sent.body], [403, { statusCode: 403, code: 'FORBIDDEN', message: 'Your access does not allow this change.' }]);
      assert.deepEqual(sent.logged.map(([level]) => level), ['warn']);
      assert.doesNotMatch(JSON.stringify(sent.body), /secret|policy|contact_list/);
    }
  });

  test('other database errors, and a missing privilege that is not row-level security, stay a 500', () => {
    for (const exception of [
      new FakeDriverAdapterError(postgresError('23503', 'insert or update violates foreign key constraint')),
      new FakeDriverAdapterError(postgresError('42501', 'permission denied for table contact')),
      new FakePrismaError('P2010', { driverAdapterError: { cause: postgresError('57014', 'canceling statement due to statement timeout') } }),
    ]) {
      const sent = capture(exception);
      assert.equal(sent.status, 500);
      assert.deepEqual(sent.logged.map(([level]) => level), ['error']);
    }
  });

  test('an AppError keeps its status, code and headers', () => {
    const sent = capture(new AppError(HttpStatus.TOO_MANY_REQUESTS, 'SLOW_DOWN', 'Wait.', { 'Retry-After': '9' }));
    assert.deepEqual(sent.body, { statusCode: 429, code: 'SLOW_DOWN', message: 'Wait.' });
    assert.equal(sent.headers['Retry-After'], '9');
  });

  test("Nest's HTTP exceptions get a stable code", () => {
    assert.equal(capture(new NotFoundException('Cannot GET /api/nothing')).body!.code, 'NOT_FOUND');
    assert.equal(capture(new BadRequestException()).body!.code, 'BAD_REQUEST');
  });
});
