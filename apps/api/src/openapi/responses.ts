import { applyDecorators, SetMetadata, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { MAX_PER_PAGE } from '../common/paging.js';

/** 200 with one page of a list: `{ data: Item[], total }`, as every list route answers. */
export const ApiPageResponse = (item: Type<unknown>, description = 'One page, and how many match in all') =>
  applyDecorators(
    ApiExtraModels(item),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['data', 'total'],
        properties: {
          data: { type: 'array', maxItems: MAX_PER_PAGE, items: { $ref: getSchemaPath(item) } },
          total: { type: 'integer', format: 'int32', minimum: 0, maximum: 2_147_483_647 },
        },
      },
    }),
  );

export const ROUTE_ERRORS = 'partner-portal:route-errors';
export type RouteErrors = Partial<Record<'400' | '403' | '404' | '409' | '410' | '412' | '413' | '415' | '422' | '429', string>>;

/**
 * Error answers of one route beyond those every route of its kind documents (route-access.decorator.ts,
 * openapi/route-documentation.ts): each status with the codes it carries, added to what the status
 * already says, in the error envelope.
 *   @ApiErrors({ 404: 'LIST_NOT_FOUND', 409: 'LIST_NAME_TAKEN: another list has this name' })
 */
export const ApiErrors = (errors: { [status in keyof RouteErrors as number]?: string } & Record<number, string>) =>
  SetMetadata(ROUTE_ERRORS, Object.fromEntries(Object.entries(errors).map(([status, description]) => [String(status), description])));
