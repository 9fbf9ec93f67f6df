// node dist/bench/contacts-export.bench.js — the contact export streams: the API's peak RSS when it
// exports 5,000 and 50,000 contacts, each in a fresh API process, read from /proc/<pid>/status (VmHWM).
import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { createDatabase } from '@partner-portal/db';
import { createTestDatabase, dropTestDatabase } from '@partner-portal/db/testing';
import { fmt, startBenchApi } from './support.js';

const SIZES = (process.env.BENCH_CONTACTS ?? '5000,50000').split(',').map(Number);

async function memoryOf(pid: number): Promise<{ hwmMb: number; rssMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)![1]);
  return { hwmMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
}

const databaseUrl = await createTestDatabase(undefined, undefined, 'pp_bench');
const db = createDatabase(databaseUrl, { poolSize: 2 });
let stopApi = async () => {};
try {
  const user = await db.user.create({ data: { username: 'owner@bench.test', email: 'owner@bench.test', passwordHash: 'x' } });
  const accounts = new Map<number, string>();
  for (const size of SIZES) {
    const account = await db.account.create({ data: { kind: 'STANDALONE', name: `Bench ${size}` } });
    await db.membership.create({ data: { accountId: account.id, userId: user.id, role: 'ACCOUNT_OWNER' } });
    await db.$executeRawUnsafe(`
      INSERT INTO contact (id, account_id, email, email_key, first_name, last_name, phone, company, updated_at)
      SELECT gen_random_uuid(), '${account.id}'::uuid, 'Contact.' || i || '@bench.test', 'contact.' || i || '@bench.test',
             'First' || i, 'Last' || i, '+1 555 ' || lpad(i::text, 7, '0'), 'Company ' || (i % 500), now()
      FROM generate_series(1, ${size}) AS i`);
    accounts.set(size, account.id);
  }
  await db.$executeRawUnsafe('ANALYZE contact');

  console.log(`contact export, streamed over HTTP to nowhere; one fresh API process per size (Node ${process.version})`);
  for (const size of SIZES) {
    const api = await startBenchApi(db, databaseUrl, user.id);
    const { port, token } = api;
    stopApi = api.stop;
    const url = `http://127.0.0.1:${port}/api/accounts/${accounts.get(size)}/contacts`;
    const headers = { authorization: `Bearer ${token}` };
    // Warm the routes up (guards, Prisma's query plans) so that the baseline is the API at work, not at rest.
    await (await fetch(`${url}?perPage=100`, { headers })).arrayBuffer();
    const before = await memoryOf(api.pid);

    const started = performance.now();
    const res = await fetch(`${url}/export`, { headers });
    if (res.status !== 200 || !res.body) throw new Error(`the export answered ${res.status}`);
    let bytes = 0;
    let lines = 0;
    let peakRssMb = before.rssMb;
    let sampled = Date.now();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 10) lines += 1;
      if (Date.now() - sampled > 50) {
        sampled = Date.now();
        peakRssMb = Math.max(peakRssMb, (await memoryOf(api.pid)).rssMb);
      }
    }
    const ms = performance.now() - started;
    const after = await memoryOf(api.pid);
    if (lines - 1 !== size) throw new Error(`the export held ${lines - 1} contacts, not ${size}`);
    console.log(
      `${size.toLocaleString('en-US').padStart(7)} contacts: ${fmt(bytes / 1024 / 1024)} MiB CSV in ${fmt(ms / 1000, 2)} s; ` +
        `API peak RSS (VmHWM) ${fmt(before.hwmMb)} MiB before → ${fmt(after.hwmMb)} MiB after (+${fmt(after.hwmMb - before.hwmMb)}), ` +
        `highest RSS sampled during the export ${fmt(Math.max(peakRssMb, after.rssMb))} MiB`,
    );
    await api.stop();
    stopApi = async () => {};
  }
} finally {
  await stopApi();
  await db.$disconnect();
  await dropTestDatabase(databaseUrl);
}
