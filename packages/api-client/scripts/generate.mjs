// Generates the client's types from the API's committed contract (apps/api/openapi.json) with
// openapi-typescript. `npm run api:client` writes src/schema.generated.ts; the test
// src/schema.test.ts fails while the committed file differs from a fresh generation.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

export const CONTRACT_FILE = fileURLToPath(new URL('../../../apps/api/openapi.json', import.meta.url));
export const SCHEMA_FILE = fileURLToPath(new URL('../src/schema.generated.ts', import.meta.url));

const HEADER = `// Generated from apps/api/openapi.json by \`npm run api:client\` (openapi-typescript). Do not edit:
// change the API, run \`npm run api:contract\`, and this file follows.
`;

const BLOB = ts.factory.createTypeReferenceNode(ts.factory.createIdentifier('Blob'));

/** The TypeScript text of the contract's paths, operations and schemas. */
export async function generateSchema() {
  const document = JSON.parse(await readFile(CONTRACT_FILE, 'utf8'));
  const ast = await openapiTS(document, {
    silent: true,
    // A field with a default is optional in a request; the API fills it in.
    defaultNonNullable: false,
    // An uploaded file and a downloaded image are Blobs (a File is one), not strings.
    transform: (schema) => (schema.format === 'binary' ? BLOB : undefined),
  });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generateSchema();
  await writeFile(SCHEMA_FILE, text);
  console.log(`Wrote ${SCHEMA_FILE} (${text.split('\n').length} lines) from ${CONTRACT_FILE}.`);
}
