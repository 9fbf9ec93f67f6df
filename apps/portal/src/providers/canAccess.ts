import type { Schemas } from '@partner-portal/api-client';
import { type Action, can, type Grant, isCustomGrant, type Target } from '@partner-portal/permissions';
import type { Me, OpenAccount } from './me';

export interface AccessRequest {
  resource: string;
  action: string;
}

/**
 * Which action of the permission matrix (DESIGN.md §3) each page or button of a resource needs.
 * Anything not listed is denied.
 */
const RESOURCE_ACTIONS: Record<string, Record<string, Action>> = {
  clients: { list: 'partner.accounts.view', create: 'partner.clients.create' },
  resources: { list: 'partner.resources.view' },
  users: {
    list: 'users.view',
    create: 'users.manage',
    edit: 'users.manage',
    delete: 'users.manage',
    resend: 'users.manage',
    revoke: 'users.manage',
    'list-access': 'users.manage',
  },
  roles: { list: 'users.view', show: 'users.view', create: 'users.manage', edit: 'users.manage', delete: 'users.manage' },
  contacts: { list: 'contacts.view', show: 'contacts.view', create: 'contacts.add', edit: 'contacts.add', import: 'contacts.add', export: 'contacts.export', delete: 'contacts.delete' },
  lists: { list: 'lists.view', show: 'lists.view', create: 'lists.manage', edit: 'lists.manage', delete: 'lists.manage', members: 'contacts.view' },
  'list-members': { list: 'contacts.view', add: 'lists.manage', remove: 'lists.manage' },
  segments: { list: 'lists.view', create: 'segments.create', edit: 'segments.create', delete: 'segments.create', rules: 'segments.create', contacts: 'contacts.view' },
  campaigns: {
    list: 'campaigns.create',
    create: 'campaigns.create',
    edit: 'campaigns.create',
    'edit-published': 'campaigns.edit-published',
    delete: 'campaigns.delete',
    'test-send': 'campaigns.test-send',
    send: 'campaigns.send',
    show: 'reports.view',
    report: 'reports.view',
    recipients: 'reports.details.view',
  },
  'campaign-recipients': { list: 'reports.details.view' },
  automations: { list: 'automations.create', create: 'automations.create', edit: 'automations.create', activate: 'automations.activate', delete: 'automations.activate' },
  library: { list: 'library.upload', create: 'library.upload', edit: 'library.upload', delete: 'library.delete' },
  logos: { list: 'logos.manage', create: 'logos.manage', edit: 'logos.manage', delete: 'logos.manage' },
  'landing-pages': { list: 'landing-pages.manage', create: 'landing-pages.manage', edit: 'landing-pages.manage', publish: 'landing-pages.manage', delete: 'landing-pages.manage' },
  'social-posts': { list: 'social.posts.create', create: 'social.posts.create', edit: 'social.posts.create', publish: 'social.posts.publish', delete: 'social.posts.publish' },
  'ads-google': { list: 'ads.google.manage', create: 'ads.google.manage', edit: 'ads.google.manage', publish: 'ads.google.manage', delete: 'ads.google.manage' },
  'ads-meta': { list: 'ads.meta.view', create: 'ads.meta.manage', edit: 'ads.meta.manage', publish: 'ads.meta.manage', delete: 'ads.meta.manage' },
  'ads-lead': { list: 'ads.lead.view', create: 'ads.lead.manage', edit: 'ads.lead.manage', publish: 'ads.lead.manage', delete: 'ads.lead.manage' },
  lookalikes: { list: 'ads.meta.view', create: 'ads.lookalike.create', delete: 'ads.lookalike.create' },
  stores: { list: 'stores.manage', create: 'stores.manage', edit: 'stores.manage', publish: 'stores.manage', delete: 'stores.manage' },
  purchases: { list: 'purchases.make', create: 'purchases.make' },
  trials: { list: 'trials.start', create: 'trials.start' },
  settings: { list: 'account.settings.manage', edit: 'account.settings.manage' },
  archive: { list: 'account.settings.manage', edit: 'account.settings.manage' },
  'business-profile': { list: 'business-profile.update', edit: 'business-profile.update' },
  billing: { list: 'billing.manage' },
  'single-bill': { list: 'billing.manage' },
  audit: { list: 'users.manage' },
};

/**
 * A grant as the API describes it, as the shared matrix takes it. A custom role counts only as a
 * member's, with its actions; anything else the matrix does not know denies.
 */
export function grantOf(grant: Schemas['GrantDto']): Grant | null {
  if (grant.role !== 'CUSTOM') return { role: grant.role, via: grant.via };
  return isCustomGrant(grant) ? grant : null;
}

/** The caller's grant in the current account and that account as a permission target. */
export function currentGrant(me: Me | null, opened: OpenAccount | null, accountId: string | null): { grant: Grant; target: Target } | null {
  if (!me || !accountId) return null;
  const account = opened?.id === accountId ? opened : me.accounts.find((candidate) => candidate.id === accountId);
  const grant = account && grantOf(account.grant);
  return account && grant ? { grant, target: targetOf(account) } : null;
}

/** An account as a permission target: what `can()` tells apart (kind, partner program, billing mode). */
export function targetOf(account: Pick<OpenAccount, 'kind' | 'partnerProgram' | 'billingMode'>): Target {
  return {
    kind: account.kind,
    ...(account.partnerProgram ? { partnerProgram: account.partnerProgram } : {}),
    ...(account.billingMode ? { billingMode: account.billingMode } : {}),
  };
}

/**
 * Decides from the grants stored at sign-in and on each account switch, with no request: react-admin
 * asks before every page and many buttons. The decision is the shared `can()`; the API still enforces
 * every one of them.
 */
export function canAccess(me: Me | null, opened: OpenAccount | null, accountId: string | null, { resource, action }: AccessRequest): boolean {
  if (!me) return false;
  if (resource === 'dashboard') return true;
  const needed = RESOURCE_ACTIONS[resource]?.[action];
  if (!needed) return false;
  const current = currentGrant(me, opened, accountId);
  return current !== null && can(current.grant, needed, current.target);
}
