/**
 * The BullMQ `prefix` for a deployment's Redis key prefix: the prefix wrapped in a Redis Cluster hash
 * tag, `pp` → `{pp}`, so every key of a queue (`{pp}:email:wait`, `{pp}:email:<job id>`, …) hashes to
 * one slot and BullMQ's multi-key Lua scripts run unchanged on Redis Cluster (docs.bullmq.io,
 * patterns/redis-cluster). Every BullMQ Queue, Worker and QueueEvents takes its prefix from here; keys
 * outside BullMQ (the API's login throttling) keep the plain prefix.
 */
export function queuePrefix(redisPrefix: string): string {
  if (!/^[^{}\s]+$/.test(redisPrefix)) {
    throw new RangeError(`A Redis prefix must be non-empty, without spaces or braces (got ${JSON.stringify(redisPrefix)})`);
  }
  return `{${redisPrefix}}`;
}
