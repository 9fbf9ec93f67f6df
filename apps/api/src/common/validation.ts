import { HttpStatus, ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from './app-error.js';
import { ValidateIf } from 'class-validator';

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

/**
 * An optional property that may not be null: left out, it is skipped; sent as null, it is validated
 * like any other value and refused (class-validator's IsOptional would let null through to the
 * database, a 500 on a column that holds no null).
 */
export const IsOptionalNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
