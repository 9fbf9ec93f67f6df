// The figures `npm run bench:load` prints (apps/api/src/bench/load.bench.ts), read back by
// scripts/bench-load.mjs to compare two commits. Tested against the bench's real output in
// scripts/lib/bench-output.test.mjs.

/** The figures the bench prints: overall requests/s, and per route family its p95 and the 5xx count. */
export function parseLoadBench(output) {
  const number = (text) => Number(text.replace(/,/g, ''));
  const overall = output.match(/^overall: [\d,]+ requests, ([\d,.]+) requests\/s/m);
  const errors = output.match(/^5xx:\s+(\d+)/m);
  if (!overall || !errors) throw new Error(`could not read the bench's output:\n${output}`);
  const p95 = {};
  const table = output.split(/^route family .*$/m)[1]?.split(/\n\s*\n/)[0] ?? '';
  for (const line of table.trim().split('\n')) {
    const [family, , , , p95ms] = line.trim().split(/\s+/);
    if (family && p95ms) p95[family] = number(p95ms);
  }
  return { requestsPerSecond: number(overall[1]), p95, errors: Number(errors[1]) };
}
