import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ApiRequest, AuthenticatedUser } from '../common/request-context.js';

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedUser => context.switchToHttp().getRequest<ApiRequest>().user!,
);
