import { applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiExtension } from '@nestjs/swagger';

/** What a restricted member needs on the route's `:listId` list beyond seeing it (any level): its members (VIEW or MANAGE), or MANAGE. */
export type ListNeed = 'members' | 'manage';

export const LIST_NEED = Reflector.createDecorator<ListNeed>();
export const UNRESTRICTED_ONLY = Reflector.createDecorator<boolean>();

/** The value every OpenAPI operation that restricted members reach differently carries as `x-list-access`. */
const LIST_ACCESS_EXTENSION = 'x-list-access';

export const NeedsListLevel = (need: ListNeed) =>
  applyDecorators(
    LIST_NEED(need),
    ApiExtension(
      LIST_ACCESS_EXTENSION,
      need === 'members'
        ? 'A member restricted to chosen lists needs VIEW or MANAGE on the list: 403 LIST_MEMBERS_HIDDEN at SEND'
        : 'A member restricted to chosen lists needs MANAGE on the list: 403 LIST_ACCESS_DENIED otherwise',
    ),
  );

/** A route that creates lists or contacts, or changes list access: never for a member restricted to chosen lists. */
export const NotForRestrictedMembers = () =>
  applyDecorators(UNRESTRICTED_ONLY(true), ApiExtension(LIST_ACCESS_EXTENSION, 'Not for a member restricted to chosen lists: 403 LIST_RESTRICTED'));
