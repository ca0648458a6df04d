import { MessageType } from '@hocuspocus/server';
import { WireReader } from '../../lib/shared/wire-reader.ts';

/** One client's entry in an awareness update. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** null announces that the client left. */
  state: unknown;
}

/**
 * The awareness entries carried by a client message, or null when the message is not an
 * awareness message. A Hocuspocus message is: document name (string), message type (uint),
 * then for awareness one byte array holding the y-protocols update: entry count, then per
 * entry client id (uint), clock (uint) and state (JSON string).
 * Throws on a malformed awareness message.
 */
export function readAwarenessEntries(message: Uint8Array): AwarenessEntry[] | null {
  const reader = new WireReader(message);
  reader.varBytes(); // the document name, already routed by Hocuspocus
  if (reader.varUint() !== MessageType.Awareness) return null;
  const update = new WireReader(reader.varBytes());
  const count = update.varUint();
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = update.varUint();
    const clock = update.varUint();
    const state: unknown = JSON.parse(update.varString());
    entries.push({ clientId, clock, state });
  }
  return entries;
}
