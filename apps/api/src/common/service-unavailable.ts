// Whether a failure means PostgreSQL (or Redis) could not be reached, rather than that the request was
// wrong: such a request answers 503 SERVICE_UNAVAILABLE with Retry-After, never 500. The shapes come
// from pg (socket errors, PostgreSQL's shutdown and connection codes), Prisma's pg adapter (its error
// kinds, and the PostgreSQL error beneath), Prisma itself, and ioredis.

/** Socket errors, and PostgreSQL's admin_shutdown, crash_shutdown, cannot_connect_now, connection_exception class and too_many_connections. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH',
  '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300',
]);
/**
 * Prisma: cannot reach, timed out, server closed the connection, no connection from the pool in time;
 * a transaction that could not start or outlived its timeout (P2028: an overloaded database, rolled
 * back), and a deadlock or write conflict, which Prisma itself says to retry (P2034).
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028', 'P2034']);
/** What Prisma's pg adapter calls a lost connection. */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const MESSAGES = /Connection terminated|timeout exceeded when trying to connect|connection error and is not queryable|Connection is closed|Can't reach database server|enableOfflineQueue/i;

/** Seconds a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 6) return false;
  const { code, originalCode, kind, name, message, cause, meta } = error as Record<string, unknown>;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || PRISMA_CODES.has(code))) return true;
  if (typeof originalCode === 'string' && CONNECTION_CODES.has(originalCode)) return true;
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  if (name === 'PrismaClientInitializationError' || name === 'MaxRetriesPerRequestError') return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  const adapterError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
  return isServiceUnavailable(cause, depth + 1) || isServiceUnavailable(adapterError, depth + 1);
}
