import { HttpStatus } from '@nestjs/common';
import type { Prisma } from '@partner-portal/db';
import { ACTIONS, grantableActions, isAction, NEVER_IN_CUSTOM_ROLES } from '@partner-portal/permissions';
import type { AccountContext } from '../access/account-context.js';
import { AppError } from '../common/app-error.js';
import { notFound } from '../common/id-param.js';

type Tx = Prisma.TransactionClient;

export const ROLE_NOT_FOUND: [string, string] = ['ROLE_NOT_FOUND', 'custom role'];

export const roleNotFound = () => notFound(...ROLE_NOT_FOUND);

/** The role's actions in the matrix's order, whatever order they were sent in. */
export function inMatrixOrder(actions: readonly string[]): string[] {
  const wanted = new Set(actions);
  return ACTIONS.filter((action) => wanted.has(action));
}

/**
 * A custom role may hold only what the caller itself holds in this account, and never users.manage:
 * the same rule for composing a role and for handing one to someone.
 */
export function assertWithinCallersGrants(context: AccountContext, actions: readonly string[]): void {
  const grantable: ReadonlySet<string> = new Set(grantableActions(context.grants, context.target));
  const beyond = actions.filter((action) => !grantable.has(action));
  if (beyond.length === 0) return;
  const never = beyond.filter((action) => isAction(action) && NEVER_IN_CUSTOM_ROLES.includes(action));
  const why = never.length > 0 ? ` (${never.join(', ')} is never part of a custom role)` : '';
  throw new AppError(
    HttpStatus.FORBIDDEN,
    'ROLE_EXCEEDS_YOURS',
    `A custom role can only grant what you may do in this account yourself; you do not hold: ${beyond.join(', ')}${why}.`,
    {},
    { actions: beyond },
  );
}

/** A custom role of this account, to give to someone (404 ROLE_NOT_FOUND otherwise). */
export async function findCustomRole(tx: Tx, accountId: string, roleId: string) {
  const role = await tx.customRole.findFirst({ where: { accountId, id: roleId }, select: { id: true, name: true, actions: true } });
  if (!role) throw roleNotFound();
  return role;
}

export function isForeignKeyViolation(error: unknown): boolean {
  return error instanceof Error && error.name === 'PrismaClientKnownRequestError' && (error as { code?: string }).code === 'P2003';
}

/** A person gets either a built-in role or a custom one: exactly one of the two fields. */
export function oneRoleOf<Role extends string>(body: { role?: Role; customRoleId?: string }): { role: Role } | { customRoleId: string } {
  if ((body.role === undefined) === (body.customRoleId === undefined)) {
    throw new AppError(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', 'Send either role (a built-in role) or customRoleId (a custom role), not both.');
  }
  return body.role !== undefined ? { role: body.role } : { customRoleId: body.customRoleId! };
}

/** What a member or an invitation holding a custom role keeps in its built-in role column. */
export const CUSTOM_ROLE_BASE = 'CAMPAIGN_CREATOR' as const;
