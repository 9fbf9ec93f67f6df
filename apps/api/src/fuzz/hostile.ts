// fast-check arbitraries for what a hostile client sends: the shapes an outside scan found answering
// 500 (deep nesting, NUL bytes, lone surrogates, prototype keys), plus wrong types, huge strings and
// numbers, and URL segments no browser would send.
import fc from 'fast-check';

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b@example.com',
    '\ud800',
    'x\udc00y',
    '\ud83d',
    '😀',
    '\u202e\u200b',
    "' OR '1'='1' --",
    '"; DROP TABLE account; --',
    '<script>alert(1)</script>',
    '../../../../etc/passwd',
    '%00',
    '{{7*7}}',
    '${7*7}',
    'null',
    'undefined',
    'NaN',
    '-1',
    '1e309',
    '00000000-0000-0000-0000-000000000000',
    ...PROTOTYPE_KEYS,
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('x'.repeat(10_001), 'é'.repeat(70_000), `${'a'.repeat(64)}@${'b'.repeat(250)}.example`),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, 1.5, -0, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

export const hostileKey: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileText);

/** Any JSON value of a hostile kind, a few levels deep at most. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileText,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostileKey, tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** JSON nested deeper than the API takes (JSON_MAX_DEPTH is 32), in a field or as the whole body. */
export const deepJson: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 33, max: 5_000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => `{"name":${open.repeat(depth)}1${(open === '[' ? ']' : '}').repeat(depth)}}`);

/** A request body for a JSON schema's properties: each one left out or given a hostile value, plus stray keys. */
export function hostileObject(properties: string[]): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(properties.map((name) => [name, hostileValue]));
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), fc.dictionary(hostileKey, hostileValue, { maxKeys: 3 }))
    .map(([known, stray]) => Object.assign(Object.create(null) as Record<string, unknown>, stray, known));
}

/**
 * Percent-encodes text as UTF-8 the way a client might: well-formed text as encodeURIComponent does,
 * a lone surrogate as the bytes of its code unit (invalid UTF-8), which encodeURIComponent refuses.
 */
export function encodeSegment(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) {
      out += `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`;
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/** A path segment: an id that exists nowhere, a hostile text, or an encoding no browser would send. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  fc.uuid().map((id) => id),
  hostileText.filter((text) => text.length > 0 && text.length < 2_000).map(encodeSegment),
  fc.constantFrom('%ff', '%00', '%ed%a0%80', '%c0%af', '%2e%2e', 'a%2fb', '%25', '1', '-1', 'null'),
);
