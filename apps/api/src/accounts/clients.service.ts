import { Inject, Injectable } from '@nestjs/common';
import { type Database, tenancy, toUsername } from '@partner-portal/db';
import type { AccountContext } from '../access/account-context.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { DATABASE } from '../database/database.module.js';
import { insertInvitation } from '../invitations/invitation-rules.js';
import { InvitationsService, invitationView } from '../invitations/invitations.service.js';
import type { CreateClientDto } from './dto/create-client.dto.js';

@Injectable()
export class ClientsService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly invitations: InvitationsService,
    private readonly audit: AuditRepository,
  ) {}

  /** The client account and the invitation of its owner, together or not at all (path partner-clients). */
  async create(partner: AccountContext, actorId: string, input: CreateClientDto) {
    return tenancy.crossing('partner-clients', () => this.createInPartnerScope(partner, actorId, input));
  }

  private createInPartnerScope(partner: AccountContext, actorId: string, input: CreateClientDto) {
    return this.db.$transaction(async (tx) => {
      const client = await tx.account.create({
        data: { kind: 'CLIENT', name: input.name.trim(), billingMode: input.billingMode, partnerId: partner.account.id },
      });
      const invitation = await insertInvitation(tx, {
        accountId: client.id,
        email: input.ownerEmail.trim(),
        username: toUsername(input.ownerEmail),
        role: 'ACCOUNT_OWNER',
        invitedById: actorId,
        expiresAt: this.invitations.expiry(),
        topic: 'invitation.created',
      });
      for (const accountId of [partner.account.id, client.id]) {
        await this.audit.record(
          { accountId, actorUserId: actorId, action: 'client.created', targetType: 'account', targetId: client.id, data: { name: client.name, ownerEmail: invitation.email } },
          tx,
        );
      }
      return {
        id: client.id,
        name: client.name,
        billingMode: client.billingMode,
        createdAt: client.createdAt,
        owner: { email: invitation.email, status: 'PENDING' as const },
        ownerInvitation: invitationView(invitation),
        people: 1,
      };
    });
  }
}
