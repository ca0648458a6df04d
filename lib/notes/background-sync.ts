import { glossaryDocName, indexDocName, noteDocName } from './doc-names';
import { deleteLocalDoc, openLocalDoc, type LocalDoc } from './local-doc';
import { readNotes } from './read-note';
import type { SpaceConfig } from './space-config';
import { createSyncConnection, type ConnectionOptions, type SyncConnection } from './sync-connection';
import { openSyncLedger, totalUnsent, type LedgerEntry, type SyncLedger } from './sync-ledger';
import type { UpdateRelay } from './update-relay';

/**
 * One round of sync with no page open, as the background runs it: open the space's documents
 * from IndexedDB, connect, exchange updates until the server has acknowledged everything,
 * disconnect. The index and the team glossary are synced every time; a note body only when
 * this device has changes the server lacks, or the index says the note changed since this
 * device last fetched it.
 */
export interface BackgroundSyncOptions {
  /** Shares what arrives with open pages; null when none is wanted (tests). */
  relay?: UpdateRelay | null;
  WebSocketPolyfill?: ConnectionOptions['WebSocketPolyfill'];
  retry?: ConnectionOptions['retry'];
  maxMessageBytes?: ConnectionOptions['maxMessageBytes'];
  /** Longest the whole round may take before it gives up; it resumes next time. */
  timeoutMs?: number;
  /** Longest wait for the server to answer at all; an unreachable server means offline. */
  connectTimeoutMs?: number;
  /** Bodies synced at once over the one connection. */
  concurrency?: number;
}

export interface BackgroundSyncResult {
  /** synced: everything acknowledged; the others say why the round stopped early. */
  outcome: 'synced' | 'offline' | 'denied' | 'timeout';
  /** Documents this round pushed local changes of. */
  pushed: number;
  /** Note bodies this round synced. */
  bodies: number;
  /** Local changes still not acknowledged after the round. */
  pendingChanges: number;
}

const DEFAULT_TIMEOUT_MS = 45_000;
const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
const DEFAULT_CONCURRENCY = 8;

class StopRound extends Error {
  constructor(readonly outcome: Exclude<BackgroundSyncResult['outcome'], 'synced'>) {
    super(outcome);
  }
}

export async function syncSpaceOnce(config: SpaceConfig, options: BackgroundSyncOptions = {}): Promise<BackgroundSyncResult> {
  const ledger = openSyncLedger(config.space);
  const relay = options.relay ?? undefined;
  const connection = createSyncConnection({
    serverUrl: config.serverUrl,
    token: config.token,
    ledger,
    onLedgerChanged: () => relay?.announceLedger(config.space),
    WebSocketPolyfill: options.WebSocketPolyfill,
    retry: options.retry,
    maxMessageBytes: options.maxMessageBytes,
  });
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const index = openLocalDoc(indexDocName(config.space), relay);
  const glossary = openLocalDoc(glossaryDocName(config.space), relay);
  let pushed = 0;
  let bodies = 0;
  try {
    const before = await ledger.read();
    await Promise.all([index.loaded, glossary.loaded]);
    for (const doc of [index, glossary]) {
      if ((before.get(doc.name)?.unsent ?? 0) > 0) pushed += 1;
      connection.attach(doc, { awareness: false });
    }
    await settle(connection, [index.name], Math.min(deadline, Date.now() + (options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS)), 'online');
    await settle(connection, [index.name, glossary.name], deadline);

    for (const batch of chunks(bodiesToSync(config.space, index, before), options.concurrency ?? DEFAULT_CONCURRENCY)) {
      await Promise.all(
        batch.map(async (body) => {
          await syncBody(connection, ledger, relay, body, deadline);
          bodies += 1;
          if (body.unsent > 0) pushed += 1;
        }),
      );
    }
    return { outcome: 'synced', pushed, bodies, pendingChanges: totalUnsent(await ledger.read()) };
  } catch (error) {
    if (!(error instanceof StopRound)) throw error;
    return { outcome: error.outcome, pushed, bodies, pendingChanges: totalUnsent(await ledger.read()) };
  } finally {
    connection.destroy();
    await index.close();
    await glossary.close();
    await ledger.close();
  }
}

interface BodyToSync {
  name: string;
  unsent: number;
  /** The note's updated time in the index now; null when the note was purged. */
  updatedAt: string | null;
}

function bodiesToSync(space: string, index: LocalDoc, ledger: Map<string, LedgerEntry>): BodyToSync[] {
  const wanted = new Map<string, BodyToSync>();
  const listed = new Set<string>();
  for (const note of readNotes(index.doc).notes) {
    const name = noteDocName(space, note.id);
    const entry = ledger.get(name);
    listed.add(name);
    if ((entry?.unsent ?? 0) > 0 || entry?.pulledAt !== note.updatedAt) {
      wanted.set(name, { name, unsent: entry?.unsent ?? 0, updatedAt: note.updatedAt });
    }
  }
  // Bodies emptied by a purge wait on this device until the server has them.
  for (const [name, entry] of ledger) {
    if (name !== index.name && name !== glossaryDocName(space) && !listed.has(name) && entry.unsent > 0) {
      wanted.set(name, { name, unsent: entry.unsent, updatedAt: null });
    }
  }
  return [...wanted.values()];
}

async function syncBody(
  connection: SyncConnection,
  ledger: SyncLedger,
  relay: UpdateRelay | undefined,
  body: BodyToSync,
  deadline: number,
): Promise<void> {
  const local = openLocalDoc(body.name, relay);
  try {
    await local.loaded;
    connection.attach(local, { awareness: false });
    await settle(connection, [local.name], deadline);
    if (body.updatedAt !== null) await ledger.setPulledAt(body.name, body.updatedAt);
  } finally {
    connection.detach(local.name);
    await local.close();
  }
  if (body.updatedAt === null) {
    await deleteLocalDoc(body.name);
    await ledger.forget(body.name);
  }
}

/**
 * Waits until the named documents are acknowledged (or, with `until` = 'online', until the
 * server answers at all), or the round must stop.
 */
async function settle(connection: SyncConnection, names: string[], deadline: number, until: 'settled' | 'online' = 'settled'): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe = () => {};
  try {
    await Promise.race([
      until === 'settled' ? connection.settled(names) : connection.online(),
      new Promise<never>((_, reject) => {
        const check = () => {
          if (connection.status.get().state === 'denied') reject(new StopRound('denied'));
        };
        unsubscribe = connection.status.subscribe(check);
        check();
        timer = setTimeout(() => {
          const state = connection.status.get().state;
          reject(new StopRound(state === 'offline' ? 'offline' : 'timeout'));
        }, Math.max(0, deadline - Date.now()));
      }),
    ]);
  } finally {
    clearTimeout(timer);
    unsubscribe();
  }
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
