import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { checkJsonBytes, holdsInvalidText } from './request-bounds.js';

const check = (json: string, depth = 32) => checkJsonBytes(Buffer.from(json), depth)?.code;
const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

describe('what a JSON body may carry, read before it is parsed', () => {
  test('nesting up to the limit passes; one level more is JSON_TOO_DEEP; brackets inside strings do not count', () => {
    assert.equal(check(nested(32)), undefined);
    assert.equal(check(nested(33)), 'JSON_TOO_DEEP');
    assert.equal(check(`{"a":${nested(31)}}`), undefined);
    assert.equal(check(`{"a":"${'['.repeat(500)}","b":"\\"[[["}`), undefined);
    assert.equal(check(nested(520_000)), 'JSON_TOO_DEEP');
  });

  test('a NUL or an unpaired surrogate escape is INVALID_TEXT; pairs, other escapes and raw UTF-8 pass', () => {
    for (const bad of ['{"a":"x\\u0000"}', '{"a":"\\ud800"}', '{"a":"\\ud800b"}', '{"a":"\\udc00\\ud800"}', '{"a":"\\ud800\\n"}', '{"\\u0000":1}']) {
      assert.equal(check(bad), 'INVALID_TEXT', bad);
    }
    for (const good of ['{"a":"\\ud83d\\ude00"}', '{"a":"😀 Läst café 日本"}', '{"a":"tab\\tquote\\"slash\\\\u"}', '{"a":"\\u00e9"}']) {
      assert.equal(check(good), undefined, good);
    }
  });

  test('parsed text (a query, a filter, their keys) with a NUL or an unpaired surrogate is found at any depth', () => {
    assert.equal(holdsInvalidText({ q: 'acme', tags: ['a', { b: 'c' }] }), false);
    assert.equal(holdsInvalidText({ q: '😀' }), false);
    assert.equal(holdsInvalidText({ q: 'a\u0000' }), true);
    assert.equal(holdsInvalidText({ list: [{ name: 'a\ud800b' }] }), true);
    assert.equal(holdsInvalidText({ ['\udc00']: 1 }), true);
  });
});
