import type { Action } from './actions.js';
import type { BuiltInRole } from './roles.js';

/**
 * 'client': allowed only inside a client account of the partner ("client account only").
 * 'billing': the account owner's billing rule of §3.1.
 */
export type Cell = 'yes' | 'client' | 'no' | 'billing';

type Row = readonly [cc: Cell, am: Cell, ao: Cell, pm: Cell];

/** The columns of the rows below, in the design doc's order. */
export const COLUMNS = ['CAMPAIGN_CREATOR', 'ACCOUNT_MANAGER', 'ACCOUNT_OWNER', 'PARTNER_MANAGER'] as const;

// prettier-ignore
export const MATRIX = {
  //                           CC     AM     AO         PM
  'users.manage':             ['no',  'no',  'yes',     'client'],
  'users.view':               ['yes', 'yes', 'yes',     'client'],
  'account.settings.manage':  ['no',  'yes', 'yes',     'client'],
  'business-profile.update':  ['no',  'no',  'yes',     'client'],
  'billing.manage':           ['no',  'no',  'billing', 'yes'],
  'partner.accounts.view':    ['yes', 'yes', 'yes',     'yes'],
  'partner.resources.view':   ['yes', 'yes', 'yes',     'yes'],
  'partner.clients.create':   ['no',  'no',  'yes',     'yes'],
  'stores.manage':            ['no',  'yes', 'yes',     'client'],
  'automations.create':       ['yes', 'yes', 'yes',     'client'],
  'automations.activate':     ['no',  'yes', 'yes',     'client'],
  'campaigns.create':         ['yes', 'yes', 'yes',     'client'],
  'campaigns.delete':         ['no',  'yes', 'yes',     'client'],
  'campaigns.test-send':      ['yes', 'yes', 'yes',     'client'],
  'campaigns.send':           ['no',  'yes', 'yes',     'client'],
  'campaigns.edit-published': ['no',  'yes', 'yes',     'client'],
  'contacts.view':            ['no',  'yes', 'yes',     'client'],
  'contacts.add':             ['no',  'yes', 'yes',     'client'],
  'contacts.export':          ['no',  'yes', 'yes',     'client'],
  'contacts.delete':          ['no',  'yes', 'yes',     'client'],
  'lists.view':               ['yes', 'yes', 'yes',     'client'],
  'lists.manage':             ['no',  'yes', 'yes',     'client'],
  'logos.manage':             ['no',  'yes', 'yes',     'client'],
  'purchases.make':           ['no',  'no',  'yes',     'client'],
  'library.upload':           ['yes', 'yes', 'yes',     'client'],
  'library.delete':           ['no',  'yes', 'yes',     'client'],
  'landing-pages.manage':     ['yes', 'yes', 'yes',     'client'],
  'reports.view':             ['yes', 'yes', 'yes',     'client'],
  'reports.details.view':     ['no',  'yes', 'yes',     'client'],
  'segments.create':          ['no',  'yes', 'yes',     'client'],
  'social.posts.create':      ['yes', 'yes', 'yes',     'client'],
  'social.posts.publish':     ['no',  'yes', 'yes',     'client'],
  'social.comments.respond':  ['no',  'yes', 'yes',     'client'],
  'ads.google.manage':        ['no',  'yes', 'yes',     'client'],
  'ads.lookalike.create':     ['no',  'yes', 'yes',     'client'],
  'ads.meta.manage':          ['no',  'yes', 'yes',     'client'],
  'ads.lead.manage':          ['no',  'yes', 'yes',     'client'],
  'ads.meta.view':            ['yes', 'yes', 'yes',     'client'],
  'ads.lead.view':            ['yes', 'yes', 'yes',     'client'],
  'trials.start':             ['yes', 'yes', 'yes',     'client'],
} as const satisfies Record<Action, Row>;

export function cellOf(action: Action, role: BuiltInRole): Cell {
  return MATRIX[action][COLUMNS.indexOf(role)];
}
