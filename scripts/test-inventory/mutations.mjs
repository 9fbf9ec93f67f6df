#!/usr/bin/env node
// Breaks five subjects on purpose, one at a time, and checks that the Jest suites guarding each fail:
// a test that cannot fail proves nothing. Each break is a one-line change to the source, undone
// afterwards (also on Ctrl-C); run it on a clean work tree after `npm test` has built everything.
//   node scripts/test-inventory/mutations.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const buildPortal = ['npm', ['run', 'build', '-w', '@partner-portal/portal']];

const MUTATIONS = [
  {
    subject: 'a guard: the access guard lets through what can() refuses',
    file: 'apps/api/src/access/access.guard.ts',
    from: "if (declared !== 'account' && !accountContext.can(declared)) {",
    to: "if (declared !== 'account' && false) {",
    tests: ['apps/api/src/team/', 'apps/api/src/accounts/'],
  },
  {
    subject: 'the people limit: one person more than the limit fits',
    file: 'apps/api/src/invitations/invitations.service.ts',
    from: 'if ((await countPeople(tx, accountId)) >= limit) {',
    to: 'if ((await countPeople(tx, accountId)) > limit) {',
    tests: ['apps/api/src/invitations/'],
  },
  {
    subject: 'the outbox: the relay marks rows relayed without queuing their jobs',
    file: 'apps/worker/src/outbox-relay.ts',
    from: 'if (jobs.length > 0) await emailQueue.addBulk(jobs);',
    to: 'if (jobs.length < 0) await emailQueue.addBulk(jobs);',
    tests: ['apps/worker/src/invitation-email.test.ts', 'apps/worker/src/tenant-isolation.e2e.test.ts'],
  },
  {
    subject: "a policy: a tenant table's row-level security lets every account's rows through",
    file: 'packages/db/prisma/migrations/20261201120000_row_level_security/migration.sql',
    from: "'CREATE POLICY tenant_isolation ON %I USING (account_id = app_current_account()) WITH CHECK",
    to: "'CREATE POLICY tenant_isolation ON %I USING (true) WITH CHECK",
    tests: ['packages/db/src/row-level-security.test.ts'],
  },
  {
    subject: "a portal permission: the Contacts page asks for lists.view instead of contacts.view",
    file: 'apps/portal/src/providers/canAccess.ts',
    from: "contacts: { list: 'contacts.view',",
    to: "contacts: { list: 'lists.view',",
    build: buildPortal,
    tests: ['apps/portal/tests/areas.browser.test.mjs'],
  },
];

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
}

let undo = () => {};
process.on('SIGINT', () => {
  undo();
  process.exit(130);
});

const outcomes = [];
const scratch = mkdtempSync(path.join(tmpdir(), 'pp-mutations-'));
try {
  for (const mutation of MUTATIONS) {
    const file = path.join(root, mutation.file);
    const original = readFileSync(file, 'utf8');
    if (!original.includes(mutation.from)) throw new Error(`${mutation.file} no longer contains: ${mutation.from}`);
    undo = () => writeFileSync(file, original);
    try {
      writeFileSync(file, original.replace(mutation.from, mutation.to));
      if (mutation.build) run(...mutation.build);
      const results = path.join(scratch, 'results.json');
      console.error(`\n${mutation.subject}: ${mutation.file}`);
      spawnSync(process.execPath, ['scripts/jest.mjs', '--json', `--outputFile=${results}`, ...mutation.tests], { cwd: root, stdio: ['ignore', 'ignore', 'ignore'] });
      const { numFailedTests, numTotalTests, testResults } = JSON.parse(readFileSync(results, 'utf8'));
      const failed = testResults.flatMap((suite) => suite.assertionResults.filter((test) => test.status === 'failed').map((test) => test.fullName));
      outcomes.push({ subject: mutation.subject, failed: numFailedTests, total: numTotalTests });
      for (const name of failed) console.error(`  failed: ${name}`);
    } finally {
      undo();
      if (mutation.build) run(...mutation.build);
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

console.log('\nsubject | tests failed / run');
for (const { subject, failed, total } of outcomes) console.log(`${subject} | ${failed} / ${total}`);
const survived = outcomes.filter((outcome) => outcome.failed === 0);
console.log(survived.length === 0 ? 'Every break made its suite fail.' : `${survived.length} break(s) went unnoticed.`);
process.exit(survived.length === 0 ? 0 : 1);
