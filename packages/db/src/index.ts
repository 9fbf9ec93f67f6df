export { tenancy, readInScope, writeInScope, CROSS_ACCOUNT_PATHS, type CrossAccountPath, type TenantScope } from './tenancy.js';
export { appDatabaseUrl, APP_DATABASE_ROLE, createDatabase, createPool, DATABASE_POOLERS, DEFAULT_DATABASE_URL, type Database, type DatabaseOptions, type DatabasePooler, type Pool } from './client.js';
export { toUsername } from './usernames.js';
export { hashPassword, verifyPassword, decoyPasswordHash } from './passwords.js';
export { materializeRecipients } from './campaign-recipients.js';
export { seedDemoData, DEMO_PASSWORD, DEMO_LOGINS, PARTNER_RESOURCES } from './seed.js';
export { Prisma } from './generated/prisma/client.js';
export * from './generated/prisma/enums.js';
export type {
  Account,
  User,
  Session,
  Membership,
  Invitation,
  OutboxMessage,
  AuditEvent,
  Charge,
  PartnerResource,
} from './generated/prisma/client.js';
export { createRedisClient, deleteEach, describeRedis, eachMaster, isCluster, scanKeys, type RedisClient, type RedisEndpoint } from './redis-connection.js';
export { redactPassword } from './redact-password.js';
