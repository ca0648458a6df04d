/**
 * Reads the lib0 encoding used by the Yjs and Hocuspocus wire protocols: unsigned integers as
 * little-endian groups of 7 bits, signed ones with the sign in the first byte, byte arrays and
 * strings prefixed with their length. Every read is bounded by the message: input from a peer
 * that ends early or claims more bytes than it holds throws RangeError (lib0's own decoder
 * reads past the end of a view into the rest of its buffer).
 *
 * Runtime-neutral: the extension's sync connection and the sync server (`server/`) both read
 * frames with it, so it imports nothing.
 */
export class WireReader {
  private offset = 0;

  constructor(private readonly bytes: Uint8Array) {}

  varUint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
      if (scale > Number.MAX_SAFE_INTEGER) throw new RangeError('integer does not fit in 53 bits');
    }
  }

  /** lib0's var-int: sign in the first byte's 0x40 bit, six value bits there, then seven a byte. */
  varInt(): number {
    let byte = this.byte();
    let value = byte & 0x3f;
    const negative = (byte & 0x40) !== 0;
    let scale = 64;
    while (byte & 0x80) {
      byte = this.byte();
      value += (byte & 0x7f) * scale;
      scale *= 128;
      if (scale > Number.MAX_SAFE_INTEGER) throw new RangeError('integer does not fit in 53 bits');
    }
    return negative ? -value : value;
  }

  varBytes(): Uint8Array {
    const length = this.varUint();
    if (this.offset + length > this.bytes.length) throw new RangeError('byte array runs past the message');
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  varString(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.varBytes());
  }

  /** True while bytes remain to be read. */
  hasMore(): boolean {
    return this.offset < this.bytes.length;
  }

  private byte(): number {
    const byte = this.bytes[this.offset++];
    if (byte === undefined) throw new RangeError('message ends early');
    return byte;
  }
}
