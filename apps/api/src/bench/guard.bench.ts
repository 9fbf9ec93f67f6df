// npm run bench:guard — the same small authorized route with and without the guard pipeline
// (JWT check, one query for session and grants, can()), under autocannon, in one run.
import autocannon from 'autocannon';
import { createDatabase, hashPassword } from '@partner-portal/db';
import { createTestDatabase, dropTestDatabase } from '@partner-portal/db/testing';
import { fmt, startBenchApi } from './support.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);

const databaseUrl = await createTestDatabase(undefined, undefined, 'pp_bench');
const db = createDatabase(databaseUrl, { poolSize: 2 });
let stopServer = async () => {};
try {
  const account = await db.account.create({ data: { kind: 'STANDALONE', name: 'Bench Account' } });
  const user = await db.user.create({ data: { username: 'bench@bench.test', email: 'bench@bench.test', passwordHash: await hashPassword('bench-password') } });
  await db.membership.create({ data: { accountId: account.id, userId: user.id, role: 'ACCOUNT_MANAGER' } });
  const { port, token, stop } = await startBenchApi(db, databaseUrl, user.id);
  stopServer = stop;
  const session = await db.session.findFirstOrThrow({ where: { userId: user.id } });

  const base = `http://127.0.0.1:${port}/api`;
  const targets = {
    guarded: { url: `${base}/accounts/${account.id}/bench/summary`, headers: { authorization: `Bearer ${token}` } },
    unguarded: { url: `${base}/bench/unguarded/${account.id}/summary?user=${user.id}&session=${session.id}`, headers: {} },
  };
  for (const target of Object.values(targets)) {
    const res = await fetch(target.url, { headers: target.headers });
    if (res.status !== 200) throw new Error(`${target.url} answered ${res.status}`);
  }

  const measure = async (target: { url: string; headers: Record<string, string> }, seconds: number) => {
    const result = await autocannon({ url: target.url, headers: target.headers, connections: CONNECTIONS, duration: seconds });
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${target.url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
    return result.requests.average;
  };

  await measure(targets.guarded, 3);
  await measure(targets.unguarded, 3);
  const rates = { guarded: [] as number[], unguarded: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (['guarded', 'unguarded'] as const) : (['unguarded', 'guarded'] as const);
    for (const name of order) rates[name].push(await measure(targets[name], DURATION_S));
  }
  // The ratio is taken within each round, of two runs back to back, so that the machine's speed
  // drifting over the minute (other work on a shared host) cancels out; then its median over nine rounds,
  // since single rounds range ±15 % here.
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ratios = rates.guarded.map((guarded, round) => guarded / rates.unguarded[round]!);
  console.log(`route: GET an account summary, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s each, median`);
  console.log(`with the guard pipeline:    ${fmt(median(rates.guarded))} requests/s`);
  console.log(`without (public, own read): ${fmt(median(rates.unguarded))} requests/s`);
  console.log(`ratio in each round:        ${ratios.map((ratio) => fmt(ratio, 2)).join(' ')}`);
  console.log(`ratio:                      ${fmt(median(ratios), 2)} (goal ≥ 0.90)`);
} finally {
  await stopServer();
  await db.$disconnect();
  await dropTestDatabase(databaseUrl);
}
