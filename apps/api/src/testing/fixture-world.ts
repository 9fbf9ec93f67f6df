import { randomBytes } from 'node:crypto';
import type { Database } from '@partner-portal/db';
import type { BuiltInRole, Grant, Target } from '@partner-portal/permissions';
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
}

const ACTS_THROUGH_PARTNER: BuiltInRole[] = ['ACCOUNT_OWNER', 'PARTNER_MANAGER'];

export async function createFixtureWorld(t: TestApp): Promise<FixtureWorld> {
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

  const accounts = (Object.keys(WORLD) as AccountKey[]).map((key) => ({ key, id: ids.get(key)!, target: WORLD[key].target }));
  return {
    accounts,
    callers,
    account: (key) => accounts.find((a) => a.key === key)!,
    caller: (key) => callers.find((c) => c.key === key)!,
    grantsOf(callerKey, accountKey) {
      const spec = WORLD[accountKey];
      const grants: Grant[] = [];
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
