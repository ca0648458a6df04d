import type { BackgroundSyncResult } from './background-sync';
import type { SpaceConfig } from './space-config';
import type { SpaceConfigStore } from './space-config-store';

/**
 * What the background does for notes, apart from the browser APIs that trigger it: runs sync
 * rounds one at a time; a request during a round runs one more round after it.
 */
export interface BackgroundNotesDeps {
  configStore: SpaceConfigStore;
  sync: (config: SpaceConfig) => Promise<BackgroundSyncResult>;
  report?: (message: string, error?: unknown) => void;
}

export interface BackgroundNotes {
  /** Syncs the space now, or right after the round under way. Resolves with the last round's result (null when not in a space). */
  syncNow(reason: string): Promise<BackgroundSyncResult | null>;
  /** The membership changed: sync the space now joined. */
  configChanged(): Promise<void>;
}

export function createBackgroundNotes(deps: BackgroundNotesDeps): BackgroundNotes {
  const report = deps.report ?? ((message: string, error?: unknown) => console.warn(`Attaché notes: ${message}`, error ?? ''));
  let running: Promise<BackgroundSyncResult | null> | null = null;
  let queued: Promise<BackgroundSyncResult | null> | null = null;

  const round = async (reason: string): Promise<BackgroundSyncResult | null> => {
    const config = await deps.configStore.load();
    if (config === null) return null;
    try {
      const result = await deps.sync(config);
      if (result.outcome !== 'synced') report(`sync (${reason}) stopped: ${result.outcome}; ${result.pendingChanges} changes not yet on the server`);
      return result;
    } catch (error) {
      report(`sync (${reason}) failed:`, error);
      return null;
    }
  };

  const syncNow = (reason: string): Promise<BackgroundSyncResult | null> => {
    if (running === null) {
      running = round(reason).finally(() => {
        running = null;
      });
      return running;
    }
    // One round after the current one covers every request made meanwhile.
    queued ??= running.then(() => {
      queued = null;
      return syncNow(reason);
    });
    return queued;
  };

  return {
    syncNow,
    async configChanged() {
      await syncNow('membership changed');
    },
  };
}
