import { Server, type Extension } from '@hocuspocus/server';
import { accessControl } from './access/authenticate.ts';
import { revocationSweep } from './access/revocation-sweep.ts';
import { unauthenticatedLimits } from './access/unauthenticated-limits.ts';
import type { ServerConfig } from './config.ts';
import { journalCompaction } from './journal-compaction.ts';
import { persistence } from './persistence.ts';
import { awarenessGuard } from './presence/awareness-guard.ts';
import { redisCluster } from './redis-cluster.ts';
import type { StorageBackend } from './storage/open-backend.ts';

/**
 * Assembles the Hocuspocus server for team notes; `listen()` starts it. `backend` holds the
 * spaces, tokens and documents.
 */
export function createSyncServer(config: ServerConfig, backend: Pick<StorageBackend, 'access' | 'documents'>): Server {
  const storage = backend.documents;
  const extensions: Extension[] = [
    accessControl(backend.access),
    // After the access check, whose refusal keeps a socket counted as unauthenticated.
    unauthenticatedLimits(config.unauthenticated),
    revocationSweep(backend.access),
    awarenessGuard(),
    ...persistence(storage),
    journalCompaction(storage),
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
