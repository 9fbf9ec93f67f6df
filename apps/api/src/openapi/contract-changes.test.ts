import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { breakingChanges, type ContractDocument, contractRefusal } from './contract-changes.js';

const base = (): ContractDocument => ({
  info: { version: '1.0.0' },
  paths: {
    '/api/lists': {
      get: {
        parameters: [{ name: 'page', in: 'query', required: false, schema: { type: 'integer' } }],
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/ListPage' } } } } },
      },
      post: { requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/CreateList' } } } }, responses: {} },
    },
  },
  components: {
    schemas: {
      ListPage: { type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, access: { type: 'string', enum: ['VIEW', 'SEND'] } } } }, total: { type: 'integer' } } },
      CreateList: { type: 'object', properties: { name: { type: 'string' }, description: { type: 'string' } }, required: ['name'] },
    },
  },
});

describe('breaking changes of the contract', () => {
  test('additions break nothing: an operation, an optional field, an enum value, a response', () => {
    const after = base();
    after.paths['/api/segments'] = { get: { responses: {} } };
    after.components!.schemas!.CreateList!.properties!.color = { type: 'string' };
    after.components!.schemas!.ListPage!.properties!.data!.items!.properties!.access!.enum!.push('MANAGE');
    (after.paths['/api/lists']!.get as { responses: Record<string, unknown> }).responses['404'] = {};
    assert.deepEqual(breakingChanges(base(), after), []);
  });

  test('removals and new requirements break, each named', () => {
    const after = base();
    delete after.paths['/api/lists']!.post;
    delete after.components!.schemas!.ListPage!.properties!.total;
    after.components!.schemas!.ListPage!.properties!.data!.items!.properties!.access!.enum = ['VIEW'];
    after.components!.schemas!.CreateList!.required = ['name', 'description'];
    (after.paths['/api/lists']!.get as { parameters: { required: boolean }[] }).parameters[0]!.required = true;
    assert.deepEqual(breakingChanges(base(), after).sort(), [
      'GET /api/lists: query parameter page newly required',
      'POST /api/lists: operation removed',
      'schema CreateList.description: newly required',
      'schema ListPage.data[].access: enum value(s) "SEND" removed',
      'schema ListPage.total: removed',
    ]);
  });

  test('a breaking change is refused unless the major version moves up', () => {
    const after = base();
    delete after.components!.schemas!.ListPage!.properties!.total;
    assert.match(contractRefusal(base(), after) ?? '', /does not raise the major number:\n {2}schema ListPage.total: removed/);
    after.info.version = '1.1.0';
    assert.ok(contractRefusal(base(), after));
    after.info.version = '2.0.0';
    assert.equal(contractRefusal(base(), after), undefined);
    assert.equal(contractRefusal(base(), base()), undefined);
  });
});
