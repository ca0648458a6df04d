import * as Y from 'yjs';

/**
 * Throws unless `update` is one whole Yjs update (version 1 encoding, as the sync protocol
 * sends them). Yjs itself applies an update that decodes and ignores whatever bytes follow it,
 * so garbage that happens to start like an empty update would be applied, stored and
 * acknowledged; here every byte must belong to the update.
 */
export function assertValidUpdate(update: Uint8Array): void {
  let decoder: Y.UpdateDecoderV1 | undefined;
  class Watched extends Y.UpdateDecoderV1 {
    constructor(...args: ConstructorParameters<typeof Y.UpdateDecoderV1>) {
      super(...args);
      decoder = this;
    }
  }
  try {
    Y.decodeUpdateV2(update, Watched);
  } catch (cause) {
    throw new Error(`not a Yjs update (${cause instanceof Error ? cause.message : String(cause)})`);
  }
  const read = decoder?.restDecoder.pos ?? 0;
  if (read !== update.length) {
    throw new Error(`not a Yjs update (${update.length - read} bytes after its end)`);
  }
}
