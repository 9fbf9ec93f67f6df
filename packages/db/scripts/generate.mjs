// Generates the Prisma client, then gives its null-type constants explicit types so `tsc` can emit
// declarations (TypeScript 6 cannot name their #private brand: prisma/prisma issue 29549).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const generate = spawnSync(process.execPath, [path.join(packageDir, 'bin', 'prisma.mjs'), 'generate'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
if (generate.status !== 0) process.exit(generate.status ?? 1);

const ANNOTATIONS = [
  [/export const (DbNull|JsonNull|AnyNull) = runtime\.objectEnumValues\.instances\.\1\b/g,
    'export const $1: typeof runtime.objectEnumValues.instances.$1 = runtime.objectEnumValues.instances.$1'],
  [/export const JsonNullValueInput = \{/g,
    'export const JsonNullValueInput: { readonly JsonNull: typeof JsonNull } = {'],
  [/export const NullableJsonNullValueInput = \{/g,
    'export const NullableJsonNullValueInput: { readonly DbNull: typeof DbNull; readonly JsonNull: typeof JsonNull } = {'],
  [/export const JsonNullValueFilter = \{/g,
    'export const JsonNullValueFilter: { readonly DbNull: typeof DbNull; readonly JsonNull: typeof JsonNull; readonly AnyNull: typeof AnyNull } = {'],
];

const internalDir = path.join(packageDir, 'src', 'generated', 'prisma', 'internal');
for (const file of readdirSync(internalDir).filter((name) => name.startsWith('prismaNamespace'))) {
  const filePath = path.join(internalDir, file);
  let source = readFileSync(filePath, 'utf8');
  for (const [pattern, replacement] of ANNOTATIONS) source = source.replace(pattern, replacement);
  writeFileSync(filePath, source);
}
console.log('Prisma client generated.');
