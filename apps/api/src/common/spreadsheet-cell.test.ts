import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import { fromSpreadsheetCell, toSpreadsheetCell } from './spreadsheet-cell.js';

test('cells a spreadsheet would run as a formula are written as text', () => {
  for (const [value, written] of [
    ['=HYPERLINK("http://evil.test","click")', `'=HYPERLINK("http://evil.test","click")`],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', "'\tindented"],
    ['\rreturn', "'\rreturn"],
    ["'=already quoted", "''=already quoted"],
  ]) {
    assert.equal(toSpreadsheetCell(value!), written, value);
  }
});

test('everything else is written as it is', () => {
  for (const value of ['', 'Ada', "O'Brien", "'quoted", 'a=b', 'x@example.test', ' =leading space', '555-0100']) {
    assert.equal(toSpreadsheetCell(value), value);
  }
});

test('what is written reads back as it was', () => {
  for (const value of ['=1+1', '+1 555', '-', '@', "'=x", "''+y", "'plain", 'plain', '', "O'Brien"]) {
    assert.equal(fromSpreadsheetCell(toSpreadsheetCell(value)), value, value);
  }
});
