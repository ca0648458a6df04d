import type { Awareness } from 'y-protocols/awareness';
import { readPresenceUser, type PresenceUser } from './presence-user';

export interface PresentPeer {
  clientId: number;
  user: PresenceUser;
  self: boolean;
}

/**
 * Who is present, from an awareness: one entry per member name and colour (a member with the
 * side panel open on two devices counts once), yourself first, then by name.
 */
export function presentPeers(awareness: Awareness): PresentPeer[] {
  const seen = new Set<string>();
  const peers: PresentPeer[] = [];
  const states = [...awareness.getStates()].sort(([a], [b]) => (a === awareness.clientID ? -1 : b === awareness.clientID ? 1 : 0));
  for (const [clientId, state] of states) {
    if (!state || state.user === undefined) continue;
    const user = readPresenceUser(state.user);
    const key = `${user.name}\u0000${user.color}`;
    if (seen.has(key)) continue;
    seen.add(key);
    peers.push({ clientId, user, self: clientId === awareness.clientID });
  }
  const [self, others] = [peers.filter((peer) => peer.self), peers.filter((peer) => !peer.self)];
  others.sort((a, b) => a.user.name.localeCompare(b.user.name));
  return [...self, ...others];
}
