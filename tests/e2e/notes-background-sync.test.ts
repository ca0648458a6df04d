import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  createNote,
  localDatabaseName,
  noteBodyText,
  noteDocName,
  openNotesSpace,
  type NoteMeta,
  type NotesSpace,
  type SpaceConfig,
} from '../../lib/notes';
import { newDevice } from '../../harness/notes/device';
import { invite, makeDataDir, startSyncServer, type SyncServerProcess } from '../../harness/sync-server/sync-server-process';
import { waitFor } from '../../harness/sync-server/wait-for';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../harness/browser/launch-browser';

/** The extension API as an extension page sees it; these callbacks run inside the page. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

/**
 * The background's notes sync in the built extension, with no notes page open: it fetches a
 * peer's note when the membership is set, and pushes a note that an extension page stored in
 * IndexedDB before it could send it.
 */
describe('notes sync in the extension background', () => {
  const data = makeDataDir();
  let server: SyncServerProcess;
  let browser: ExtensionBrowser;
  let page: Page;
  let peer: NotesSpace;
  let config: SpaceConfig;
  const peerDevice = newDevice();

  /** What a card asks the background: how many notes an entity has (null outside a space). */
  const countNotes = (entityId: string) =>
    page.evaluate((id) => chrome.runtime.sendMessage({ type: 'count-notes', entityId: id }), entityId) as Promise<number | null>;

  beforeAll(async () => {
    const token = await invite(data.dir, 'acme');
    server = await startSyncServer({ dataDir: data.dir });
    config = { serverUrl: server.url, space: 'acme', token, displayName: 'Alice', color: '#1f77b4', authorId: 'author-alice-0001' };
    peer = peerDevice.run(() =>
      openNotesSpace({ ...config, displayName: 'Bob', authorId: 'author-bob-0001' }, { relay: null, WebSocketPolyfill: WebSocket }),
    );
    await peer.ready;
    browser = await launchExtensionBrowser();
    page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  });
  afterAll(async () => {
    await peerDevice.run(() => peer?.close());
    await browser?.close();
    await server?.stop();
    data.remove();
  });

  it('fetches a peer’s notes after joining, and counts them for the cards', async () => {
    peer.create({ kind: 'entity', entityId: 'un-gge' });
    peer.create({ kind: 'entity', entityId: 'un-gge' });
    await waitFor(() => peer.status.get().state === 'connected' && peer.status.get().pendingChanges === 0, 'the peer’s notes on the server');
    expect(await countNotes('un-gge')).toBeNull();

    // Joining the space: the background syncs at once.
    await page.evaluate((membership) => chrome.storage.local.set({ teamSpace: membership }), config);
    await expect.poll(() => countNotes('un-gge'), { timeout: 20_000 }).toBe(2);
    expect(await countNotes('osce')).toBe(0);
  });

  it('pushes a note a page stored but did not send, when a page asks for a sync', async () => {
    // What a side panel leaves in IndexedDB when it closes before its connection sent anything:
    // y-indexeddb's update log of the index and of the note's body.
    const index = new Y.Doc();
    const note: NoteMeta = createNote(index, { target: { kind: 'entity', entityId: 'osce' }, tags: ['written-offline'] }, { author: { id: config.authorId, name: 'Alice' } });
    const body = new Y.Doc();
    noteBodyText(body).insert(0, 'Stored by a page that closed at once.');
    const stored = [
      { db: localDatabaseName('acme'), update: Array.from(Y.encodeStateAsUpdate(index)) },
      { db: localDatabaseName(noteDocName('acme', note.id)), update: Array.from(Y.encodeStateAsUpdate(body)) },
    ];
    await page.evaluate(async (items) => {
      for (const { db: name, update } of items) {
        await new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name);
          request.onupgradeneeded = () => {
            request.result.createObjectStore('updates', { autoIncrement: true });
            request.result.createObjectStore('custom');
          };
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('updates', 'readwrite');
            tx.objectStore('updates').add(new Uint8Array(update));
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        });
      }
    }, stored);

    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'sync-notes' }));
    await waitFor(() => peer.notes.get().notes.some((known) => known.id === note.id), 'the stored note at the peer', 30_000);
    expect(peer.notes.get().notes.find((known) => known.id === note.id)!.tags).toEqual(['written-offline']);
    const atPeer = await peerDevice.run(() => peer.openBody(note.id));
    await waitFor(() => atPeer.text.toString() === 'Stored by a page that closed at once.', 'the stored body at the peer');
    atPeer.release();
  });
});
