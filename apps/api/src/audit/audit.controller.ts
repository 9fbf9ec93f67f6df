import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccountContext, CurrentAccount } from '../access/account-context.js';
import { RequirePermission } from '../access/route-access.decorator.js';
import { PageQueryDto, parsePageQuery } from '../common/paging.js';
import { ApiPageResponse } from '../openapi/responses.js';
import { AuditRepository } from './audit.repository.js';
import { AuditEventDto } from './dto/audit-event.dto.js';

@ApiTags('audit')
@Controller('accounts')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @RequirePermission('users.manage')
  @Get(':accountId/audit')
  @ApiOperation({ summary: "The account's audit log, newest first: invitations, role changes, removals, ownership, partner visits" })
  @ApiPageResponse(AuditEventDto)
  list(@CurrentAccount() context: AccountContext, @Query() query: PageQueryDto) {
    const { limit, offset } = parsePageQuery(query, { sortable: ['createdAt'], defaultSort: 'createdAt' });
    return this.audit.page(context.account.id, limit, offset);
  }
}
