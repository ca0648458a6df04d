import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';

/** Two members' copies of one note, wired to each other the way a sync server relays them. */
export interface Peer {
  doc: Y.Doc;
  text: Y.Text;
  awareness: Awareness;
}

const RELAYED = Symbol('relayed');

export function linkedPeers(): [Peer, Peer, () => void] {
  const make = (): Peer => {
    const doc = new Y.Doc();
    return { doc, text: doc.getText('body'), awareness: new Awareness(doc) };
  };
  const a = make();
  const b = make();
  const unlink: Array<() => void> = [];
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin !== RELAYED) Y.applyUpdate(to.doc, update, RELAYED);
    };
    const onAwareness = ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === RELAYED) return;
      const changed = [...added!, ...updated!, ...removed!];
      applyAwarenessUpdate(to.awareness, encodeAwarenessUpdate(from.awareness, changed), RELAYED);
    };
    from.doc.on('update', onUpdate);
    from.awareness.on('update', onAwareness);
    unlink.push(() => {
      from.doc.off('update', onUpdate);
      from.awareness.off('update', onAwareness);
    });
  }
  return [
    a,
    b,
    () => {
      for (const off of unlink) off();
      for (const peer of [a, b]) {
        peer.awareness.destroy();
        peer.doc.destroy();
      }
    },
  ];
}
