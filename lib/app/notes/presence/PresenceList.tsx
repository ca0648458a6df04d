import { useEffect, useState } from 'preact/hooks';
import type { Awareness } from 'y-protocols/awareness';
import { presentPeers, type PresentPeer } from './peers';

export interface PresenceListProps {
  awareness: Awareness;
  /** e.g. "In this space now" or "Editing this note". */
  label: string;
}

/** The members present, each with their cursor colour; updates as people come and go. */
export function PresenceList({ awareness, label }: PresenceListProps) {
  const [peers, setPeers] = useState<PresentPeer[]>(() => presentPeers(awareness));
  useEffect(() => {
    const update = () => setPeers(presentPeers(awareness));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);

  return (
    <div class="note-presence" aria-live="polite">
      <span class="note-presence-label">{label}:</span>
      <ul class="note-presence-list">
        {peers.map((peer) => (
          <li key={peer.clientId} class="note-presence-peer">
            {/* The colour is a checked #rrggbb (readPresenceUser), never free text. */}
            <span class="note-presence-swatch" style={{ backgroundColor: peer.user.color }} aria-hidden="true" />
            {peer.user.name}
            {peer.self ? ' (you)' : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
