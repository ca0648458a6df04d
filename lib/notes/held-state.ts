import * as Y from 'yjs';

/**
 * Yjs states as sets of changes: a state vector (how far each client's inserts go) plus a
 * delete set. "Held" means contained: what a change requires of the server before it counts
 * as acknowledged, and what the server showed it holds, are both states of this kind.
 */

/** What the server must hold for `update` to be there: its inserts and its deletions. */
export function stateOfUpdate(update: Uint8Array): Y.Snapshot {
  const { to } = Y.parseUpdateMeta(update);
  return Y.createSnapshot(Y.decodeUpdate(update).ds, to);
}

/** Everything in `a` and everything in `b`. */
export function unionOf(a: Y.Snapshot, b: Y.Snapshot): Y.Snapshot {
  const sv = new Map(a.sv);
  for (const [client, clock] of b.sv) sv.set(client, Math.max(clock, sv.get(client) ?? 0));
  return Y.createSnapshot(Y.mergeDeleteSets([a.ds, b.ds]), sv);
}

/** Whether `held` contains every insert and every deletion of `wanted`. */
export function holds(held: Y.Snapshot, wanted: Y.Snapshot): boolean {
  for (const [client, clock] of wanted.sv) {
    if ((held.sv.get(client) ?? 0) < clock) return false;
  }
  return Y.equalDeleteSets(Y.mergeDeleteSets([held.ds]), Y.mergeDeleteSets([held.ds, wanted.ds]));
}

export const encodeState = (state: Y.Snapshot): Uint8Array => Y.encodeSnapshot(state);
export const decodeState = (bytes: Uint8Array): Y.Snapshot => Y.decodeSnapshot(bytes);
