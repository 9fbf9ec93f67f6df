import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { describePathParameters } from './path-parameters.js';

const documentWith = (path: string): OpenAPIObject => ({
  openapi: '3.0.0',
  info: { title: 't', version: '1' },
  paths: { [path]: { get: { parameters: [{ name: 'listId', in: 'path', required: true, schema: { type: 'string' } }, { name: 'page', in: 'query' }], responses: {} } } },
});

test('path parameters are declared in path order, typed by what they name; query parameters stay', () => {
  const [operation] = Object.values(describePathParameters(documentWith('/api/accounts/{accountId}/lists/{listId}')).paths).map((item) => item.get!);
  assert.deepEqual(
    operation!.parameters!.map((parameter) => ('name' in parameter ? [parameter.name, parameter.in, (parameter.schema as { format?: string })?.format] : [])),
    [['accountId', 'path', 'uuid'], ['listId', 'path', 'uuid'], ['page', 'query', undefined]],
  );
});

test('a path parameter nobody described stops the document from being built', () => {
  assert.throws(() => describePathParameters(documentWith('/api/things/{thing}')), /"thing" is not described/);
});
