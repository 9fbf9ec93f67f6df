import { HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from './app-error.js';

function describe(errors: ValidationError[], parent = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...describe(error.children ?? [], field)];
  });
}

/** Unknown fields are refused, wrong types rejected, and every failure is one 400 VALIDATION_FAILED. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const details = describe(errors);
      const message = details.map((detail) => detail.problems.join(', ')).join('; ') || 'The request is not valid.';
      return new AppError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', message, {}, details);
    },
  });
}
