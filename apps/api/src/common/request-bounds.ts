// The one place that bounds what a request may carry, before any route or validation sees it: JSON
// nested deeper than a configured depth, and text holding a NUL character or half of a UTF-16 surrogate
// pair (which PostgreSQL, Prisma and validators each fail on in their own way), in a JSON body, the query
// string or the `filter` JSON of a list.
import { HttpStatus } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AppError } from './app-error.js';

const OPEN_OBJECT = 0x7b; // {
const OPEN_ARRAY = 0x5b; // [
const CLOSE_OBJECT = 0x7d; // }
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22; // "
const BACKSLASH = 0x5c; // \
const LETTER_U = 0x75; // u

/** A NUL, or a surrogate that is not half of a pair. */
const INVALID_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

export const tooDeep = (maxDepth: number) =>
  new AppError(HttpStatus.BAD_REQUEST, 'JSON_TOO_DEEP', `The JSON body is nested more than ${maxDepth} levels deep.`);
export const invalidText = (where: string) =>
  new AppError(HttpStatus.BAD_REQUEST, 'INVALID_TEXT', `The ${where} holds a NUL character or an unpaired UTF-16 surrogate.`);

/**
 * Reads a raw JSON body once, before it is parsed, at the cost of one pass over its bytes: its nesting
 * depth outside strings, and the \u escapes inside them (raw UTF-8 cannot hold a lone surrogate, and a
 * raw NUL is not JSON).
 */
export function checkJsonBytes(body: Buffer, maxDepth: number): AppError | undefined {
  let depth = 0;
  let inString = false;
  let pendingHigh = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]!;
    if (inString) {
      if (byte === QUOTE) {
        if (pendingHigh) return invalidText('request body');
        inString = false;
      } else if (byte === BACKSLASH) {
        const escaped = body[i + 1];
        if (escaped === LETTER_U) {
          const unit = Number.parseInt(body.toString('latin1', i + 2, i + 6), 16);
          i += 5;
          if (Number.isNaN(unit)) continue; // not JSON: the parser says so
          if (unit === 0) return invalidText('request body');
          const high = unit >= 0xd800 && unit <= 0xdbff;
          const low = unit >= 0xdc00 && unit <= 0xdfff;
          if ((low && !pendingHigh) || (pendingHigh && !low)) return invalidText('request body');
          pendingHigh = high;
          continue;
        }
        i += 1;
        if (pendingHigh) return invalidText('request body');
      } else if (pendingHigh) {
        return invalidText('request body');
      }
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      if (depth > maxDepth) return tooDeep(maxDepth);
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return undefined;
}

/** body-parser's `verify`: refuses the body before it is parsed. */
export function boundJsonBody(maxDepth: number) {
  return (_req: unknown, _res: unknown, body: Buffer) => {
    const problem = checkJsonBytes(body, maxDepth);
    if (problem) throw Object.assign(problem, { type: problem.code === 'JSON_TOO_DEEP' ? 'json.too.deep' : 'text.invalid' });
  };
}

/** Whether any string in a parsed value (a query, a filter) holds invalid text, keys included. */
export function holdsInvalidText(value: unknown): boolean {
  if (typeof value === 'string') return INVALID_TEXT.test(value);
  if (Array.isArray(value)) return value.some(holdsInvalidText);
  if (typeof value === 'object' && value !== null) return Object.entries(value).some(([key, item]) => INVALID_TEXT.test(key) || holdsInvalidText(item));
  return false;
}

/** Express middleware: a query string with invalid text answers 400 INVALID_TEXT. */
export function boundQueryText() {
  return (req: Request, _res: Response, next: NextFunction) => next(holdsInvalidText(req.query) ? invalidText('query string') : undefined);
}
