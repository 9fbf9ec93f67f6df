import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { crc32, deflateSync } from 'node:zlib';
import { useTestApp } from '../testing/api-harness.js';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid 1x1 opaque red PNG. */
function onePixelPng(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per sample, RGB, default compression/filter/interlace
  const scanline = Buffer.from([0, 0xff, 0, 0]); // filter byte, then one RGB pixel
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanline)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const binary = (res: unknown, done: (err: Error | null, body: Buffer) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const parts: Buffer[] = [];
  stream.on('data', (part: Buffer) => parts.push(part));
  stream.on('end', () => done(null, Buffer.concat(parts)));
};

async function filesUnder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

const MAX_BYTES = 4096;

describe('library images and logos (real PostgreSQL, files on disk)', () => {
  const uploadDir = mkdtempSync(path.join(tmpdir(), 'pp-uploads-'));
  const { t, db, world } = useTestApp({ env: { UPLOAD_DIR: uploadDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) }, world: true });
  let solo: string;
  const auth = (caller: string) => ({ Authorization: `Bearer ${world.caller(caller).token}` });
  const upload = (caller: string, route: string, bytes: Buffer, filename: string, contentType: string) =>
    t.http.post(`/api/accounts/${solo}/${route}`).set(auth(caller)).attach('file', bytes, { filename, contentType });

  beforeAll(() => {
    solo = world.account('standalone').id;
  });
  afterAll(() => rm(uploadDir, { recursive: true, force: true }));

  test("a file's name in UTF-8, as browsers send it, becomes the image's name as typed", async () => {
    const created = await upload('soloCc', 'library', onePixelPng(), 'Läst café 日本.png', 'image/png');
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.name, 'Läst café 日本.png');
  });

  test('a real PNG is stored on disk and its content comes back byte for byte as image/png', async () => {
    const png = onePixelPng();
    const created = await t.http
      .post(`/api/accounts/${solo}/library`)
      .set(auth('soloCc'))
      .attach('file', png, { filename: 'pixel.png', contentType: 'image/png' })
      .field('altText', 'A red dot');
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.headers.etag, '"1"');
    assert.deepEqual(
      [created.body.kind, created.body.name, created.body.altText, created.body.mimeType, created.body.sizeBytes, created.body.width, created.body.height],
      ['IMAGE', 'pixel.png', 'A red dot', 'image/png', png.length, 1, 1],
    );
    assert.equal(created.body.storageKey, undefined, 'where the file lies is not shown');

    const row = await db.asset.findUniqueOrThrow({ where: { accountId_id: { accountId: solo, id: created.body.id } } });
    assert.equal(row.storageKey, `${solo}/${created.body.id}.png`);
    assert.deepEqual(await readFile(path.join(uploadDir, row.storageKey)), png);

    const content = await t.http.get(`/api/accounts/${solo}/library/${created.body.id}/content`).set(auth('soloCc')).buffer(true).parse(binary);
    assert.equal(content.status, 200);
    assert.equal(content.headers['content-type'], 'image/png');
    assert.equal(content.headers['x-content-type-options'], 'nosniff');
    assert.equal(content.headers['content-disposition'], 'inline');
    assert.ok(Buffer.isBuffer(content.body) && content.body.equals(png));

    const listed = await t.http.get(`/api/accounts/${solo}/library?filter=${encodeURIComponent('{"q":"PIXEL"}')}`).set(auth('soloCc'));
    assert.equal(listed.status, 200);
    assert.ok(listed.body.data.some((a: { id: string }) => a.id === created.body.id));
    assert.equal((await t.http.get(`/api/accounts/${solo}/library?filter=${encodeURIComponent('{"q":"no-such-name"}')}`).set(auth('soloCc'))).body.total, 0);
    assert.equal((await t.http.get(`/api/accounts/${solo}/library?sort=size`).set(auth('soloCc'))).body.code, 'INVALID_SORT');

    const audited = await db.auditEvent.findFirst({ where: { accountId: solo, action: 'asset.uploaded', targetId: created.body.id } });
    assert.equal(audited?.actorUserId, world.caller('soloCc').userId);
  });

  test('bytes that are not an image are refused with 415 whatever their name and declared type, and nothing is written', async () => {
    const before = await filesUnder(uploadDir);
    for (const [bytes, filename] of [
      [Buffer.from('just some text, not a picture\n'), 'photo.png'],
      [Buffer.from('<html><script>alert(1)</script></html>'), 'photo.png'],
      [Buffer.from('GIF8 almost'), 'logo.gif'],
    ] as const) {
      const res = await upload('soloOwner', 'library', bytes, filename, 'image/png');
      assert.equal(res.status, 415, filename);
      assert.equal(res.body.code, 'UNSUPPORTED_MEDIA_TYPE');
    }
    assert.deepEqual(await filesUnder(uploadDir), before);
    assert.equal(await db.asset.count({ where: { accountId: solo, name: { in: ['photo.png', 'logo.gif'] } } }), 0);
  });

  test('a file over UPLOAD_MAX_BYTES is 413 FILE_TOO_LARGE; no file is 400 FILE_REQUIRED; two files or a wrong field are 400', async () => {
    const before = await filesUnder(uploadDir);
    const big = Buffer.concat([onePixelPng(), Buffer.alloc(MAX_BYTES)]);
    const tooLarge = await upload('soloOwner', 'library', big, 'big.png', 'image/png');
    assert.deepEqual([tooLarge.status, tooLarge.body.code], [413, 'FILE_TOO_LARGE']);
    assert.deepEqual(await filesUnder(uploadDir), before);

    const none = await t.http.post(`/api/accounts/${solo}/library`).set(auth('soloOwner')).field('name', 'nothing attached');
    assert.deepEqual([none.status, none.body.code], [400, 'FILE_REQUIRED']);
    const json = await t.http.post(`/api/accounts/${solo}/library`).set(auth('soloOwner')).send({});
    assert.deepEqual([json.status, json.body.code], [400, 'FILE_REQUIRED']);

    const two = await t.http
      .post(`/api/accounts/${solo}/library`)
      .set(auth('soloOwner'))
      .attach('file', onePixelPng(), 'a.png')
      .attach('file', onePixelPng(), 'b.png');
    assert.deepEqual([two.status, two.body.code], [400, 'INVALID_UPLOAD']);
    const wrongField = await t.http.post(`/api/accounts/${solo}/library`).set(auth('soloOwner')).attach('image', onePixelPng(), 'a.png');
    assert.deepEqual([wrongField.status, wrongField.body.code], [400, 'INVALID_UPLOAD']);
    const unknownField = await t.http.post(`/api/accounts/${solo}/library`).set(auth('soloOwner')).attach('file', onePixelPng(), 'a.png').field('owner', 'x');
    assert.deepEqual([unknownField.status, unknownField.body.code], [400, 'VALIDATION_FAILED']);
    assert.deepEqual(await filesUnder(uploadDir), before);
  });

  test('a Campaign Creator uploads to the library but may not delete from it nor touch logos; an owner deletes row and file', async () => {
    const created = await upload('soloCc', 'library', onePixelPng(), 'cc.png', 'image/png');
    assert.equal(created.status, 201);
    const id = created.body.id as string;
    const file = path.join(uploadDir, solo, `${id}.png`);

    assert.ok((await filesUnder(path.join(uploadDir, solo))).includes(file));

    const ccDelete = await t.http.delete(`/api/accounts/${solo}/library/${id}`).set(auth('soloCc')).set('If-Match', '"1"');
    assert.deepEqual([ccDelete.status, ccDelete.body.code], [403, 'FORBIDDEN']);
    assert.equal((await t.http.get(`/api/accounts/${solo}/logos`).set(auth('soloCc'))).status, 403);
    assert.equal((await upload('soloCc', 'logos', onePixelPng(), 'logo.png', 'image/png')).status, 403);

    const logo = await upload('soloAm', 'logos', onePixelPng(), 'logo.png', 'image/png');
    assert.deepEqual([logo.status, logo.body.kind], [201, 'LOGO']);
    assert.equal((await t.http.get(`/api/accounts/${solo}/library/${logo.body.id}`).set(auth('soloAm'))).body.code, 'IMAGE_NOT_FOUND', 'a logo is not a library image');
    assert.equal((await t.http.get(`/api/accounts/${solo}/logos/${id}`).set(auth('soloAm'))).body.code, 'LOGO_NOT_FOUND');
    const logos = await t.http.get(`/api/accounts/${solo}/logos`).set(auth('soloAm'));
    assert.ok(logos.body.data.every((a: { kind: string }) => a.kind === 'LOGO'));
    assert.ok(logos.body.data.some((a: { id: string }) => a.id === logo.body.id));

    const removed = await t.http.delete(`/api/accounts/${solo}/library/${id}`).set(auth('soloOwner')).set('If-Match', '"1"');
    assert.equal(removed.status, 204);
    assert.equal((await filesUnder(path.join(uploadDir, solo))).includes(file), false);
    assert.equal((await t.http.get(`/api/accounts/${solo}/library/${id}`).set(auth('soloOwner'))).body.code, 'IMAGE_NOT_FOUND');
    assert.equal((await t.http.get(`/api/accounts/${solo}/library/${id}/content`).set(auth('soloOwner'))).status, 404);
    assert.ok(await db.auditEvent.findFirst({ where: { accountId: solo, action: 'asset.deleted', targetId: id } }));
  });

  test('PATCH and DELETE need If-Match: 428 without, 412 with the current record when stale', async () => {
    const created = await upload('soloCc', 'library', onePixelPng(), 'edit-me.png', 'image/png');
    const url = `/api/accounts/${solo}/library/${created.body.id}`;

    const missing = await t.http.patch(url).set(auth('soloCc')).send({ name: 'Renamed' });
    assert.deepEqual([missing.status, missing.body.code], [428, 'PRECONDITION_REQUIRED']);

    const renamed = await t.http.patch(url).set(auth('soloCc')).set('If-Match', '"1"').send({ name: 'Renamed', altText: 'Dot' });
    assert.equal(renamed.status, 200);
    assert.deepEqual([renamed.headers.etag, renamed.body.name, renamed.body.altText], ['"2"', 'Renamed', 'Dot']);

    const stale = await t.http.patch(url).set(auth('soloCc')).set('If-Match', '"1"').send({ altText: null });
    assert.deepEqual([stale.status, stale.body.code], [412, 'VERSION_CONFLICT']);
    assert.deepEqual([stale.body.details.current.name, stale.body.details.current.version], ['Renamed', 2]);
    assert.equal(stale.body.details.current.storageKey, undefined);

    assert.equal((await t.http.patch(url).set(auth('soloCc')).set('If-Match', '"2"').send({})).body.code, 'NOTHING_TO_UPDATE');
    assert.equal((await t.http.patch(url).set(auth('soloCc')).set('If-Match', '"2"').send({ name: 'x'.repeat(201) })).body.code, 'VALIDATION_FAILED');
    const cleared = await t.http.patch(url).set(auth('soloCc')).set('If-Match', '"2"').send({ altText: null });
    assert.deepEqual([cleared.status, cleared.body.altText], [200, null]);

    assert.equal((await t.http.delete(url).set(auth('soloOwner'))).status, 428);
    assert.equal((await t.http.delete(url).set(auth('soloOwner')).set('If-Match', '"2"')).status, 412);
    assert.equal((await t.http.delete(url).set(auth('soloOwner')).set('If-Match', '"3"')).status, 204);
    assert.ok(await db.auditEvent.findFirst({ where: { accountId: solo, action: 'asset.updated', targetId: created.body.id } }));
  });
});
