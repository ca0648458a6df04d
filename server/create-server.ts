import type { DatabaseSync } from 'node:sqlite';
import { Server, type Extension } from '@hocuspocus/server';
import { accessControl } from './access/authenticate.ts';
import { revocationSweep } from './access/revocation-sweep.ts';
import { unauthenticatedLimits } from './access/unauthenticated-limits.ts';
import type { ServerConfig } from './config.ts';
import { persistence } from './persistence.ts';
import { awarenessGuard } from './presence/awareness-guard.ts';
import { redisCluster } from './redis-cluster.ts';
import { DocumentStore } from './storage/document-store.ts';

/** Assembles the Hocuspocus server for team notes; `listen()` starts it. */
export function createSyncServer(config: ServerConfig, db: DatabaseSync): Server {
  const extensions: Extension[] = [
    accessControl(db),
    // After the access check, whose refusal keeps a socket counted as unauthenticated.
    unauthenticatedLimits(config.unauthenticated),
    revocationSweep(db),
    awarenessGuard(),
    ...persistence(new DocumentStore(db)),
  ];
  if (config.redisUrl !== null) extensions.push(redisCluster(config.redisUrl));

  return new Server({
    name: 'attache-sync',
    port: config.port,
    address: config.host,
    quiet: true,
    // main.ts shuts down itself, so that it can close the database afterwards.
    stopOnSignals: false,
    // ws closes the connection (code 1009) on a larger message before anything reads it.
    websocketOptions: { maxPayload: config.maxMessageBytes },
    extensions,
  });
}
