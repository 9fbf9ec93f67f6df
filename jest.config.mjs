// Every test of every workspace, in one Jest run: `npm test` (see scripts/test.mjs), or
// `npm test -- <file or pattern>`, `npm test -- -t '<test name>'`, `npm test -- --watch`.
//
// Tests run as ES modules, as the code does (NestJS 12 is ESM): Node's VM modules
// (--experimental-vm-modules, set by scripts/jest.mjs), with TypeScript compiled per file by SWC,
// which also emits the decorator metadata Nest's injection reads. Nothing is bundled or rewritten to
// CommonJS; the packages a test imports (@partner-portal/db, ...) are their built dist/, as in production.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const database = '<rootDir>/jest/database-environment.mjs';

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      target: 'es2023',
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

function project(folder, { environment = 'node', testMatch = ['<rootDir>/src/**/*.test.ts'] } = {}) {
  return {
    displayName: folder.split('/').at(-1),
    rootDir: `<rootDir>/${folder}`,
    testMatch,
    testEnvironment: environment.replace('<rootDir>', root),
    extensionsToTreatAsEsm: ['.ts'],
    transform: { '^.+\\.ts$': swc },
    // Sources import each other as './x.js' (NodeNext); under Jest that is the './x.ts' beside it.
    moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  };
}

export default {
  globalSetup: '<rootDir>/jest/global-setup.mjs',
  globalTeardown: '<rootDir>/jest/global-teardown.mjs',
  testTimeout: 60_000,
  // A test that fails half-way can leave a connection or a child process open; the run must still end
  // (CI has nobody to press Ctrl-C). `npm test -- --detectOpenHandles` finds what was left open.
  forceExit: true,
  projects: [
    project('packages/permissions'),
    project('packages/jobs'),
    project('packages/mail-catcher'),
    project('packages/api-client'),
    project('packages/db', { environment: database }),
    project('apps/worker', { environment: database }),
    project('apps/api', { environment: database }),
    project('apps/portal', { environment: database, testMatch: ['<rootDir>/tests/**/*.test.mjs'] }),
    project('scripts', { environment: database, testMatch: ['<rootDir>/lib/**/*.test.mjs'] }),
  ],
};
