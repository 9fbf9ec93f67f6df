import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { type Database, hashPassword, tenancy, toUsername, verifyPassword } from '@partner-portal/db';
import { AuditRepository } from '../audit/audit.repository.js';
import { toPublicUser } from '../auth/auth.service.js';
import { SessionsService } from '../auth/sessions.service.js';
import { AppError } from '../common/app-error.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import { DATABASE } from '../database/database.module.js';
import type { AcceptInvitationDto } from './dto/accept-invitation.dto.js';
import { hashToken } from './invitation-rules.js';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const MIN_PASSWORD = 10;

const notFound = () => new AppError(HttpStatus.NOT_FOUND, 'INVITATION_NOT_FOUND', 'This invitation link is not valid. Check that you copied all of it.');
const gone = (why: string) => new AppError(HttpStatus.GONE, 'INVITATION_GONE', `This invitation ${why}. Ask the account owner to send a new one.`);

/** What an invitee sees before accepting, and the acceptance itself (single use, even under concurrency). */
@Injectable()
export class InvitationAcceptanceService {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly sessions: SessionsService,
    private readonly audit: AuditRepository,
  ) {}

  async preview(token: string) {
    if (!TOKEN_SHAPE.test(token)) throw notFound();
    const tokenHash = hashToken(token);
    const accountId = await this.accountOfToken(tokenHash);
    return tenancy.run({ accountId }, () => this.previewInAccount(accountId, tokenHash));
  }

  async accept(token: string, input: AcceptInvitationDto, caller: AuthenticatedUser | null, client: { ip?: string; userAgent?: string }) {
    if (!TOKEN_SHAPE.test(token)) throw notFound();
    const tokenHash = hashToken(token);
    const accountId = await this.accountOfToken(tokenHash);
    const newPasswordHash = input.password && input.password.length >= MIN_PASSWORD ? await hashPassword(input.password) : null;
    const { user, account } = await tenancy.run({ accountId, userId: caller?.userId }, () => this.acceptInAccount(accountId, tokenHash, input, caller, newPasswordHash));
    const session = await this.sessions.open(user.id, client);
    return { accessToken: session.accessToken, expiresAt: session.expiresAt.toISOString(), user: toPublicUser(user), account };
  }

  /** The one read across accounts (path invitation-by-token): which account the token's invitation is in. */
  private async accountOfToken(tokenHash: string): Promise<string> {
    const found = await tenancy.crossing(
      'invitation-by-token',
      () => this.db.invitation.findFirst({ where: { tokenHash }, select: { accountId: true } }),
      { tokenHash },
    );
    if (!found) throw notFound();
    return found.accountId;
  }

  private async previewInAccount(accountId: string, tokenHash: string) {
    const invitation = await this.findUsable(accountId, tokenHash);
    const existingUser = await this.db.user.count({ where: { username: invitation.username } });
    return {
      account: { id: invitation.account.id, name: invitation.account.name, kind: invitation.account.kind },
      email: invitation.email,
      role: invitation.role,
      customRole: invitation.customRole,
      invitedBy: invitation.invitedBy ? { name: invitation.invitedBy.name, email: invitation.invitedBy.email } : null,
      expiresAt: invitation.expiresAt,
      existingUser: existingUser > 0,
    };
  }

  private acceptInAccount(accountId: string, tokenHash: string, input: AcceptInvitationDto, caller: AuthenticatedUser | null, newPasswordHash: string | null) {
    return this.db.$transaction(async (tx) => {
      const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM invitation WHERE token_hash = ${tokenHash} FOR UPDATE`;
      if (!locked) throw notFound();
      const invitation = await tx.invitation.findUniqueOrThrow({ where: { accountId_id: { accountId, id: locked.id } }, include: { account: { select: { id: true, name: true } } } });
      this.assertUsable(invitation);

      let user = await tx.user.findUnique({ where: { username: invitation.username } });
      if (user) {
        const provedBySession = caller?.userId === user.id;
        const provedByPassword = !provedBySession && input.password !== undefined && (await verifyPassword(user.passwordHash, input.password));
        if (!provedBySession && !provedByPassword) {
          throw new AppError(HttpStatus.UNAUTHORIZED, 'SIGN_IN_REQUIRED', `Sign in as ${invitation.email} (or give its password) to accept this invitation.`);
        }
        // The invitation's link reached this address: that verifies it, as a verification link would.
        if (!user.emailVerifiedAt) user = await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
      } else {
        if (!newPasswordHash) {
          throw new AppError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `password must be at least ${MIN_PASSWORD} characters`);
        }
        user = await tx.user.create({
          data: { username: toUsername(invitation.email), email: invitation.email, name: input.name?.trim() || null, passwordHash: newPasswordHash, emailVerifiedAt: new Date() },
        });
      }

      const alreadyMember = await tx.membership.findUnique({ where: { accountId_userId: { accountId: invitation.accountId, userId: user.id } } });
      if (!alreadyMember) {
        // A custom role to be given stays while its invitation is pending: deleting it is refused meanwhile.
        await tx.membership.create({ data: { accountId: invitation.accountId, userId: user.id, role: invitation.role, customRoleId: invitation.customRoleId } });
      }
      await tx.invitation.update({ where: { accountId_id: { accountId, id: invitation.id } }, data: { state: 'ACCEPTED', acceptedAt: new Date(), acceptedById: user.id } });
      await this.audit.record(
        { accountId: invitation.accountId, actorUserId: user.id, action: 'invitation.accepted', targetType: 'invitation', targetId: invitation.id, data: { role: invitation.role, customRoleId: invitation.customRoleId } },
        tx,
      );
      return { user, account: invitation.account };
    });
  }

  private async findUsable(accountId: string, tokenHash: string) {
    const invitation = await this.db.invitation.findFirst({
      where: { accountId, tokenHash },
      include: {
        account: { select: { id: true, name: true, kind: true } },
        invitedBy: { select: { name: true, email: true } },
        customRole: { select: { id: true, name: true } },
      },
    });
    if (!invitation) throw notFound();
    this.assertUsable(invitation);
    return invitation;
  }

  private assertUsable(invitation: { state: string; expiresAt: Date }): void {
    if (invitation.state === 'ACCEPTED') throw gone('was already accepted');
    if (invitation.state === 'REVOKED') throw gone('was revoked or replaced by a newer one');
    if (invitation.state === 'EXPIRED' || invitation.expiresAt <= new Date()) throw gone('has expired');
  }
}
