// npm run bench:profile -- <directory or .cpuprofile>: where the API's CPU time went in a profile that
// a bench wrote with BENCH_PROFILE=<directory>. Self time per part (Prisma's client, its WebAssembly
// query compiler, the pg driver, NestJS, the app's own code, socket writes, garbage collection, ...),
// as a share of the time the process was busy; then the busiest functions.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fmt } from './support.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run bench:profile -- <directory holding .cpuprofile files, or one file>');
  process.exit(2);
}
const file = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((name) => name.endsWith('.cpuprofile'))
      .map((name) => path.join(target, name))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : target;
if (!file) throw new Error(`no .cpuprofile in ${target}`);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

/** The part of the program a function belongs to, by where its code is. */
function partOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (functionName === '(idle)') return '(idle)';
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)') return 'V8 and native, unattributed';
  if (url.startsWith('wasm://') || url.includes('query_compiler')) return 'Prisma query compiler (WebAssembly)';
  if (!url) return functionName === 'writev' || functionName === 'writeBuffer' || functionName === 'writeUtf8String' ? 'socket writes' : `native: ${functionName || '(anonymous)'}`;
  if (url.startsWith('node:')) return 'Node.js core';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    const name = rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
    if (name === '@prisma/client') return 'Prisma client';
    if (name === '@prisma/adapter-pg' || name === '@prisma/driver-adapter-utils') return 'Prisma pg adapter';
    if (['pg', 'pg-protocol', 'pg-pool', 'pg-types', 'postgres-array', 'postgres-date'].includes(name)) return 'pg driver';
    if (name.startsWith('@nestjs/')) return 'NestJS';
    if (['express', 'router', 'body-parser', 'send', 'finalhandler', 'on-finished', 'raw-body', 'qs', 'cookie'].includes(name)) return 'Express';
    if (['class-validator', 'class-transformer', 'validator'].includes(name)) return 'validation';
    if (name.startsWith('pino')) return 'logging (pino)';
    if (name.startsWith('@partner-portal/')) return `app: ${name}`;
    return `library: ${name}`;
  }
  if (url.includes('/packages/')) return `app: packages/${url.split('/packages/')[1]!.split('/')[0]}`;
  if (url.includes('/apps/api/')) return 'app: apps/api';
  return `other: ${url}`;
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const byPart = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = nodes.get(id)!;
  const micros = profile.timeDeltas[i] ?? 0;
  const part = partOf(node.callFrame);
  byPart.set(part, (byPart.get(part) ?? 0) + micros);
  total += micros;
  if (part !== '(idle)') {
    const where = node.callFrame.url ? `${path.basename(node.callFrame.url)}` : '';
    const key = `${node.callFrame.functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
});
const idle = byPart.get('(idle)') ?? 0;
const busy = total - idle;
console.log(`${path.basename(file)}: ${fmt(total / 1e6)} s profiled, busy ${fmt(busy / 1e6)} s (${fmt((100 * busy) / total)} %)`);
console.log('');
console.log(`${'part'.padEnd(44)} ${'share of busy'.padStart(14)}`);
for (const [part, micros] of [...byPart.entries()].filter(([part]) => part !== '(idle)').sort((a, b) => b[1] - a[1])) {
  if ((100 * micros) / busy < 0.3) continue;
  console.log(`${part.padEnd(44)} ${`${fmt((100 * micros) / busy)} %`.padStart(14)}`);
}
console.log('');
console.log('busiest functions (self time)');
for (const [name, micros] of [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${`${fmt((100 * micros) / busy)} %`.padStart(8)}  ${name}`);
}
