import './quiet-sqlite-warning.ts';
import { ConfigError, readConfig } from './config.ts';
import { runCommand, USAGE, UsageError } from './cli.ts';
import { StorageOpenError } from './storage/document-storage.ts';
import { openBackend } from './storage/open-backend.ts';

// Documents still held in memory are journaled already, so a shutdown that cannot store them
// in time loses nothing; it only must not hang forever.
const SHUTDOWN_TIMEOUT_MS = 10_000;

async function serve(): Promise<void> {
  const config = readConfig();
  // Loaded here so the admin commands start without Hocuspocus and Redis.
  const { createSyncServer } = await import('./create-server.ts');
  const backend = await openBackend(config);
  const server = createSyncServer(config, backend);
  await server.listen();
  const { port } = server.address;
  console.log(`sync server listening on ws://${config.host}:${port} (${backend.where})`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: storing open documents and stopping`);
    const timer = setTimeout(() => {
      console.error('shutdown timed out; the journal keeps what was not stored');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    await server.destroy();
    await backend.close();
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
  const backend = await openBackend(readConfig());
  try {
    for (const line of await runCommand(backend, args)) console.log(line);
  } finally {
    await backend.close();
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
