import type { RequestHandlers } from '../../lib/shared/message-channel';
import { createBackgroundNotes, createSpaceConfigStore, createUpdateRelay, syncSpaceOnce } from '../../lib/notes';

const SYNC_ALARM = 'attache-notes-sync';
// Chrome runs alarms at most every 30 seconds; a minute keeps the server's load low and a
// note written with no page open reaches the team soon enough.
const SYNC_PERIOD_MINUTES = 1;

/**
 * Team notes in the background: a sync round every minute, at browser start, when the
 * membership changes and when a page asks (it hides or unloads). The service worker may stop
 * between rounds; each round opens the documents from IndexedDB, syncs, and closes them.
 * Returns the handler of a page's `sync-notes`, which answers at once (the round goes on).
 * (The cards' note counts are answered in card-requests.ts.)
 */
export function startNotesSync(): Pick<RequestHandlers<unknown>, 'sync-notes'> {
  const configStore = createSpaceConfigStore(browser.storage.local);
  // What a round fetches reaches open pages through the relay, as if they had fetched it.
  const relay = createUpdateRelay();
  const notes = createBackgroundNotes({ configStore, sync: (config) => syncSpaceOnce(config, { relay }) });

  void browser.alarms.get(SYNC_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES, delayInMinutes: SYNC_PERIOD_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void notes.syncNow('periodic');
  });
  browser.runtime.onStartup.addListener(() => void notes.syncNow('browser start'));
  configStore.subscribe(() => void notes.configChanged());

  return {
    'sync-notes': () => void notes.syncNow('page hidden'),
  };
}
