/**
 * The few Hocuspocus frames the sync connection reads or writes itself. A frame is a
 * var-string routing key (document name, with a session id), a var-uint message type, then
 * the message: for Sync, a var-uint sync step and a var-length Yjs payload; for SyncStatus,
 * a var-int (1: the server applied the update).
 */
import { WireReader } from '../shared/wire-reader';

export const MESSAGE_SYNC = 0;
export const MESSAGE_SYNC_REPLY = 4;
export const MESSAGE_SYNC_STATUS = 8;
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export type SyncFrame =
  | { kind: 'sync'; key: string; step: number; payload: Uint8Array }
  | { kind: 'status'; key: string; applied: boolean }
  | { kind: 'other'; key: string; type: number };

export function readFrame(bytes: Uint8Array): SyncFrame {
  const reader = new WireReader(bytes);
  const key = reader.varString();
  const type = reader.varUint();
  if (type === MESSAGE_SYNC || type === MESSAGE_SYNC_REPLY) {
    const step = reader.varUint();
    return { kind: 'sync', key, step, payload: reader.varBytes() };
  }
  if (type === MESSAGE_SYNC_STATUS) return { kind: 'status', key, applied: reader.varInt() === 1 };
  return { kind: 'other', key, type };
}

function writeUint(out: number[], value: number): void {
  let rest = value;
  while (rest > 0x7f) {
    out.push((rest % 128) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

/** A Sync frame carrying one Yjs update, as a sync step 2 or as a plain update. */
export function syncFrame(key: string, step: typeof SYNC_STEP_2 | typeof SYNC_UPDATE, update: Uint8Array): Uint8Array {
  const name = new TextEncoder().encode(key);
  const head: number[] = [];
  writeUint(head, name.length);
  const tail: number[] = [];
  writeUint(tail, MESSAGE_SYNC);
  writeUint(tail, step);
  writeUint(tail, update.length);
  const frame = new Uint8Array(head.length + name.length + tail.length + update.length);
  frame.set(head, 0);
  frame.set(name, head.length);
  frame.set(tail, head.length + name.length);
  frame.set(update, head.length + name.length + tail.length);
  return frame;
}
