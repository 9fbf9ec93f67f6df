/**
 * A CSV cell a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first) is
 * written with a leading apostrophe, which spreadsheets show as text (OWASP's CSV injection advice).
 * The import takes one apostrophe back off, so that an export imports as it was: values that already
 * start with apostrophes before such a character get one more on the way out.
 */
const RUNS_AS_FORMULA = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function toSpreadsheetCell(value: string): string {
  return RUNS_AS_FORMULA.test(value) ? `'${value}` : value;
}

export function fromSpreadsheetCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
