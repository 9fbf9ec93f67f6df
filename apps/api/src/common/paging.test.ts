import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { AppError } from './app-error.js';
import { parsePageQuery } from './paging.js';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    assert.ok(error instanceof AppError);
    return error.code;
  }
};

const contacts = { sortable: ['createdAt'] as const, defaultSort: 'createdAt' as const, filters: ['q', 'status'], parseFilter: (raw: Record<string, unknown>) => raw };

describe('the filter of a list route', () => {
  test('declared keys reach the route; any other own key, prototype names included, is UNKNOWN_FILTER', () => {
    assert.deepEqual(parsePageQuery({ filter: '{"q":"acme","status":"ACTIVE"}' }, contacts).filter, { q: 'acme', status: 'ACTIVE' });
    for (const key of ['nope', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'Q']) {
      assert.equal(codeOf(() => parsePageQuery({ filter: JSON.stringify({ [key]: 1 }) }, contacts)), 'UNKNOWN_FILTER', key);
    }
    assert.equal(codeOf(() => parsePageQuery({ filter: '{"__proto__":{"q":1}}' }, contacts)), 'UNKNOWN_FILTER');
  });

  test('the route reads no value until every key is known', () => {
    let read = false;
    const options = { ...contacts, parseFilter: () => ((read = true), {}) };
    assert.equal(codeOf(() => parsePageQuery({ filter: '{"q":"a","extra":1}' }, options)), 'UNKNOWN_FILTER');
    assert.equal(read, false);
  });

  test('a list that declares no filter takes an empty one and refuses any key', () => {
    const audit = { sortable: ['createdAt'] as const, defaultSort: 'createdAt' as const };
    assert.deepEqual(parsePageQuery({ filter: '{}' }, audit).filter, {});
    assert.deepEqual(parsePageQuery({}, audit).filter, {});
    const error = (() => {
      try {
        parsePageQuery({ filter: '{"q":"x"}' }, audit);
      } catch (caught) {
        return caught as AppError;
      }
    })();
    assert.equal(error?.code, 'UNKNOWN_FILTER');
    assert.match(error?.message ?? '', /takes no filter/);
  });

  test('malformed filters stay INVALID_FILTER and bad text INVALID_TEXT', () => {
    for (const filter of ['{not json', '[1]', '"q"', 'null', '3']) assert.equal(codeOf(() => parsePageQuery({ filter }, contacts)), 'INVALID_FILTER', filter);
    assert.equal(codeOf(() => parsePageQuery({ filter: '{"q":"a\\u0000"}' }, contacts)), 'INVALID_TEXT');
  });
});
