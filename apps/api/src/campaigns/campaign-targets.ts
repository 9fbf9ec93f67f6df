import { type CallerListAccess, listNotSendable } from '../list-access/caller-list-access.js';
import { unknownLists } from './campaigns.repository.js';

/**
 * The lists a campaign of the caller may go to: for a member restricted to chosen lists, only those it
 * holds at SEND or MANAGE. A list it names but cannot see at all is unknown (400 UNKNOWN_LIST, as for a
 * list of no account); any other list below SEND, named or already on the campaign and kept there, is
 * 403 LIST_NOT_SENDABLE. Unrestricted callers pass.
 */
export function assertSendable(access: CallerListAccess, lists: { named?: readonly string[]; kept?: readonly string[] }): void {
  const named = lists.named ?? [];
  const unseen = named.filter((id) => !access.seesList(id));
  if (unseen.length > 0) throw unknownLists(unseen);
  const below = [...new Set([...named, ...(lists.kept ?? [])])].filter((id) => !access.sendsTo(id));
  if (below.length > 0) throw listNotSendable(below);
}
