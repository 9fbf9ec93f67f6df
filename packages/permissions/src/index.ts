export { ACTIONS, isAction, type Action } from './actions.js';
export { allowedActions, can, grantableActions } from './can.js';
export { isCustomGrant, MAX_CUSTOM_ROLES_PER_ACCOUNT, NEVER_IN_CUSTOM_ROLES, type CustomGrant, type CustomRole } from './custom-roles.js';
export { COLUMNS, MATRIX, type Cell } from './matrix.js';
export { ROLES, type BuiltInRole } from './roles.js';
export type { BuiltInGrant, Grant, Target } from './rules.js';
