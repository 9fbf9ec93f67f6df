import { randomBytes } from 'node:crypto';
import type { Database } from '@partner-portal/db';
import { type BuiltInRole, can, type Grant, type Target } from '@partner-portal/permissions';
import type { RouteAccess } from '../access/route-access.decorator.js';
import { SessionsService } from '../auth/sessions.service.js';
import type { TestApp } from './api-harness.js';

type AccountKey = 'reseller' | 'referral' | 'singleBillClient' | 'directClient' | 'referralClient' | 'standalone';

interface AccountSpec {
  name: string;
  target: Target;
  partner?: AccountKey;
  people: Partial<Record<BuiltInRole, string>>;
}

/** Every relationship a caller can have to an account (DESIGN.md §3.1), in one small world. */
const WORLD: Record<AccountKey, AccountSpec> = {
  reseller: {
    name: 'Reseller Partner',
    target: { kind: 'PARTNER', partnerProgram: 'RESELLER' },
    people: { ACCOUNT_OWNER: 'resellerOwner', PARTNER_MANAGER: 'resellerPm', ACCOUNT_MANAGER: 'resellerAm', CAMPAIGN_CREATOR: 'resellerCc' },
  },
  referral: {
    name: 'Referral Partner',
    target: { kind: 'PARTNER', partnerProgram: 'REFERRAL' },
    people: { ACCOUNT_OWNER: 'referralOwner', PARTNER_MANAGER: 'referralPm' },
  },
  singleBillClient: {
    name: 'Single Bill Client',
    target: { kind: 'CLIENT', billingMode: 'SINGLE_BILL' },
    partner: 'reseller',
    people: { ACCOUNT_OWNER: 'sbOwner', ACCOUNT_MANAGER: 'sbAm', CAMPAIGN_CREATOR: 'sbCc' },
  },
  directClient: {
    name: 'Direct Client',
    target: { kind: 'CLIENT', billingMode: 'DIRECT' },
    partner: 'reseller',
    people: { ACCOUNT_OWNER: 'directOwner', ACCOUNT_MANAGER: 'directAm', CAMPAIGN_CREATOR: 'directCc' },
  },
  referralClient: {
    name: 'Referral Client',
    target: { kind: 'CLIENT', billingMode: 'DIRECT' },
    partner: 'referral',
    people: { ACCOUNT_OWNER: 'referralClientOwner' },
  },
  standalone: {
    name: 'Standalone',
    target: { kind: 'STANDALONE' },
    people: { ACCOUNT_OWNER: 'soloOwner', ACCOUNT_MANAGER: 'soloAm', CAMPAIGN_CREATOR: 'soloCc' },
  },
};

export type ListLevel = 'VIEW' | 'SEND' | 'MANAGE';

export interface RestrictedMember {
  key: string;
  role: BuiltInRole;
  /** Its level on the "granted" list; null: restricted to no list at all. */
  level: ListLevel | null;
}

/**
 * Members of the standalone account restricted to chosen lists: an Account Manager at each level on
 * the granted list, one restricted to no list, and a Campaign Creator whose VIEW its role cannot use.
 */
const RESTRICTED_MEMBERS: RestrictedMember[] = [
  { key: 'soloAmView', role: 'ACCOUNT_MANAGER', level: 'VIEW' },
  { key: 'soloAmSend', role: 'ACCOUNT_MANAGER', level: 'SEND' },
  { key: 'soloAmManage', role: 'ACCOUNT_MANAGER', level: 'MANAGE' },
  { key: 'soloAmNoList', role: 'ACCOUNT_MANAGER', level: null },
  { key: 'soloCcView', role: 'CAMPAIGN_CREATOR', level: 'VIEW' },
];

/** The lists, contacts and records of the standalone account the restricted members are tested against. */
export interface ListAccessFixtures {
  members: RestrictedMember[];
  lists: { granted: string; hidden: string };
  /** On the granted list only, on the hidden list only, on both, on none. */
  contacts: { granted: string; hidden: string; both: string; none: string };
  /** A segment every contact matches. */
  segment: string;
  /** Sent to both lists: one recipient per contact on either. */
  campaign: string;
}

export interface FixtureAccount {
  key: AccountKey;
  id: string;
  target: Target;
}

export interface FixtureCaller {
  key: string;
  userId: string;
  token: string;
}

export interface FixtureWorld {
  accounts: FixtureAccount[];
  callers: FixtureCaller[];
  account(key: AccountKey): FixtureAccount;
  caller(key: string): FixtureCaller;
  /** The grants a caller holds in an account, derived from the world's definition, not from the API. */
  grantsOf(callerKey: string, accountKey: AccountKey): Grant[];
  /** Only with `{ listAccess: true }`: restricted members of the standalone account, and what they are tested against. */
  listAccess?: ListAccessFixtures;
  /** The restriction of a caller (in the standalone account), if it is one of the restricted members. */
  restrictionOf(callerKey: string): RestrictedMember | undefined;
}

const ACTS_THROUGH_PARTNER: BuiltInRole[] = ['ACCOUNT_OWNER', 'PARTNER_MANAGER'];

export async function createFixtureWorld(t: TestApp, options: { listAccess?: boolean } = {}): Promise<FixtureWorld> {
  const db = t.ownerDb;
  const sessions = t.app.get(SessionsService);
  const tag = randomBytes(3).toString('hex');
  const ids = new Map<AccountKey, string>();

  for (const key of ['reseller', 'referral', 'standalone', 'singleBillClient', 'directClient', 'referralClient'] as AccountKey[]) {
    const spec = WORLD[key];
    const account = await db.account.create({
      data: {
        kind: spec.target.kind,
        name: `${spec.name} ${tag}`,
        partnerProgram: spec.target.partnerProgram ?? null,
        billingMode: spec.target.billingMode ?? null,
        partnerId: spec.partner ? ids.get(spec.partner)! : null,
      },
    });
    ids.set(key, account.id);
  }

  const callerKeys = [...new Set(Object.values(WORLD).flatMap((spec) => Object.values(spec.people))), 'stranger'];
  const callers: FixtureCaller[] = [];
  for (const key of callerKeys) {
    const email = `${key.toLowerCase()}-${tag}@world.test`;
    const user = await db.user.create({ data: { username: email, email, passwordHash: 'not-used-in-this-world' } });
    for (const [accountKey, spec] of Object.entries(WORLD) as [AccountKey, AccountSpec][]) {
      for (const [role, person] of Object.entries(spec.people) as [BuiltInRole, string][]) {
        if (person === key) await db.membership.create({ data: { accountId: ids.get(accountKey)!, userId: user.id, role } });
      }
    }
    const { accessToken } = await sessions.open(user.id, {});
    callers.push({ key, userId: user.id, token: accessToken });
  }

  const restricted = options.listAccess ? RESTRICTED_MEMBERS : [];
  const listAccess = options.listAccess ? await createListAccessFixtures(db, ids.get('standalone')!, tag) : undefined;
  for (const member of restricted) {
    const email = `${member.key.toLowerCase()}-${tag}@world.test`;
    const accountId = ids.get('standalone')!;
    const user = await db.user.create({ data: { username: email, email, passwordHash: 'not-used-in-this-world' } });
    await db.membership.create({ data: { accountId, userId: user.id, role: member.role, listRestricted: true } });
    if (member.level) await db.listAccess.create({ data: { accountId, userId: user.id, listId: listAccess!.lists.granted, level: member.level } });
    const { accessToken } = await sessions.open(user.id, {});
    callers.push({ key: member.key, userId: user.id, token: accessToken });
  }

  const accounts = (Object.keys(WORLD) as AccountKey[]).map((key) => ({ key, id: ids.get(key)!, target: WORLD[key].target }));
  const restrictionOf = (callerKey: string) => restricted.find((member) => member.key === callerKey);
  return {
    accounts,
    callers,
    account: (key) => accounts.find((a) => a.key === key)!,
    caller: (key) => callers.find((c) => c.key === key)!,
    ...(listAccess ? { listAccess: { ...listAccess, members: restricted } } : {}),
    restrictionOf,
    grantsOf(callerKey, accountKey) {
      const spec = WORLD[accountKey];
      const grants: Grant[] = [];
      const restriction = restrictionOf(callerKey);
      if (restriction) return accountKey === 'standalone' ? [{ role: restriction.role, via: 'MEMBER' }] : [];
      for (const [role, person] of Object.entries(spec.people) as [BuiltInRole, string][]) {
        if (person === callerKey) grants.push({ role, via: 'MEMBER' });
      }
      if (spec.partner) {
        for (const [role, person] of Object.entries(WORLD[spec.partner].people) as [BuiltInRole, string][]) {
          if (person === callerKey && ACTS_THROUGH_PARTNER.includes(role)) grants.push({ role, via: 'PARTNER' });
        }
      }
      return grants;
    },
  };
}

/** Two lists and four contacts (on the granted list, the hidden one, both, none), a segment of them all, and a campaign sent to both lists. */
async function createListAccessFixtures(db: Database, accountId: string, tag: string): Promise<Omit<ListAccessFixtures, 'members'>> {
  const list = (name: string) => db.contactList.create({ data: { accountId, name: `${name} ${tag}` } }).then((row) => row.id);
  const lists = { granted: await list('Granted'), hidden: await list('Hidden') };
  const contacts = { granted: '', hidden: '', both: '', none: '' };
  for (const key of Object.keys(contacts) as (keyof typeof contacts)[]) {
    const email = `${key}-${tag}@contacts.test`;
    const contact = await db.contact.create({ data: { accountId, email, emailKey: email } });
    contacts[key] = contact.id;
    const on = { granted: [lists.granted], hidden: [lists.hidden], both: [lists.granted, lists.hidden], none: [] }[key];
    for (const listId of on) await db.listMember.create({ data: { accountId, listId, contactId: contact.id } });
  }
  const segment = await db.segment.create({ data: { accountId, name: `Everyone ${tag}`, rules: { match: 'all', rules: [] } } });
  const recipients = [contacts.granted, contacts.hidden, contacts.both];
  const campaign = await db.campaign.create({
    data: {
      accountId,
      name: `Sent to both ${tag}`,
      subject: 'Hello',
      fromName: 'Solo',
      fromEmail: 'solo@solo.test',
      bodyHtml: '<p>Hello</p>',
      status: 'SENT',
      sentAt: new Date(),
      recipientCount: recipients.length,
      sentCount: recipients.length,
    },
  });
  await db.campaignList.createMany({ data: [lists.granted, lists.hidden].map((listId) => ({ accountId, campaignId: campaign.id, listId })) });
  const emails = await db.contact.findMany({ where: { id: { in: recipients } }, select: { id: true, email: true } });
  await db.campaignRecipient.createMany({
    data: emails.map((contact) => ({ accountId, campaignId: campaign.id, contactId: contact.id, email: contact.email, status: 'SENT' as const, sentAt: new Date() })),
  });
  return { lists, contacts, segment: segment.id, campaign: campaign.id };
}

/** The first caller of the world, with an account where it may, that a route declaring `access` lets through. */
export function firstAllowed(world: FixtureWorld, access: RouteAccess): { account: FixtureAccount; caller: FixtureCaller } | undefined {
  for (const account of world.accounts) {
    for (const caller of world.callers) {
      const grants = world.grantsOf(caller.key, account.key);
      if (grants.length > 0 && (access === 'account' || grants.some((grant) => can(grant, access as never, account.target)))) return { account, caller };
    }
  }
  return undefined;
}
