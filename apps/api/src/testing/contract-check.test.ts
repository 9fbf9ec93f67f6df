import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { Contract, type Document } from './contract-check.js';

const document = {
  paths: {
    '/api/accounts/{accountId}/lists/{listId}': {
      get: {
        responses: {
          '200': {
            headers: { ETag: { required: true, schema: { type: 'string', pattern: '^"\\d+"$' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/List' } } },
          },
          '404': { content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } },
        },
      },
    },
    '/api/accounts/{accountId}/lists/export': { get: { responses: { '200': { content: { 'text/csv': { schema: { type: 'string' } } } } } } },
  },
  components: {
    schemas: {
      List: {
        type: 'object',
        required: ['id', 'name', 'description', 'version'],
        properties: { id: { type: 'string', format: 'uuid' }, name: { type: 'string', maxLength: 5 }, description: { type: 'string', nullable: true }, version: { type: 'integer' } },
      },
      ErrorBody: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } },
    },
  },
} as unknown as Document;

const contract = new Contract(document);
const list = { id: '2b1f7d57-5a0f-4d7e-9d4c-2c4e3f6c1a10', name: 'News', description: null, version: 3 };
const json = { 'content-type': 'application/json; charset=utf-8', etag: '"3"' };
const check = (method: string, url: string, status: number, body: unknown, headers: Record<string, string> = json) =>
  contract.problems(method, url, { status, headers, body, text: JSON.stringify(body) });

describe('a response checked against the contract', () => {
  test('one that follows it has no problem: nullable fields, $refs, headers, a literal segment before a parameter', () => {
    assert.deepEqual(check('GET', `/api/accounts/a/lists/${list.id}`, 200, list), []);
    assert.deepEqual(check('GET', '/api/accounts/a/lists/x', 404, { code: 'LIST_NOT_FOUND' }), []);
    assert.deepEqual(check('GET', '/api/accounts/a/lists/export?x=1', 200, {}, { 'content-type': 'text/csv; charset=utf-8' }), []);
  });

  test('an undocumented status, a body off its schema, a missing header and another media type are each named', () => {
    assert.match(check('GET', '/api/accounts/a/lists/b', 409, { code: 'X' }).join(), /answered 409, which it does not document/);
    assert.match(check('GET', '/api/accounts/a/lists/b', 200, { ...list, name: 'Too long' }).join(), /\/name must NOT have more than 5 characters/);
    assert.match(check('GET', '/api/accounts/a/lists/b', 200, { ...list, version: undefined }).join(), /must have required property 'version'/);
    assert.match(check('GET', '/api/accounts/a/lists/b', 200, list, { 'content-type': 'application/json' }).join(), /without its ETag header/);
    assert.match(check('GET', '/api/accounts/a/lists/export', 200, {}, json).join(), /as application\/json, not as documented \(text\/csv\)/);
  });

  test('a route the contract does not know is a problem unless it answered 404; paths outside /api are not checked', () => {
    assert.match(check('POST', '/api/accounts/a/lists/b', 200, {}).join(), /is not in the contract/);
    assert.deepEqual(check('GET', '/api/nowhere', 404, { code: 'NOT_FOUND' }), []);
    assert.deepEqual(check('GET', '/index.html', 200, 'html', { 'content-type': 'text/html' }), []);
  });
});
