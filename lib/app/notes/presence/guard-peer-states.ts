import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { readPresenceUser } from './presence-user';

/**
 * Makes every peer's awareness state safe before the editor and the presence list read it:
 * `user` becomes a `PresenceUser`, and a `cursor` that is not a pair of well-formed relative
 * positions is dropped (y-codemirror.next would throw on it while drawing and stop showing
 * everyone's cursors). States are repaired in place, because y-codemirror.next reads them
 * straight from the awareness.
 *
 * Install it before the editor binds to the awareness: listeners run in the order they were
 * added, so the repair happens before anyone draws. Returns a function that uninstalls it.
 */
export function guardPeerStates(awareness: Awareness): () => void {
  const repair = ({ added, updated }: { added: number[]; updated: number[] }) => {
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue;
      const state = awareness.getStates().get(clientId);
      if (state) repairState(state);
    }
  };
  for (const [clientId, state] of awareness.getStates()) if (clientId !== awareness.clientID) repairState(state);
  awareness.on('change', repair);
  return () => awareness.off('change', repair);
}

function repairState(state: Record<string, unknown>): void {
  state.user = readPresenceUser(state.user);
  if (state.cursor !== undefined && state.cursor !== null && !isCursor(state.cursor)) delete state.cursor;
}

function isCursor(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { anchor, head } = value as Record<string, unknown>;
  return isRelativePosition(anchor) && isRelativePosition(head);
}

function isId(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'object') return false;
  const { client, clock } = value as Record<string, unknown>;
  return Number.isSafeInteger(client) && (client as number) >= 0 && Number.isSafeInteger(clock) && (clock as number) >= 0;
}

function isRelativePosition(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { type, tname, item, assoc } = value as Record<string, unknown>;
  if (!isId(type) || !isId(item)) return false;
  if (tname !== undefined && tname !== null && typeof tname !== 'string') return false;
  if (assoc !== undefined && assoc !== null && !Number.isSafeInteger(assoc)) return false;
  try {
    Y.createRelativePositionFromJSON(value);
    return true;
  } catch {
    return false;
  }
}
