import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { TeamClient } from './team-client.ts';

const SYNC = 0;
const SYNC_STATUS = 8;
const SYNC_STEP_2 = 1;
const YJS_UPDATE = 2;
const OPEN = 1;

/**
 * Everything the server has acknowledged to `client`, read off the wire: the server answers
 * each sync step 2 and update message of a connection with one SyncStatus, in order, so each
 * applied=true answer is matched with the oldest message sent on the open socket and not yet
 * answered. Messages of a socket that closed are never answered and are forgotten. Unlike the
 * provider's own count, which restarts at each reconnect, this never counts an edit twice or
 * an unanswered one as acknowledged. It also holds what the server sent the client, which the
 * server stored before sending.
 */
export function trackAcknowledged(client: TeamClient): Y.Doc {
  const acknowledged = new Y.Doc();
  let unanswered: Uint8Array[] = [];
  const send = client.socket.send.bind(client.socket);
  client.socket.send = (message: Uint8Array) => {
    if (client.socket.webSocket?.readyState === OPEN) {
      const decoder = decoding.createDecoder(new Uint8Array(message));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) === SYNC) {
        const step = decoding.readVarUint(decoder);
        if (step === SYNC_STEP_2 || step === YJS_UPDATE) unanswered.push(decoding.readVarUint8Array(decoder));
      }
    }
    send(message);
  };
  client.socket.on('close', () => (unanswered = []));
  client.provider.on('message', ({ event }: { event: MessageEvent }) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === SYNC) {
      // What the server sends, it stored first. Applied so that the client's own edits that
      // build on other members' (an item inserted after theirs) are integrated, not left pending.
      const step = decoding.readVarUint(decoder);
      if (step === SYNC_STEP_2 || step === YJS_UPDATE) Y.applyUpdate(acknowledged, decoding.readVarUint8Array(decoder));
      return;
    }
    if (type !== SYNC_STATUS) return;
    const update = unanswered.shift();
    if (decoding.readVarInt(decoder) === 1 && update) Y.applyUpdate(acknowledged, update);
  });
  return acknowledged;
}
