/**
 * Reads the lib0 encoding used by the Yjs and Hocuspocus wire protocols: unsigned integers as
 * little-endian groups of 7 bits, byte arrays and strings prefixed with their length.
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
