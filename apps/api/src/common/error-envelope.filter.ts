import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, type ErrorBody } from './app-error.js';
import type { ApiRequest } from './request-context.js';
import { isServiceUnavailable, RETRY_AFTER_SECONDS } from './service-unavailable.js';

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  410: 'GONE',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

interface PrismaKnownError {
  code: string;
  meta?: { modelName?: string; target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } & PostgresCause } };
}

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return (
    error instanceof Error &&
    error.name === 'PrismaClientKnownRequestError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

function fromPrisma(error: PrismaKnownError): AppError | undefined {
  if (error.code === 'P2002') {
    return new AppError(HttpStatus.CONFLICT, 'ALREADY_EXISTS', 'A record with these values already exists.');
  }
  if (error.code === 'P2025' || error.code === 'P2001') {
    return new AppError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'The record does not exist.');
  }
  return undefined;
}

/** While a dependency is down, how often the 503s it causes are logged (with how many there were). */
const UNAVAILABLE_LOG_INTERVAL_MS = 5_000;

/** PostgreSQL's insufficient_privilege, raised for a row that a row-level security policy refuses to write. */
const RLS_VIOLATION = '42501';

interface PostgresCause {
  kind?: string;
  code?: string;
  originalCode?: string;
  message?: string;
}

/**
 * The database error beneath Prisma's pg driver adapter: a query through a model surfaces it as a
 * DriverAdapterError whose cause is the PostgreSQL error, a raw query as a P2010 known request error
 * carrying it in meta.driverAdapterError.cause.
 */
function postgresCause(error: unknown): PostgresCause | undefined {
  if (!(error instanceof Error)) return undefined;
  if (error.name === 'DriverAdapterError') return (error as { cause?: PostgresCause }).cause;
  if (isPrismaKnownError(error)) return error.meta?.driverAdapterError?.cause as PostgresCause | undefined;
  return undefined;
}

/**
 * A write that row-level security refused (a member restricted to chosen lists, say): the API checks
 * access before writing, so this is the safety net beneath those checks, answered as what it is.
 */
function isRowLevelSecurityViolation(error: unknown): boolean {
  const cause = postgresCause(error);
  return (cause?.code ?? cause?.originalCode) === RLS_VIOLATION && /row-level security/i.test(cause?.message ?? '');
}

/** body-parser's own errors: malformed JSON, too large a body, an unknown charset. */
function fromBodyParser(error: unknown): AppError | undefined {
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
  // request-bounds.ts refused the body before it was parsed.
  if ((type === 'json.too.deep' || type === 'text.invalid') && error instanceof AppError) return error;
  if (type === 'entity.parse.failed') return new AppError(HttpStatus.BAD_REQUEST, 'MALFORMED_JSON', 'The request body is not valid JSON.');
  if (type === 'entity.too.large') return new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
  if (typeof type === 'string' && typeof status === 'number' && status >= 400 && status < 500) {
    return new AppError(status, 'BAD_REQUEST', 'The request body could not be read.');
  }
  return undefined;
}

function fromHttpException(error: HttpException): AppError {
  const status = error.getStatus();
  const response = error.getResponse();
  const body = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
  const code = typeof body.code === 'string' ? body.code : (CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'));
  const rawMessage = body.message ?? error.message;
  const message = Array.isArray(rawMessage) ? rawMessage.join('; ') : String(rawMessage);
  return new AppError(status, code, message);
}

/** The one place where every error becomes `{ statusCode, code, message }`; internals never leave. */
@Catch()
export class ErrorEnvelopeFilter implements ExceptionFilter {
  private unavailableLoggedAt = 0;
  private unavailableSinceLog = 0;

  catch(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const request = http.getRequest<ApiRequest>();
    const response = http.getResponse<Response>();

    const known =
      exception instanceof AppError
        ? exception
        : (fromBodyParser(exception) ??
          fromBodyParser(exception instanceof Error ? exception.cause : undefined) ??
          (exception instanceof HttpException
            ? fromHttpException(exception)
            : isPrismaKnownError(exception)
              ? fromPrisma(exception)
              : undefined));

    const refused = !known && isRowLevelSecurityViolation(exception);
    const unavailable = !known && !refused && isServiceUnavailable(exception);
    const error =
      known ??
      (refused
        ? new AppError(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Your access does not allow this change.')
        : unavailable
          ? new AppError(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'The service is briefly unavailable. Try again in a few seconds.', {
              'Retry-After': String(RETRY_AFTER_SECONDS),
            })
          : new AppError(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_ERROR', 'Something went wrong on our side. Try again later.'));
    if (refused) {
      // An access check the API makes before writing let this through: worth a look, not an outage.
      request.log?.warn({ err: exception }, 'row-level security refused a write');
    } else if (unavailable) {
      // An outage, not a bug: a line without a stack now and then, not one per request; /api/health says which dependency is down.
      const now = Date.now();
      this.unavailableSinceLog += 1;
      if (now - this.unavailableLoggedAt >= UNAVAILABLE_LOG_INTERVAL_MS) {
        request.log?.warn({ error: exception instanceof Error ? exception.message : String(exception), requests: this.unavailableSinceLog }, 'a dependency is unavailable: answering 503');
        this.unavailableLoggedAt = now;
        this.unavailableSinceLog = 0;
      }
    } else if (error.status >= 500) {
      request.log?.error({ err: exception }, 'request failed');
    }
    const body: ErrorBody = { statusCode: error.status, code: error.code, message: error.message };
    if (error.details !== undefined) body.details = error.details;
    for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
    response.status(error.status).json(body);
  }
}
