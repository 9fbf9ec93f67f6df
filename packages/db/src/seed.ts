import type { Database } from './client.js';
import type { BillingMode, PartnerProgram, Role } from './generated/prisma/enums.js';
import { hashPassword } from './passwords.js';
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
  people: { email: string; name: string; role: Role }[];
}

const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: IDS.agency,
    name: 'Green Acres Agency',
    kind: 'PARTNER',
    partnerProgram: 'RESELLER',
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
    people: [{ email: 'owner@client-two.example', name: 'Dana Direct', role: 'ACCOUNT_OWNER' }],
  },
  {
    id: IDS.solo,
    name: 'Solo Studio',
    kind: 'STANDALONE',
    people: [{ email: 'owner@solo.example', name: 'Sam Solo', role: 'ACCOUNT_OWNER' }],
  },
];

export const DEMO_LOGINS = DEMO_ACCOUNTS.flatMap((account) =>
  account.people.map((person) => ({ email: person.email, role: person.role, account: account.name })),
);

/** Creates the demo world; running it again changes nothing. Refuses to run in production. */
export async function seedDemoData(db: Database, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.NODE_ENV === 'production') {
    throw new Error('The demo data is never seeded when NODE_ENV=production');
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const { people, ...fields } = account;
    await db.account.upsert({ where: { id: account.id }, create: fields, update: {} });
    for (const person of people) {
      const user = await db.user.upsert({
        where: { username: toUsername(person.email) },
        create: { username: toUsername(person.email), email: person.email, name: person.name, passwordHash },
        update: {},
      });
      await db.membership.upsert({
        where: { accountId_userId: { accountId: account.id, userId: user.id } },
        create: { accountId: account.id, userId: user.id, role: person.role },
        update: {},
      });
    }
  }
}
