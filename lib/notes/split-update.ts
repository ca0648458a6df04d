import * as Y from 'yjs';

/**
 * Cuts a Yjs update that is too large for one message into updates of at most `maxBytes`
 * each, in an order the receiver can integrate one by one: every piece is a run of one
 * client's changes whose dependencies came in earlier pieces, and the deletions come last.
 * The server applies, stores and acknowledges each piece as it arrives, so an offline backlog
 * of any size gets through a server that closes connections sending larger messages.
 *
 * `doc` must contain everything in `update` (it is the document the update was made from);
 * pieces are cut from a copy of it, since an update cannot be cut without the structure the
 * changes belong to.
 */
export class UnsplittableUpdateError extends Error {}

export function splitUpdate(doc: Y.Doc, update: Uint8Array, maxBytes: number): Uint8Array[] {
  if (update.length <= maxBytes) return [update];
  const { from, to } = Y.parseUpdateMeta(update);
  // Deleted content must still be there to be cut into pieces.
  const source = new Y.Doc({ gc: false });
  Y.applyUpdate(source, Y.encodeStateAsUpdate(doc));

  // What the receiver holds before each piece: all of the document outside the update, and
  // of the update's clients, what comes before it.
  const sent = Y.decodeStateVector(Y.encodeStateVector(source));
  for (const [client, clock] of from) sent.set(client, clock);

  const pieces: Uint8Array[] = [];
  // Clock units per piece, first guessed from the update's bytes per unit, halved when too big.
  let units = 0;
  for (const [client, end] of to) units += end - (from.get(client) ?? 0);
  let step = Math.max(1, Math.floor((maxBytes * 0.9 * units) / update.length));
  const remaining = () => [...to].filter(([client, end]) => (sent.get(client) ?? 0) < end);
  while (remaining().length > 0) {
    let piece: { bytes: Uint8Array; reach: Map<number, number> } | null = null;
    for (const [client, end] of remaining()) {
      const at = sent.get(client) ?? 0;
      for (let size = Math.min(step, end - at); size >= 1 && piece === null; size = Math.floor(size / 2)) {
        const reach = new Map(sent).set(client, cutPoint(source, client, at, at + size));
        const cut = cutPiece(source, sent, reach);
        if (cut === 'waits') break; // needs another client's later changes first
        if (cut.length <= maxBytes) piece = { bytes: cut, reach };
        else step = Math.max(1, Math.floor(size / 2));
      }
      if (piece !== null) break;
    }
    if (piece === null) throw new UnsplittableUpdateError(`a single change is larger than ${maxBytes} bytes`);
    pieces.push(piece.bytes);
    for (const [client, clock] of piece.reach) sent.set(client, clock);
  }
  // The update's deletions, with none of its inserts.
  pieces.push(Y.diffUpdate(update, Y.encodeStateVector(to)));
  return pieces;
}

/**
 * `clock`, or the clock next to it when it falls between the two halves of a surrogate pair:
 * Yjs replaces both halves of a pair it has to split with U+FFFD, on every copy.
 */
function cutPoint(source: Y.Doc, client: number, after: number, clock: number): number {
  if (clock >= Y.getState(source.store, client)) return clock;
  const struct = Y.getItem(source.store, Y.createID(client, clock));
  if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) return clock;
  const code = struct.content.str.charCodeAt(clock - struct.id.clock - 1);
  if (code < 0xd800 || code > 0xdbff) return clock;
  return clock - 1 > after ? clock - 1 : clock + 1;
}

/** The changes between `after` and `upTo`, or 'waits' when they depend on changes not yet sent. */
function cutPiece(source: Y.Doc, after: Map<number, number>, upTo: Map<number, number>): Uint8Array | 'waits' {
  const prefix = Y.createDocFromSnapshot(source, Y.createSnapshot(Y.createDeleteSet(), upTo));
  try {
    if (prefix.store.pendingStructs !== null) return 'waits';
    return Y.encodeStateAsUpdate(prefix, Y.encodeStateVector(after));
  } finally {
    prefix.destroy();
  }
}
