import type { Extension } from '@hocuspocus/server';
import type { DocumentStorage } from './storage/document-storage.ts';

export interface CompactionSchedule {
  /** Pause between two background passes. */
  intervalMs: number;
  /** A background pass compacts documents whose journal holds at least this many rows. */
  minRows: number;
}

const DEFAULT_SCHEDULE: CompactionSchedule = { intervalMs: 30_000, minRows: 200 };

/**
 * Folds journals into stored states without waiting for anyone to write: right after the
 * server starts listening (every document with a journal, e.g. what a crash left behind) and
 * then periodically (documents whose journal grew long, e.g. one left by another process that
 * died). Documents loaded here are compacted by Hocuspocus's debounced store as well. The work
 * runs in the background, in steps between which the event loop serves clients.
 */
export function journalCompaction(storage: DocumentStorage, schedule: Partial<CompactionSchedule> = {}): Extension {
  const { intervalMs, minRows } = { ...DEFAULT_SCHEDULE, ...schedule };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const pass = async (threshold: number) => {
    let names: string[];
    try {
      names = await storage.documentsToCompact(threshold);
    } catch (error) {
      console.error(`journal compaction: cannot list documents: ${(error as Error).message}`);
      return;
    }
    for (const name of names) {
      if (stopped) return;
      try {
        await storage.compact(name);
      } catch (error) {
        // A damaged document stays as it is (loading it is refused); the others go on.
        console.error(`journal compaction: ${(error as Error).message}`);
      }
    }
  };
  const scheduleNext = () => {
    timer = setTimeout(() => {
      running = pass(minRows).finally(() => {
        if (!stopped) scheduleNext();
      });
    }, intervalMs);
    timer.unref();
  };

  return {
    extensionName: 'JournalCompaction',
    async onListen() {
      running = pass(1).finally(() => {
        if (!stopped) scheduleNext();
      });
    },
    async onDestroy() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
