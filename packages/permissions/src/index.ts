export { ACTIONS, isAction, type Action } from './actions.js';
export { allowedActions, can } from './can.js';
export { COLUMNS, MATRIX, type Cell } from './matrix.js';
export { ROLES, type BuiltInRole } from './roles.js';
export type { Grant, Target } from './rules.js';
