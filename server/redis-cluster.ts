import { Redis } from '@hocuspocus/extension-redis';
import {
  OutgoingMessage,
  type afterUnloadDocumentPayload,
  type Extension,
  type Hocuspocus,
} from '@hocuspocus/server';

// A Redis that is not there at start-up is a configuration mistake; one that goes away later
// is an outage to ride out.
const STARTUP_WAIT_MS = 5_000;
const PREFIX = 'attache-sync';

/**
 * Lets several server processes serve the same documents: each publishes the updates it
 * receives through Redis and applies those of the others. The processes must share one data
 * directory, since each stores only the updates its own clients sent.
 *
 * Wraps Hocuspocus's Redis extension so that an outage is not fatal: while Redis is away each
 * process keeps serving its own clients (documents load, edits are applied and stored) and
 * publishes nothing; when Redis is back, every open document is subscribed again and announces
 * its state, and the processes exchange what they missed (a Yjs sync step 1 is answered with
 * the missing updates and a sync step 1 of the other side, so both directions catch up).
 */
export function redisCluster(redisUrl: string): Extension {
  const url = new URL(redisUrl);
  const db = url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) {
    throw new Error(`REDIS_URL: database "${url.pathname.slice(1)}" is not a number`);
  }
  const where = `${url.hostname}:${url.port || 6379}`;
  const redis = new Redis({
    host: url.hostname,
    port: url.port ? Number(url.port) : 6379,
    prefix: PREFIX,
    options: {
      db,
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      tls: url.protocol === 'rediss:' ? {} : undefined,
      // Commands caught by an outage fail after a few reconnection attempts instead of
      // queueing forever; nothing is sent while Redis is known to be away.
      maxRetriesPerRequest: 3,
    },
  });

  let instance: Hocuspocus | undefined;
  let lastError = 'no answer';
  // Unsubscribing needs Redis; done once it is back, so that nothing waits for it meanwhile.
  const unloadedDuringOutage = new Map<string, afterUnloadDocumentPayload>();
  let everUp = false;
  let stopping = false;
  let lost = false;
  const isUp = () => redis.pub.status === 'ready' && redis.sub.status === 'ready';

  // Without listeners, ioredis prints every failed reconnection and the lock library's error
  // event is thrown, which ends the process on the first command that fails during an outage.
  for (const client of [redis.pub, redis.sub]) {
    client.on('error', (error: Error) => (lastError = error.message));
    client.on('close', () => {
      if (lost || !everUp || stopping) return;
      lost = true;
      console.error(`redis: connection to ${where} lost; serving this process's clients only until it returns`);
    });
    client.on('ready', () => {
      if (!isUp()) return;
      everUp = true;
      if (lost && instance) void catchUp(instance);
    });
  }
  redis.redlock.on('error', () => {});

  const catchUp = async (hocuspocus: Hocuspocus) => {
    lost = false;
    const documents = [...hocuspocus.documents.values()];
    try {
      for (const [name, payload] of unloadedDuringOutage) {
        unloadedDuringOutage.delete(name);
        await redis.afterUnloadDocument(payload);
      }
      for (const document of documents) {
        await redis.sub.subscribe(`${PREFIX}:${document.name}`);
        const messages = [
          new OutgoingMessage(document.name).createSyncMessage().writeFirstSyncStepFor(document),
          new OutgoingMessage(document.name).writeQueryAwareness(),
        ];
        const local = document.getConnections().flatMap((connection) => [...document.getClients(connection)]);
        if (local.length > 0) messages.push(new OutgoingMessage(document.name).createAwarenessUpdateMessage(document.awareness, local));
        for (const message of messages) {
          await redis.pub.publish(`${PREFIX}:${document.name}`, Buffer.concat([redis.messagePrefix, message.toUint8Array()]));
        }
      }
      console.log(`redis: connection to ${where} back; ${documents.length} open documents caught up`);
    } catch (error) {
      // Lost again mid-way: the next 'ready' starts over.
      lost = true;
      lastError = error instanceof Error ? error.message : String(error);
    }
  };

  return {
    extensionName: 'RedisCluster',
    // Before persistence, as the wrapped extension: its store lock decides whether to store.
    priority: redis.priority,

    async onConfigure(payload) {
      instance = payload.instance;
      await redis.onConfigure(payload);
    },

    async onListen() {
      const deadline = Date.now() + STARTUP_WAIT_MS;
      while (!isUp()) {
        if (Date.now() > deadline) {
          throw new Error(`REDIS_URL: cannot reach Redis at ${where} (${lastError}); start Redis or leave REDIS_URL unset`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },

    async afterLoadDocument(payload) {
      if (!isUp()) return; // subscribed when Redis is back
      try {
        await redis.afterLoadDocument(payload);
      } catch {
        // Redis went away while this document loaded; its clients are served all the same.
      }
    },

    async onChange(payload) {
      if (isUp()) await redis.onChange(payload);
    },

    async onAwarenessUpdate(payload) {
      if (isUp()) await redis.onAwarenessUpdate(payload);
    },

    async onStoreDocument(payload) {
      // The lock only saves two processes storing the same document at once; storing merges
      // what others stored, so without Redis each process stores on its own.
      if (!isUp()) return;
      try {
        await redis.onStoreDocument(payload);
      } catch (error) {
        // Lost mid-way (the lock reads as held by someone else): store without it.
        if (isUp()) throw error;
      }
    },

    afterStoreDocument: (payload) => redis.afterStoreDocument(payload),
    beforeUnloadDocument: (payload) => redis.beforeUnloadDocument(payload),
    async afterUnloadDocument(payload) {
      if (isUp()) await redis.afterUnloadDocument(payload);
      else unloadedDuringOutage.set(payload.documentName, payload);
    },

    async beforeBroadcastStateless(payload) {
      if (isUp()) await redis.beforeBroadcastStateless(payload);
    },

    async onDestroy() {
      stopping = true;
      await redis.onDestroy();
    },
  };
}
