import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATABASE_POOLERS, type RedisEndpoint } from '@partner-portal/db';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const defaultPortalDist = fileURLToPath(new URL('../../../portal/dist', import.meta.url));
const defaultUploadDir = fileURLToPath(new URL('../../../../.data/uploads', import.meta.url));

const urlWithScheme = (schemes: string[]) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`);

const integer = (min: number, max: number) =>
  z.coerce
    .number({ error: `must be an integer between ${min} and ${max}` })
    .int(`must be an integer between ${min} and ${max}`)
    .min(min, `must be an integer between ${min} and ${max}`)
    .max(max, `must be an integer between ${min} and ${max}`);

const ENV_SCHEMA = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: integer(0, 65535).default(3000),
  DATABASE_URL: urlWithScheme(['postgres:', 'postgresql:']).default('postgresql://postgres@127.0.0.1:5432/partner_portal'),
  DATABASE_POOL_SIZE: integer(1, 200).default(10),
  /** `transaction` when DATABASE_URL is a pooler in transaction mode (PgBouncer): no named prepared statements. */
  DATABASE_POOLER: z.enum(DATABASE_POOLERS, { error: `must be one of ${DATABASE_POOLERS.join(', ')}` }).default('none'),
  REDIS_URL: urlWithScheme(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  /** A Redis Cluster instead of REDIS_URL's one server: some of its nodes, comma-separated redis:// URLs. */
  REDIS_CLUSTER_NODES: z
    .string()
    .transform((value) => value.split(',').map((node) => node.trim()).filter(Boolean))
    .pipe(z.array(urlWithScheme(['redis:', 'rediss:'])).min(1, 'must name at least one node'))
    .optional(),
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_-]+$/, 'may hold only letters, digits, ":", "_" and "-"').default('pp'),
  PORTAL_URL: urlWithScheme(['http:', 'https:']).default('http://127.0.0.1:3000'),
  PORTAL_DIST: z.string().default(defaultPortalDist),
  /** The origin landing pages are served from, apart from the portal's (public-pages-origin.ts); unset: the portal's own. */
  PUBLIC_PAGES_URL: urlWithScheme(['http:', 'https:'])
    .refine((value) => new URL(value).pathname === '/' && !new URL(value).search, 'must be an origin, such as https://pages.example.com, without a path')
    .optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: integer(60, 30 * 24 * 3600).default(12 * 3600),
  /** Failed sign-ins for one email from one client address before that pair is refused, within LOGIN_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: integer(1, 1000).default(5),
  LOGIN_WINDOW_SECONDS: integer(1, 24 * 3600).default(15 * 60),
  /** Failed sign-ins from one client address, across every email, within LOGIN_IP_WINDOW_SECONDS. */
  LOGIN_MAX_FAILURES_PER_IP: integer(1, 1_000_000).default(100),
  LOGIN_IP_WINDOW_SECONDS: integer(1, 24 * 3600).default(24 * 3600),
  /** Wrong second-factor codes (TOTP or recovery) for one person before their codes are refused, within TWO_FACTOR_WINDOW_SECONDS. */
  TWO_FACTOR_MAX_FAILURES: integer(1, 1000).default(5),
  TWO_FACTOR_WINDOW_SECONDS: integer(1, 24 * 3600).default(15 * 60),
  INVITATION_TTL: integer(60, 90 * 24 * 3600).default(7 * 24 * 3600),
  /** Sign-ups and "send the verification link again" for one email address, and from one client address, within SIGNUP_WINDOW_SECONDS. */
  SIGNUP_MAX_PER_EMAIL: integer(1, 1000).default(3),
  SIGNUP_MAX_PER_IP: integer(1, 1_000_000).default(100),
  SIGNUP_WINDOW_SECONDS: integer(1, 24 * 3600).default(3600),
  PEOPLE_LIMIT: integer(1, 1000).default(10),
  PARTNER_PEOPLE_LIMIT: integer(0, 100000).default(0),
  OPERATOR_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  UPLOAD_DIR: z.string().default(defaultUploadDir),
  UPLOAD_MAX_BYTES: integer(1024, 50 * 1024 * 1024).default(5 * 1024 * 1024),
  JSON_MAX_DEPTH: integer(2, 1000).default(32),
  IMPORT_MAX_BYTES: integer(1024, 1024 * 1024 * 1024).default(50 * 1024 * 1024),
  /** Who else is editing a record (presence/): a mark not renewed within this many seconds lapses. */
  PRESENCE_TTL_SECONDS: integer(2, 600).default(25),
  /** How often an editor renews its mark: a presence call waits at most this long for a change. */
  PRESENCE_HEARTBEAT_SECONDS: integer(1, 300).default(10),
});

export type AppConfig = Omit<z.infer<typeof ENV_SCHEMA>, 'JWT_SECRET'> & { JWT_SECRET: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and checks the environment once; a bad value throws a ConfigError of one line naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ENV_SCHEMA.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0]);
    const got = present[variable] === undefined ? '' : ` (got ${JSON.stringify(present[variable])})`;
    throw new ConfigError(`Invalid configuration: ${variable} ${issue.message}${got}`);
  }
  const config = parsed.data;
  if (config.REDIS_CLUSTER_NODES && present.REDIS_URL !== undefined) {
    throw new ConfigError('Invalid configuration: REDIS_URL and REDIS_CLUSTER_NODES are both set: set REDIS_URL for one Redis server, REDIS_CLUSTER_NODES for a Redis Cluster');
  }
  if (config.PUBLIC_PAGES_URL && new URL(config.PUBLIC_PAGES_URL).host === new URL(config.PORTAL_URL).host) {
    throw new ConfigError('Invalid configuration: PUBLIC_PAGES_URL must be another address than PORTAL_URL: the point is that pages do not share the portal\'s origin');
  }
  if (config.PRESENCE_HEARTBEAT_SECONDS >= config.PRESENCE_TTL_SECONDS) {
    throw new ConfigError('Invalid configuration: PRESENCE_HEARTBEAT_SECONDS must be less than PRESENCE_TTL_SECONDS, or marks lapse between heartbeats');
  }
  if (!config.JWT_SECRET) {
    if (config.NODE_ENV === 'production') {
      throw new ConfigError('Invalid configuration: JWT_SECRET is required when NODE_ENV=production');
    }
    return { ...config, JWT_SECRET: randomBytes(32).toString('hex') };
  }
  return config as AppConfig;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** The one Redis server, or the Redis Cluster when REDIS_CLUSTER_NODES is set. */
export function redisEndpoint(config: Pick<AppConfig, 'REDIS_URL' | 'REDIS_CLUSTER_NODES'>): RedisEndpoint {
  return { url: config.REDIS_URL, clusterNodes: config.REDIS_CLUSTER_NODES ?? [] };
}

export function portalIndexPath(config: AppConfig): string {
  return path.join(config.PORTAL_DIST, 'index.html');
}
