/**
 * Sizes the client keeps to so that what it writes can reach the sync server. Stated once here;
 * the server's own setting is `MAX_MESSAGE_BYTES` (`server/config.ts`, operators may raise it).
 */

/** The sync server's default `MAX_MESSAGE_BYTES`: a larger message from a client closes its connection unread. */
export const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;

/**
 * The largest note body, in UTF-8 bytes, that an import accepts. An imported body is written in
 * one transaction, so it travels as one Yjs update; half the default message size leaves room for
 * the update's own encoding and the message framing, and for a peer's edits sent alongside.
 */
export const MAX_NOTE_BODY_BYTES = DEFAULT_MAX_MESSAGE_BYTES / 2;

const encoder = new TextEncoder();

/** The size of `text` in UTF-8, which is how Yjs encodes text in updates. */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
