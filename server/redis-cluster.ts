import { Redis } from '@hocuspocus/extension-redis';
import type { Extension } from '@hocuspocus/server';

/**
 * Lets several server processes serve the same documents: each publishes the updates it
 * receives through Redis and applies those of the others. The processes must share one data
 * directory, since each stores only the updates its own clients sent.
 */
export function redisCluster(redisUrl: string): Extension {
  const url = new URL(redisUrl);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) {
    throw new Error(`REDIS_URL: database "${url.pathname.slice(1)}" is not a number`);
  }
  return new Redis({
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    prefix: 'attache-sync',
    options: {
      db,
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      // Fail loudly at start-up instead of queueing commands forever for an unreachable Redis.
      maxRetriesPerRequest: 3,
    },
  });
}
