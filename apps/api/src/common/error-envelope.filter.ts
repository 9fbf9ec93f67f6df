import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { AppError, type ErrorBody } from './app-error.js';
import type { ApiRequest } from './request-context.js';

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
  meta?: { modelName?: string; target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } };
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

/** body-parser's own errors: malformed JSON, too large a body, an unknown charset. */
function fromBodyParser(error: unknown): AppError | undefined {
  const { type, status } = (error ?? {}) as { type?: string; status?: number };
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

    const error = known ?? new AppError(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_ERROR', 'Something went wrong on our side. Try again later.');
    if (error.status >= 500) {
      request.log?.error({ err: exception }, 'request failed');
    }
    const body: ErrorBody = { statusCode: error.status, code: error.code, message: error.message };
    if (error.details !== undefined) body.details = error.details;
    for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
    response.status(error.status).json(body);
  }
}
