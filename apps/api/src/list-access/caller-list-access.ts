import { HttpStatus } from '@nestjs/common';
import type { ListAccessLevel } from '@partner-portal/db';
import { AppError } from '../common/app-error.js';

export type { ListAccessLevel };
export const LIST_ACCESS_LEVELS = ['VIEW', 'SEND', 'MANAGE'] as const satisfies readonly ListAccessLevel[];

// VIEW and SEND are side by side, not one above the other: MANAGE holds both.
const SEES_MEMBERS: ReadonlySet<ListAccessLevel> = new Set(['VIEW', 'MANAGE']);
const SENDS: ReadonlySet<ListAccessLevel> = new Set(['SEND', 'MANAGE']);

/**
 * What the caller may do with each list of the account. An unrestricted caller's role decides alone
 * (every answer is yes); a member restricted to chosen lists reaches only the lists of its ListAccess
 * rows, each at its level. Row-level security enforces the same in the database; this is how the API
 * answers clean 4xx codes before the database would refuse.
 */
export class CallerListAccess {
  static readonly UNRESTRICTED = new CallerListAccess(false, new Map());

  constructor(
    readonly restricted: boolean,
    private readonly levels: ReadonlyMap<string, ListAccessLevel>,
  ) {}

  /** A list's `access` field: the caller's level when it is restricted, null when its role decides alone. */
  levelOf(listId: string): ListAccessLevel | null {
    return this.restricted ? (this.levels.get(listId) ?? null) : null;
  }

  /** Its name and size. */
  seesList(listId: string): boolean {
    return !this.restricted || this.levels.has(listId);
  }

  seesMembers(listId: string): boolean {
    return !this.restricted || this.has(listId, SEES_MEMBERS);
  }

  sendsTo(listId: string): boolean {
    return !this.restricted || this.has(listId, SENDS);
  }

  /** Renames or deletes it, adds or removes its members. */
  manages(listId: string): boolean {
    return !this.restricted || this.levels.get(listId) === 'MANAGE';
  }

  private has(listId: string, levels: ReadonlySet<ListAccessLevel>): boolean {
    const level = this.levels.get(listId);
    return level !== undefined && levels.has(level);
  }
}

export const listMembersHidden = () =>
  new AppError(HttpStatus.FORBIDDEN, 'LIST_MEMBERS_HIDDEN', 'You may send to this list and see its name and size, but not its members.');

export const listAccessDenied = () =>
  new AppError(HttpStatus.FORBIDDEN, 'LIST_ACCESS_DENIED', 'Changing this list or its members needs MANAGE access to it.');

export const listRestricted = () =>
  new AppError(
    HttpStatus.FORBIDDEN,
    'LIST_RESTRICTED',
    'Your access is restricted to chosen lists: creating lists or contacts, importing contacts and changing list access are not open to you.',
  );

export const listNotSendable = (listIds: string[]) =>
  new AppError(
    HttpStatus.FORBIDDEN,
    'LIST_NOT_SENDABLE',
    'A campaign of yours may target only lists you hold at SEND or MANAGE.',
    {},
    { listIds },
  );
