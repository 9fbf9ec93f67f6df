// A node:test reporter that prints one line per test: "<source file> › <describe> › <test>".
// It lists the suite as the runner before Jest saw it (see list-node-tests.mjs); compiled paths
// (dist/**/x.test.js) are written as their sources (src/**/x.test.ts) so both lists name the same file.
import path from 'node:path';

const root = process.env.TEST_INVENTORY_ROOT ?? process.cwd();

function sourceFile(file) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  return relative.replace(/\/dist\/(esm\/|cjs\/)?(.*)\.js$/, '/src/$2.ts');
}

export default async function* namesReporter(source) {
  const open = [];
  for await (const event of source) {
    if (event.type === 'test:start') {
      open.length = event.data.nesting;
      open.push(event.data.name);
    } else if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.details?.type !== 'suite') {
      const names = [...open.slice(0, event.data.nesting), event.data.name];
      const outcome = event.type === 'test:pass' ? (event.data.skip ? 'skipped' : 'passed') : 'failed';
      yield `${outcome}\t${[sourceFile(event.data.file ?? 'unknown'), ...names].join(' › ')}\n`;
    }
  }
}
