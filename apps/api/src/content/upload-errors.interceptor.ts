import { type CallHandler, type ExecutionContext, HttpException, HttpStatus, Inject, Injectable, type NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';

const multerCode = (error: HttpException) => {
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? cause.code : undefined;
};

/** Gives multer's refusals (bound inside this interceptor) the API's own stable codes. */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          return throwError(() => new AppError(HttpStatus.PAYLOAD_TOO_LARGE, 'FILE_TOO_LARGE', `The file is larger than ${this.config.UPLOAD_MAX_BYTES} bytes.`));
        }
        if (error instanceof HttpException && error.getStatus() === HttpStatus.BAD_REQUEST && multerCode(error)) {
          return throwError(() => new AppError(HttpStatus.BAD_REQUEST, 'INVALID_UPLOAD', `${error.message}. Send one image as the multipart field "file".`));
        }
        return throwError(() => error);
      }),
    );
  }
}
