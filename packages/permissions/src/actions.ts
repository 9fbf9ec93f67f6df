/** Every action id of DESIGN.md §3, in the order of the table. */
export const ACTIONS = [
  'users.manage',
  'users.view',
  'account.settings.manage',
  'business-profile.update',
  'billing.manage',
  'partner.accounts.view',
  'partner.resources.view',
  'partner.clients.create',
  'stores.manage',
  'automations.create',
  'automations.activate',
  'campaigns.create',
  'campaigns.delete',
  'campaigns.test-send',
  'campaigns.send',
  'campaigns.edit-published',
  'contacts.view',
  'contacts.add',
  'contacts.export',
  'contacts.delete',
  'lists.view',
  'lists.manage',
  'logos.manage',
  'purchases.make',
  'library.upload',
  'library.delete',
  'landing-pages.manage',
  'reports.view',
  'reports.details.view',
  'segments.create',
  'social.posts.create',
  'social.posts.publish',
  'social.comments.respond',
  'ads.google.manage',
  'ads.lookalike.create',
  'ads.meta.manage',
  'ads.lead.manage',
  'ads.meta.view',
  'ads.lead.view',
  'trials.start',
] as const;

export type Action = (typeof ACTIONS)[number];

const known: ReadonlySet<string> = new Set(ACTIONS);

export function isAction(x: string): x is Action {
  return known.has(x);
}
