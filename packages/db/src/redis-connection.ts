// Redis as the API and the worker reach it: one server (REDIS_URL), or a Redis Cluster reached through
// some of its nodes (REDIS_CLUSTER_NODES). Both answer the same commands through ioredis; a command on
// several keys must keep them in one hash slot on a Cluster (the queues' `{prefix}` hash tag does).
import { once } from 'node:events';
import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import { redactPassword } from './redact-password.js';

export type RedisClient = Redis | Cluster;

export interface RedisEndpoint {
  /** The one server, when `clusterNodes` is empty. */
  readonly url: string;
  /** Nodes of a Redis Cluster (`redis://` or `rediss://` URLs); the client learns the rest from them. */
  readonly clusterNodes?: readonly string[];
}

export const isCluster = (endpoint: RedisEndpoint): boolean => (endpoint.clusterNodes?.length ?? 0) > 0;

/** Every node of a cluster shares its credentials and TLS: they are read from the first node's URL. */
function nodeOptions(url: URL): RedisOptions {
  return {
    ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    ...(url.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}

/**
 * A client of the endpoint, with ioredis `options` for a server (on a Cluster, those of each node
 * connection, except the connection-level ones a Cluster takes for itself).
 */
export function createRedisClient(endpoint: RedisEndpoint, options: RedisOptions = {}): RedisClient {
  if (!isCluster(endpoint)) return new Redis(endpoint.url, options);
  const urls = endpoint.clusterNodes!.map((node) => new URL(node));
  const { enableOfflineQueue, lazyConnect, retryStrategy, enableReadyCheck, ...perNode } = options;
  const clusterOptions: ClusterOptions = {
    redisOptions: { ...perNode, ...nodeOptions(urls[0]!) },
    ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
    ...(lazyConnect === undefined ? {} : { lazyConnect }),
    ...(enableReadyCheck === undefined ? {} : { enableReadyCheck }),
    ...(retryStrategy ? { clusterRetryStrategy: (times: number) => retryStrategy(times) ?? null } : {}),
  };
  return new Cluster(
    urls.map((url) => ({ host: url.hostname, port: Number(url.port || 6379) })),
    clusterOptions,
  );
}

/** The endpoint for log lines and error messages, passwords hidden. */
export function describeRedis(endpoint: RedisEndpoint): string {
  return isCluster(endpoint)
    ? `the Redis Cluster at ${endpoint.clusterNodes!.map(redactPassword).join(',')}`
    : `Redis at ${redactPassword(endpoint.url)}`;
}

/** Runs `work` on each server holding keys: the one server, or every master of a Cluster. */
export async function eachMaster<T>(client: RedisClient, work: (server: Redis) => Promise<T>): Promise<T[]> {
  if (!(client instanceof Cluster)) return [await work(client)];
  // A Cluster knows its masters once it has read the slot map.
  if (client.status === 'wait') await client.connect();
  else if (client.status !== 'ready') await once(client, 'ready');
  return Promise.all(client.nodes('master').map(work));
}

/** Deletes keys one command each, so that keys of several hash slots may be given on a Cluster too. */
export async function deleteEach(client: RedisClient, keys: readonly string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += 500) await Promise.all(keys.slice(i, i + 500).map((key) => client.unlink(key)));
}

/** Every key matching a SCAN pattern, on one server or across a Cluster's masters. */
export async function scanKeys(client: RedisClient, pattern: string): Promise<string[]> {
  const found = await eachMaster(client, async (server) => {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await server.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      keys.push(...batch);
      cursor = next;
    } while (cursor !== '0');
    return keys;
  });
  return [...new Set(found.flat())];
}
