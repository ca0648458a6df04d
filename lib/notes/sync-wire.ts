/**
 * The few Hocuspocus frames the sync connection reads or writes itself. A frame is a
 * var-string routing key (document name, with a session id), a var-uint message type, then
 * the message: for Sync, a var-uint sync step and a var-length Yjs payload; for SyncStatus,
 * a var-int (1: the server applied the update).
 */
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

class Reader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    let value = 0;
    let shift = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * shift;
      if (byte < 0x80) return value;
      shift *= 128;
      if (shift > 2 ** 53) throw new RangeError('var-uint too long');
    }
  }

  /** lib0's var-int: sign in the first byte's 0x40 bit, six value bits there, then seven a byte. */
  int(): number {
    let byte = this.byte();
    let value = byte & 0x3f;
    const negative = (byte & 0x40) !== 0;
    let shift = 64;
    while (byte & 0x80) {
      byte = this.byte();
      value += (byte & 0x7f) * shift;
      shift *= 128;
    }
    return negative ? -value : value;
  }

  bytesOf(length: number): Uint8Array {
    if (this.pos + length > this.bytes.length) throw new RangeError('frame ends early');
    const part = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return part;
  }

  string(): string {
    return new TextDecoder().decode(this.bytesOf(this.uint()));
  }

  private byte(): number {
    if (this.pos >= this.bytes.length) throw new RangeError('frame ends early');
    return this.bytes[this.pos++]!;
  }
}

export function readFrame(bytes: Uint8Array): SyncFrame {
  const reader = new Reader(bytes);
  const key = reader.string();
  const type = reader.uint();
  if (type === MESSAGE_SYNC || type === MESSAGE_SYNC_REPLY) {
    const step = reader.uint();
    return { kind: 'sync', key, step, payload: reader.bytesOf(reader.uint()) };
  }
  if (type === MESSAGE_SYNC_STATUS) return { kind: 'status', key, applied: reader.int() === 1 };
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
