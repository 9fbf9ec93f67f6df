import type { Prisma } from '@partner-portal/db';
import { SLUG_MAX, slugify } from '../content/slug.js';

type Tx = Prisma.TransactionClient;

/** `base`, or `base-2`, `base-3`, ... : the first of them not in `taken`. */
export function firstFree(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base.slice(0, SLUG_MAX - String(n).length - 1)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

const slugOr = (text: string, fallback: string) => slugify(text) || fallback;

/**
 * When a campaign is sent or scheduled: who sent it becomes its author in the newsletter archive, and
 * it gets its archive address, kept for good (a later edit of its subject does not move it). Two sends
 * of one account assign one after the other, so two campaigns never take the same address.
 */
export async function assignArchiveAddress(
  tx: Tx,
  campaign: { accountId: string; id: string; subject: string; archiveSlug: string | null },
  sender: { id: string; name: string | null; email: string },
): Promise<{ sentById: string; archiveSlug: string }> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`archive-addresses:${campaign.accountId}`}))`;
  const { accountId } = campaign;
  let archiveSlug = campaign.archiveSlug;
  if (!archiveSlug) {
    const base = slugOr(campaign.subject, 'campaign');
    const taken = await tx.campaign.findMany({ where: { accountId, archiveSlug: { startsWith: base } }, select: { archiveSlug: true } });
    archiveSlug = firstFree(base, new Set(taken.map((row) => row.archiveSlug!)));
  }
  const name = sender.name?.trim() || sender.email.split('@')[0]!;
  const author = await tx.archiveAuthor.findUnique({ where: { accountId_userId: { accountId, userId: sender.id } } });
  if (author) {
    if (author.name !== name) await tx.archiveAuthor.update({ where: { accountId_userId: { accountId, userId: sender.id } }, data: { name } });
  } else {
    const base = slugOr(name, 'author');
    const taken = await tx.archiveAuthor.findMany({ where: { accountId, slug: { startsWith: base } }, select: { slug: true } });
    await tx.archiveAuthor.create({ data: { accountId, userId: sender.id, name, slug: firstFree(base, new Set(taken.map((row) => row.slug))) } });
  }
  return { sentById: sender.id, archiveSlug };
}
