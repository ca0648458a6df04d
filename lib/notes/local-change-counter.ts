import type * as Y from 'yjs';
import type { LocalDoc } from './local-doc';
import type { SyncLedger } from './sync-ledger';

/**
 * Counts the changes made to a document on this page into the sync ledger, connected or not,
 * so the count survives the page and the background knows what to push. Updates from the
 * server, from IndexedDB or relayed by another page arrive through Y.applyUpdate, which marks
 * their transaction as not local; they are not counted. The update goes with the count: the
 * ledger clears it only once the server shows it holds what the update changed.
 */
export function countLocalChanges(local: LocalDoc, ledger: SyncLedger, onCounted: () => void): () => void {
  const onUpdate = (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (!transaction.local) return;
    ledger.addUnsent(local.name, update).then(onCounted, (error) => console.warn('Attaché notes: change not counted:', error));
  };
  local.doc.on('update', onUpdate);
  return () => local.doc.off('update', onUpdate);
}
