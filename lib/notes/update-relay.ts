import * as Y from 'yjs';

/**
 * Keeps the copies of a document held by different extension pages (side panel, popup,
 * options, background) in step without the server: every Yjs update one page makes is posted
 * on a BroadcastChannel, which reaches every page of the extension's origin.
 *
 * A page that opens a document asks the others for what it lacks (`hello` with its state
 * vector), which covers updates made between its IndexedDB read and its joining the channel.
 */
export interface RelayChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  close(): void;
}

type RelayMessage =
  | { type: 'update'; doc: string; update: Uint8Array }
  | { type: 'hello'; doc: string; stateVector: Uint8Array }
  | { type: 'ledger'; space: string };

export const RELAY_CHANNEL_NAME = 'attache-notes';

export interface SharedDoc {
  /** Asks the other pages for what this copy lacks; call once it is loaded from IndexedDB. */
  requestMissing(): void;
  leave(): void;
}

export interface UpdateRelay {
  /**
   * Shares `doc` under `name` until `leave` is called. Updates from other pages are applied
   * with `applyOrigin`, and updates with that origin are not posted again.
   */
  share(name: string, doc: Y.Doc, applyOrigin?: unknown): SharedDoc;
  /** Tells other pages that the sync ledger of `space` changed. */
  announceLedger(space: string): void;
  onLedger(listener: (space: string) => void): () => void;
  close(): void;
}

function isRelayMessage(data: unknown): data is RelayMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'ledger') return typeof message.space === 'string';
  if (typeof message.doc !== 'string') return false;
  if (message.type === 'update') return message.update instanceof Uint8Array;
  if (message.type === 'hello') return message.stateVector instanceof Uint8Array;
  return false;
}

export function createUpdateRelay(channel: RelayChannel = new BroadcastChannel(RELAY_CHANNEL_NAME)): UpdateRelay {
  // Several copies of one document can share a relay (two views in one page); a channel does
  // not deliver to its own sender, so they are also kept in step directly.
  const shared = new Map<string, Set<{ doc: Y.Doc; origin: unknown }>>();
  const ledgerListeners = new Set<(space: string) => void>();

  const onMessage = (event: MessageEvent) => {
    const message: unknown = event.data;
    // Only this extension's pages can post on the channel, but an older release might post
    // another shape; a bad update must not break the page.
    if (!isRelayMessage(message)) return;
    if (message.type === 'ledger') {
      ledgerListeners.forEach((listener) => listener(message.space));
      return;
    }
    for (const target of shared.get(message.doc) ?? []) {
      try {
        if (message.type === 'update') {
          Y.applyUpdate(target.doc, message.update, target.origin);
        } else {
          const missing = Y.encodeStateAsUpdate(target.doc, message.stateVector);
          // An update with nothing in it is two zero bytes (no structs, no deletions).
          if (missing.length > 2) channel.postMessage({ type: 'update', doc: message.doc, update: missing });
        }
      } catch (error) {
        console.warn(`Attaché notes: update from another page for "${message.doc}" ignored:`, error);
      }
    }
  };
  channel.addEventListener('message', onMessage);

  return {
    share(name, doc, applyOrigin) {
      const entry = { doc, origin: applyOrigin ?? Symbol(`relay:${name}`) };
      const copies = shared.get(name) ?? new Set();
      shared.set(name, copies.add(entry));
      const onUpdate = (update: Uint8Array, updateOrigin: unknown) => {
        if (updateOrigin === entry.origin) return;
        channel.postMessage({ type: 'update', doc: name, update });
        for (const other of copies) if (other !== entry) Y.applyUpdate(other.doc, update, other.origin);
      };
      doc.on('update', onUpdate);
      return {
        requestMissing: () => channel.postMessage({ type: 'hello', doc: name, stateVector: Y.encodeStateVector(doc) }),
        leave() {
          doc.off('update', onUpdate);
          copies.delete(entry);
          if (copies.size === 0) shared.delete(name);
        },
      };
    },
    announceLedger: (space) => channel.postMessage({ type: 'ledger', space }),
    onLedger(listener) {
      ledgerListeners.add(listener);
      return () => ledgerListeners.delete(listener);
    },
    close() {
      channel.removeEventListener('message', onMessage);
      channel.close();
      shared.clear();
      ledgerListeners.clear();
    },
  };
}
