import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { sniffImage } from './image-sniffer.js';

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const u16le = (n: number) => [n & 0xff, n >> 8];
const u16be = (n: number) => [n >> 8, n & 0xff];
const u32le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];

describe('sniffImage', () => {
  test('GIF: type and size from the logical screen descriptor', () => {
    const gif = bytes('GIF89a', u16le(300), u16le(20), [0, 0, 0]);
    assert.deepEqual(sniffImage(gif), { type: 'gif', mimeType: 'image/gif', extension: 'gif', width: 300, height: 20 });
  });

  test('JPEG: skips the APP0 segment and reads the start-of-frame', () => {
    const app0 = [0xff, 0xe0, ...u16be(16), ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0];
    const sof0 = [0xff, 0xc0, ...u16be(17), 8, ...u16be(480), ...u16be(640), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
    const jpeg = bytes([0xff, 0xd8], app0, sof0, [0xff, 0xd9]);
    assert.deepEqual(sniffImage(jpeg), { type: 'jpeg', mimeType: 'image/jpeg', extension: 'jpg', width: 640, height: 480 });
  });

  test('WebP: lossy, lossless and extended headers', () => {
    const riff = (chunk: string, body: number[]) => bytes('RIFF', u32le(4 + 8 + body.length), 'WEBP', chunk, u32le(body.length), body);
    const lossy = riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, ...u16le(64), ...u16le(32), 0, 0]);
    assert.deepEqual([sniffImage(lossy)?.type, sniffImage(lossy)?.width, sniffImage(lossy)?.height], ['webp', 64, 32]);
    const lossless = riff('VP8L', [0x2f, ...u32le((100 - 1) | ((50 - 1) << 14)), 0]);
    assert.deepEqual([sniffImage(lossless)?.width, sniffImage(lossless)?.height], [100, 50]);
    const extended = riff('VP8X', [0, 0, 0, 0, 199, 0, 0, 99, 0, 0]);
    assert.deepEqual([sniffImage(extended)?.width, sniffImage(extended)?.height], [200, 100]);
  });

  test('anything else, including SVG, HTML and truncated signatures, is not an image', () => {
    for (const text of ['<svg xmlns="http://www.w3.org/2000/svg"/>', '<!doctype html>', 'GIF8', 'RIFF1234WAVE', '\x89PNG\r\n', '']) {
      assert.equal(sniffImage(Buffer.from(text, 'latin1')), undefined, JSON.stringify(text));
    }
  });

  test('a PNG claiming a side of 2^31 pixels or more has no size (it answered 500 once, past the database column)', () => {
    const png = (width: number, height: number) =>
      bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', [width >>> 24, (width >> 16) & 0xff, (width >> 8) & 0xff, width & 0xff], [height >>> 24, (height >> 16) & 0xff, (height >> 8) & 0xff, height & 0xff], [8, 6, 0, 0, 0]);
    assert.deepEqual([sniffImage(png(640, 480))?.width, sniffImage(png(640, 480))?.height], [640, 480]);
    assert.deepEqual([sniffImage(png(2 ** 31 - 1, 1))?.width], [2 ** 31 - 1]);
    for (const [width, height] of [[2 ** 31, 1], [1, 2 ** 32 - 1]] as const) {
      assert.deepEqual([sniffImage(png(width, height))?.width, sniffImage(png(width, height))?.height], [null, null], `${width}x${height}`);
    }
  });

  test('a truncated header still names the type, without a size', () => {
    assert.deepEqual(sniffImage(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), { type: 'png', mimeType: 'image/png', extension: 'png', width: null, height: null });
  });
});
