import type { Database } from './client.js';

const FIRST_NAMES = ['Ava', 'Ben', 'Chloe', 'Dev', 'Elena', 'Felix', 'Grace', 'Hugo', 'Iris', 'Jonah', 'Kira', 'Liam'];

/**
 * A few contacts, two overlapping lists, a draft campaign and a sent one, so every area has something
 * to show; with `archive`, the newsletter archive is on at that address and lists the sent campaign,
 * whose author is `sender`.
 */
export async function seedDemoMarketing(
  db: Database,
  accountId: string,
  domain: string,
  { sender, archive }: { sender?: { email: string }; archive?: string } = {},
): Promise<void> {
  const contacts = [];
  for (const [index, firstName] of FIRST_NAMES.entries()) {
    const email = `${firstName.toLowerCase()}@${domain}`;
    contacts.push(
      await db.contact.upsert({
        where: { accountId_emailKey: { accountId, emailKey: email } },
        create: { accountId, email, emailKey: email, firstName, lastName: 'Demo', status: index === 11 ? 'UNSUBSCRIBED' : 'SUBSCRIBED' },
        update: {},
      }),
    );
  }
  const lists = [];
  for (const [name, description, members] of [
    ['Newsletter', 'Everyone who signed up on the website', contacts],
    ['VIP customers', 'Bought more than three times', contacts.slice(0, 4)],
  ] as const) {
    const list = await db.contactList.upsert({
      where: { accountId_name: { accountId, name } },
      create: { accountId, name, description },
      update: {},
    });
    lists.push(list);
    await db.listMember.createMany({
      data: members.map((contact) => ({ accountId, listId: list.id, contactId: contact.id })),
      skipDuplicates: true,
    });
  }
  if ((await db.campaign.count({ where: { accountId } })) === 0) {
    await db.campaign.create({
      data: {
        accountId,
        name: 'Winter sale',
        subject: 'Our winter sale starts today',
        fromName: 'Demo Team',
        fromEmail: `news@${domain}`,
        bodyHtml: '<h1>Winter sale</h1><p>Everything 20% off until Sunday.</p>',
        bodyText: 'Winter sale: everything 20% off until Sunday.',
        lists: { create: lists.map((list) => ({ listId: list.id })) },
      },
    });
  }
  const author = sender && (await db.user.findFirst({ where: { email: sender.email } }));
  if (author && (await db.campaign.count({ where: { accountId, status: 'SENT' } })) === 0) {
    const sentAt = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    await db.archiveAuthor.upsert({
      where: { accountId_userId: { accountId, userId: author.id } },
      create: { accountId, userId: author.id, slug: (author.name ?? 'author').toLowerCase().replace(/[^a-z0-9]+/g, '-'), name: author.name ?? author.email },
      update: {},
    });
    await db.campaign.create({
      data: {
        accountId,
        name: 'Autumn recap',
        subject: 'What we did this autumn',
        fromName: 'Demo Team',
        fromEmail: `news@${domain}`,
        bodyHtml: '<h1>Autumn recap</h1><p>Three new products, one new shop, and thanks to all of you.</p>',
        status: 'SENT',
        sendStartedAt: sentAt,
        sentAt,
        recipientCount: contacts.length - 1,
        sentCount: contacts.length - 1,
        createdById: author.id,
        sentById: author.id,
        archiveSlug: 'what-we-did-this-autumn',
        lists: { create: [{ listId: lists[0]!.id }] },
      },
    });
  }
  if (archive) {
    await db.newsletterArchive.upsert({ where: { accountId }, create: { accountId, slug: archive, enabled: true }, update: {} });
  }
}
