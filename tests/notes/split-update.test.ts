import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { splitUpdate } from '../../lib/notes/split-update';
import { seededRandom } from '../../harness/seeded-random';

/** A random position in `text` that is not inside a surrogate pair. */
function between(text: string, random: () => number): number {
  const at = Math.floor(random() * text.length);
  const code = text.charCodeAt(at - 1);
  return code >= 0xd800 && code <= 0xdbff ? at + 1 : at;
}

describe('splitUpdate', () => {
  it('returns an update under the limit as it is', () => {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, 'short');
    const update = Y.encodeStateAsUpdate(doc);
    expect(splitUpdate(doc, update, 1024)).toEqual([update]);
  });

  it('cuts a backlog of several sessions into pieces under the limit that integrate one by one', () => {
    const random = seededRandom(11);
    const device = new Y.Doc();
    device.getText('body').insert(0, 'shared start. ');
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(device));
    const serverVector = Y.encodeStateVector(server);

    // Three sessions offline, one after another (a new Yjs client each), writing into each
    // other's text, deleting, and with astral characters that a careless cut would break.
    for (let session = 0; session < 3; session += 1) {
      const page = new Y.Doc();
      Y.applyUpdate(page, Y.encodeStateAsUpdate(device));
      const text = page.getText('body');
      for (let i = 0; i < 60; i += 1) {
        text.insert(between(text.toString(), random), `${'😀'.repeat(100)}norms ${i} é€ `.repeat(3));
      }
      text.delete(between(text.toString().slice(0, -500), random), 400);
      page.getMap('fields').set(`tag${session}`, 'cbm');
      Y.applyUpdate(device, Y.encodeStateAsUpdate(page));
    }
    const backlog = Y.encodeStateAsUpdate(device, serverVector);
    const limit = 16 * 1024;
    expect(backlog.length).toBeGreaterThan(8 * limit);

    const pieces = splitUpdate(device, backlog, limit);
    expect(pieces.length).toBeGreaterThan(8);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(limit);
      Y.applyUpdate(server, piece);
      expect(server.store.pendingStructs).toBeNull();
    }
    expect(server.getText('body').toString()).toBe(device.getText('body').toString());
    expect(server.getMap('fields').toJSON()).toEqual(device.getMap('fields').toJSON());
    expect(device.getText('body').toString()).not.toContain('\ufffd');
    expect(server.getText('body').toString()).not.toContain('\ufffd');
  });

  it('never cuts between the two halves of a surrogate pair', () => {
    const doc = new Y.Doc();
    doc.getText('body').insert(0, '😀'.repeat(20_000));
    const receiver = new Y.Doc();
    for (const limit of [9_999, 10_000, 10_001]) {
      const pieces = splitUpdate(doc, Y.encodeStateAsUpdate(doc), limit);
      for (const piece of pieces) Y.applyUpdate(receiver, piece);
      expect(receiver.getText('body').toString()).toBe(doc.getText('body').toString());
    }
  });
});
