import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { test } from '@jest/globals';
import { useTestApp } from '../testing/api-harness.js';
import { type ContractDocument, contractRefusal } from './contract-changes.js';

/**
 * apps/api/openapi.json is the API's contract as committed: every change to it shows in review. It
 * must equal the document the API generates; `npm run api:contract` writes the generated one there,
 * and refuses a breaking change unless the document's version raises its major number.
 */
const COMMITTED = fileURLToPath(new URL('../../openapi.json', import.meta.url));
const UPDATE = process.env.UPDATE_CONTRACT === '1';

function changedParts(before: ContractDocument, after: ContractDocument): string[] {
  const keys = (document: ContractDocument) => [
    ...Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`)),
    ...Object.keys(document.components?.schemas ?? {}).map((name) => `schema ${name}`),
  ];
  const part = (document: ContractDocument, key: string) => {
    if (key.startsWith('schema ')) return document.components?.schemas?.[key.slice(7)];
    const [method, path] = key.split(' ') as [string, string];
    return document.paths[path]?.[method.toLowerCase()];
  };
  const all = [...new Set([...keys(before), ...keys(after)])];
  return [
    ...(before.info.version === after.info.version ? [] : [`version ${before.info.version} -> ${after.info.version}`]),
    ...all.filter((key) => !isDeepStrictEqual(part(before, key), part(after, key))),
  ];
}

const { t } = useTestApp();

test('the generated OpenAPI document is the committed contract, and changes to it break no client unless versioned', async () => {
  const generated = (await t.http.get('/api/docs-json')).body as ContractDocument;
  const committed = existsSync(COMMITTED) ? (JSON.parse(readFileSync(COMMITTED, 'utf8')) as ContractDocument) : undefined;
  const refusal = committed && contractRefusal(committed, generated);
  assert.equal(refusal, undefined, refusal);
  if (UPDATE) {
    writeFileSync(COMMITTED, `${JSON.stringify(generated, null, 2)}\n`);
    return;
  }
  assert.ok(committed, 'apps/api/openapi.json is missing: run `npm run api:contract`');
  const changed = changedParts(committed, generated);
  assert.deepEqual(changed, [], 'The contract changed; review these parts and run `npm run api:contract` to commit apps/api/openapi.json');
  assert.ok(isDeepStrictEqual(committed, generated), 'The document differs from apps/api/openapi.json outside its operations and schemas; run `npm run api:contract`');
});
