import { Document, type Connection } from '@hocuspocus/server';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { awarenessGuard } from '../../server/presence/awareness-guard.ts';
import { readAwarenessEntries } from '../../server/presence/awareness-message.ts';

/** Frames an awareness update as a client sends it: document name, type 1, the update bytes. */
function awarenessMessage(documentName: string, update: Uint8Array): Uint8Array {
  const bytes: number[] = [];
  const varUint = (value: number) => {
    while (value >= 0x80) {
      bytes.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    bytes.push(value);
  };
  const name = new TextEncoder().encode(documentName);
  varUint(name.length);
  bytes.push(...name);
  varUint(1);
  varUint(update.length);
  bytes.push(...update);
  return new Uint8Array(bytes);
}

/** An awareness holding a state for each given client id, as a (possibly lying) client would. */
function statesFor(entries: Array<[clientId: number, name: string]>): { update: Uint8Array; destroy(): void } {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  awareness.setLocalState(null);
  for (const [clientId, name] of entries) {
    awareness.states.set(clientId, { user: { name } });
    awareness.meta.set(clientId, { clock: 3, lastUpdated: Date.now() });
  }
  const update = encodeAwarenessUpdate(awareness, entries.map(([clientId]) => clientId));
  return { update, destroy: () => doc.destroy() };
}

describe('awareness guard', () => {
  const documents: Document[] = [];
  afterEach(() => {
    for (const document of documents.splice(0)) document.destroy();
  });

  // One guard per test, as the server has one per process.
  let guard = awarenessGuard();
  afterEach(() => {
    guard = awarenessGuard();
  });

  /** Runs one message through the guard the way Hocuspocus does and returns what survives. */
  async function handle(document: Document, connection: Connection, entries: Array<[number, string]>) {
    const { update, destroy } = statesFor(entries);
    await guard.beforeHandleMessage!({ connection, document, update: awarenessMessage(document.name, update) } as never);
    const states = new Map(entries.map(([clientId, name]) => [clientId, { user: { name } }]));
    await guard.beforeHandleAwareness!({ connection, document, states } as never);
    const kept = entries.filter(([clientId]) => states.has(clientId));
    // Apply what survived, as Hocuspocus would, so later messages see the claims.
    const survivors = statesFor(kept);
    document.applyAwarenessUpdate(connection, survivors.update);
    survivors.destroy();
    destroy();
    return kept.map(([clientId]) => clientId);
  }

  function setUp() {
    const document = new Document('acme/note/1');
    documents.push(document);
    // Hocuspocus broadcasts applied presence to every connection of the document.
    const connect = (grantId: string, sessionId: string | null = null, role = 'write') => {
      const connection = {
        messageAddress: document.name,
        send: () => {},
        context: { grant: { id: grantId, space: 'acme', role } },
        sessionId,
      } as unknown as Connection;
      document.addConnection(connection);
      return connection;
    };
    const alice = connect('alice-token', 'alice-session');
    const mallory = connect('mallory-token', 'mallory-session', 'read');
    return { document, alice, mallory, connect };
  }

  it('lets a connection claim one client id and keep updating it', async () => {
    const { document, alice } = setUp();
    expect(await handle(document, alice, [[101, 'Alice']])).toEqual([101]);
    expect(await handle(document, alice, [[101, 'Alice B.']])).toEqual([101]);
    expect(document.getClients(alice)).toEqual(new Set([101]));
  });

  it('drops entries for a client id another connection claimed, keeping the rest of the message', async () => {
    const { document, alice, mallory } = setUp();
    await handle(document, alice, [[101, 'Alice']]);
    expect(await handle(document, mallory, [[101, 'Mallory'], [202, 'Mallory']])).toEqual([202]);
    expect(await handle(document, mallory, [[101, 'Mallory']])).toEqual([]);
    expect((document.awareness.getStates().get(101) as { user: { name: string } }).user.name).toBe('Alice');
  });

  it('refuses a second identity on the same connection', async () => {
    const { document, mallory } = setUp();
    expect(await handle(document, mallory, [[301, 'one'], [302, 'two']])).toEqual([301]);
    expect(await handle(document, mallory, [[303, 'three']])).toEqual([]);
  });

  it('keeps a client id bound to its member and session across a reconnect, read-only members refused', async () => {
    const { document, alice, mallory, connect } = setUp();
    expect(await handle(document, alice, [[101, 'Alice']])).toEqual([101]);
    // Alice's connection drops; Hocuspocus removes her presence with it.
    document.removeConnection(alice);
    expect(document.awareness.getStates().has(101)).toBe(false);

    expect(await handle(document, mallory, [[101, 'Mallory']])).toEqual([]);
    const sameTokenOtherSession = connect('alice-token', 'another-tab');
    expect(await handle(document, sameTokenOtherSession, [[101, 'Tab']])).toEqual([]);

    const aliceAgain = connect('alice-token', 'alice-session');
    expect(await handle(document, aliceAgain, [[101, 'Alice']])).toEqual([101]);
    expect(await handle(document, mallory, [[101, 'Mallory']])).toEqual([]);
  });

  it('keeps the binding when the document is unloaded and loaded again', async () => {
    const { document, alice } = setUp();
    await handle(document, alice, [[101, 'Alice']]);
    document.removeConnection(alice);
    await guard.onDisconnect!({ document } as never);
    const reloaded = new Document(document.name);
    documents.push(reloaded);
    const mallory = { messageAddress: reloaded.name, send: () => {}, context: { grant: { id: 'mallory-token' } }, sessionId: 'm' } as unknown as Connection;
    reloaded.addConnection(mallory);
    expect(await handle(reloaded, mallory, [[101, 'Mallory']])).toEqual([]);
  });

  it('lets nobody else take an id while its connection is open, even with the same token', async () => {
    const { document, alice, connect } = setUp();
    await handle(document, alice, [[101, 'Alice']]);
    const sameSession = connect('alice-token', 'alice-session');
    expect(await handle(document, sameSession, [[101, 'Copy']])).toEqual([]);
  });

  it('releases an id once its connection closed and the release time passed', async () => {
    guard = awarenessGuard({ releaseAfterMs: 0 });
    const { document, alice, mallory } = setUp();
    await handle(document, alice, [[101, 'Alice']]);
    document.removeConnection(alice);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await handle(document, mallory, [[101, 'Mallory']])).toEqual([101]);
  });

  it('reads the entries of an awareness message and ignores other messages', () => {
    const { update, destroy } = statesFor([[7, 'Ana'], [300_000, 'Bo']]);
    expect(readAwarenessEntries(awarenessMessage('acme', update))).toEqual([
      { clientId: 7, clock: 3, state: { user: { name: 'Ana' } } },
      { clientId: 300_000, clock: 3, state: { user: { name: 'Bo' } } },
    ]);
    destroy();
    expect(readAwarenessEntries(new Uint8Array([4, 97, 99, 109, 101, 0, 0, 0]))).toBeNull();
    expect(() => readAwarenessEntries(new Uint8Array([4, 97, 99, 109, 101, 1, 9, 1]))).toThrow(RangeError);
  });
});
