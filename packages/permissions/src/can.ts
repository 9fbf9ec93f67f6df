import { ACTIONS, type Action } from './actions.js';
import { ROLES } from './roles.js';
import { isCustomGrant, NEVER_IN_CUSTOM_ROLES, type CustomGrant } from './custom-roles.js';
import { decide, type BuiltInGrant, type Grant, type Target } from './rules.js';

const GRANTS: readonly BuiltInGrant[] = ROLES.flatMap((role) => [
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

/** 0..7 for a known built-in grant, -1 otherwise. */
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

const OWNER = grantIndex({ role: 'ACCOUNT_OWNER', via: 'MEMBER' });
const neverCustom: ReadonlySet<string> = new Set(NEVER_IN_CUSTOM_ROLES);

/**
 * A custom role allows what it lists, capped by what the account's own owner may do there: it never
 * reaches a partner-only action outside a partner account, nor billing in a Single Bill client.
 */
function customAllows({ customRole }: CustomGrant, action: Action, t: number): boolean {
  return t >= 0 && !neverCustom.has(action) && allowedSet[OWNER]![t]!.has(action) && customRole.actions.includes(action);
}

/** Whether the grant allows the action in the target account. Anything unknown is denied. */
export function can(grant: Grant, action: Action, target: Target): boolean {
  if (grant == null || target == null) return false;
  const g = grantIndex(grant);
  const t = targetIndex(target);
  if (g >= 0) return t >= 0 && allowedSet[g]![t]!.has(action);
  return isCustomGrant(grant) && customAllows(grant, action, t);
}

/** Every action the grant allows in the target account, in ACTIONS order. */
export function allowedActions(grant: Grant, target: Target): Action[] {
  if (grant == null || target == null) return [];
  const g = grantIndex(grant);
  const t = targetIndex(target);
  if (g >= 0) return t >= 0 ? [...allowed[g]![t]!] : [];
  return isCustomGrant(grant) ? ACTIONS.filter((action) => customAllows(grant, action, t)) : [];
}

/**
 * The actions someone holding `grants` in the target account may put into a custom role there:
 * only what they hold themselves, and never users.manage.
 */
export function grantableActions(grants: readonly Grant[], target: Target): Action[] {
  const held = new Set(grants.flatMap((grant) => allowedActions(grant, target)));
  return ACTIONS.filter((action) => held.has(action) && !neverCustom.has(action));
}
