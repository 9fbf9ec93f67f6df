import type { Action } from './actions.js';
import { cellOf } from './matrix.js';
import type { BuiltInRole } from './roles.js';
import type { CustomGrant } from './custom-roles.js';

export type BuiltInGrant = { role: BuiltInRole; via: 'MEMBER' | 'PARTNER' };

/** A built-in role held in the account or through its partner, or a custom role held in the account. */
export type Grant = BuiltInGrant | CustomGrant;

export type Target = {
  kind: 'STANDALONE' | 'PARTNER' | 'CLIENT';
  billingMode?: 'SINGLE_BILL' | 'DIRECT';
  partnerProgram?: 'RESELLER' | 'REFERRAL';
};

/** DESIGN.md §3.1, spelled out. `can()` answers from a table precomputed with this. */
export function decide({ role, via }: BuiltInGrant, action: Action, target: Target): boolean {
  if (action.startsWith('partner.')) {
    if (target.kind !== 'PARTNER') return false;
    if (action === 'partner.resources.view' && target.partnerProgram !== 'RESELLER') return false;
  }

  if (via === 'PARTNER') {
    if (target.kind !== 'CLIENT') return false;
    if (role !== 'PARTNER_MANAGER' && role !== 'ACCOUNT_OWNER') return false;
    return cellOf(action, 'PARTNER_MANAGER') !== 'no';
  }

  if (role === 'PARTNER_MANAGER' && target.kind !== 'PARTNER') return false;
  const cell = cellOf(action, role);
  if (cell === 'billing') return target.kind !== 'CLIENT' || target.billingMode === 'DIRECT';
  return cell === 'yes';
}
