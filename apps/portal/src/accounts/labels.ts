import type { BuiltInRole } from '@partner-portal/permissions';
import type { MyAccount } from '../providers/me';

export const ROLE_LABELS: Record<BuiltInRole, string> = {
  ACCOUNT_OWNER: 'Account Owner',
  ACCOUNT_MANAGER: 'Account Manager',
  CAMPAIGN_CREATOR: 'Campaign Creator',
  PARTNER_MANAGER: 'Partner Manager',
};

const PROGRAM_LABELS = { RESELLER: 'Reseller', REFERRAL: 'Referral' } as const;

/** "Standalone", "Partner (Reseller)", "Client — managed by Green Acres Agency". */
export function kindLabel(account: Pick<MyAccount, 'kind' | 'partnerProgram' | 'partner'>): string {
  switch (account.kind) {
    case 'STANDALONE':
      return 'Standalone';
    case 'PARTNER':
      return account.partnerProgram ? `Partner (${PROGRAM_LABELS[account.partnerProgram]})` : 'Partner';
    case 'CLIENT':
      return account.partner ? `Client — managed by ${account.partner.name}` : 'Client';
  }
}

/** The caller's role in words (a custom role by its name); a role held through the managing partner says so. */
export function roleLabel({ grant, partner }: Pick<MyAccount, 'grant' | 'partner'>): string {
  const role = grant.role === 'CUSTOM' ? (grant.customRole?.name ?? 'Custom role') : ROLE_LABELS[grant.role];
  return grant.via === 'PARTNER' ? `${role}, through ${partner?.name ?? 'the partner'}` : role;
}

/** How the app bar names an account: "Client One — managed by Green Acres Agency". */
export function accountTitle(account: Pick<MyAccount, 'name' | 'kind' | 'partner'>): string {
  return account.kind === 'CLIENT' && account.partner ? `${account.name} — managed by ${account.partner.name}` : account.name;
}

export const BILLING_MODE_LABELS = { SINGLE_BILL: 'Single Bill', DIRECT: 'Direct' } as const;
