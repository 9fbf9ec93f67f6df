import { applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiExtension,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiServiceUnavailableResponse,
  ApiUnauthorizedResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Action } from '@partner-portal/permissions';
import { ErrorBody } from '../common/error-body.dto.js';

/**
 * What a route needs, declared on the handler or its controller. A route that declares nothing is
 * refused at start-up (deny by default).
 * - `public`: anyone, signed in or not;
 * - `signed-in`: any signed-in caller, no account involved;
 * - `account`: any grant in the account named by the route (its `:accountId` or `:partnerId`);
 * - an action id: a grant in that account whose role allows the action there (packages/permissions).
 */
export type RouteAccess = 'public' | 'signed-in' | 'account' | Action;

export const ROUTE_ACCESS = Reflector.createDecorator<RouteAccess>();

/** The value every OpenAPI operation carries as `x-required-permission`. */
export const REQUIRED_PERMISSION_EXTENSION = 'x-required-permission';

const ERROR_BODY = { $ref: getSchemaPath(ErrorBody) };

function declare(access: RouteAccess, ...docs: (ClassDecorator & MethodDecorator)[]) {
  return applyDecorators(
    ROUTE_ACCESS(access),
    ApiExtension(REQUIRED_PERMISSION_EXTENSION, access),
    ApiExtraModels(ErrorBody),
    ApiBadRequestResponse({ description: 'VALIDATION_FAILED (or another code naming what is wrong with the input)', schema: ERROR_BODY }),
    ApiServiceUnavailableResponse({
      description: 'SERVICE_UNAVAILABLE: the database cannot be reached; try again after Retry-After seconds',
      headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 3600 } } },
      schema: ERROR_BODY,
    }),
    ...docs,
  );
}

const signedInDocs = () => [
  ApiBearerAuth(),
  ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED: no valid session', schema: ERROR_BODY }),
];

/** Every account route: its 404 for outsiders, and its 403 (with `forbidden`, what else it says). */
const accountDocs = (forbidden?: string) => [
  ...signedInDocs(),
  ApiNotFoundResponse({ description: 'ACCOUNT_NOT_FOUND: no such account, or the caller has no relationship to it', schema: ERROR_BODY }),
  ApiForbiddenResponse({
    description: [
      forbidden,
      'TWO_FACTOR_REQUIRED: the account requires two-step sign-in (for partner staff in a client, the partner may require it) and this session was not signed in with a second factor or a passkey',
    ]
      .filter(Boolean)
      .join('; '),
    schema: ERROR_BODY,
  }),
];

export const Public = () => declare('public');

export const SignedIn = () => declare('signed-in', ...signedInDocs());

export const InAccount = () => declare('account', ...accountDocs());

export const RequirePermission = (action: Action) => declare(action, ...accountDocs(`FORBIDDEN: the caller's role does not allow ${action} here`));
