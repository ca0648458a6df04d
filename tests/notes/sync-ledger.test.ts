import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openSyncLedger } from '../../lib/notes/sync-ledger';

let spaces = 0;
const ledgerOf = () => openSyncLedger(`ledger-test-${(spaces += 1)}`);

/** A device's document, with every local update it makes. */
function device() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, text: doc.getText('body'), updates };
}

/** The server's state after it received `updates`. */
function serverWith(updates: Uint8Array[]): Y.Snapshot {
  const server = new Y.Doc();
  for (const update of updates) Y.applyUpdate(server, update);
  return Y.snapshot(server);
}

describe('sync ledger', () => {
  it('clears a count only when the server holds every counted change, deletions included', async () => {
    const ledger = ledgerOf();
    const { text, updates } = device();
    text.insert(0, 'norms and CBMs');
    text.delete(0, 6);
    for (const update of updates) await ledger.addUnsent('acme', update);
    expect((await ledger.read()).get('acme')?.unsent).toBe(2);

    // The server has the insert but not the deletion: nothing is cleared.
    expect(await ledger.markSent('acme', serverWith(updates.slice(0, 1)))).toBe(false);
    expect((await ledger.read()).get('acme')?.unsent).toBe(2);
    expect(await ledger.markSent('acme', serverWith(updates))).toBe(true);
    expect((await ledger.read()).get('acme')).toEqual({ unsent: 0 });
    await ledger.close();
  });

  it('keeps a change counted after the server state it is checked against', async () => {
    const ledger = ledgerOf();
    const { text, updates } = device();
    text.insert(0, 'first');
    await ledger.addUnsent('acme', updates[0]);
    const held = serverWith(updates);
    text.insert(5, ' second');
    await ledger.addUnsent('acme', updates[1]);
    expect(await ledger.markSent('acme', held)).toBe(false);
    expect((await ledger.read()).get('acme')?.unsent).toBe(2);
    await ledger.close();
  });

  it('checks changes counted with no record of what they changed against the whole local copy', async () => {
    const ledger = ledgerOf();
    const { doc, text, updates } = device();
    text.insert(0, 'counted by an older version');
    await ledger.addUnsent('acme');
    expect(await ledger.markSent('acme', serverWith([]), Y.snapshot(doc))).toBe(false);
    expect(await ledger.markSent('acme', serverWith(updates))).toBe(false);
    expect(await ledger.markSent('acme', serverWith(updates), Y.snapshot(doc))).toBe(true);
    await ledger.close();
  });
});
