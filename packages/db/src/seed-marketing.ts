import type { Database } from './client.js';

const FIRST_NAMES = ['Ava', 'Ben', 'Chloe', 'Dev', 'Elena', 'Felix', 'Grace', 'Hugo', 'Iris', 'Jonah', 'Kira', 'Liam'];

/** A few contacts, two overlapping lists and a draft campaign, so every area has something to show. */
export async function seedDemoMarketing(db: Database, accountId: string, domain: string): Promise<void> {
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
}
