import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { TeamClient } from './team-client.ts';

// Hocuspocus message types and the y-protocols sync step this harness reads or writes.
const SYNC = 0;
const CLOSE = 7;
const SYNC_STATUS = 8;
const YJS_UPDATE = 2;

export interface Acknowledgements {
  /** SyncStatus answers with applied=true / applied=false received by the client. */
  applied: number;
  notApplied: number;
  /** Reasons of the document-level close messages received. */
  closes: string[];
}

/** Counts what the server answers a client's updates, read off the wire. */
export function watchAcknowledgements(client: TeamClient): Acknowledgements {
  const seen: Acknowledgements = { applied: 0, notApplied: 0, closes: [] };
  client.provider.on('message', ({ event }: { event: MessageEvent }) => {
    const decoder = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === SYNC_STATUS) {
      if (decoding.readVarInt(decoder) === 1) seen.applied++;
      else seen.notApplied++;
    } else if (type === CLOSE) {
      seen.closes.push(decoding.readVarString(decoder));
    }
  });
  return seen;
}

/** Sends `update` as a sync update message on the client's connection, as a hostile client could. */
export function sendRawUpdate(client: TeamClient, update: Uint8Array): void {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, client.provider.configuration.name);
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, YJS_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  client.socket.send(encoding.toUint8Array(encoder));
}
