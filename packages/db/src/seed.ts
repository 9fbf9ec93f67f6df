import type { Database } from './client.js';
import type { BillingMode, PartnerProgram, Plan, Role } from './generated/prisma/enums.js';
import { hashPassword } from './passwords.js';
import { seedDemoMarketing } from './seed-marketing.js';
import { toUsername } from './usernames.js';

export const DEMO_PASSWORD = 'partner-portal-demo';

// Fixed ids keep the demo the same on every run and make the seed idempotent.
const IDS = {
  agency: '00000000-0000-4000-8000-00000000a001',
  clientOne: '00000000-0000-4000-8000-00000000c001',
  clientTwo: '00000000-0000-4000-8000-00000000c002',
  solo: '00000000-0000-4000-8000-00000000b001',
} as const;

interface DemoAccount {
  id: string;
  name: string;
  kind: 'STANDALONE' | 'PARTNER' | 'CLIENT';
  partnerProgram?: PartnerProgram;
  billingMode?: BillingMode;
  partnerId?: string;
  plan: Plan;
  people: { email: string; name: string; role: Role }[];
  charges: { id: string; description: string; amountCents: number; on: string; kind?: 'SUBSCRIPTION' | 'PURCHASE' }[];
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: IDS.agency,
    name: 'Green Acres Agency',
    kind: 'PARTNER',
    partnerProgram: 'RESELLER',
    plan: 'PREMIUM',
    charges: [{ id: '00000000-0000-4000-8000-0000000ca001', description: 'Premium plan, November 2026', amountCents: 8000, on: '2026-11-01' }],
    people: [
      { email: 'owner@agency.example', name: 'Olivia Owner', role: 'ACCOUNT_OWNER' },
      { email: 'pm@agency.example', name: 'Parker Manager', role: 'PARTNER_MANAGER' },
    ],
  },
  {
    id: IDS.clientOne,
    name: 'Client One',
    kind: 'CLIENT',
    billingMode: 'SINGLE_BILL',
    partnerId: IDS.agency,
    plan: 'STANDARD',
    charges: [{ id: '00000000-0000-4000-8000-0000000cc001', description: 'Standard plan, November 2026', amountCents: 3500, on: '2026-11-01' }],
    people: [
      { email: 'owner@client-one.example', name: 'Casey Client', role: 'ACCOUNT_OWNER' },
      { email: 'cc@client-one.example', name: 'Cam Creator', role: 'CAMPAIGN_CREATOR' },
    ],
  },
  {
    id: IDS.clientTwo,
    name: 'Client Two',
    kind: 'CLIENT',
    billingMode: 'DIRECT',
    partnerId: IDS.agency,
    plan: 'LITE',
    charges: [{ id: '00000000-0000-4000-8000-0000000cc002', description: 'Lite plan, November 2026', amountCents: 1200, on: '2026-11-01' }],
    people: [{ email: 'owner@client-two.example', name: 'Dana Direct', role: 'ACCOUNT_OWNER' }],
  },
  {
    id: IDS.solo,
    name: 'Solo Studio',
    kind: 'STANDALONE',
    plan: 'STANDARD',
    charges: [
      { id: '00000000-0000-4000-8000-0000000cb001', description: 'Standard plan, November 2026', amountCents: 3500, on: '2026-11-01' },
      { id: '00000000-0000-4000-8000-0000000cb002', description: 'Stock images (5)', amountCents: 1000, on: '2026-11-12', kind: 'PURCHASE' },
    ],
    people: [{ email: 'owner@solo.example', name: 'Sam Solo', role: 'ACCOUNT_OWNER' }],
  },
];

/** The Resources tab's library, shared by every reseller partner. */
export const PARTNER_RESOURCES = [
  { category: 'Getting started', title: 'Reseller program guide', description: 'How Single Bill and direct billing work, and how to onboard a client.', url: 'https://example.com/partners/guide' },
  { category: 'Getting started', title: 'Client onboarding checklist', description: 'The ten steps from signed contract to first campaign.', url: 'https://example.com/partners/onboarding' },
  { category: 'Sales', title: 'Pitch deck', description: 'Slides to present email marketing to prospective clients.', url: 'https://example.com/partners/pitch-deck' },
  { category: 'Sales', title: 'Pricing sheet for resellers', description: 'Wholesale prices per plan and the suggested retail prices.', url: 'https://example.com/partners/pricing' },
  { category: 'Marketing', title: 'Co-branded email templates', description: 'Templates with space for your agency logo beside the client\'s.', url: 'https://example.com/partners/templates' },
  { category: 'Training', title: 'Partner certification course', description: 'Six short lessons; certified partners are listed in the partner directory.', url: 'https://example.com/partners/certification' },
] as const;

export const DEMO_LOGINS = DEMO_ACCOUNTS.flatMap((account) =>
  account.people.map((person) => ({ email: person.email, role: person.role, account: account.name })),
);

/** Creates the demo world; running it again changes nothing. Refuses to run in production. */
export async function seedDemoData(db: Database, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.NODE_ENV === 'production') {
    throw new Error('The demo data is never seeded when NODE_ENV=production');
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const resource of PARTNER_RESOURCES) {
    await db.partnerResource.upsert({
      where: { category_title: { category: resource.category, title: resource.title } },
      create: resource,
      update: {},
    });
  }
  for (const account of DEMO_ACCOUNTS) {
    const { people, charges, ...fields } = account;
    await db.account.upsert({ where: { id: account.id }, create: fields, update: {} });
    for (const charge of charges) {
      await db.charge.upsert({
        where: { accountId_id: { accountId: account.id, id: charge.id } },
        create: { id: charge.id, accountId: account.id, kind: charge.kind ?? 'SUBSCRIPTION', description: charge.description, amountCents: charge.amountCents, createdAt: new Date(charge.on) },
        update: {},
      });
    }
    for (const person of people) {
      const user = await db.user.upsert({
        where: { username: toUsername(person.email) },
        create: { username: toUsername(person.email), email: person.email, name: person.name, passwordHash, emailVerifiedAt: new Date() },
        update: {},
      });
      await db.membership.upsert({
        where: { accountId_userId: { accountId: account.id, userId: user.id } },
        create: { accountId: account.id, userId: user.id, role: person.role },
        update: {},
      });
    }
  }
  await seedDemoMarketing(db, IDS.clientOne, 'client-one.example', { sender: { email: 'owner@client-one.example' }, archive: 'client-one' });
  await seedDemoMarketing(db, IDS.solo, 'solo.example', { sender: { email: 'owner@solo.example' } });
}
