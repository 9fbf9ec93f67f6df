#!/usr/bin/env node
// Compares the suite before and after a change of runner: every test by its full name
// ("<file> › <describe> › <test>"), from a list made by list-node-tests.mjs and from Jest's JSON results.
//   npm test -- --json --outputFile=/tmp/jest.json
//   node scripts/test-inventory/compare.mjs scripts/test-inventory/node-test-52da842.txt /tmp/jest.json
// Prints both counts, every test only one side has (a test in the same file on each side is shown as a
// rename), and exits 1 when a test of the first list is missing from the second or did not pass there.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) {
  console.error('usage: compare.mjs <node-test list> <jest --json results>');
  process.exit(2);
}

/** name → outcome, from "outcome\tname" lines. */
function fromList(file) {
  const tests = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const [outcome, name] = line.split('\t');
    tests.set(name, outcome);
  }
  return tests;
}

/** name → outcome, from `jest --json`. */
function fromJest(file) {
  const results = JSON.parse(readFileSync(file, 'utf8'));
  const root = results.testResults.length > 0 ? commonRoot(results.testResults.map((suite) => suite.name)) : '';
  const tests = new Map();
  for (const suite of results.testResults) {
    const source = path.relative(root, suite.name).split(path.sep).join('/');
    for (const test of suite.assertionResults) {
      tests.set([source, ...test.ancestorTitles, test.title].join(' › '), test.status === 'pending' ? 'skipped' : test.status);
    }
  }
  return tests;
}

/** The repository root: the folder above apps/ and packages/. */
function commonRoot(files) {
  const match = files[0].match(/^(.*?)[\\/](apps|packages)[\\/]/);
  return match ? match[1] : path.dirname(files[0]);
}

const fileOf = (name) => name.split(' › ')[0];
const before = fromList(beforePath);
const after = afterPath.endsWith('.json') ? fromJest(afterPath) : fromList(afterPath);
const lost = [...before.keys()].filter((name) => !after.has(name));
const added = [...after.keys()].filter((name) => !before.has(name));
const notPassing = [...after].filter(([name, outcome]) => before.has(name) && outcome !== 'passed' && before.get(name) === 'passed');

console.log(`before: ${before.size} tests (${path.basename(beforePath)})`);
console.log(`after:  ${after.size} tests (${path.basename(afterPath)})`);
const renamed = [];
for (const name of [...lost]) {
  const partner = added.find((candidate) => fileOf(candidate) === fileOf(name));
  if (partner) {
    renamed.push([name, partner]);
    lost.splice(lost.indexOf(name), 1);
    added.splice(added.indexOf(partner), 1);
  }
}
for (const [from, to] of renamed) console.log(`renamed: ${from}\n     to: ${to}`);
for (const name of lost) console.log(`lost:    ${name}`);
for (const name of added) console.log(`new:     ${name}`);
for (const [name, outcome] of notPassing) console.log(`${outcome}: ${name}`);
console.log(`${renamed.length} renamed, ${lost.length} lost, ${added.length} new, ${notPassing.length} passing before and not after`);
process.exit(lost.length > 0 || notPassing.length > 0 ? 1 : 0);
