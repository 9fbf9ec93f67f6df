import { type CallHandler, createParamDecorator, type ExecutionContext, HttpStatus, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { AppError } from './app-error.js';

/** A record that can be edited: every write bumps its version. */
export interface Versioned {
  version: number;
}

export const etagOf = (version: number) => `"${version}"`;

const IF_MATCH = /^(?:W\/)?"(\d{1,9})"$/;

/**
 * The version a write expects, from `If-Match: "<version>"`. Without the header the write is refused
 * with 428, so that nobody overwrites a record they have not read.
 */
export function readIfMatch(_: unknown, context: ExecutionContext): number {
  const header = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers['if-match'];
  if (header === undefined || header.trim() === '') {
    throw new AppError(
      HttpStatus.PRECONDITION_REQUIRED,
      'PRECONDITION_REQUIRED',
      'Send If-Match with the ETag of the version you read, so that no one else\'s change is overwritten.',
    );
  }
  const match = IF_MATCH.exec(header.trim());
  if (!match) throw new AppError(HttpStatus.BAD_REQUEST, 'INVALID_IF_MATCH', 'If-Match must be one ETag as the API sent it, such as "3".');
  return Number(match[1]);
}

export const IfMatch = createParamDecorator(readIfMatch);

/** 412 with the record as it is now, so the caller can show what changed. */
export function versionConflict(current: unknown): AppError {
  return new AppError(
    HttpStatus.PRECONDITION_FAILED,
    'VERSION_CONFLICT',
    'Someone else changed this record since you read it. Reload it, or send your change again with the current version.',
    {},
    { current },
  );
}

function isVersionedRecord(body: unknown): body is Versioned {
  return typeof body === 'object' && body !== null && !Array.isArray(body) && typeof (body as Versioned).version === 'number';
}

/** Answers every single versioned record with its ETag, whichever route returned it. */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body) => {
        if (isVersionedRecord(body)) context.switchToHttp().getResponse<Response>().setHeader('ETag', etagOf(body.version));
        return body;
      }),
    );
  }
}
