import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
// @ts-expect-error -- the generator is a plain ES module script with no declarations
import { generateSchema, SCHEMA_FILE } from '../scripts/generate.mjs';

describe('the generated client', () => {
  it('is what a fresh generation from the committed contract gives (else run `npm run api:client`)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    const fresh: string = await generateSchema();
    const committedLines = committed.split('\n');
    const freshLines = fresh.split('\n');
    const line = freshLines.findIndex((text, index) => text !== committedLines[index]);
    const firstDifference =
      line === -1 && committedLines.length === freshLines.length
        ? null
        : { line: (line === -1 ? freshLines.length : line) + 1, committed: committedLines[line] ?? '(end of file)', fresh: freshLines[line] ?? '(end of file)' };
    expect(firstDifference).toBeNull();
  });

  it('is the one README shows a partner using', async () => {
    const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
    const example = await readFile(new URL('../examples/partner-report.ts', import.meta.url), 'utf8');
    expect(readme).toContain(example.trim());
  });
});
