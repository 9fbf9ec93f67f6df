import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Patch, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SignedIn } from '../../access/route-access.decorator.js';
import { IdParam } from '../../common/id-param.js';
import { PageQueryDto, parsePageQuery } from '../../common/paging.js';
import type { ApiRequest, AuthenticatedUser } from '../../common/request-context.js';
import { ApiErrors, ApiPageResponse } from '../../openapi/responses.js';
import { clientOf } from '../auth.controller.js';
import { CurrentUser } from '../current-user.decorator.js';
import { AddPasskeyDto, PasskeyDto, PasskeyRegistrationOptionsDto, RenamePasskeyDto } from './dto/passkey.dto.js';
import { MyPasskeysService } from './my-passkeys.service.js';

const PasskeyIdParam = () => IdParam('passkeyId', 'PASSKEY_NOT_FOUND', 'passkey of yours');

@ApiTags('auth')
@Controller('me/passkeys')
export class MyPasskeysController {
  constructor(private readonly passkeys: MyPasskeysService) {}

  @SignedIn()
  @Post('registration-options')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Start adding a passkey: the options for the authenticator, and the token to send back with its answer',
    description: 'A discoverable credential is asked for, so that signing in with it needs no email. The token is valid for 5 minutes, once.',
  })
  @ApiOkResponse({ type: PasskeyRegistrationOptionsDto })
  registrationOptions(@CurrentUser() caller: AuthenticatedUser): Promise<PasskeyRegistrationOptionsDto> {
    return this.passkeys.registrationOptions(caller);
  }

  @SignedIn()
  @Post()
  @ApiOperation({
    summary: "Add a passkey: the authenticator's answer to the registration options",
    description: 'The session it is added from counts as signed in with a second factor from then on. The person is told by email.',
  })
  @ApiCreatedResponse({ type: PasskeyDto })
  @ApiErrors({
    400: 'PASSKEY_INVALID: the answer could not be verified, or its token is expired, used or not yours',
    409: 'PASSKEY_EXISTS: this passkey is already registered',
  })
  add(@CurrentUser() caller: AuthenticatedUser, @Body() body: AddPasskeyDto, @Req() req: ApiRequest): Promise<PasskeyDto> {
    return this.passkeys.add(caller, body, clientOf(req));
  }

  @SignedIn()
  @Get()
  @ApiOperation({ summary: "The caller's passkeys, oldest first (sort=-createdAt for newest)" })
  @ApiPageResponse(PasskeyDto)
  list(@CurrentUser() caller: AuthenticatedUser, @Query() query: PageQueryDto) {
    const { limit, offset, sort } = parsePageQuery(query, { sortable: ['createdAt'], defaultSort: 'createdAt' });
    return this.passkeys.list(caller, { limit, offset, descending: sort.descending });
  }

  @SignedIn()
  @Patch(':passkeyId')
  @ApiOperation({ summary: 'Rename one of the caller\'s passkeys' })
  @ApiOkResponse({ type: PasskeyDto })
  @ApiErrors({ 404: 'PASSKEY_NOT_FOUND: no such passkey of yours' })
  rename(@CurrentUser() caller: AuthenticatedUser, @PasskeyIdParam() passkeyId: string, @Body() body: RenamePasskeyDto): Promise<PasskeyDto> {
    return this.passkeys.rename(caller, passkeyId, body.name);
  }

  @SignedIn()
  @Delete(':passkeyId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove one of the caller\'s passkeys: it no longer signs in. The person is told by email.' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors({ 404: 'PASSKEY_NOT_FOUND: no such passkey of yours' })
  async remove(@CurrentUser() caller: AuthenticatedUser, @PasskeyIdParam() passkeyId: string, @Req() req: ApiRequest): Promise<void> {
    await this.passkeys.remove(caller, passkeyId, clientOf(req));
  }
}
