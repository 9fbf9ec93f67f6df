import { ACTIONS, type Action } from '@partner-portal/permissions';

/** Every action id of the permission matrix in words, as the role editor shows it. */
export const ACTION_LABELS: Record<Action, string> = {
  'users.manage': 'Manage users, roles and list access',
  'users.view': 'See the team',
  'account.settings.manage': 'Change account settings',
  'business-profile.update': 'Update the business profile',
  'billing.manage': 'Manage billing',
  'partner.accounts.view': 'See client accounts',
  'partner.resources.view': 'See partner resources',
  'partner.clients.create': 'Create client accounts',
  'stores.manage': 'Manage stores',
  'automations.create': 'Create and edit automations',
  'automations.activate': 'Activate and pause automations',
  'campaigns.create': 'Create and edit campaigns',
  'campaigns.delete': 'Delete campaigns',
  'campaigns.test-send': 'Send test emails',
  'campaigns.send': 'Send and schedule campaigns',
  'campaigns.edit-published': 'Edit scheduled or sent campaigns',
  'contacts.view': 'See contacts',
  'contacts.add': 'Add, edit and import contacts',
  'contacts.export': 'Export contacts',
  'contacts.delete': 'Delete contacts',
  'lists.view': 'See lists (names and sizes)',
  'lists.manage': 'Create, edit and delete lists',
  'logos.manage': 'Manage logos',
  'purchases.make': 'Make purchases',
  'library.upload': 'Upload to the library',
  'library.delete': 'Delete from the library',
  'landing-pages.manage': 'Build and publish landing pages',
  'reports.view': 'See campaign reports',
  'reports.details.view': 'See per-recipient report details',
  'segments.create': 'Create and edit segments',
  'social.posts.create': 'Write social posts',
  'social.posts.publish': 'Publish social posts',
  'social.comments.respond': 'Respond to social comments',
  'ads.google.manage': 'Manage Google ads',
  'ads.lookalike.create': 'Create lookalike audiences',
  'ads.meta.manage': 'Manage Meta ads',
  'ads.lead.manage': 'Manage lead ads',
  'ads.meta.view': 'See Meta ads',
  'ads.lead.view': 'See lead ads',
  'trials.start': 'Start trials',
};

/** The area an action id belongs to, from its prefix; a few small prefixes join a neighbour. */
const AREA_OF_PREFIX: Record<string, string> = {
  users: 'Users',
  account: 'Account',
  'business-profile': 'Account',
  billing: 'Billing',
  purchases: 'Billing',
  partner: 'Partner',
  stores: 'Stores',
  automations: 'Automations',
  campaigns: 'Campaigns',
  contacts: 'Contacts',
  lists: 'Lists',
  segments: 'Segments',
  logos: 'Library',
  library: 'Library',
  'landing-pages': 'Landing pages',
  reports: 'Reports',
  social: 'Social',
  ads: 'Ads',
  trials: 'Trials',
};

export function areaOf(action: Action): string {
  const prefix = action.split('.')[0]!;
  return AREA_OF_PREFIX[prefix] ?? prefix.charAt(0).toUpperCase() + prefix.slice(1).replace(/-/g, ' ');
}

export interface ActionArea {
  area: string;
  actions: Action[];
}

/** Every action, grouped by area, areas in the order the matrix first names them. */
export const ACTION_AREAS: readonly ActionArea[] = ACTIONS.reduce<ActionArea[]>((areas, action) => {
  const area = areaOf(action);
  const found = areas.find((candidate) => candidate.area === area);
  if (found) found.actions.push(action);
  else areas.push({ area, actions: [action] });
  return areas;
}, []);

/** Actions in the matrix's order, so that a role's list compares equal however it was ticked. */
export function inMatrixOrder(actions: Iterable<string>): Action[] {
  const chosen = new Set(actions);
  return ACTIONS.filter((action) => chosen.has(action));
}
