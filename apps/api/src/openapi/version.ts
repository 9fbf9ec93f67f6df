/**
 * The version of the API's contract (apps/api/openapi.json), semantic: raise the minor number for
 * additions, the major one for a change that breaks clients (the contract test refuses one otherwise).
 */
export const API_VERSION = '3.0.0';
