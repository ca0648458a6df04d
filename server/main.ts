import './quiet-sqlite-warning.ts';
import { ConfigError, databasePath, readConfig } from './config.ts';
import { runCommand, USAGE, UsageError } from './cli.ts';
import { StorageOpenError } from './storage/document-storage.ts';
import { openDatabase } from './storage/open-database.ts';
import { SqliteDocumentStorage } from './storage/sqlite-document-storage.ts';

// Documents still held in memory are journaled already, so a shutdown that cannot store them
// in time loses nothing; it only must not hang forever.
const SHUTDOWN_TIMEOUT_MS = 10_000;

async function serve(): Promise<void> {
  const config = readConfig();
  // Loaded here so the admin commands start without Hocuspocus and Redis.
  const { createSyncServer } = await import('./create-server.ts');
  const file = databasePath(config);
  const db = openDatabase(file);
  const storage = new SqliteDocumentStorage(file);
  const server = createSyncServer(config, db, storage);
  await server.listen();
  const { port } = server.address;
  console.log(`sync server listening on ws://${config.host}:${port} (data in ${config.dataDir})`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: storing open documents and stopping`);
    const timer = setTimeout(() => {
      console.error('shutdown timed out; the journal keeps what was not stored');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    await server.destroy();
    await storage.close();
    db.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown(signal));
}

async function main(args: string[]): Promise<void> {
  if (args.length === 0 || args[0] === 'serve') return serve();
  if (args[0] === 'help' || args[0] === '--help' || args[0] === '-h') {
    console.log(USAGE);
    return;
  }
  const db = openDatabase(databasePath(readConfig()));
  try {
    for (const line of await runCommand(db, args)) console.log(line);
  } finally {
    db.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
  } else if (error instanceof ConfigError) {
    console.error(`configuration: ${error.message}`);
  } else if (error instanceof StorageOpenError) {
    console.error(`refusing to start: ${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
