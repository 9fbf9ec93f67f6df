import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { startTestApp, useTestApp } from '../testing/api-harness.js';

describe('health, OpenAPI and unknown routes', () => {
  const { t } = useTestApp();

  test('/api/health reports PostgreSQL and Redis up', async () => {
    for (const path of ['/api/health', '/api/health/ready']) {
      const res = await t.http.get(path);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { status: 'ok', postgres: 'up', redis: 'up' });
      assert.equal(res.headers['cache-control'], 'no-store');
      assert.match(res.headers['x-request-id'] ?? '', /^[0-9a-f-]{36}$/);
    }
    assert.deepEqual((await t.http.get('/api/health/live')).body, { status: 'ok' });
  });

  test('/api/health stays ready but says degraded when Redis is unreachable; liveness never depends on it', async () => {
    const broken = await startTestApp({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      const started = Date.now();
      const res = await broken.http.get('/api/health');
      assert.ok(Date.now() - started < 1500, `answered in ${Date.now() - started} ms`);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { status: 'degraded', postgres: 'up', redis: 'down' });
      assert.equal((await broken.http.get('/api/health/live')).status, 200);
    } finally {
      await broken.close();
    }
  });

  test('the OpenAPI document is served with bearer security', async () => {
    const res = await t.http.get('/api/docs-json');
    assert.equal(res.status, 200);
    assert.equal(res.body.components.securitySchemes.bearer.scheme, 'bearer');
    for (const path of ['/api/auth/signup', '/api/auth/login', '/api/auth/logout', '/api/me', '/api/health']) {
      assert.ok(res.body.paths[path], path);
    }
    assert.equal((await t.http.get('/api/docs')).status, 200);
  });

  test('every operation carries x-required-permission and documents its error responses', async () => {
    const { body } = await t.http.get('/api/docs-json');
    const operations = Object.entries(body.paths as Record<string, Record<string, { responses: Record<string, unknown>; [key: string]: unknown }>>).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ where: `${method.toUpperCase()} ${path}`, operation })),
    );
    assert.ok(operations.length >= 10);
    for (const { where, operation } of operations) {
      const access = operation['x-required-permission'];
      assert.equal(typeof access, 'string', where);
      assert.ok(operation.responses['400'], `${where} documents 400`);
      if (access === 'public') continue;
      assert.ok(operation.responses['401'], `${where} documents 401`);
      if (access === 'signed-in') continue;
      assert.ok(operation.responses['404'], `${where} documents 404`);
      if (access !== 'account') assert.ok(operation.responses['403'], `${where} documents 403`);
    }
    const clients = body.paths['/api/accounts/{partnerId}/clients'].get;
    assert.equal(clients['x-required-permission'], 'partner.accounts.view');
  });

  test('every operation declares each parameter of its path, required, typed and described', async () => {
    const { body } = await t.http.get('/api/docs-json');
    let checked = 0;
    for (const [path, methods] of Object.entries(body.paths as Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: { type?: string; maxLength?: number } }[] }>>)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(methods)) {
        const declared = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path');
        assert.deepEqual(declared.map((parameter) => parameter.name), names, `${method.toUpperCase()} ${path}`);
        for (const parameter of declared) {
          assert.equal(parameter.required, true, `${path} ${parameter.name}`);
          assert.ok(parameter.description && parameter.schema?.type === 'string' && parameter.schema.maxLength, `${path} ${parameter.name}`);
        }
        checked += declared.length;
      }
    }
    assert.ok(checked >= 200, `only ${checked} path parameters`);
    const member = body.paths['/api/accounts/{accountId}/users/{userId}'].patch.parameters;
    assert.deepEqual(member.map((parameter: { name: string; schema: { format?: string } }) => [parameter.name, parameter.schema.format]), [['accountId', 'uuid'], ['userId', 'uuid']]);
  });

  test('an unknown API route is a 404 in the error envelope', async () => {
    const res = await t.http.get('/api/no-such-thing');
    assert.equal(res.status, 404);
    assert.equal(res.body.code, 'NOT_FOUND');
  });

  test('a sane incoming X-Request-Id is kept', async () => {
    const res = await t.http.get('/api/health').set('X-Request-Id', 'trace-123');
    assert.equal(res.headers['x-request-id'], 'trace-123');
  });
});

describe('the queue dashboard', () => {
  test('is not mounted without an operator password', async () => {
    const t = await startTestApp();
    try {
      assert.equal((await t.http.get('/api/operations/queues')).status, 404);
    } finally {
      await t.close();
    }
  });

  test('with one, it asks the operator to sign in and then shows the queues', async () => {
    const t = await startTestApp({ OPERATOR_PASSWORD: 'operator-password-for-tests' });
    try {
      const anonymous = await t.http.get('/api/operations/queues');
      assert.equal(anonymous.status, 401);
      assert.match(anonymous.headers['www-authenticate'] ?? '', /^Basic/);
      assert.equal((await t.http.get('/api/operations/queues').auth('operator', 'wrong-password-here')).status, 401);
      const page = await t.http.get('/api/operations/queues').auth('operator', 'operator-password-for-tests');
      assert.equal(page.status, 200);
      const queues = await t.http.get('/api/operations/queues/api/queues').auth('operator', 'operator-password-for-tests');
      assert.equal(queues.status, 200);
      assert.deepEqual(queues.body.queues.map((q: { name: string }) => q.name).sort(), ['campaigns', 'email', 'maintenance']);
    } finally {
      await t.close();
    }
  });
});
