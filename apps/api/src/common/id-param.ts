import { HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { AppError } from './app-error.js';

export const notFound = (code: string, what: string) => new AppError(HttpStatus.NOT_FOUND, code, `No such ${what} in this account.`);

/** A record id from the path: anything that is not a UUID is simply not found, with the record's own code. */
export const IdParam = (name: string, code: string, what: string) =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => notFound(code, what) }));
