// Marks a CommonJS build folder inside a "type": "module" package, so Node loads its .js as CommonJS.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node scripts/mark-cjs.mjs <folder>');
  process.exit(2);
}
writeFileSync(path.join(folder, 'package.json'), '{ "type": "commonjs" }\n');
