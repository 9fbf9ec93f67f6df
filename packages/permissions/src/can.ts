import { ACTIONS, type Action } from './actions.js';
import { ROLES } from './roles.js';
import { decide, type Grant, type Target } from './rules.js';

const GRANTS: readonly Grant[] = ROLES.flatMap((role) => [
  { role, via: 'MEMBER' as const },
  { role, via: 'PARTNER' as const },
]);

/** Every target decide() can tell apart. */
const TARGETS: readonly Target[] = [
  { kind: 'STANDALONE' },
  { kind: 'PARTNER', partnerProgram: 'RESELLER' },
  { kind: 'PARTNER', partnerProgram: 'REFERRAL' },
  { kind: 'PARTNER' },
  { kind: 'CLIENT', billingMode: 'SINGLE_BILL' },
  { kind: 'CLIENT', billingMode: 'DIRECT' },
  { kind: 'CLIENT' },
];

/** 0..7 for a known grant, -1 otherwise. */
function grantIndex(grant: Grant): number {
  const via = grant.via === 'MEMBER' ? 0 : grant.via === 'PARTNER' ? 1 : -1;
  if (via < 0) return -1;
  switch (grant.role) {
    case 'ACCOUNT_OWNER':
      return via;
    case 'ACCOUNT_MANAGER':
      return 2 + via;
    case 'CAMPAIGN_CREATOR':
      return 4 + via;
    case 'PARTNER_MANAGER':
      return 6 + via;
    default:
      return -1;
  }
}

/** 0..6 for a known account kind, -1 otherwise. */
function targetIndex(target: Target): number {
  switch (target.kind) {
    case 'STANDALONE':
      return 0;
    case 'PARTNER':
      return target.partnerProgram === 'RESELLER' ? 1 : target.partnerProgram === 'REFERRAL' ? 2 : 3;
    case 'CLIENT':
      return target.billingMode === 'SINGLE_BILL' ? 4 : target.billingMode === 'DIRECT' ? 5 : 6;
    default:
      return -1;
  }
}

/** allowed[grantIndex][targetIndex]: the actions allowed there, in ACTIONS order, and as a set. */
const allowed: (readonly Action[])[][] = [];
const allowedSet: ReadonlySet<string>[][] = [];
for (const grant of GRANTS) {
  for (const target of TARGETS) {
    const actions = ACTIONS.filter((action) => decide(grant, action, target));
    (allowed[grantIndex(grant)] ??= [])[targetIndex(target)] = actions;
    (allowedSet[grantIndex(grant)] ??= [])[targetIndex(target)] = new Set(actions);
  }
}

/** Whether the grant allows the action in the target account. Anything unknown is denied. */
export function can(grant: Grant, action: Action, target: Target): boolean {
  if (grant == null || target == null) return false;
  const g = grantIndex(grant);
  const t = targetIndex(target);
  return g >= 0 && t >= 0 && allowedSet[g]![t]!.has(action);
}

/** Every action the grant allows in the target account, in ACTIONS order. */
export function allowedActions(grant: Grant, target: Target): Action[] {
  if (grant == null || target == null) return [];
  const g = grantIndex(grant);
  const t = targetIndex(target);
  return g >= 0 && t >= 0 ? [...allowed[g]![t]!] : [];
}
