import type { DatabaseSync } from 'node:sqlite';
import { Server, type Extension } from '@hocuspocus/server';
import { accessControl } from './access/authenticate.ts';
import { revocationSweep } from './access/revocation-sweep.ts';
import type { ServerConfig } from './config.ts';
import { journalCompaction } from './journal-compaction.ts';
import { persistence } from './persistence.ts';
import { awarenessGuard } from './presence/awareness-guard.ts';
import { redisCluster } from './redis-cluster.ts';
import type { DocumentStorage } from './storage/document-storage.ts';

/**
 * Assembles the Hocuspocus server for team notes; `listen()` starts it. `db` holds the spaces
 * and tokens, `storage` the documents.
 */
export function createSyncServer(config: ServerConfig, db: DatabaseSync, storage: DocumentStorage): Server {
  const extensions: Extension[] = [
    accessControl(db),
    revocationSweep(db),
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
