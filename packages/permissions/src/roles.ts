export const ROLES = ['ACCOUNT_OWNER', 'ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR', 'PARTNER_MANAGER'] as const;

export type BuiltInRole = (typeof ROLES)[number];
