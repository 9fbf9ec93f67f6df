export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp';

export interface SniffedImage {
  type: ImageType;
  mimeType: string;
  extension: string;
  width: number | null;
  height: number | null;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const startsWith = (bytes: Buffer, prefix: Buffer | string, at = 0) => {
  const wanted = typeof prefix === 'string' ? Buffer.from(prefix, 'latin1') : prefix;
  return bytes.length >= at + wanted.length && bytes.subarray(at, at + wanted.length).equals(wanted);
};

/** PNG's own limit, and the database's: a header claiming more is not a size to keep. */
const MAX_DIMENSION = 2 ** 31 - 1;
const fits = (dimension: number) => dimension > 0 && dimension <= MAX_DIMENSION;
const size = (width: number, height: number) => (fits(width) && fits(height) ? { width, height } : { width: null, height: null });

function pngSize(bytes: Buffer) {
  // The IHDR chunk always comes first: width and height are its first two big-endian words.
  if (bytes.length < 24 || !startsWith(bytes, 'IHDR', 12)) return size(0, 0);
  return size(bytes.readUInt32BE(16), bytes.readUInt32BE(20));
}

function gifSize(bytes: Buffer) {
  return bytes.length < 10 ? size(0, 0) : size(bytes.readUInt16LE(6), bytes.readUInt16LE(8));
}

/** Walks the JPEG segments up to the first start-of-frame, which holds the height and width. */
function jpegSize(bytes: Buffer) {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return size(0, 0);
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return size(bytes.readUInt16BE(at + 7), bytes.readUInt16BE(at + 5));
    if (marker === 0xd9 || marker === 0xda) return size(0, 0);
    at += 2 + bytes.readUInt16BE(at + 2);
  }
  return size(0, 0);
}

function webpSize(bytes: Buffer) {
  if (startsWith(bytes, 'VP8 ', 12) && bytes.length >= 30 && startsWith(bytes, Buffer.from([0x9d, 0x01, 0x2a]), 23)) {
    return size(bytes.readUInt16LE(26) & 0x3fff, bytes.readUInt16LE(28) & 0x3fff);
  }
  if (startsWith(bytes, 'VP8L', 12) && bytes.length >= 25 && bytes[20] === 0x2f) {
    const bits = bytes.readUInt32LE(21);
    return size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (startsWith(bytes, 'VP8X', 12) && bytes.length >= 30) {
    return size(bytes.readUIntLE(24, 3) + 1, bytes.readUIntLE(27, 3) + 1);
  }
  return size(0, 0);
}

/**
 * What image the bytes really are, from their magic numbers alone: the file name and the declared
 * Content-Type are the sender's claims and are never trusted. Anything else is undefined.
 */
export function sniffImage(bytes: Buffer): SniffedImage | undefined {
  if (startsWith(bytes, PNG_SIGNATURE)) return { type: 'png', mimeType: 'image/png', extension: 'png', ...pngSize(bytes) };
  if (startsWith(bytes, Buffer.from([0xff, 0xd8, 0xff]))) return { type: 'jpeg', mimeType: 'image/jpeg', extension: 'jpg', ...jpegSize(bytes) };
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return { type: 'gif', mimeType: 'image/gif', extension: 'gif', ...gifSize(bytes) };
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return { type: 'webp', mimeType: 'image/webp', extension: 'webp', ...webpSize(bytes) };
  return undefined;
}
