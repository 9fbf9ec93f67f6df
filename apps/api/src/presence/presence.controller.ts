import { Body, Controller, createParamDecorator, Delete, HttpCode, HttpStatus, Inject, Post, Query, Res, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { IdParam } from '../common/id-param.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { ApiErrors } from '../openapi/responses.js';
import { LeavePresenceQueryDto, PresenceDto, StayPresenceDto } from './dto/presence.dto.js';
import { PRESENCE_RESOURCES, type PresenceResource, serviceFinder } from './presence-resources.js';
import { type PresenceKey, PresenceService } from './presence.service.js';

const UNAVAILABLE = 'SERVICE_UNAVAILABLE also while Redis cannot be reached: presence is then simply not shown; editing goes on';

/**
 * The presence routes of one kind of record, under /accounts/:accountId/presence/<resource>[/:recordId],
 * guarded by the action its own GET declares. Decorators need that action as a constant: hence one
 * class per kind, made here (as the ad channels' and the assets' controllers are).
 */
function presenceController(spec: PresenceResource): Type<unknown> {
  const base = `accounts/:accountId/presence/${spec.resource}`;
  // A singleton (settings, business profile) is named by its resource; a record by its id, any other id being 404.
  const RecordId: () => ParameterDecorator = spec.singleton ? createParamDecorator(() => spec.resource) : () => IdParam('recordId', spec.notFound, spec.what);
  const notFound: Record<number, string> = spec.singleton ? {} : { 404: `${spec.notFound}: no such ${spec.what} in this account, or not one the caller may read` };

  @ApiTags('presence')
  @Controller(spec.singleton ? base : `${base}/:recordId`)
  class PresenceController {
    private readonly service: ReturnType<typeof serviceFinder>;

    constructor(
      @Inject(PresenceService) private readonly presence: PresenceService,
      @Inject(ModuleRef) moduleRef: ModuleRef,
    ) {
      this.service = serviceFinder(moduleRef);
    }

    @RequirePermission(spec.access)
    @Post()
    @HttpCode(HttpStatus.OK)
    @ApiOperation({
      summary: `Edit the ${spec.what} with others in view: mark the caller as editing it and answer who else is`,
      description: [
        `Whoever may read the ${spec.what} (its GET's ${spec.access}) sees who else has it open in an edit screen, partner staff acting in the account included.`,
        'Without revision the answer comes at once. With the revision of the previous answer the call waits until that changes, or heartbeatSeconds at most: call again at once, in a loop, to stay (each call renews the mark) and to hear of others coming and going within a second.',
        'A mark not renewed for expirySeconds lapses; DELETE removes it at once.',
      ].join(' '),
    })
    @ApiOkResponse({ type: PresenceDto, description: 'Who else is editing it now' })
    @ApiErrors({ ...notFound, 503: UNAVAILABLE })
    async stay(
      @CurrentAccount() context: AccountContext,
      @CurrentUser() caller: AuthenticatedUser,
      @RecordId() recordId: string,
      @Body() body: StayPresenceDto,
      @Res({ passthrough: true }) res: Response,
    ): Promise<PresenceDto> {
      // Its own read, as its GET makes it: a record the caller may not read is 404 here too.
      await spec.read({ context, userId: caller.userId, service: this.service }, recordId);
      const gone = new AbortController();
      res.on('close', () => gone.abort());
      return this.presence.stay(this.key(context, recordId), { userId: caller.userId, editorId: body.editorId }, body.revision, gone.signal);
    }

    @RequirePermission(spec.access)
    @Delete()
    @HttpCode(HttpStatus.NO_CONTENT)
    @ApiOperation({
      summary: `Stop editing the ${spec.what}: remove the mark of one editing screen at once`,
      description: "Removes only the caller's own mark, so it reads nothing; a browser sends it with keepalive when a tab closes.",
    })
    @ApiNoContentResponse({ description: 'The mark is gone (or was not there)' })
    @ApiErrors({ 503: UNAVAILABLE })
    async leave(
      @CurrentAccount() context: AccountContext,
      @CurrentUser() caller: AuthenticatedUser,
      @RecordId() recordId: string,
      @Query() query: LeavePresenceQueryDto,
    ): Promise<void> {
      await this.presence.leave(this.key(context, recordId), { userId: caller.userId, editorId: query.editorId });
    }

    private key(context: AccountContext, recordId: string): PresenceKey {
      return { accountId: context.account.id, resource: spec.resource, recordId };
    }
  }
  Object.defineProperty(PresenceController, 'name', { value: spec.controllerName });
  return PresenceController;
}

export const PRESENCE_CONTROLLERS = PRESENCE_RESOURCES.map(presenceController);
